import ArticleParser
import Foundation
import Testing

/// A page shaped like the saved ones: a menu, a share bar and scripts around the story, a
/// comment list after it.
func furnishedPage(head: String = "", header: String, afterStory: String = "", comments: String = "") throws -> Article {
    try ArticleParser().parse(html: """
        <html><head><meta charset="utf-8"><title>Beispielblatt</title>\(head)
        <script>window.dataLayer = window.dataLayer || []; dataLayer.push({"page": "article"});</script></head>
        <body><nav class="main-menu"><ul><li><a href="/">Start</a></li><li><a href="/politik/">Politik</a></li>
        <li><a href="/autoren/">Autoren</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav>
        <main><article class="post">\(header)
        <div class="share-bar"><a href="https://www.facebook.com/sharer.php?u=x">Teilen</a>
        <a href="https://twitter.com/intent/tweet?url=x">Twittern</a></div>
        <div class="entry-content"><p>Der Gemeinderat hat am Dienstagabend beschlossen, die neue Brücke über den Fluss zu bauen.</p>
        <p>Die Arbeiten sollen im Frühjahr beginnen und etwa zwei Jahre dauern, sagte die Bürgermeisterin.</p></div>
        \(afterStory)</article>
        <section id="comments" class="comments-area"><ol class="comment-list">\(comments)</ol></section></main>
        <footer class="site-footer"><p>© 2026 Beispielblatt</p></footer>
        <script src="/wp-includes/js/comment-reply.min.js"></script></body></html>
        """)
}

@Suite("Author labels")
struct AuthorLabelTests {
    @Test("An author label alone in a heading names the person in the element after it")
    func labelHeadingBeforeName() throws {
        let article = try furnishedPage(header: """
            <h1>Leben im Übergang: Ein Gespräch über Ankunft</h1>
            <section class="story-facts"><div class="story-facts__column"><h4 class="story-facts__label">Autor</h4>
            <p class="story-facts-text"><a href="/profil/ab12/eva-probe">Eva Probe</a><b class="separator">, </b></p></div></section>
            """)
        #expect(article.authors == ["Eva Probe"])
    }

    @Test("A label and its name in one paragraph, the name a link, give the name")
    func labelBeforeLinkedName() throws {
        let article = try furnishedPage(header: """
            <h1>Wälder in den Händen ihrer Bewohner</h1>
            <p><em>Courtesy of Waldnachrichten</em></p>
            <p><em>Written by: <a href="https://waldnachrichten.example/123">Jane Doe</a> </em></p>
            """)
        #expect(article.authors == ["Jane Doe"])
    }

    @Test("A label in its own heading followed by bare text names that text")
    func labelBeforeBareText() throws {
        let article = try furnishedPage(header: """
            <h1>Neue Modelle im Frühjahr</h1>
            <div class="col-md-8"><h5 class="title-inline">Datum: </h5>03.11.2021<br>
            <h5 class="title-inline">Autor: </h5>Tom Muster<br></div>
            """)
        #expect(article.authors == ["Tom Muster"])
    }

    @Test("A label that is a menu link's text names nobody")
    func labelInMenuLink() throws {
        let article = try furnishedPage(header: """
            <h1>Neue Modelle im Frühjahr</h1>
            """, afterStory: """
            <div class="footer-links"><a href="/autoren/">Autoren</a> | <a href="/themen/">Themen</a> | <a href="/archiv/">Archiv</a></div>
            """)
        #expect(article.authors == [])
    }

    @Test("A closing 'Autorin:' line names the writer, not her role")
    func closingLabelLineWithRole() throws {
        let article = try furnishedPage(header: """
            <h1>Regierungsbildung im Nachbarland</h1>
            """, afterStory: """
            <p><strong>Autorin: Eva Probe, Projektleiterin der Stiftung in Tunis.</strong></p>
            """)
        #expect(article.authors == ["Eva Probe"])
    }

    @Test("'Posted by' names the person before the category after 'under'")
    func postedByUnder() throws {
        let article = try furnishedPage(header: """
            <h2 class="post-title">Ein Fundstück aus dem Archiv</h2><h1>Ein Fundstück aus dem Archiv</h1>
            <div class="postmeta">Posted by Tom Muster under <a href="/category/fundstuecke/" rel="category tag">Fundstücke</a></div>
            """)
        #expect(article.authors == ["Tom Muster"])
    }
}

@Suite("The writer's own comments")
struct PostAuthorCommentTests {
    private let comments = """
        <li class="comment even thread-even depth-1" id="comment-11"><div class="comment-author vcard">
        <cite class="fn">Lena Leserin</cite> <span class="says">sagt:</span></div><p>Danke für den Beitrag!</p>
        <ul class="children"><li class="comment byuser comment-author-tommuster bypostauthor odd alt depth-2" id="comment-12">
        <div class="comment-author vcard"><img alt="" src="/avatar.png" class="avatar"><p class="comment-author">TomMuster</p></div>
        <p>Gern geschehen, liebe Lena!</p></li></ul></li>
        """

    @Test("On a page without a byline, the comment marked as the post author's names the writer")
    func postAuthorComment() throws {
        let article = try furnishedPage(header: "<h1>Schnäppchen der Woche</h1>", comments: comments)
        #expect(article.authors == ["TomMuster"])
    }

    @Test("A printed byline wins over the writer's comment")
    func bylineWinsOverComment() throws {
        let article = try furnishedPage(header: """
            <h1>Schnäppchen der Woche</h1><span class="byline">Von <a rel="author" href="/author/jana/">Jana Beispiel</a></span>
            """, comments: comments)
        #expect(article.authors == ["Jana Beispiel"])
    }

    @Test("A post-author comment whose shown name is not its account's names nobody")
    func accountWithoutShownName() throws {
        let article = try furnishedPage(header: "<h1>Schnäppchen der Woche</h1>", comments: """
            <li class="comment byuser comment-author-beispiel-it bypostauthor depth-1" id="comment-3">
            <div class="comment-author vcard"><cite class="fn">Jana</cite></div><p>Danke!</p></li>
            """)
        #expect(article.authors == [])
    }
}

@Suite("Personal sites")
struct PersonalSiteTests {
    @Test("A writer whose name the JSON-LD gives as the publishing person stays an author")
    func personPublisherIsAuthor() throws {
        let article = try furnishedPage(head: """
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
              {"@type": ["Person", "Organization"], "@id": "https://jana.example/#/person/1", "name": "Jana Beispiel"},
              {"@type": "WebSite", "@id": "https://jana.example/#website", "name": "jana.example",
               "publisher": {"@id": "https://jana.example/#/person/1"}},
              {"@type": "Article", "headline": "Zehn Jahre Blog", "publisher": {"@id": "https://jana.example/#/person/1"},
               "datePublished": "2020-05-17T11:42:09+02:00"}]}</script>
            """, header: """
            <h1>Zehn Jahre Blog</h1>
            <span class="byline"><span class="author vcard"><span class="screen-reader-text">Author</span>
            <a class="url fn n" href="/author/jana/">Jana Beispiel</a></span></span>
            """)
        #expect(article.siteName == "Jana Beispiel")
        #expect(article.authors == ["Jana Beispiel"])
    }

    @Test("An organisation publishing under the byline's name is still no author")
    func organisationPublisherIsNoAuthor() throws {
        let article = try furnishedPage(head: """
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
             "headline": "Zehn Jahre Blatt", "publisher": {"@type": "Organization", "name": "Beispielblatt"}}</script>
            """, header: """
            <h1>Zehn Jahre Blatt</h1><span class="byline"><span class="author">Beispielblatt</span></span>
            """)
        #expect(article.authors == [])
    }

    @Test("A site named like a person whose story the JSON-LD says that person wrote gives its owner")
    func ownerNamedAsSite() throws {
        let article = try furnishedPage(head: """
            <meta property="og:site_name" content="Tilman Vorbild">
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Tilman Vorbild", "url": "https://vorbild.example/"},
              {"@type": "Article", "headline": "Notizen vom Archivtag",
               "author": {"@type": "Person", "name": "Tilman Vorbild"}}]}</script>
            """, header: """
            <h1>Notizen vom Archivtag</h1><div class="post-info"><span class="meta-author">Von: Tilman Vorbild</span></div>
            """)
        #expect(article.authors == ["Tilman Vorbild"])
    }

    @Test("A site named like a person that the JSON-LD also declares an organisation is no author")
    func organisationNamedLikePerson() throws {
        let article = try furnishedPage(head: """
            <meta property="og:site_name" content="Nora Zeitlos">
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
              {"@type": "Organization", "name": "Nora Zeitlos", "url": "https://zeitlos.example/"},
              {"@type": "NewsArticle", "headline": "Notizen vom Archivtag",
               "author": {"@type": "Person", "name": "Nora Zeitlos"}}]}</script>
            """, header: "<h1>Notizen vom Archivtag</h1>")
        #expect(article.authors == [])
    }

    @Test("A lower-case login that is the blog's capitalised name is its owner's account")
    func loginNamedAsBlog() throws {
        let article = try furnishedPage(head: """
            <meta property="og:site_name" content="Zwirbelfee">
            """, header: """
            <h1>Sommerferien mit Zahlenrätseln</h1>
            <div class="entry-meta"><span class="byline">von <span class="author vcard">zwirbelfee</span></span></div>
            """)
        #expect(article.authors == ["zwirbelfee"])
    }

    @Test("A byline that writes the blog's name as the blog does names the publication")
    func blogNameAsWritten() throws {
        let article = try furnishedPage(head: """
            <meta property="og:site_name" content="Zwirbelfee">
            """, header: """
            <h1>Sommerferien mit Zahlenrätseln</h1>
            <div class="entry-meta"><span class="byline">von <span class="author vcard">Zwirbelfee</span></span></div>
            """)
        #expect(article.authors == [])
    }

    @Test("A site named with an academic title and a full name is its owner's, who wrote the page")
    func titledOwner() throws {
        let article = try furnishedPage(head: """
            <meta property="og:site_name" content="Dr. Lioba Wendeltreu">
            """, header: "<h1>Über die Zeit im Gespräch</h1>")
        #expect(article.authors == ["Lioba Wendeltreu"])
    }

    @Test("A site named with an academic title and one word is a brand, no author")
    func titledBrand() throws {
        let article = try furnishedPage(head: """
            <meta property="og:site_name" content="Dr. Backfein">
            """, header: "<h1>Über die Zeit im Gespräch</h1>")
        #expect(article.authors == [])
    }

    @Test("A writer's handle in camel case gives the name the page prints")
    func camelCaseHandlePrinted() throws {
        let article = try furnishedPage(head: """
            <meta name="twitter:creator" content="@TildaVorhang">
            """, header: """
            <div class="masthead-tagline"><span class="tagline-owner">Tilda Vorhang</span></div>
            <h1>Warum Wörter wandern</h1>
            """)
        #expect(article.authors == ["Tilda Vorhang"])
    }

    @Test("A writer's handle in camel case that the page never prints names nobody")
    func camelCaseHandleUnprinted() throws {
        let article = try furnishedPage(head: """
            <meta name="twitter:creator" content="@TildaVorhang">
            """, header: "<h1>Warum Wörter wandern</h1>")
        #expect(article.authors == [])
    }

    @Test("A site named for a press office is no author even when declared a person")
    func pressOfficeDeclaredPerson() throws {
        let article = try furnishedPage(head: """
            <meta property="og:site_name" content="Presse Nordstadt">
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
             "headline": "Busse fahren wieder", "author": {"@type": "Person", "name": "Presse Nordstadt"}}</script>
            """, header: "<h1>Busse fahren wieder</h1>")
        #expect(article.authors == [])
    }
}

@Suite("Declared and printed bylines")
struct DeclaredAndPrintedBylineTests {
    private static let declaringJana = """
        <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
         "headline": "Neue Wege am Stausee", "author": {"@type": "Person", "name": "Jana Beispiel"}}</script>
        """

    @Test("A printed byline naming the declared writer and a second person gives both")
    func printedCoWriter() throws {
        let article = try furnishedPage(head: Self.declaringJana, header: """
            <h1>Neue Wege am Stausee</h1>
            <div class="entry-meta"><span class="vcard author"><span class="fn">von Jana Beispiel, Tom Muster</span></span></div>
            """)
        #expect(article.authors == ["Jana Beispiel", "Tom Muster"])
    }

    @Test("A printed byline abbreviating the declared given name gives the printed names")
    func printedInitials() throws {
        let article = try furnishedPage(head: Self.declaringJana, header: """
            <h1>Neue Wege am Stausee</h1>
            <div class="story-meta"><div class="author-line">J. Beispiel / T. R. Muster</div></div>
            """)
        #expect(article.authors == ["J. Beispiel", "T. R. Muster"])
    }

    @Test("A printed byline adding a name with an acronym keeps the declared writer")
    func printedProjectName() throws {
        let article = try furnishedPage(head: Self.declaringJana, header: """
            <h1>Neue Wege am Stausee</h1>
            <p class="byline">Jana Beispiel, WASSER Beispielprojekt</p>
            """)
        #expect(article.authors == ["Jana Beispiel"])
    }

    @Test("A printed byline opening with somebody else keeps the declared writer")
    func printedOtherFirst() throws {
        let article = try furnishedPage(head: Self.declaringJana, header: """
            <h1>Neue Wege am Stausee</h1>
            <p class="byline">Tom Muster und Jana Beispiel</p>
            """)
        #expect(article.authors == ["Jana Beispiel"])
    }
}

@Suite("Words around a writer's name")
struct BylineNoiseTests {
    @Test("A compound ending in a role before the name is a title, not part of the name")
    func roleCompoundBeforeName() throws {
        let article = try furnishedPage(head: """
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
             "headline": "Leasen oder kaufen?", "author": {"@type": "Person", "name": "Beispielblatt-Online-Experte Tom Muster"}}</script>
            """, header: "<h1>Leasen oder kaufen?</h1>")
        #expect(article.authors == ["Tom Muster"])
    }

    @Test("A label a joiner leaves alone names nobody")
    func lonelyLabel() throws {
        let article = try furnishedPage(header: """
            <h1>Wer wir wirklich sind</h1><div class="story-author small-print"><p>Text und Interview: Jana Beispiel</p></div>
            """)
        #expect(article.authors == ["Jana Beispiel"])
    }

    @Test("A publication word after the name is no second author")
    func publicationWordAfterName() throws {
        let article = try furnishedPage(header: """
            <h1>La alcaldía anuncia obras</h1><div class="autor">Jana Beispiel Publicado</div>
            """)
        #expect(article.authors == ["Jana Beispiel"])
    }

    @Test("A team or a magazine named as author is no person")
    func teamAndMagazine() throws {
        let team = try furnishedPage(head: """
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Mehr Schutz",
             "author": [{"@type": "Person", "name": "Jana Beispiel"}, {"@type": "Person", "name": "Beispiel Safe Browsing team"}]}</script>
            """, header: "<h1>Mehr Schutz</h1>")
        #expect(team.authors == ["Jana Beispiel"])
        let magazine = try furnishedPage(head: #"<meta name="author" content="Das Magazin">"#, header: """
            <h1>Gedenken an die Vergessenen</h1><p class="bodytext">Von Jana Beispiel</p>
            """)
        #expect(magazine.authors == ["Jana Beispiel"])
    }

    @Test("A line break ends a lead-in byline before the dateline")
    func lineBreakEndsByline() throws {
        let article = try furnishedPage(header: """
            <h1>Zwischen Lager und Kleinstadt</h1>
            <p>Von <strong><a href="https://jana.example">Jana Beispiel</a></strong> und
            <strong><a href="https://tom.example">Tom Muster</a></strong><br /><span id="more-7"></span><br /> Nordstadt /Südland</p>
            """)
        #expect(article.authors == ["Jana Beispiel", "Tom Muster"])
    }

    @Test("An author box names the writer in its heading, not in the bio after it")
    func authorBoxHeading() throws {
        let article = try furnishedPage(header: "<h1>Sind Zufallszahlen eindeutig?</h1>", afterStory: """
            <div class="author-info"><h2 class="author-heading">Published by</h2>
            <div class="author-description"><h3 class="author-title">Jana Beispiel</h3>
            <p class="author-bio">A science writer at the Example University. <a class="author-link" href="/author/jana/">View all posts</a></p></div></div>
            """)
        #expect(article.authors == ["Jana Beispiel"])
    }

    @Test("A paragraph classed as the writer's biography is no byline")
    func biographyParagraph() throws {
        let article = try furnishedPage(header: "<h1>Kopfhörer im Vergleich</h1>", afterStory: """
            <div class="author-info"><h3 class="widget-title">Autor</h3><h4><a href="/author/tom/">Tom Muster</a></h4>
            <p class="author-bio">Schreibt über Kopfhörer, Plattenspieler und Radios. Dazu viele Ratschläge für den Alltag.</p></div>
            """)
        #expect(article.authors == ["Tom Muster"])
    }
}
