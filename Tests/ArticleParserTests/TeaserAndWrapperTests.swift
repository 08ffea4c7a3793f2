import ArticleParser
import Testing

/// Teasers that read like prose, wrappers whose names mislead, and the short blocks around a
/// story that only their form gives away: each test is one general rule on a small page shaped
/// like the real ones.
@Suite("Content extraction: teasers, wrappers and standfirsts")
struct TeaserAndWrapperTests {
    private static let story = CouncilStory.paragraphs

    private func body(_ html: String, focus: ArticleParser.Focus = .balanced) throws -> [Paragraph] {
        try CouncilStory.body(html, focus: focus)
    }

    private static func storyPage(_ entryContent: String) -> String { CouncilStory.page(entryContent) }

    private static var storyBlocks: String { story.map { "<p>\($0)</p>" }.joined() }

    @Test("a list of teasers whose excerpts end in an ellipsis does not outweigh the story above it")
    func teaserExcerptsCutShort() throws {
        let teasers = (1 ... 6).map { number in
            """
            <li><a href="/story-\(number)">Older story number \(number) from the valley</a><br><small>The ferry's last \
            season brought more passengers than any before it, and the harbour master had to call in extra \
            crews on the weekends when the market was held on the other bank of the riv...</small></li>
            """
        }.joined()
        let html = """
            <html><body><nav class="menu"><a href="/">Home</a> <a href="/town">Town</a></nav>
            <div id="post-7" class="post type-post"><h1>Council funds bridge</h1><div class="entry">\(Self.storyBlocks)
            <h2>Further reading on this topic</h2><ul class="related_post">\(teasers)</ul></div></div>
            <div id="sidebar"><h3>Recent comments</h3><a href="/c/1">A reader on Council funds bridge</a></div></body></html>
            """
        #expect(try body(html).map(\.text) == Self.story)
    }

    /// Cards of other stories: a linked headline, a summary and the source, as a stream under the story.
    private static func cards(_ count: Int) -> String {
        (1 ... count).map { number in
            """
            <li class="stream-item"><a href="/video/\(number)"><img src="/thumb/\(number).jpg" alt=""></a><div class="card-copy">
            <h3><a href="/video/\(number)">Valley story number \(number) in pictures</a></h3>
            <p>The ferry's last season brought more passengers than any before it, and the harbour master had to call in extra crews on market days.</p>
            <div class="source">Valley Evening News</div></div></li>
            """
        }.joined()
    }

    @Test("a stream of teaser cards, each titled by a linked headline, is not body text")
    func teaserCardStream() throws {
        let html = """
            <html><body><nav class="menu"><a href="/">Home</a> <a href="/video">Video</a></nav>
            <div class="page"><div class="story-column"><h1>Council funds bridge</h1>\(Self.storyBlocks)</div>
            <div class="stream-column"><ul id="stream">\(Self.cards(8))</ul></div></div>
            <footer><p>© 2026 The Courier</p></footer></body></html>
            """
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("a list of places in the story's own body, each titled by a linked name, stays in the body")
    func linkedListInStory() throws {
        let places = (1 ... 4).map { number in
            """
            <li><h3><a href="https://example.org/place-\(number)">Riverside place number \(number)</a></h3>
            <p>A quiet spot on the east bank with benches, a jetty and a view of the new crossing, open all year round.</p></li>
            """
        }
        let html = Self.storyPage(Self.storyBlocks + "<ol>" + places.joined() + "</ol>")
        let texts = try body(html).map(\.text)
        #expect(texts.filter { $0.hasPrefix("A quiet spot") }.count == 4)
    }

    @Test("a short line trailing off in an ellipsis reads as a sentence")
    func ellipsisEndsASentence() throws {
        let lines = ["„I know I should not say this, but the ferry was better…“", "– „Then do not say it.“", "– „Fine.“"]
        let html = """
            <html><body><div id="header"><h1><a href="/">The Notebook</a></h1></div>
            <div id="content"><div id="post-406" class="post type-post"><h2 class="posttitle"><a href="/p/406">Overheard at the quay</a></h2>
            <p class="postmeta">14 June 2026 at 20:51 (<a href="/c/overheard">Overheard</a>)</p>
            \(lines.map { "<p>\($0)</p>" }.joined())</div></div>
            <div id="sidebar"><ul><li class="widget"><h2>Latest posts</h2><ul class="tweets"><li>Rain again at the quay today, the ferry is late.</li></ul></li></ul></div>
            </body></html>
            """
        #expect(try body(html).map(\.text) == lines)
    }

    @Test("a story body marked as sitting behind a paywall is the story, not the comments under it")
    func storyBehindPaywall() throws {
        let comment = "I have crossed that river by ferry every week for thirty years and I will miss the boat, but a bridge was overdue. My only worry is the traffic it will bring into the old town, which the council has not said a word about. Who will pay for the new roads on our side?"
        let html = """
            <html><body><nav class="menu"><a href="/">Home</a></nav>
            <main><article class="post metered"><h1>Council funds bridge</h1>
            <div class="entry__content paywall-area">\(Self.storyBlocks)</div></article>
            <div id="comments" class="page__comment"><ol class="comment-list">
            <li class="comment"><article class="comment-body"><p>\(comment)</p></article></li>
            <li class="comment"><article class="comment-body"><p>\(comment)</p></article></li></ol></div></main></body></html>
            """
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("a paywall box inside the story is not body text")
    func paywallBox() throws {
        let html = Self.storyPage(Self.storyBlocks + #"<div class="paywall"><p>Read on with a subscription: the first month is free.</p></div>"#)
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("text beside a picture in a lightbox gallery block is body text, a pop-out panel is not")
    func lightboxBlockAndFlyout() throws {
        let beside = "Since 2014 the ferry association has also run a small museum on the quay, with the old timetables and the bell."
        let html = Self.storyPage(Self.storyBlocks + """
            <div class="media media--left js-lightbox-gallery"><figure><img src="/img/quay.jpg" alt=""></figure>
            <div class="media__body"><p>\(beside)</p></div></div>
            <div class="side-flyout"><div class="side-flyout__inner"><span>Help us!</span><p>Every small gift keeps the museum open for another day!</p></div></div>
            """)
        #expect(try body(html).map(\.text) == Self.story + [beside])
    }

    @Test("a teaser's excerpt that ends in a read-more link is not body text, in several languages")
    func teaserEndingInReadMore() throws {
        for (excerpt, link) in [
            ("What is new about the crossing? Every week our reporter answers readers' questions about it.", "more"),
            ("Was gibt es Neues an der Fähre? Jede Woche beantwortet unser Reporter Fragen dazu.", "mehr"),
            ("Qu'y a-t-il de neuf au port ? Chaque semaine, notre reporter répond à vos questions.", "Lire la suite"),
        ] {
            let teaser = #"<div class="teaser"><h2><a href="/q">Questions on the crossing</a></h2><p>\#(excerpt) <a href="/q">\#(link)</a></p></div>"#
            let html = Self.storyPage(Self.story[0 ..< 2].map { "<p>\($0)</p>" }.joined() + teaser + "<p>\(Self.story[2])</p>")
            #expect(try body(html).map(\.text) == Self.story, "kept: \(excerpt)")
        }
    }

    @Test("a sentence that ends in the word 'more' stays in the body")
    func sentenceEndingInMore() throws {
        let closing = "Those who have crossed on the ferry all their lives say they could not ask for more."
        let html = Self.storyPage(Self.storyBlocks + "<p>\(closing)</p>")
        #expect(try body(html).map(\.text) == Self.story + [closing])
    }

    @Test("a download link's line with its file size is not body text")
    func downloadLine() throws {
        for line in ["Topics: the bridge, the ferry, the costs Download (240 KB)", "The plans for the crossing (PDF, 1,2 MB)"] {
            let html = Self.storyPage(Self.storyBlocks + "<p>\(line)</p>")
            #expect(try body(html).map(\.text) == Self.story, "kept: \(line)")
        }
    }

    @Test("a sentence that mentions a file size stays in the body")
    func fileSizesInText() throws {
        let sentence = "The council's files are over 50 MB each and will be posted in parts."
        let html = Self.storyPage(Self.storyBlocks + "<p>\(sentence)</p>")
        #expect(try body(html).map(\.text) == Self.story + [sentence])
    }

    @Test("a page wrapper classed hidden until scripts run still holds the story, not the info box beside it")
    func hiddenPageWrapper() throws {
        let longStory = (1 ... 5).map {
            "Paragraph \($0) of the report describes how the crossing will be built, who pays for which part of it, and when the work is due to end."
        }
        let menu = (1 ... 12).map { #"<li><a href="/section-\#($0)">Section \#($0) of the Courier</a></li>"# }.joined()
        let html = """
            <html><body><div id="info_box"><p>A cookie is a small text file that your browser stores when you visit a website. \
            It helps the site remember your settings, and we also use cookies that tell us how many people read which page.</p></div>
            <div id="transition" class="rt-hidden"><nav class="menu"><ul>\(menu)</ul></nav>
            <div class="item-view"><h1>Council funds bridge</h1><div class="item-full-text">\(longStory.map { "<p>\($0)</p>" }.joined())</div></div>
            <div class="bottom"><ul>\(menu)</ul></div></div>
            </body></html>
            """
        #expect(try body(html).map(\.text) == longStory)
    }

    @Test("a subheadline under the headline is body text, short and without a full stop as it is")
    func shortSubheadline() throws {
        let subheadline = "The renewable crossing: what a bridge of wind and water could mean for the town"
        let longStory = (1 ... 6).map {
            "Paragraph \($0) of the report describes how the crossing will be built, who pays for which part of it, and when the work is due to end."
        }
        let html = """
            <html><body><nav class="main-nav"><a href="/">Home</a> <a href="/politics">Politics</a></nav>
            <div class="page"><div class="page-top"><div class="article"><h1>Council funds bridge</h1>
            <h2 class="article-subheadline">\(subheadline)</h2></div></div>
            <div class="share-bar"><a href="/share/fb">Facebook</a></div>
            <div class="story-content">\(longStory.map { "<p>\($0)</p>" }.joined())</div></div></body></html>
            """
        #expect(try body(html).map(\.text) == [subheadline] + longStory)
    }

    @Test("a run of appeals closing the story goes whole, however many lines it has")
    func longRunOfAppeals() throws {
        let appeals = [
            "To read the whole story, please subscribe to the Courier.",
            "Subscribers get every story first, and our newsletter on Sundays.",
            "Already a subscriber? Log in to read on.",
            "Support our reporting: donate once or every month.",
            "Follow us on the social networks for the news of the day.",
        ]
        let html = Self.storyPage(Self.storyBlocks + appeals.map { "<p>\($0)</p>" }.joined())
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("a read-more line with the reading time is not body text")
    func readMoreWithReadingTime() throws {
        let html = Self.storyPage(Self.storyBlocks + #"<p><a href="/older">weiterlesen</a> 5 Minuten</p>"#)
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("an author box whose camel-cased class runs the word author into others is not body text")
    func camelCasedAuthorBox() throws {
        let html = Self.storyPage(Self.storyBlocks + """
            <section class="storyDetailAuthorBox"><p class="storyDetailAuthorBox__name">Mara Feldkamp</p>
            <p class="storyDetailAuthorBox__role">Head of the town and country desk</p></section>
            """)
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("a table of data is read with the text around it, not as the whole story")
    func dataTableInItsStory() throws {
        let intro = "This is a list of the ferries that have crossed the river since the first one in 1850."
        let rows = (1 ... 6).map { number in
            "<tr><td>Ferry \(number)</td><td>\(1850 + number * 10)</td><td>A wooden boat that carried up to \(number * 20) passengers and their carts across the river.</td></tr>"
        }
        // Sources set mostly as links weigh against the page around the table.
        let sources = (1 ... 8).map { #"<li><a href="/archive/\#($0)">Harbour records of the county</a>, volume \#($0), pages 10 to 42.</li>"# }
        let html = """
            <html><body><nav class="menu"><a href="/">Home</a></nav>
            <div class="page"><div class="page-body"><h1>List of river ferries</h1><p>\(intro)</p>
            <table class="datatable"><tbody>\(rows.joined())</tbody></table>
            <h2>Sources</h2><ol class="sources">\(sources.joined())</ol></div></div></body></html>
            """
        let texts = try body(html).map(\.text)
        #expect(texts.first == intro)
        #expect(texts.last == "Harbour records of the county, volume 8, pages 10 to 42.")
    }
}
