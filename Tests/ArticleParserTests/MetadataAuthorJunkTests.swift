import ArticleParser
import Foundation
import Testing

/// Values that sit where a byline sits but name no person: they must give no author.
@Suite("Bylines that name nobody")
struct AuthorJunkTests {
    @Test("A negation before a role word names nobody")
    func negatedRole() throws {
        let article = try furnishedPage(head: #"<meta name="author" content="No Author">"#, header: "<h1>Neue Brücke beschlossen</h1>")
        #expect(article.authors.isEmpty)
    }

    @Test("A CMS's default login is no person")
    func defaultLogin() throws {
        let article = try furnishedPage(header: """
            <h1>Neue Brücke beschlossen</h1>
            <span class="author vcard">von <a href="/author/wpadmin/" rel="author">wpadmin</a></span>
            """)
        #expect(article.authors.isEmpty)
    }

    @Test("A login that is no default one stays the author")
    func ownLogin() throws {
        let article = try furnishedPage(header: """
            <h1>Neue Brücke beschlossen</h1>
            <span class="author vcard">von <a href="/author/brueckenfan77/" rel="author">brueckenfan77</a></span>
            """)
        #expect(article.authors == ["brueckenfan77"])
    }

    @Test("A byline that opens with the publication names its address, not people")
    func publisherAddress() throws {
        let article = try furnishedPage(head: """
            <meta property="og:site_name" content="Beispielblatt">
            <meta name="author" content="Beispielblatt, Nordstadt, Examplia">
            """, header: "<h1>Neue Brücke beschlossen</h1>")
        #expect(article.authors.isEmpty)
    }

    @Test("The publication's name run together in lower case beside the name is its handle")
    func publisherHandle() throws {
        let article = try furnishedPage(head: #"<meta property="og:site_name" content="Beispiel Blatt">"#, header: """
            <h1>Neue Brücke beschlossen</h1>
            <div class="entry-meta-author"><a href="/author/tom/">Tom</a>
            <a href="https://social.example/beispielblatt">beispielblatt</a></div>
            """)
        #expect(article.authors == ["Tom"])
    }

    @Test("A company's byline names its address, not people")
    func companyAddress() throws {
        let article = try furnishedPage(head: #"<meta name="author" content="Beispiel Verlag GmbH, Nordstadt, Examplia">"#, header: "<h1>Neue Brücke beschlossen</h1>")
        #expect(article.authors.isEmpty)
    }

    @Test("A one-word place after a full name is the dateline, and soft hyphens split no name")
    func datelinePlaceAndSoftHyphen() throws {
        let article = try furnishedPage(header: """
            <h1>Neue Brücke beschlossen</h1><p class="byline">Von Mat\u{AD}thi\u{AD}as Beispiel, Nordstadt</p>
            """)
        #expect(article.authors == ["Matthias Beispiel"])
    }

    @Test("A lower-case 'von' that continues a sentence opens no byline")
    func leadInMidSentence() throws {
        let article = try furnishedPage(header: """
            <h1>Neue Brücke beschlossen</h1><p>Bis Mai wird das <span lang="en">Bridge Lab</span> von Beispiel das Projekt umsetzen.</p>
            """)
        #expect(article.authors.isEmpty)
    }

    @Test("Placeholders, form labels and address pieces name nobody")
    func placeholdersAndLabels() throws {
        for value in ["publisher", "Benutzername", "anónimo", "index.php?title=Beispiel"] {
            let article = try furnishedPage(head: "<meta name=\"author\" content=\"\(value)\">", header: "<h1>Neue Brücke beschlossen</h1>")
            #expect(article.authors.isEmpty, "\(value)")
        }
    }

    @Test("A subheading that opens with 'Von' and runs to 'bis' is a range, no byline")
    func rangeSubheading() throws {
        let article = try furnishedPage(header: "<h1>Das neue Wörterbuch</h1>", afterStory: """
            <h3>Von Apfelbaum über Birnenholz und Kirschkern bis Zitronenbaum</h3><p>Einige Einträge:</p>
            """)
        #expect(article.authors.isEmpty)
    }

    @Test("A lower-case word that is no name particle opens a phrase, not a name")
    func lowerCasePhrase() throws {
        let article = try furnishedPage(head: #"<meta name="author" content="deinen Beispielbloggern">"#, header: "<h1>Neue Brücke beschlossen</h1>")
        #expect(article.authors.isEmpty)
        let particle = try furnishedPage(head: #"<meta name="author" content="van Beispiel">"#, header: "<h1>Neue Brücke beschlossen</h1>")
        #expect(particle.authors == ["van Beispiel"])
    }

    @Test("A registered association's ending in two words makes an organisation")
    func associationEnding() throws {
        let article = try furnishedPage(head: #"<meta name="author" content="Beispielverein e. V.">"#, header: "<h1>Neue Brücke beschlossen</h1>")
        #expect(article.authors.isEmpty)
    }

    @Test("An author box whose heading says when the page last changed names nobody")
    func lastChangedHeading() throws {
        let article = try furnishedPage(header: "<h1>Neue Brücke beschlossen</h1>", afterStory: """
            <div class="author"><h4>Zuletzt geändert am:</h4><ul><li>02.04.2026</li></ul></div>
            """)
        #expect(article.authors.isEmpty)
    }

    @Test("A 'by' line in the site's footer credits the theme, not the writer")
    func themeCreditInFooter() throws {
        let page = try ArticleParser().parse(html: """
            <html><head><title>Ein Tag am Fluss</title></head><body><main><article><h1>Ein Tag am Fluss</h1>
            <p>Der Morgen begann früh, und das Wasser lag still unter dem Nebel, als die ersten Boote ablegten und die Möwen über den Steg zogen.</p>
            </article></main>
            <footer class="site-footer"><div class="site-credit">Theme: <a href="https://studio.example/">Plain</a> by Examplestudio</div></footer>
            </body></html>
            """)
        #expect(page.authors.isEmpty)
    }

    @Test("A byline inside a link belongs to the story the link leads to")
    func bylineInsideLink() throws {
        let article = try furnishedPage(header: "<h1>Neue Brücke beschlossen</h1>", afterStory: """
            <div class="more"><p><a href="/andere-geschichte">Andere Geschichte
            <small>(<span class="vcard author">Tom Muster</span>, Meldungen)</small></a></p></div>
            """)
        #expect(article.authors.isEmpty)
    }
}

@Suite("Fuller spellings of a one-word author")
struct AuthorFullerSpellingTests {
    @Test("A given name alone takes the full name the page prints after a bare lead-in")
    func fullNameUnderLeadIn() throws {
        let article = try furnishedPage(head: """
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Neue Sorten im Garten",
            "author": {"@type": "Person", "name": "Jana"}}</script>
            """, header: "<h1>Neue Sorten im Garten</h1>", afterStory: """
            <div class="meta-box"><div><p class="label"><strong>By</strong></p></div><div><p class="full-name">Jana Beispiel</p></div></div>
            """)
        #expect(article.authors == ["Jana Beispiel"])
    }

    @Test("A biography that opens with the full name and a dash completes the given name")
    func fullNameOpeningBiography() throws {
        let article = try furnishedPage(head: #"<meta name="author" content="Tom">"#, header: "<h1>Neue Sorten im Garten</h1>", afterStory: """
            <div class="box"><p>Tom Muster - Ingenieur und Radfahrer, seit zehn Jahren unterwegs.</p></div>
            """)
        #expect(article.authors == ["Tom Muster"])
    }

    @Test("A sentence that opens with the given name and another word completes nothing")
    func sentenceAfterGivenName() throws {
        let article = try furnishedPage(head: #"<meta name="author" content="Tom">"#, header: "<h1>Neue Sorten im Garten</h1>", afterStory: """
            <p>Tom Sagte am Ende noch etwas ganz anderes über die neuen Maschinen.</p>
            """)
        #expect(article.authors == ["Tom"])
    }

    @Test("A heading in capitals naming the writer after a lead-in completes a given name")
    func capitalsAfterLeadIn() throws {
        let article = try furnishedPage(header: """
            <h1>Ein Abo für alle Blätter</h1><div class="entry-meta"><span class="byline">Von <span class="author">Ferdinand</span></span></div>
            """, afterStory: """
            <aside class="widget"><h3 class="widget-title">MEHR VON FERDINAND KIESELBACH</h3><ul><li><a href="/a">Ältere Texte</a></li></ul></aside>
            """)
        #expect(article.authors == ["Ferdinand Kieselbach"])
    }

    @Test("A text that names somebody else after the lead-in leaves the given name alone")
    func otherNameAfterLeadIn() throws {
        let article = try furnishedPage(header: """
            <h1>Ein Abo für alle Blätter</h1><div class="entry-meta"><span class="byline">Von <span class="author">Ferdinand</span></span></div>
            """, afterStory: """
            <aside class="widget"><h3 class="widget-title">MEHR VON GRETA KIESELBACH</h3><ul><li><a href="/a">Ältere Texte</a></li></ul></aside>
            """)
        #expect(article.authors == ["Ferdinand"])
    }
}

@Suite("Bylines after a header line's date")
struct DatedBylineTests {
    @Test("A name after the date and time of the line above the headline is the byline")
    func nameAfterDateAboveHeadline() throws {
        let article = try furnishedPage(header: """
            <div><small>11.03.2026 | 09:45 Uhr | Jana Beispiel</small><h1>Neue Regeln für den Reitstall</h1></div>
            """)
        #expect(article.authors == ["Jana Beispiel"])
    }

    @Test("A lead-in after the date under the headline introduces the name")
    func leadInAfterDate() throws {
        let article = try furnishedPage(header: """
            <h1>Neue Regeln für den Reitstall</h1><p><span>14.05.2026 08:15 von Tom </span></p>
            """)
        #expect(article.authors == ["Tom"])
    }

    @Test("A label after the date of a date line names the person, without their job")
    func labelAfterDateInDateLine() throws {
        let article = try furnishedPage(header: """
            <h1>Neue Regeln für den Reitstall</h1>
            <div class="news-timedata">17.09.2026 <span>- Redaktion: Jana Beispiel (Pressesprecherin des Vereins)</span></div>
            """)
        #expect(article.authors == ["Jana Beispiel"])
    }

    @Test("A label in capitals or a section after the date is no name")
    func labelAfterDate() throws {
        let paid = try furnishedPage(header: "<div><span>08. Juli 2026 | SPONSORED STORY</span><h1>Neue Regeln für den Reitstall</h1></div>")
        #expect(paid.authors.isEmpty)
        let section = try furnishedPage(header: """
            <h1>Neue Regeln für den Reitstall</h1><div class="metainfo">Dienstag, 03. März 2026 - <a href="/politik">Politik</a> Beispiel Blatt</div>
            """)
        #expect(section.authors.isEmpty)
    }
}

@Suite("Lead-ins that name the kind of piece")
struct PieceLeadInTests {
    @Test("'Ein Artikel von' before a name in its own element is the header's byline, over a book credit below")
    func pieceLeadInBeforeStrongName() throws {
        let article = try furnishedPage(header: """
            <h1>Drei Tipps für den Stall</h1><div class="metaInfo">Ein Artikel von <strong>Jana Beispiel</strong> | 09.06.2026 - 16:20</div>
            """, afterStory: "<p><b>Das Buch zum Thema</b><br> von Tom Muster und Eva Probe<br> 240 Seiten</p>")
        #expect(article.authors == ["Jana Beispiel"])
    }

    @Test("'Ein' and a noun that names no kind of piece open no byline")
    func otherNounOpensNothing() throws {
        let article = try furnishedPage(header: "<h1>Drei Tipps für den Stall</h1><p>Ein Teil von Examplia bleibt gesperrt.</p>")
        #expect(article.authors.isEmpty)
    }
}

@Suite("The publication in a site name with a title")
struct PublisherPartTests {
    @Test("A site name 'title | publication' makes the publication no author")
    func publicationPartOfSiteName() throws {
        let article = try furnishedPage(head: """
            <meta property="og:site_name" content="Ruhig durch den Winter | Das Beispielblatt">
            <meta name="author" content="Das Beispielblatt">
            """, header: """
            <h1>Ruhig durch den Winter</h1><div class="author"><a href="/autor/jana" rel="author"><h2 class="author__name">Jana Beispiel</h2></a></div>
            """)
        #expect(article.authors == ["Jana Beispiel"])
    }

    @Test("An owner's name joined to a personal site's name by a dash stays a person")
    func ownerBeforeDash() throws {
        let article = try furnishedPage(head: """
            <meta property="og:site_name" content="Jana Beispiel - Example Blog">
            <meta name="author" content="Jana Beispiel">
            """, header: "<h1>Ruhig durch den Winter</h1>")
        #expect(article.authors == ["Jana Beispiel"])
    }
}

@Suite("A name that signs the story off")
struct SignOffTests {
    @Test("An emphasised name as the story's last paragraph is its author")
    func emphasisedNameLast() throws {
        let article = try furnishedPage(header: "<h1>Das Finale rückt näher</h1>", afterStory: """
            <div class="story-end"><p>Nach einem langen Abend mit vielen Chancen auf beiden Seiten sicherte sich die Heimmannschaft den Sieg, und das Publikum feierte noch lange nach dem Schlusspfiff auf den Rängen des alten Stadions am Fluss.</p>
            <p><b><i>Jana Beispiel</i></b></p></div>
            """)
        #expect(article.authors == ["Jana Beispiel"])
    }

    @Test("An emphasised label with more after it is a subheading, no author")
    func emphasisedLabelBeforeSection() throws {
        let article = try furnishedPage(header: "<h1>Das Finale rückt näher</h1>", afterStory: """
            <div class="story-end"><p>Nach einem langen Abend mit vielen Chancen auf beiden Seiten sicherte sich die Heimmannschaft den Sieg, und das Publikum feierte noch lange nach dem Schlusspfiff auf den Rängen des alten Stadions am Fluss.</p>
            <p><b>Neue Wege</b></p><table><tr><td>Montag</td><td>Training</td></tr></table></div>
            """)
        #expect(article.authors.isEmpty)
    }

    @Test("An emphasised name set flush right signs the story off with footnotes after it")
    func flushRightBeforeFootnotes() throws {
        let article = try furnishedPage(header: "<h1>Länger arbeiten?</h1>", afterStory: """
            <div class="story-end"><p>Wer länger arbeiten soll, fragt zu Recht, ob die Stunden gerecht verteilt sind, und ob die vielen Teilzeitstellen nicht zuerst aufgestockt werden sollten, bevor man an die Rente geht. Dazu kommen die Jahre der Ausbildung, die später beginnen als früher, und die vielen Wechsel zwischen den Stellen.</p>
            <p align="right"><em><font size="2">Jana Beispiel</font></em></p>
            <p><font size="2">(1) Die Zahlen stammen aus dem Jahresbericht der Beispielbehörde.</font></p></div>
            """)
        #expect(article.authors == ["Jana Beispiel"])
    }

    @Test("On a page without a headline the prose begins at its first long text, and its sign-off names the writer")
    func signOffWithoutHeadline() throws {
        let article = try ArticleParser().parse(html: """
            <html><head><title>Länger arbeiten?</title></head><body><table><tr><td><a href="/">Start</a> <a href="/archiv">Archiv</a></td></tr>
            <tr><td><p><font size="2">Wer länger arbeiten soll, fragt zu Recht, ob die Stunden gerecht verteilt sind, und ob die vielen Teilzeitstellen nicht zuerst aufgestockt werden sollten, bevor man an die Rente geht. Dazu kommen die Jahre der Ausbildung, die später beginnen als früher, und die vielen Wechsel zwischen den Stellen.</font></p>
            <p><em>Jana Beispiel</em></p></td></tr></table></body></html>
            """)
        #expect(article.authors == ["Jana Beispiel"])
    }
}

@Suite("The copyright holder of a personal site")
struct CopyrightHolderTests {
    func page(footer: String, body: String = "") throws -> Article {
        try ArticleParser().parse(html: """
            <html><head><title>Gedanken zur Zeit</title></head><body><main><h1>Gedanken zur Zeit</h1>
            <p>Wer über die Zeit nachdenkt, merkt schnell, dass sie sich nicht festhalten lässt, und doch ordnen wir unser Leben nach ihr.</p>\(body)
            </main><div class="bottom"><p>\(footer)</p></div></body></html>
            """)
    }

    @Test("A copyright line with its years names the site's writer when nothing else does")
    func yearsAndName() throws {
        #expect(try page(footer: "Copyright (c) 2015- Tom Muster. Alle Rechte vorbehalten.").authors == ["Tom Muster"])
        #expect(try page(footer: "© 2026 Jana Beispiel").authors == ["Jana Beispiel"])
    }

    @Test("A bare © before a name without years credits a photographer, no author")
    func photographerCredit() throws {
        #expect(try page(footer: "© Jana Beispiel").authors.isEmpty)
    }

    @Test("A credit inside a figure names the photographer, and an institution holds no byline")
    func figureAndInstitution() throws {
        let figure = try page(footer: "Impressum", body: "<figure><img src=\"a.jpg\" alt=\"\"><figcaption>© 2026 Jana Beispiel</figcaption></figure>")
        #expect(figure.authors.isEmpty)
        #expect(try page(footer: "© 2026 Landeshauptstadt Beispielburg").authors.isEmpty)
    }

    @Test("A footer row in capitals that spells out its copyright names the owner, spelled as a name")
    func capitalsAfterSeparator() throws {
        #expect(try page(footer: "| COPYRIGHT LIOBA WENDELTREU | EIN KLEINES BEISPIELPROJEKT").authors == ["Lioba Wendeltreu"])
    }

    @Test("Years and 'by' after a licence's link name the site's writer without a copyright sign")
    func yearsByAfterLicence() throws {
        let footer = "(<a href=\"https://licences.example/by-sa/\">CC-Lizenz</a>) 2006-2026 by Tom Muster <br/> Hosted by <a href=\"https://host.example\">Beispielhost</a>"
        #expect(try page(footer: footer).authors == ["Tom Muster"])
    }

    @Test("A copyright line in capitals that reserves the rights names nobody")
    func capitalsReservingRights() throws {
        #expect(try page(footer: "COPYRIGHT 2026 ALLE RECHTE VORBEHALTEN").authors.isEmpty)
    }
}

@Suite("Links to a writer's profile")
struct ProfileLinkTests {
    @Test("A link to an author page whose text opens with the slug's first word names the writer")
    func profileLinkUnderHeadline() throws {
        let article = try furnishedPage(header: """
            <h1>Neue Wanderkarte erschienen</h1><div class="my-2"><a href="https://blatt.example/autoren/joerg-beispiel-4711" class="text-body">
            <span class="pic"><img src="a.jpg" alt=""><span class="credit">© Jörg Beispiel</span></span><span>Jörg Beispiel</span></a></div>
            """)
        #expect(article.authors == ["Jörg Beispiel"])
    }

    @Test("A link to the list of writers names nobody")
    func writersListLink() throws {
        let article = try furnishedPage(header: """
            <h1>Neue Wanderkarte erschienen</h1><p class="hint"><a href="/autoren/">Unsere Autoren</a></p>
            """)
        #expect(article.authors.isEmpty)
    }
}

@Suite("The contact of a press release")
struct PressContactTests {
    func release(contact: String) throws -> Article {
        try ArticleParser().parse(html: """
            <html><head><title>Neue Tarife im Herbst</title></head><body><main><h1>Neue Tarife im Herbst</h1>
            <p>Eine neue Umfrage zeigt, dass viele Haushalte ihre Stromrechnung genauer lesen als früher und öfter den Anbieter wechseln wollen.</p>
            \(contact)</main></body></html>
            """)
    }

    @Test("A contact label over the first line of an address block names the release's person")
    func contactOverAddress() throws {
        let article = try release(contact: "<p><strong>Pressekontakt</strong><br>Dr. Jana Beispiel<br>Pressesprecherin<br>Tel.: 0000 000</p>")
        #expect(article.authors == ["Dr. Jana Beispiel"])
    }

    @Test("An institution or a name without an address block after the label names nobody")
    func institutionOrLoneName() throws {
        #expect(try release(contact: "<p><strong>Kontakt</strong><br>Evangelische Kirche<br>Tel.: 0000 000</p>").authors.isEmpty)
        #expect(try release(contact: "<p><strong>Kontakt</strong></p><p>Jana Beispiel</p>").authors.isEmpty)
    }
}
