import ArticleParser
import Testing

/// Families of pages whose story the first rules cut short or padded: each test is one general
/// rule on a small page shaped like the real ones (navigation, share bars, scripts around it).
@Suite("Content extraction: story boundaries")
struct StoryBoundaryTests {
    private static let story = [
        "The city council voted seven to two on Tuesday to fund the new crossing over the river.",
        "Construction is expected to start in the spring and to last about eighteen months, officials said.",
        "Residents of both banks have waited for a bridge since the old ferry stopped running in 2019.",
    ]

    private func body(_ html: String, focus: ArticleParser.Focus = .balanced) throws -> [Paragraph] {
        try ArticleParser(options: .init(focus: focus)).parse(html: html).paragraphs
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
            <div class="cm-entry-summary">\(Self.story.map { "<p>\($0)</p>" }.joined())</div>
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
            <div class="document"><div class="section" id="sharing-with-a-single-developer"><h1>Sharing with a single developer</h1>
            <p>\(Self.story[0])</p>
            <div class="section" id="TOC_TITLE_2"><h2>Setting up</h2><p>\(Self.story[1])</p></div>
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
            "一波波接續性低溫寒流報到已將山區一帶層層山巒披上嫣紅的彩衣",
            "沿著道路一路上雲氣山嵐滯留山頭順路下切蜿蜒道路後不久即抵達國小",
            "偌大楓香樹早已呈現金黃泛紅色彩也是攝影愛好者所喜愛造訪之地",
            "第二次造訪發現營區變了印象中以前生冷招牌換成了原木招牌",
        ]
        let html = """
            <html><head><meta charset="utf-8"><title>山區楓紅</title></head><body>
            <div id="nav"><a href="/">首頁</a> <a href="/blog">部落格</a></div>
            <div class="article"><h1>山區楓紅</h1><div class="article-content">\(lines.map { "<p><span>\($0)</span></p>" }.joined())</div></div>
            <div class="user-post-box"><div class="user-post-text"><p>好美的照片，謝謝分享！請問這個地方需要預約嗎？我們下個月也想去看看。</p></div></div>
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

    @Test("app-download and follow-us appeals closing the story are not body text, in several languages")
    func closingFollowAppeals() throws {
        for appeal in [
            "For the latest stories and breaking news updates download the Courier apps for iOS and Android.",
            "Síguenos en Telegram, Instagram, Facebook y Twitter para recibir todas nuestras actualizaciones",
            "¡Mira lo que tiene nuestro canal de YouTube!",
        ] {
            let html = """
                <html><body><nav><a href="/">Home</a></nav><article><h1>Council funds bridge</h1>
                <div class="entry-content">\(Self.story.map { "<p>\($0)</p>" }.joined())<p><strong>\(appeal)</strong></p></div></article>
                <footer><p>© 2026 The Courier</p></footer></body></html>
                """
            #expect(try body(html).map(\.text) == Self.story, "kept: \(appeal)")
        }
    }
}
