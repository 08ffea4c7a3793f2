@testable import ArticleParser
import Testing

/// Families of pages whose story the first rules cut short or padded: each test is one general
/// rule on a small page shaped like the real ones (navigation, share bars, scripts around it).
@Suite("Content extraction: story boundaries")
struct StoryBoundaryTests {
    private static let story = CouncilStory.paragraphs

    private func body(_ html: String, focus: ArticleParser.Focus = .balanced) throws -> [Paragraph] {
        try CouncilStory.body(html, focus: focus)
    }

    /// A long story, so a short lead is well under a tenth of it.
    private static let longStory = (1 ... 8).map {
        "Paragraph \($0) of the report describes how the crossing will be built, who pays for which part of it, and when the work is due to end."
    }

    @Test("a short lead above a long story's container is body text, and the navigation above it is not")
    func shortLeadAboveLongStory() throws {
        let lead = "The council has found the money for the new crossing at last."
        let html = """
            <html><body><header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
            <div class="article-page"><div class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a></div>
            <div class="intro"><h1>Council funds bridge</h1><div class="standfirst"><p>\(lead)</p></div></div>
            <div class="share-bar"><a href="/share/fb">Facebook</a> <a href="/share/x">X</a></div>
            <div class="story-content">\(Self.longStory.map { "<p>\($0)</p>" }.joined())</div></div>
            <script>window.ads = [];</script></body></html>
            """
        let texts = try body(html).map(\.text)
        #expect(texts == [lead] + Self.longStory)
    }

    @Test("fields whose label is hidden, and blocks hidden on small screens only, are body text")
    func qualifiedHiddenClasses() throws {
        let html = """
            <html><body><nav class="menu"><a href="/">Home</a></nav>
            <article class="node node-article"><h1>Council funds bridge</h1>
            <div class="field field-name-field-intro field-label-hidden"><p>\(Self.story[0])</p></div>
            <div class="field field--name-body field--type-text-with-summary field--label-hidden"><p>\(Self.story[1])</p>
            <div class="hidden-xs"><p>\(Self.story[2])</p></div></div>
            <div class="hidden"><p>This paragraph is only shown to readers who click the button below it.</p></div>
            <div class="share-links"><a href="/share/fb">Facebook</a></div></article></body></html>
            """
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("a story in an entry summary is body text, a summary widget is not")
    func summaryClasses() throws {
        let html = """
            <html><body><div class="cookie-notice"><p>We use cookies to make this website work better for you.</p></div>
            <article class="post type-post"><header class="entry-header"><h1>Council funds bridge</h1></header>
            <div class="summary-widget"><p>No time to read? Our robot can summarise this story for you.</p><button>Get a summary</button></div>
            <div class="entry-summary">\(Self.story.map { "<p>\($0)</p>" }.joined())</div>
            </article>
            <div class="widget-area"><div class="textwidget"><p>The Courier has reported on the town and its river since 1952. Our reporters cover the council, the schools, the courts and every club from the rowers to the choir.</p></div></div>
            <footer><p>© 2026 The Courier</p></footer></body></html>
            """
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("text inside a javascript: link is read as text, not as a link")
    func scriptLinkText() throws {
        let html = """
            <html><head><title>Notes</title></head><body>
            <a href="javascript:void(0)"><p>The meeting starts at nine in the town hall.</p><p>Please bring the minutes of the last meeting.</p></a>
            </body></html>
            """
        #expect(try body(html).map(\.text) == [
            "The meeting starts at nine in the town hall.", "Please bring the minutes of the last meeting.",
        ])
    }

    @Test("sections whose ids are anchors made from their headings are body text")
    func headingAnchorIDs() throws {
        let html = """
            <html><body><div class="sphinxsidebar" role="navigation"><a href="/">Contents</a> <a href="/index">Index</a></div>
            <div class="document"><div class="section" id="sharing-with-your-team"><h1>Sharing with your team</h1>
            <p>\(Self.story[0])</p>
            <div class="section" id="toc-title-2"><h2>Setting up</h2><p>\(Self.story[1])</p></div>
            <div class="section" id="nav-and-share-the-changes"><h2>Pushing and pulling</h2><p>\(Self.story[2])</p></div>
            </div></div>
            <div id="comments"><p>Great article, thank you very much for writing it all down for us!</p></div>
            <div class="footer">© 2026 The project</div></body></html>
            """
        let paragraphs = try body(html)
        #expect(paragraphs.filter { $0.kind == .paragraph }.map(\.text) == Self.story)
        #expect(paragraphs.contains { $0.text == "Pushing and pulling" })
    }

    @Test("picture credits and legends beside a photo are not body text")
    func creditAndLegendBlocks() throws {
        let html = """
            <html><body><nav><a href="/">Home</a></nav>
            <article><h1>Council funds bridge</h1>
            <div class="entry-content"><p>\(Self.story[0])</p>
            <div class="photo"><img src="/bridge.jpg" alt=""><div class="legend"><div class="content">The old ferry landing on the east bank, seen from the water in the evening light.</div></div>
            <span class="copyright">Jane Doe / City Archive</span></div>
            <p>\(Self.story[1])</p><p>\(Self.story[2])</p>
            <div class="post-ratings">(No ratings yet)</div></div></article>
            <script>var ratings = {};</script></body></html>
            """
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("a Chinese post in short unpunctuated lines wins over the comments below it")
    func cjkLinesWithoutSentenceMarks() throws {
        let lines = [
            "今年秋天來得特別晚直到十一月底山上的楓葉才慢慢轉成紅色",
            "我們一早從市區出發沿著河谷開了兩個小時的車才到達步道入口",
            "步道兩旁的老樹高大茂密陽光從枝葉之間灑下來照在石階上面",
            "走到山頂的時候剛好起霧整片山谷都被白色的雲海包圍起來了",
        ]
        let html = """
            <html><head><meta charset="utf-8"><title>秋天的山</title></head><body>
            <div id="nav"><a href="/">首頁</a> <a href="/blog">部落格</a></div>
            <div class="article"><h1>秋天的山</h1><div class="article-content">\(lines.map { "<p><span>\($0)</span></p>" }.joined())</div></div>
            <div class="reader-post-box"><div class="reader-post-text"><p>照片拍得真好，謝謝你的分享！請問步道入口附近可以停車嗎？我們也想去走走。</p></div></div>
            <script>var pix = 1;</script></body></html>
            """
        let texts = try body(html).map(\.text)
        #expect(texts == lines)
    }

    @Test("a standfirst set as a long heading under the headline is body text")
    func standfirstInHeadingMarkup() throws {
        let standfirst = "The minister said on Monday that the money for the crossing had been found at last, after years in which the two halves of the town argued over who should pay for it and where it should stand."
        let html = """
            <html><body><nav class="main-nav"><a href="/">Home</a> <a href="/politics">Politics</a></nav>
            <div class="article-page"><header class="article-header"><span class="kicker">Politics</span><h1>Council funds bridge</h1>
            <h2 class="article-subheadline">\(standfirst)</h2></header>
            <div class="share-bar"><a href="/share/fb">Facebook</a></div>
            <div class="story-content">\(Self.longStory.map { "<p>\($0)</p>" }.joined())</div>
            <section class="related"><h2>More on this story</h2><a href="/a">Ferry service ends</a></section></div></body></html>
            """
        #expect(try body(html).map(\.text) == [standfirst] + Self.longStory)
    }

    private static func storyPage(_ entryContent: String) -> String { CouncilStory.page(entryContent) }

    /// The story with `closing` as its last block.
    private static func storyClosed(by closing: String) -> String {
        storyPage(story.map { "<p>\($0)</p>" }.joined() + closing)
    }

    @Test("app-download and follow-us appeals closing the story are not body text, in several languages")
    func closingFollowAppeals() throws {
        for appeal in [
            "Never miss a story from the valley: download the Courier app on your phone today.",
            "Síguenos en nuestras redes sociales para no perderte ninguna noticia del valle",
            "Visita nuestro canal de vídeos con las entrevistas de la semana",
            "Get the latest news from the valley on your phone with the Courier app.",
            "Missed the town meeting? Learn more about everything the council decided this year.",
            "Kennt ihr schon unseren Veranstaltungskalender? Dort findet ihr alle Termine im Tal.",
        ] {
            #expect(try body(Self.storyClosed(by: "<p><strong>\(appeal)</strong></p>")).map(\.text) == Self.story, "kept: \(appeal)")
        }
    }

    @Test("a long support appeal that opens with its question, closing the story, is not body text")
    func longOpeningAppeal() throws {
        let appeal = "Gefällt dir unser Stadtmagazin? Wir haben uns entschieden, keine Bezahlschranke einzuführen, "
            + "damit alle im Tal die Nachrichten aus dem Rathaus lesen können. Damit das so bleibt und wir unabhängig "
            + "von Werbung berichten können, brauchen wir deine Unterstützung, schon mit einem kleinen Betrag im Monat."
        #expect(try body(Self.storyClosed(by: "<p>\(appeal)</p>")).map(\.text) == Self.story)
    }

    @Test("a long closing paragraph that names a newsletter past its opening stays in the body")
    func longParagraphNamingNewsletter() throws {
        let closing = "The council will meet again in January to choose the builder, and residents can still send "
            + "their comments on the plans until the end of the year, the town hall said in its weekly newsletter, "
            + "which also listed the dates of the public hearings on the crossing and the new bus routes."
        #expect(try body(Self.storyClosed(by: "<p>\(closing)</p>")).map(\.text) == Self.story + [closing])
    }

    @Test("invitations to join a messenger channel or subscribe closing the story are not body text")
    func closingChannelAppeals() throws {
        for appeal in [
            "¿Ya conoces nuestro grupo? Únete desde tu celular con este enlace de invitación.",
            "Join the discussion of this story on our Telegram channel.",
            "Zapraszamy do subskrypcji naszego tygodnika i do odwiedzin strony.",
        ] {
            #expect(try body(Self.storyClosed(by: "<p>\(appeal)</p>")).map(\.text) == Self.story, "kept: \(appeal)")
        }
    }

    @Test("a sidebar that lists teaser cards as articles is not body text")
    func sidebarOfTeaserArticles() throws {
        let welcome = "Hello and welcome! I am a baker from the valley, and here I write about bread, my garden and the small trips we take at weekends."
        let html = """
            <html><body><header><nav class="menu"><a href="/">Home</a> <a href="/recipes">Recipes</a></nav></header>
            <div class="content-sidebar-wrap"><main class="content"><div class="post">
            <h1>Council funds bridge</h1><div class="entry-content">\(Self.story.map { "<p>\($0)</p>" }.joined())</div></div></main>
            <aside class="sidebar widget-area"><section class="widget text-widget"><h3>About me</h3><p>\(welcome)</p></section>
            <section class="widget recent-posts"><article class="teaser-card"><h4><a href="/sourdough">Sourdough at home</a></h4>
            <p>How a starter from the neighbour turned into our weekly loaf.</p></article>
            <article class="teaser-card"><h4><a href="/garden">The autumn garden</a></h4>
            <p>What to plant now so the beds are not empty in March.</p></article></section></aside></div>
            <footer><p>© 2026 The Courier</p></footer></body></html>
            """
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("a rating or contact form inside the story is not body text")
    func formsInsideStory() throws {
        let html = """
            <html><body><nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Council funds bridge</h1><div class="entry-content">\(Self.story.map { "<p>\($0)</p>" }.joined())
            <form action="/rate" method="post"><fieldset><h2>Was this story useful?</h2>
            <p>Tell us what you think of it, so that we can write better stories for you.</p>
            <label><input type="radio" name="stars" value="1"> One star</label> <label><input type="radio" name="stars" value="5"> Five stars</label>
            <button type="submit">Send</button></fieldset></form>
            <form action="/contact"><p>Questions about the crossing? Write to our newsroom and we will answer you within a week.</p>
            <textarea name="message"></textarea><button>Send</button></form></div></article>
            <footer><p>© 2026 The Courier</p></footer></body></html>
            """
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("notes on affiliate links and advertising are not body text, a list of affiliated groups is")
    func affiliateNotes() throws {
        let partners = "Our partners in the valley: the rowing club, the choir and the two schools by the river."
        let html = Self.storyPage("""
            <p class="disclosure-text">We may earn a commission when you buy through the links on this page.</p>
            \(Self.story.map { "<p>\($0)</p>" }.joined())
            <div class="affiliate-info"><p>Links marked with a star are affiliate links; buying through them costs you nothing extra.</p></div>
            <section class="affiliate-network"><p>\(partners)</p></section>
            """)
        #expect(try body(html).map(\.text) == Self.story + [partners])
    }

    @Test("lines that point to other stories or to the author box are not body text; a sentence with the same words is")
    func pointerLines() throws {
        let sentence = "You might also take the old ferry while it still runs."
        let html = Self.storyPage("""
            \(Self.story.map { "<p>\($0)</p>" }.joined())
            <p>\(sentence)</p>
            <p><strong>Das könnte Sie auch interessieren:</strong></p>
            <ul><li><a href="/ferry">Die Fähre fährt zum letzten Mal</a></li><li><a href="/budget">Der Haushalt steht</a></li></ul>
            <p>You may also enjoy</p><ul><li><a href="/river">A walk along the river</a></li></ul>
            <h3>About the author</h3><a href="/authors/jane"><img src="jane.jpg"> Jane Doe</a>
            """)
        #expect(try body(html).map(\.text) == Self.story + [sentence])
    }

    @Test("the notice standing in for an embedded player or post until the reader consents is not body text")
    func embedPlaceholders() throws {
        let html = Self.storyPage("""
            <p>\(Self.story[0])</p>
            <div class="video-embed embed-placeholder"><p>This video is hosted by another provider. We need your consent before we load it.</p><button>Load video</button></div>
            <p>\(Self.story[1])</p>
            <div class="map consent-blocker"><p>Click the button below to load the map from an external service and accept its terms.</p></div>
            <p>\(Self.story[2])</p>
            """)
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("the post-metadata line of classic blog themes is not body text")
    func postMetadataLine() throws {
        let html = """
            <html><head><title>Council funds bridge</title></head><body><div id="header"><a href="/">The River Blog</a></div>
            <div class="post" id="post-12"><h2>Council funds bridge</h2><div class="entry">\(Self.story.map { "<p>\($0)</p>" }.joined())
            <p class="postmetadata alt">This entry was written on a rainy Tuesday and is filed under Town News. You can follow any answers to it through the feed.</p></div></div>
            <div id="footer"><p>Powered by a blog engine</p></div></body></html>
            """
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("ad markers set off by dashes or a star, and sponsored lines opening with one, are not body text")
    func adMarkers() throws {
        let html = Self.storyPage("""
            <p><em>*Werbung. Dieser Beitrag nennt die Fährgesellschaft, die uns eingeladen hat.</em></p>
            <p>\(Self.story[0])</p><div class="inline"><center>- Anzeige -</center><a href="https://ads.example/1"><img src="ad.png"></a></div>
            <p>\(Self.story[1])</p><p><b>ANZEIGE – Heute Abend am Fluss: Musik und Essen beim Brückenfest!</b></p>
            <p>\(Self.story[2])</p>
            """)
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("the heading of a consent box for external content is not body text")
    func externalContentLabel() throws {
        let html = Self.storyPage("""
            <p>\(Self.story[0])</p>
            <div class="embed"><div class="embed-title">Externer Inhalt</div><a href="https://video.example/1">Video ansehen</a></div>
            <p>\(Self.story[1])</p><p>\(Self.story[2])</p>
            """)
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("an appeal opening the body is not body text")
    func openingAppeal() throws {
        let html = """
            <html><body><nav class="menu"><a href="/">Home</a></nav>
            <article><h1>Letters: the bridge</h1><div class="entry-content">
            <p><em>Send your letter to the editor with the form on our contact page.</em></p>
            \(Self.longStory.map { "<p>\($0)</p>" }.joined())</div></article>
            <footer><p>© 2026 The Courier</p></footer></body></html>
            """
        #expect(try body(html).map(\.text) == Self.longStory)
    }

    @Test("the contact block under a press release is not body text")
    func contactBlockUnderPressRelease() throws {
        for label in ["<h3>Pressekontakt</h3>", "<p><strong>Media contact:</strong></p>"] {
            let html = Self.storyClosed(by: """
                \(label)<p>Jana Beispiel</p><p>Town Hall, Bridge Street 4<br>12345 Rivertown</p>
                <p>Phone: 0123 45 67 89<br>E-mail: press@rivertown.example</p>
                """)
            #expect(try body(html).map(\.text) == Self.story, "kept after: \(label)")
        }
    }

    @Test("contact blocks one above the other under a press release are none of them body text")
    func stackedContactBlocks() throws {
        // Seven blocks from the first label to the end: only the second label is among the last six.
        let contacts = [
            "Kontakt:", "Jana Beispiel\nTelefon 0123 45 67 89", "Ansprechpartnerin für die Presse:", "Lena Muster",
            "Telefon 0123 45 67 80", "lena.muster@rivertown.example", "Town Hall, Bridge Street 4",
        ]
        let paragraphs = (Self.story + contacts).map { Paragraph(text: $0, kind: .paragraph) }
        #expect(ParagraphExtractor.removingContactBlock(paragraphs).map(\.text) == Self.story)
    }

    @Test("a contact label followed by a long paragraph does not end the story")
    func contactLabelBeforeProse() throws {
        let closing = "The council will publish the plans for the crossing next month, and residents can comment on them at the town hall or by letter until the end of the summer; a second meeting follows in the autumn. Those who cannot come can send their questions in advance, and the answers will be printed in the next issue of the council's newsletter."
        let html = Self.storyClosed(by: "<h3>Contact</h3><p>\(closing)</p>")
        #expect(try body(html).map(\.text) == Self.story + ["Contact", closing])
    }

    @Test("a line of telephone, fax and e-mail numbers closing the story is not body text")
    func closingContactLine() throws {
        let html = Self.storyClosed(by: "<p>Tel.: 0123 45 67 89 · Fax: 0123 45 67 90 · E-Mail: newsroom@courier.example</p>")
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("a licence, rights or citation note closing the story is not body text")
    func closingRightsNotes() throws {
        for note in [
            "Dieser Beitrag steht unter der Lizenz CC-BY-SA 4.0; die Bilder sind davon ausgenommen.",
            "© 2026 The Courier. All rights reserved. Reproduction only with the publisher's consent.",
            "Suggested citation: Beispiel, Jana: Council funds bridge, The Courier, 2026/11/27.",
        ] {
            #expect(try body(Self.storyClosed(by: "<p>\(note)</p>")).map(\.text) == Self.story, "kept: \(note)")
        }
    }

    @Test("a fact box of several lines that names a licence stays in the body")
    func factBoxWithLicence() throws {
        let factBox = "Recorded: 12 May 2026\nLength: 48 minutes\nLicence: CC-BY 4.0"
        let html = Self.storyClosed(by: "<p>Recorded: 12 May 2026<br>Length: 48 minutes<br>Licence: CC-BY 4.0</p>")
        #expect(try body(html).map(\.text) == Self.story + [factBox])
    }

    @Test("a log-in notice or a note on the paywall closing the story is not body text")
    func closingAccountNotes() throws {
        for note in [
            "Du bist gerade nicht eingeloggt: nach der Anmeldung kannst du Beiträge speichern.",
            "We keep our stories free of a paywall: every reader counts, so tell your friends about us.",
        ] {
            #expect(try body(Self.storyClosed(by: "<p>\(note)</p>")).map(\.text) == Self.story, "kept: \(note)")
        }
    }

    @Test("the labels of controls drawn as buttons are not body text")
    func buttonRoleLabels() throws {
        let html = Self.storyPage("""
            <p>\(Self.story[0])</p>
            <div class="step-image-toggle" role="button"><span class="open">Foto zeigen</span><span class="close">Foto verbergen</span></div>
            <p>\(Self.story[1])</p><span role="button" tabindex="0">Play video</span><p>\(Self.story[2])</p>
            """)
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("links and labels styled as buttons are not body text")
    func buttonClassLabels() throws {
        let html = Self.storyPage("""
            <p>\(Self.story[0])</p>
            <figure><img src="/img/bridge.jpg" alt=""><div class="description"><a class="btn" href="/img/bridge-large.jpg"><strong>Enlarge</strong></a>
            <span class="button quick-view">Quick view</span></div></figure>
            <p>\(Self.story[1])</p><p>\(Self.story[2])</p>
            """)
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("a block of separators alone is not a paragraph")
    func separatorOnlyBlocks() throws {
        let html = Self.storyPage("""
            <p>\(Self.story[0])</p><p>* * *</p><p>\(Self.story[1])</p>
            <table><tr><td><button>Today</button> | <button>30 days</button> | <button>A year</button></td></tr></table>
            <p>\(Self.story[2])</p><p>———</p>
            """)
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("the controls of an embedded video player are not body text")
    func videoPlayerControls() throws {
        let html = Self.storyPage("""
            <p>\(Self.story[0])</p>
            <div class="player"><div class="vp-control-bar"><div class="vp-elapsed vp-control">
            <span class="vp-control-label">Elapsed </span>0:00</div>
            <div class="vp-buffer vp-control"><span class="vp-control-label">Buffered: 0%</span></div></div>
            <div class="player-settings controls"><p>Video Quality</p><p>Auto</p><p>High (HD)</p></div></div>
            <p>\(Self.story[1])</p><p>\(Self.story[2])</p>
            """)
        #expect(try body(html).map(\.text) == Self.story)
    }

    /// The links around the lead leave its header a balance under the 50 characters a sibling
    /// needs, and the links after the story keep the article element from being chosen whole.
    @Test("a lead in a header whose links outweigh most of it is still body text")
    func leadInLinkHeavyHeader() throws {
        let lead = "The money for the new crossing has been found at last, after years of argument between the two banks of the town."
        let html = """
            <html><body><nav class="menu"><a href="/">Home</a></nav>
            <article><header class="story-head"><div class="trail"><a href="/">Front page</a> › <a href="/news">News</a> › <a href="/news/town">Town and county</a></div>
            <h1>Council funds bridge</h1><p class="lead">\(lead)</p>
            <ul class="topics"><li><a href="/t/bridges">Bridges and crossings</a></li><li><a href="/t/council">The town council</a></li></ul></header>
            <div class="story-body">\(Self.longStory.map { "<p>\($0)</p>" }.joined())</div>
            <div class="further"><a href="/a">Ferry service ends after forty years</a> <a href="/b">Who pays for the bridge, and why</a>
            <a href="/c">The mayor on the crossing in her own words</a> <a href="/d">Ten bridges of the county in pictures</a></div></article>
            <footer><p>© 2026 The Courier</p></footer></body></html>
            """
        #expect(try body(html).map(\.text) == [lead] + Self.longStory)
    }

    @Test("a story set as bare text in a furniture-named box inside the story's body is body text")
    func bareTextInSummaryBox() throws {
        let text = Self.story.joined(separator: " ")
        let html = """
            <html><body><nav class="menu"><a href="/">Home</a> <a href="/events">Events</a></nav>
            <div class="post hentry"><h2 class="entry-title">Council funds bridge</h2>
            <div class="event-note">This event is over.</div>
            <div class="entry-content"><div class="summary">\(text)</div></div></div>
            <div class="sidebar"><div class="cookie-box">We use cookies so that the calendar remembers your choices, and you agree to it when you stay on the site.</div></div>
            <footer><p>© 2026 The Courier</p></footer></body></html>
            """
        #expect(try body(html).map(\.text) == [text])
    }

    @Test("a post of one long paragraph among short lines is read whole, not as its one long paragraph")
    func shortLinesAroundOneParagraph() throws {
        let lines = [
            "The river at dusk, from the old ferry steps.",
            "The council's decision took longer to reach than the crossing will take to build: after eleven years of plans, surveys and votes, the money is there, and the first piles go in next spring.",
            "Seen from the other bank:",
            "More pictures next week!",
        ]
        let html = """
            <html><body><nav class="menu"><a href="/">Home</a></nav>
            <div id="wrapper"><div class="content"><div id="post-12" class="post type-post">
            <h1>Council funds bridge</h1>
            <small class="post-meta">Filed under <a href="/c/town">Town</a>, <a href="/c/photos">Photos</a> | Tags: <a href="/t/river">river</a>, <a href="/t/bridge">bridge</a>, <a href="/t/dusk">dusk</a></small>
            \(lines.map { "<p>\($0)</p>" }.joined())</div></div>
            <div id="sidebar"><div class="widget"><h3>Blogroll</h3><a href="/x">A friend's blog</a></div></div></div></body></html>
            """
        #expect(try body(html).map(\.text) == lines)
    }

    @Test("a further-links label left without its links is not body text")
    func furtherLinksLabel() throws {
        let html = Self.storyClosed(by: "<h3>Weiterführende Links:</h3><ul class=\"links\"><li><a href=\"/a\">Das Projekt</a></li></ul>")
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("a line naming the section a post was filed in is not body text")
    func filedInLine() throws {
        for line in ["Veröffentlicht in Stadt & Land", "Posted in Town news"] {
            #expect(try body(Self.storyClosed(by: "<p>\(line)</p>")).map(\.text) == Self.story, "kept: \(line)")
        }
    }

    @Test("an appeal before an emptied box at the end of the story is still seen as closing it")
    func appealBeforeEmptiedBoxes() throws {
        let html = Self.storyClosed(by: """
            <p>Like what you read? Donate to the Courier once a month!</p>
            <h4>From the valley</h4><ul class="links"><li><a href="/a">Ferry service ends</a></li></ul>
            <h4>Down by the river</h4><ul class="links"><li><a href="/b">Harbour wall</a></li></ul>
            <h4>Years ago</h4><ul class="links"><li><a href="/c">Older stories</a></li></ul>
            <h4>Our friends</h4><ul class="links"><li><a href="/d">A friend's blog</a></li></ul>
            """)
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("a line of short fields between bars closing the story is not body text")
    func closingFieldLine() throws {
        for line in ["Comments feed | Comments closed | Trackback URL", "Imprint · Privacy · © 2026 The Courier"] {
            #expect(try body(Self.storyClosed(by: "<p>\(line)</p>")).map(\.text) == Self.story, "kept: \(line)")
        }
    }

    @Test("a closing sentence with a bar in it stays in the body")
    func closingSentenceWithBar() throws {
        let closing = "The vote was close | seven to two | but the mayor called it a clear mandate."
        #expect(try body(Self.storyClosed(by: "<p>\(closing)</p>")).map(\.text) == Self.story + [closing])
    }

    @Test("a single word closing the story (a source tag, a label left without its list, a counter) is not body text")
    func closingLoneWord() throws {
        for closing in ["<p>kbx/NTA</p>", "<p>Themen</p>", "<p>3</p><p>4</p>"] {
            #expect(try body(Self.storyClosed(by: closing)).map(\.text) == Self.story, "kept: \(closing)")
        }
    }

    @Test("an agency sign-off of one word closing the story goes to the attributions, not away")
    func closingSignOffIsAttribution() throws {
        for (signOff, source) in [("(kb/dpa)", "kb/dpa"), ("(dpa)", "dpa"), ("(ab/spot)", "ab/spot")] {
            let article = try ArticleParser().parse(html: Self.storyClosed(by: "<p>\(signOff)</p>"))
            #expect(article.paragraphs.map(\.text) == Self.story)
            #expect(article.attributions.map(\.text) == [source], "sign-off: \(signOff)")
        }
    }

    @Test("an agency sign-off set loose in a <div> under a story in <p>s goes to the attributions")
    func looseSignOff() throws {
        let article = try ArticleParser().parse(html: Self.storyClosed(by: "<div>(KB, dpa)</div>"))
        #expect(article.paragraphs.map(\.text) == Self.story)
        #expect(article.attributions.map(\.text) == ["KB, dpa"])
    }

    @Test("a label or a disclaimer in parentheses is not body text")
    func labelInParentheses() throws {
        for line in ["(Anzeige)", "(Alle Angaben ohne Gewähr)"] {
            let html = Self.storyPage("<p>\(Self.story[0])</p><p>\(line)</p><p>\(Self.story[1])</p><p>\(Self.story[2])</p>")
            #expect(try body(html).map(\.text) == Self.story, "kept: \(line)")
        }
    }

    @Test("a single word inside the story, or a short closing sentence, stays in the body")
    func loneWordInsideStory() throws {
        let html = CouncilStory.page("<p>\(Self.story[0])</p><p>Update:</p><p>\(Self.story[1])</p><p>\(Self.story[2])</p><p>See you there.</p>")
        #expect(try body(html).map(\.text) == [Self.story[0], "Update:", Self.story[1], Self.story[2], "See you there."])
    }
}
