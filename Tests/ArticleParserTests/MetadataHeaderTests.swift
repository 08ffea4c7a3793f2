import ArticleParser
import Foundation
import Testing

@Suite("Metadata in the story header")
struct MetadataHeaderTests {
    @Test("A date line beside the headline counts even when its class names a teaser")
    func teaserClassedDateLine() throws {
        let article = try metadataPage(head: "", body: """
            <div class="columns">
            <h3 class="nz-teaser-meta">14.02.2023</h3>
            <h1>Kreis zahlte rund 800.000 Euro Pflegeprämie</h1>
            </div>
            """)
        #expect(article.datePublished == "2023-02-14")
    }

    @Test("A byline classed as a teaser's metadata under the headline names the author")
    func teaserClassedByline() throws {
        let article = try metadataPage(head: "", body: """
            <div class="header">
            <h1>Es hängt auch davon ab, wie die Städte wachsen</h1>
            <div class="teaser-compact__metadata"><p class="byline__author">
            VON <a href="/autoren/beispiel-moritz">MORITZ BEISPIEL</a> am 8. Mai 2019</p></div>
            </div>
            """)
        #expect(article.authors == ["MORITZ BEISPIEL"])
        #expect(article.datePublished == "2019-05-08")
    }

    @Test("A layout class like has-double-sidebar does not hide the byline it wraps")
    func layoutClassIsNoFurniture() throws {
        let article = try metadataPage(head: "", body: """
            <div class="site-content has-double-sidebar">
            <div class="headline">Heizkostenhilfe: Zuschüsse auf einen Blick</div>
            <p class="author-name">Lena Hartwig</p>
            </div>
            """)
        #expect(article.authors == ["Lena Hartwig"])
    }

    @Test("A sidebar class still hides the names and dates in it")
    func sidebarStaysFurniture() throws {
        let article = try metadataPage(head: "", body: """
            <h1>Heizkostenhilfe: Zuschüsse auf einen Blick</h1>
            <div class="sidebar"><p class="author-name">Lena Hartwig</p><p class="date">21.11.2022</p></div>
            """)
        #expect(article.authors == [])
        #expect(article.datePublished == nil)
    }

    @Test("A lead-in byline on a page without an h1 names the author")
    func leadInWithoutHeadline() throws {
        let article = try metadataPage(head: "", body: """
            <div class="itc-headline">Heizkostenhilfe: Zuschüsse und Fristen im Überblick</div>
            <h5><em>Von Lena Hartwig</em></h5>
            """)
        #expect(article.authors == ["Lena Hartwig"])
    }

    @Test("An illustration credit after the writer's name is not part of it")
    func illustrationCredit() throws {
        let article = try metadataPage(head: "", body: """
            <h1>Der berühmte Handstand</h1>
            <p><em>Text von Jana Beispiel &nbsp; &nbsp;&nbsp;Illustration von Tom Muster</em></p>
            """)
        #expect(article.authors == ["Jana Beispiel"])
    }
}

@Suite("Publication dates in the page's time zone")
struct PrintedZoneTests {
    @Test("A UTC time in JSON-LD is written in the zone the printed time implies")
    func printedTimeGivesZone() throws {
        let article = try metadataPage(head: """
            <script type="application/ld+json">
            {"@type": "NewsArticle", "headline": "Was bringen alternative Therapien?",
             "datePublished": "2024-06-13T22:25:00+00:00"}
            </script>
            """, body: """
            <h1>Was bringen alternative Therapien?</h1>
            <p class="date">14. Juni 2024, 00:25 Uhr</p>
            """)
        #expect(article.datePublished == "2024-06-14T00:25:00+02:00")
    }

    @Test("A UTC value on a whole hour late the day before a printed day is that day's local midnight")
    func localMidnight() throws {
        let article = try metadataPage(head: """
            <meta property="article:published_time" content="2023-11-14T23:00:00Z">
            """, body: """
            <h1>Kommunalwahlen im Nachbarland</h1>
            <p class="date">15. November 2023</p>
            """)
        #expect(article.datePublished == "2023-11-15T00:00:00+01:00")
    }

    @Test("A declared value with its own offset keeps its day when the page prints another")
    func ownOffsetStays() throws {
        let article = try metadataPage(head: """
            <meta property="article:published_time" content="2024-03-08T06:42:19+01:00">
            """, body: """
            <h1>Vier Bürotrends für 2024</h1>
            <p class="date">7. März 2024</p>
            """)
        #expect(article.datePublished == "2024-03-08T06:42:19+01:00")
    }

    @Test("A printed time no time zone explains leaves the declared value alone")
    func unexplainedTimeStays() throws {
        let article = try metadataPage(head: """
            <meta property="article:published_time" content="2023-02-06T19:12:00+01:00">
            """, body: """
            <h1>Der Konzern und der Stausee</h1>
            <p class="date">7. 2. 2023, 14:05 Uhr</p>
            """)
        #expect(article.datePublished == "2023-02-06T19:12:00+01:00")
    }
}

@Suite("Byline lead-ins and endings")
struct BylineWordTests {
    @Test("Blogger's German 'Eingestellt von' is a lead-in, not part of the name")
    func eingestelltVon() throws {
        let article = try metadataPage(head: "", body: """
            <h1>Moin zusammen</h1>
            <div class="post-footer"><span class="post-author vcard">Eingestellt von <span class="fn">der Jörg</span></span></div>
            """)
        #expect(article.authors == ["der Jörg"])
    }

    @Test("A French 'Auteur' label before the name is dropped")
    func auteurLabel() throws {
        let article = try metadataPage(head: "", body: """
            <h1>Le ministre de la Santé surpris sans masque</h1>
            <div class="author"><span>Auteur</span> <a href="/auteur/anna">Anna Vzorová</a></div>
            """)
        #expect(article.authors == ["Anna Vzorová"])
    }

    @Test("'Stand' and 'Hace' after a name start a date, not a surname")
    func dateWordsEndTheName() throws {
        let german = try metadataPage(head: "", body: """
            <h1>Sparen fürs Alter</h1><p class="author-line">Sara Beispiel Stand: 12. Januar 2023</p>
            """)
        #expect(german.authors == ["Sara Beispiel"])
        let spanish = try metadataPage(head: "", body: """
            <h1>La agenda de Interior</h1><p class="byline">Por José Manuel Ortega Hace 2 horas</p>
            """)
        #expect(spanish.authors == ["José Manuel Ortega"])
    }
}

@Suite("Bylines split over elements")
struct SplitBylineTests {
    @Test("A lead-in alone in a screen-reader span introduces the name in the next span")
    func bareLeadInBeforeName() throws {
        let article = try metadataPage(head: "", body: """
            <header><h1>Woman sees a car stop for a pregnant beggar</h1>
            <div class="article_meta_row"><span class="trending">wow!</span>
            <span class="screen-reader-text">| By </span> <span>Cara Winslow</span> | <span>May 6, 2021</span></div></header>
            """)
        #expect(article.authors == ["Cara Winslow"])
    }

    @Test("A 'Von' before a schema.org person names that person")
    func leadInBeforePersonMarkup() throws {
        let article = try metadataPage(head: "", body: """
            <h1>So war das Sommerfest der Gemeinde</h1>
            <p>Der Erlös geht in diesem Jahr an die Jugendgruppe.</p>
            <p><em>Von <span itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="Greta Beispiel">Greta Beispiel</span></em></p>
            """)
        #expect(article.authors == ["Greta Beispiel"])
    }

    @Test("In 'Posted on <date> by <name>' the name is what follows the date")
    func postedOnDateBy() throws {
        let article = try metadataPage(head: "", body: """
            <h1>Items we never knew we wanted</h1>
            <div class="slideshow--page-meta--author">Posted on March 3, 2022 by Adi Marlow</div>
            """)
        #expect(article.authors == ["Adi Marlow"])
    }

    @Test("An 'Interview:' label before the name is dropped")
    func interviewLabel() throws {
        let article = try metadataPage(head: "", body: """
            <h1>Ist Dänemark ein Vorbild?</h1>
            <div class="author author-main"><p>Interview: <a class="author-link" href="/autoren/mara-beispiel">Mara Beispiel</a></p></div>
            """)
        #expect(article.authors == ["Mara Beispiel"])
    }
}

@Suite("The date printed in the story header")
struct HeaderDateTests {
    private let intro = "<p>Der Winter war lang, und wer jetzt noch auf Skitour gehen will, braucht gute Schuhe, "
        + "die sich bergauf leicht und bergab sicher anfühlen. Wir haben einen neuen Schuh getestet, "
        + "der beides verspricht, und ihn drei Wochen lang in den Alpen getragen.</p>"

    @Test("A single declared date days away from the header's printed date gives way to it")
    func printedHeaderDateWins() throws {
        let article = try metadataPage(head: """
            <meta name="dcterms.date" content="2023-05-11T10:17+02:00">
            """, body: """
            <h1>Neue Radwege für die Innenstadt beschlossen</h1>
            <div class="article-meta"><time class="date-display-single">15.05.2023</time></div>
            \(intro)
            """)
        #expect(article.datePublished == "2023-05-15")
        #expect(article.provenance[.datePublished] == .visibleText)
    }

    @Test("A page that declares a later modification keeps its declared publication date")
    func declaredChangeKeepsDate() throws {
        let article = try metadataPage(head: """
            <meta property="article:published_time" content="2017-03-09T15:21:08+01:00">
            <meta property="article:modified_time" content="2018-06-02T09:47:30+01:00">
            """, body: """
            <h1>Seven habits that florists would rather keep quiet</h1>
            <ul class="meta"><li><time datetime="16:00, 13 November 2017">Tuesday 14 November 2017</time></li></ul>
            """)
        #expect(article.datePublished == "2017-03-09T15:21:08+01:00")
    }

    @Test("A date after the story's first long text is not the header's")
    func dateAfterProseIsNotHeader() throws {
        let article = try metadataPage(head: """
            <meta name="dcterms.date" content="2023-05-11T10:17+02:00">
            """, body: """
            <h1>Neue Radwege für die Innenstadt beschlossen</h1>
            \(intro)
            <div class="article-meta"><time class="date-display-single">15.05.2023</time></div>
            """)
        #expect(article.datePublished == "2023-05-11T10:17:00+02:00")
    }

    @Test("A header date classed as an update does not replace the publication date")
    func updateClassedHeaderDate() throws {
        let article = try metadataPage(head: """
            <meta property="article:published_time" content="2021-02-14T17:48:26+01:00">
            """, body: """
            <h1>Browser-Test: schneller und sparsamer</h1>
            <p class="meta"><time class="dateModified dt-updated">03.03.2021</time></p>
            """)
        #expect(article.datePublished == "2021-02-14T17:48:26+01:00")
    }

    @Test("A printed date that is the declared one with day and month swapped agrees with it")
    func monthFirstPrintedDate() throws {
        let article = try metadataPage(head: """
            <meta property="article:published_time" content="2022-09-03T06:20:51">
            """, body: """
            <h1>Stadtflitzer im Test: Was kann der Elektroroller?</h1>
            <p class="article-meta"><span class="article-meta-date">09/03/2022, 06:20</span></p>
            """)
        #expect(article.datePublished == "2022-09-03T06:20:51")
    }
}

@Suite("Names that are no authors")
struct PublisherNameTests {
    @Test("The publisher's name run together with its domain ending is not an author")
    func publisherRunTogether() throws {
        let article = try metadataPage(head: """
            <meta property="og:site_name" content="ElMeridiano.com">
            <meta name="author" content="El Meridiano">
            """, body: """
            <h1>Polémica por buses de la Alcaldía</h1><p class="author">Por Jacobo Rivas Peláez</p>
            """)
        #expect(article.authors == ["Jacobo Rivas Peláez"])
    }

    @Test("A web address is not an author")
    func domainIsNoAuthor() throws {
        let article = try metadataPage(head: """
            <meta name="author" content="pfarrbrief.at">
            """, body: "<h1>Alleinerziehende brauchen Kinderbetreuung</h1>")
        #expect(article.authors == [])
    }

    @Test("A handle ending in digits keeps its digits")
    func handleWithDigits() throws {
        let article = try metadataPage(head: "", body: """
            <h1>Was wurde eigentlich aus Lean Office?</h1><span class="author vcard">walker1979</span>
            """)
        #expect(article.authors == ["walker1979"])
    }
}

@Suite("Headline tidying")
struct HeadlineTidyingTests {
    @Test("A separator left at the front by an empty kicker is not part of the headline")
    func leadingSeparator() throws {
        let article = try metadataPage(head: "<title>: Wie Betriebe ihre Lehrlinge fördern - Der Stadtbote</title>",
                                       body: "<h1><span class=\"kicker\"></span>: Wie Betriebe ihre Lehrlinge fördern</h1>")
        #expect(article.title == "Wie Betriebe ihre Lehrlinge fördern")
    }

    @Test("A guillemet opening a quoted headline stays")
    func openingGuillemet() throws {
        let article = try metadataPage(head: "<title>»Einfach kein Platz mehr« | kb</title>",
                                       body: "<h1>»Einfach kein Platz mehr«</h1>")
        #expect(article.title == "»Einfach kein Platz mehr«")
    }

    @Test("Soft hyphens are not part of the headline")
    func softHyphens() throws {
        let article = try metadataPage(head: "", body: "<h1>Chat&shy;grup&shy;pen sind kein rechts&shy;frei&shy;er Ort</h1>")
        #expect(article.title == "Chatgruppen sind kein rechtsfreier Ort")
    }

    @Test("WordPress's 'Blog Archive' segment is not part of the headline")
    func blogArchiveSegment() throws {
        let article = try metadataPage(head: """
            <meta property="og:site_name" content="tenmonths">
            <title>tenmonths » Blog Archive » Caching of Short Strings in Swift</title>
            """)
        #expect(article.title == "Caching of Short Strings in Swift")
    }

    @Test("A one-headline page whose h1 adds a kicker before the declared title takes the declared title")
    func kickerBeforeDeclaredTitle() throws {
        let article = try metadataPage(head: """
            <meta property="og:title" content="Neue Aufgaben für den alten Stadtrat">
            """, body: "<h1><span>Ostland</span> Neue Aufgaben für den alten Stadtrat</h1>")
        #expect(article.title == "Neue Aufgaben für den alten Stadtrat")
    }
}

@Suite("Labelled metadata lines")
struct LabelledLineTests {
    @Test("In a block of labelled lines the author is what follows the author label")
    func authorLabelInBlock() throws {
        let article = try metadataPage(head: "", body: """
            <h1>Von Dialekten und Mundarten</h1>
            <div class="feedItemAuthorDateBlock"><span class="label">Datum:</span> 19.11.2021 <br>
            <span class="label">Autor:</span> Fritz Beispiel<br><span class="label">Quelle:</span> Gemeindebrief<br></div>
            """)
        #expect(article.authors == ["Fritz Beispiel"])
    }

    @Test("Dashes before a lead-in byline do not hide it")
    func dashesBeforeLeadIn() throws {
        let article = try metadataPage(head: "", body: """
            <h1>small politics</h1><div><span><strong><em>---- by Kenneth Marlowe</em></strong></span></div>
            """)
        #expect(article.authors == ["Kenneth Marlowe"])
    }

    @Test("'Letzte Änderung' labels an update; 'Erschienen am' the publication")
    func lastChangeIsAnUpdate() throws {
        let article = try metadataPage(head: "", body: """
            <h1>Die Rezepte der Großeltern</h1>
            <p class="footer-date">Letzte Änderung: 27.06.2022 - 08:12:05 Erschienen am: 28.06.2022</p>
            """)
        #expect(article.datePublished == "2022-06-28")
    }
}

@Suite("More date formats")
struct MoreDateFormatTests {
    @Test("A Russian date line with the month in the genitive is read")
    func russianMonth() throws {
        let article = try metadataPage(head: "", body: """
            <p class="rubric">Спорт</p><p class="date">22 августа 2018, 17:05</p>
            <h1>Новый стадион откроют весной</h1>
            """)
        #expect(article.datePublished == "2018-08-22T17:05:00")
    }

    @Test("A canonical address ending in day-month-year dates the page")
    func dayMonthYearPath() throws {
        let article = try metadataPage(head: """
            <link rel="canonical" href="https://ring.example/lokales/nachrichten/17-09-2023">
            """, body: "<h1>Eine Erfolgsgeschichte</h1>")
        #expect(article.datePublished == "2023-09-17")
    }
}

@Suite("Declared dates the page prints")
struct ConfirmedDateTests {
    @Test("Of two declared publication dates, the one the page prints wins")
    func printedDeclaredDateWins() throws {
        let article = try metadataPage(head: """
            <script type="application/ld+json">
            {"@type": "Article", "headline": "Schweden mit dem Kanu erkunden", "datePublished": "2023-04-11T06:14:00Z"}
            </script>
            <meta property="article:published_time" content="2023-04-13T09:52:07">
            """, body: """
            <h1>Schweden mit dem Kanu erkunden</h1>
            <div class="article__info"><div class="article__info-item">13.04.2023</div></div>
            """)
        #expect(article.datePublished == "2023-04-13T09:52:07")
    }

    @Test("A declared date on the day of the declared modification confirms nothing")
    func modificationDayConfirmsNothing() throws {
        let article = try metadataPage(head: """
            <meta property="article:published_time" content="2019-11-22T09:35:17-05:00">
            <meta property="article:modified_time" content="2020-06-09T13:02:44-04:00">
            <meta name="sailthru.date" content="2020-06-09">
            """, body: """
            <h1>The best albums of 2019</h1>
            <span class="meta-line">Updated <span class="meta-part">Jun 9, 2020, 3:12pm EDT</span></span>
            """)
        #expect(article.datePublished == "2019-11-22T09:35:17-05:00")
    }
}

@Suite("Fuller spellings of the same author")
struct AuthorCompletionTests {
    @Test("A given name alone is completed by the full name another source prints")
    func givenNameCompleted() throws {
        let article = try metadataPage(head: """
            <script type="application/ld+json">
            {"@type": "NewsArticle", "headline": "New robot does superior job sampling blood",
             "author": {"@type": "Person", "name": "Todd"}}
            </script>
            """, body: """
            <h1>New robot does superior job sampling blood</h1><p class="byline">By Todd Hollis</p>
            """)
        #expect(article.authors == ["Todd Hollis"])
    }

    @Test("A profile slug is replaced by the name it spells")
    func slugCompleted() throws {
        let article = try metadataPage(head: """
            <meta name="author" content="robertsteiner">
            """, body: """
            <h1>Wie man einen runden Teppich knüpft</h1><span class="author-name">Robert Steiner</span>
            """)
        #expect(article.authors == ["Robert Steiner"])
    }
}

@Suite("Dates the page states beside its declared ones")
struct StatedDateTests {
    @Test("A UTC value late the day before the date in the address gives that day")
    func utcValueBeforeAddressDay() throws {
        let article = try metadataPage(head: """
            <meta property="article:published_time" content="2020-03-14T23:26:41+00:00">
            """, body: "<h1>Frühling im Park</h1>", url: "https://blog.example.org/2020/03/15/fruehling-im-park/")
        #expect(article.datePublished == "2020-03-15")
    }

    @Test("A UTC value whose day the page prints keeps its day whatever the address says")
    func printedMachineDayStays() throws {
        let article = try metadataPage(head: """
            <meta property="article:published_time" content="2023-04-15T14:28:53Z">
            """, body: """
            <h1>Valencia goleó 3-0 al Betis</h1><p class="date">sábado 15 de abril del 2023</p>
            """, url: "https://news.example.org/futbol/2023/04/14/valencia-betis/")
        #expect(article.datePublished == "2023-04-15T14:28:53+00:00")
    }

    @Test("A dateline opening the story's first paragraph dates a page that declares no date")
    func openingDateline() throws {
        let article = try metadataPage(head: "", body: """
            <h2>Stadtgeschichte: Vergessene Vereine</h2>
            <p>Von Clara Beispiel</p>
            <p>19.4.2023 - Bei der Feier zum Stadtjubiläum waren die Vereine aus dem Umland gut vertreten.</p>
            """)
        #expect(article.datePublished == "2023-04-19")
    }

    @Test("A date in parentheses opening the first paragraph is its dateline")
    func parenthesisedDateline() throws {
        let article = try metadataPage(head: "", body: """
            <h6>Heizkostenhilfe: Zuschüsse und Fristen im Überblick</h6>
            <p>(6. Oktober 2022) Mieterinnen und Mieter der Altstadt erhalten ihre neuen Nebenkostenabrechnungen.</p>
            """)
        #expect(article.datePublished == "2022-10-06")
    }

    @Test("A paragraph that opens with a number, not a date, gives no date")
    func openingNumberIsNoDate() throws {
        let article = try metadataPage(head: "", body: """
            <h1>Tausende demonstrieren für das Klima</h1>
            <p>1.500 Menschen zogen am Samstag durch die Innenstadt und forderten mehr Tempo beim Ausbau von Bus, \
            Bahn und Radwegen; die Veranstalter kündigten weitere Kundgebungen an, am 3. Mai 2022 sollen es mehr werden.</p>
            """)
        #expect(article.datePublished == nil)
    }

    @Test("A time in another story's article card is not the story's date")
    func timeInOtherArticle() throws {
        let article = try metadataPage(head: "", body: """
            <article class="card"><h2>Debatte um die Hundesteuer</h2>
            <time datetime="2021-03-24T11:52:16+01:00">vor 37 Minuten</time></article>
            <h1>Autoren fordern neues Honorar-Modell</h1>
            <article><p>Die Abrechnung nach Nutzern soll gerechter sein.</p>
            <footer><time datetime="2021-03-23T16:05:00+01:00">23.03.2021</time></footer></article>
            """)
        #expect(article.datePublished == "2021-03-23T16:05:00+01:00")
    }

    @Test("A declared day without a time gives way to a printed date and time one day off")
    func printedTimeOverDeclaredDay() throws {
        let article = try metadataPage(head: """
            <meta name="date" content="2021-08-19">
            """, body: """
            <h1>Fährstreik in Norwegen</h1><p class="date">18.08.2021, 15:36 Uhr</p>
            """)
        #expect(article.datePublished == "2021-08-18T15:36:00")
    }

    @Test("A declared day with its time keeps its day beside a printed date one day off")
    func declaredTimeStays() throws {
        let article = try metadataPage(head: """
            <meta name="date" content="2021-08-19T07:00:00+02:00">
            """, body: """
            <h1>Fährstreik in Norwegen</h1><p class="date">18.08.2021, 15:36 Uhr</p>
            """)
        #expect(article.datePublished == "2021-08-19T07:00:00+02:00")
    }

    @Test("Of the printed dates, the one the story's address holds wins")
    func addressConfirmsPrintedDate() throws {
        let article = try metadataPage(head: "", body: """
            <h1>Ergebnisse: Bezirksmeisterschaften, Nordstadt, 9.6.2012</h1>
            <p class="postmeta">Ergebnisse: Bezirksmeisterschaften, Nordstadt, 9.6.2012 von Max Muster | <span class="date">10. Juni 2012</span></p>
            """, url: "https://blog.example.org/2012/06/10/ergebnisse-bezirksmeisterschaften/")
        #expect(article.datePublished == "2012-06-10")
    }

    private static let lede = "<p>Der Stadtrat hat am Abend mit großer Mehrheit den Bau von vier neuen Radwegen "
        + "zwischen Bahnhof, Markt und Hochschule beschlossen, die Verwaltung legt dazu in einer Stellungnahme zum Entwurf "
        + "der Kommission einen Zeitplan vor, der im Viertel seit Wochen umstritten ist.</p>"

    @Test("Time stamps that all give one day overrule a lone declared date the page prints nowhere")
    func unanimousTimeStamps() throws {
        let article = try metadataPage(head: """
            <meta name="dcterms.date" content="2023-05-11T10:17+02:00">
            """, body: """
            <h1>Neue Radwege für die Innenstadt beschlossen</h1>
            \(Self.lede)
            <div class="article-meta"><time datetime="2023-05-15T07:30:00+02:00">15.05.2023</time></div>
            """)
        #expect(article.datePublished == "2023-05-15T07:30:00+02:00")
    }

    @Test("Time stamps on different days leave the declared date alone")
    func disagreeingTimeStamps() throws {
        let article = try metadataPage(head: """
            <meta name="dcterms.date" content="2023-05-11T10:17+02:00">
            """, body: """
            <h1>Neue Radwege für die Innenstadt beschlossen</h1>
            \(Self.lede)
            <ul class="more"><li><time datetime="2023-05-15T07:30:00+02:00">15.05.2023</time></li>
            <li><time datetime="2023-05-17T07:30:00+02:00">17.05.2023</time></li></ul>
            """)
        #expect(article.datePublished == "2023-05-11T10:17:00+02:00")
    }

    @Test("The date in the site's masthead is the day the page was served, not the story's")
    func mastheadDateIsNoPublication() throws {
        let article = try metadataPage(head: "", body: """
            <header class="container"><div class="navtop"><span class="mod_datetime">
            <time datetime="2024-02-21T10:08:37+01:00">Mittwoch, 21. Februar 2024</time></span></div></header>
            <div class="intro"><h2>Stadtgeflüster</h2>
            <p><span class="text_datum">20. Februar 2024.</span> Stadtführer sind Kenner aus Neugier und Geduld.</p></div>
            """)
        #expect(article.datePublished == "2024-02-20")
    }

    @Test("A header that holds the headline keeps its date")
    func storyHeaderKeepsDate() throws {
        let article = try metadataPage(head: "", body: """
            <header><h1>Stadtgeflüster</h1><time datetime="2024-02-20T09:00:00+01:00">20. Februar 2024</time></header>
            """)
        #expect(article.datePublished == "2024-02-20T09:00:00+01:00")
    }

    @Test("A block classed as a teaser that holds the story's h1 is the story's, with its date")
    func teaserHoldingHeadline() throws {
        let article = try metadataPage(head: "", body: """
            <div class="wrapper"><h1>Liebe Vereinsmitglieder,</h1></div>
            <main><section class="news"><figure class="teaser">
            <div class="info"><span class="date">16.05.2023</span><span class="category">C-Jugend</span></div>
            <h1>Wieder kein Zeltlager</h1></figure></section></main>
            """)
        #expect(article.datePublished == "2023-05-16")
    }

    @Test("A date deep in a caption's sentence is not the story's date line")
    func dateDeepInSentence() throws {
        let article = try metadataPage(head: "", body: """
            <h1>Genaue Karten der Schneedecke</h1>
            <p><span>Abbildung: Ausschnitt einer farbigen Luftaufnahme bei St. Märgen vom 17.06.2022 (links)</span></p>
            <div class="label_content">19.03.2023 um 15:40</div>
            """)
        #expect(article.datePublished == "2023-03-19T15:40:00")
    }

    @Test("A date line just before the headline, beside it, is the header's date")
    func dateLineBeforeHeadline() throws {
        let article = try metadataPage(head: """
            <meta name="date" content="2021-09-20">
            """, body: """
            <div class="logo"><h1> </h1></div>
            <div class="news-single-wrap">
            <div class="news-single-datebar">13.09.2021 <span>- Redaktion: Eva Muster</span></div>
            <h1>Kurze Lieferwege</h1></div>
            """)
        #expect(article.datePublished == "2021-09-13")
    }

    @Test("A date line whose day and year sit in adjacent spans is read with the two apart")
    func adjacentDigitSpans() throws {
        let article = try metadataPage(head: "", body: """
            <h1>Warum Brieftauben nach Hause finden</h1>
            <div class="date"><span class="month">Sep</span> <span class="day">17</span><span class="year">2016</span></div>
            """)
        #expect(article.datePublished == "2016-09-17")
    }

    @Test("A printed line labelled as the publication overrules a lone declared date days away")
    func labelledPublicationLine() throws {
        let article = try metadataPage(head: """
            <meta name="date" content="03/02/2024 09:17:26">
            """, body: """
            <h1>Trinkwasser in Nordheim belastet</h1>
            <p>Erstellt am: 02.03.2024</p>
            """)
        #expect(article.datePublished == "2024-03-02")
    }

    @Test("A publication label alone takes its date from the next element")
    func labelThenDateElement() throws {
        let article = try metadataPage(head: """
            <meta name="date" content="2022-04-18">
            """, body: """
            <h1>Neuer Vorstand im Amt</h1>
            <div class="calbox"><span class="calbox__subheadline">Erschienen am:</span> <h2> 16.04.2022 </h2>
            <strong>Herausgeber:</strong></div>
            """)
        #expect(article.datePublished == "2022-04-16")
    }

    @Test("A forum's 'current time' line is the moment the page was served, not a publication")
    func servedTimeIsNoPublication() throws {
        let article = try metadataPage(head: "", body: """
            <h1>Was ist ein Zeichensatz?</h1>
            <p class="datetime">Aktuelle Zeit: 05.08.2021, 16:40</p>
            <p class="author">von kapa77 » 12.03.2011, 22:07</p>
            """)
        #expect(article.datePublished == "2011-03-12T22:07:00")
    }

    @Test("A teaser-classed line with no link in or around it is the story's own")
    func unlinkedTeaserLine() throws {
        let article = try metadataPage(head: "", body: """
            <div class="column"><div class="c-intro"><h1>7. Forum Dörfliche Energie</h1></div>
            <p class="m-teaser__meta"><span class="aural">Erschienen am</span> <time datetime="2023-09-21">21. Sep 2023</time></p></div>
            """)
        #expect(article.datePublished == "2023-09-21")
    }

    @Test("Teasers that link to other stories keep their dates to themselves")
    func linkedTeasersStayFurniture() throws {
        let article = try metadataPage(head: "", body: """
            <h1>Nachbarschaft stärken</h1>
            <div class="row"><div class="teaser"><span class="date">10.11.2021</span><a href="/kita">Neue Kita eröffnet</a></div></div>
            <div class="row"><a href="/miete"><div class="teaser"><span class="date">09.11.2021</span><h2>Mieterbund berät</h2></div></a></div>
            """)
        #expect(article.datePublished == nil)
    }
}

