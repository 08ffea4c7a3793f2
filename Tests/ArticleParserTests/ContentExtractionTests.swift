import ArticleParser
import Testing

/// The body is the story's text and nothing else. Each test is one family of page furniture
/// or one kind of paragraph, on a small page shaped like the real ones.
@Suite("Content extraction")
struct ContentExtractionTests {
    private static let story = [
        "The city council voted seven to two on Tuesday to fund the new crossing over the river.",
        "Construction is expected to start in the spring and to last about eighteen months, officials said.",
        "Residents of both banks have waited for a bridge since the old ferry stopped running in 2019.",
    ]

    private func page(before: String = "", inside: String = "", after: String = "") -> String {
        """
        <html><head><title>Council funds bridge | The Courier</title></head><body>
        <header class="site-header"><a href="/">The Courier</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
        \(before)
        <article><h1>Council funds bridge</h1>
        <div class="entry-content">\(Self.story.map { "<p>\($0)</p>" }.joined())\(inside)</div>
        </article>
        \(after)
        <footer class="site-footer"><p>© 2026 The Courier. All rights reserved.</p></footer>
        </body></html>
        """
    }

    private func body(_ html: String, focus: ArticleParser.Focus = .balanced) throws -> [Paragraph] {
        try ArticleParser(options: .init(focus: focus)).parse(html: html).paragraphs
    }

    @Test("the story's paragraphs come out in order, without the headline")
    func plainStory() throws {
        #expect(try body(page()).map(\.text) == Self.story)
    }

    @Test("a headline with its kicker or date run into it is the title, not the body's first paragraph")
    func headlineWithKicker() throws {
        for kicker in ["<span class=\"kicker\">Transport</span> ", "<span class=\"date\">24.11.2026</span>"] {
            let html = """
                <html><head><title>Council funds bridge | The Courier</title>
                <meta property="og:title" content="Council funds bridge"></head><body>
                <nav class="menu"><a href="/">Home</a></nav>
                <div class="entry-content"><h1>\(kicker)Council funds bridge</h1>\(Self.story.map { "<p>\($0)</p>" }.joined())</div>
                <footer><p>© 2026 The Courier</p></footer></body></html>
                """
            let article = try ArticleParser().parse(html: html)
            #expect(article.title == "Council funds bridge")
            #expect(article.paragraphs.map(\.text) == Self.story, "kicker: \(kicker)")
        }
    }

    @Test("a section heading that ends with the title's words stays in the body")
    func sectionHeadingEndingWithTitle() throws {
        let html = page(inside: "<h2>What the vote means: Council funds bridge</h2><p>\(Self.story[0])</p>")
        #expect(try body(html).map(\.text).contains("What the vote means: Council funds bridge"))
    }

    @Test("a dateline set inline at the start of the first paragraph is part of it")
    func inlineDateline() throws {
        let html = page(before: "<p class=\"dateline\">Riverton, 24 November 2026</p>",
                        inside: "<p><span class=\"dateline\">RIVERTON – </span>The ferry will keep running until the bridge opens.</p>")
        let texts = try body(html).map(\.text)
        #expect(texts.last == "RIVERTON – The ferry will keep running until the bridge opens.")
        #expect(!texts.contains("Riverton, 24 November 2026"))
    }

    @Test("a wiki's thumbnail caption is a caption")
    func thumbnailCaption() throws {
        let html = page(inside: "<div class=\"thumb tright\"><div class=\"thumbinner\"><img src=\"bridge.png\"><div class=\"thumbcaption\">The planned arch, seen from the west bank</div></div></div><p>\(Self.story[0])</p>")
        let caption = try body(html).first { $0.text == "The planned arch, seen from the west bank" }
        #expect(caption?.kind == .caption)
    }

    @Test("soft hyphens inside words are not part of the body text, in code they are kept")
    func softHyphens() throws {
        let html = page(inside: "<p>Die Brü&shy;cke soll im Früh&shy;jahr fer&shy;tig sein, sagte die Stadt&shy;ver&shy;wal&shy;tung.</p><pre>a&shy;b</pre>")
        let paragraphs = try body(html)
        #expect(paragraphs.map(\.text).contains("Die Brücke soll im Frühjahr fertig sein, sagte die Stadtverwaltung."))
        #expect(paragraphs.last?.text == "a\u{AD}b")
    }

    @Test("site navigation, footer and a sidebar are not body text")
    func pageChrome() throws {
        let html = page(after: """
            <aside class="sidebar"><h2>Most read</h2><p>Our most popular stories this week, chosen by thousands of readers like you.</p></aside>
            """)
        let text = try body(html).map(\.text).joined(separator: "\n")
        #expect(!text.contains("News"))
        #expect(!text.contains("Most read"))
        #expect(!text.contains("All rights reserved"))
    }

    @Test("a related-stories box inside the article is not body text")
    func relatedBox() throws {
        let html = page(inside: """
            <div class="related-articles"><h3>Related</h3><ul><li><a href="/a">Ferry service ends after 80 years</a></li><li><a href="/b">Budget vote slips to December</a></li></ul></div>
            """)
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("a heading left without content after its links are dropped is not body text")
    func emptySectionHeading() throws {
        let html = page(inside: """
            <h2>More on this topic</h2><ul><li><a href="/a">Ferry service ends after 80 years</a></li><li><a href="/b">Budget vote slips to December</a></li></ul>
            """)
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("a newsletter box inside the article is not body text")
    func newsletterBox() throws {
        let html = page(inside: """
            <div class="newsletter-signup"><p>Get the Morning Brief: sign up for our newsletter and get the day's top stories.</p><form><input type="email"><button>Sign up</button></form></div>
            """)
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("share buttons and a comment section are not body text")
    func shareAndComments() throws {
        let html = page(inside: """
            <div class="share-bar"><a href="https://facebook.com/sharer">Share on Facebook</a><a href="https://x.com/intent">Post on X</a></div>
            """, after: """
            <section id="comments" class="comments-area"><h2>3 comments</h2><div class="comment"><p>I have waited for this bridge my whole life and I am glad it is finally happening.</p></div></section>
            """)
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("hidden elements are not body text")
    func hiddenElements() throws {
        let html = page(inside: """
            <p hidden>This paragraph is hidden with the hidden attribute and must not appear.</p>
            <p style="display: none">This paragraph is hidden with an inline style and must not appear.</p>
            <p aria-hidden="true">This paragraph is hidden from assistive technology and must not appear.</p>
            """)
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("a picture credit is not body text")
    func pictureCredit() throws {
        let html = page(inside: "<p>Foto: Jane Doe/Example Agency</p><p>Getty Images/iStock</p>")
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("PHP warnings printed into the page are not body text, whether alone or between a paragraph's lines")
    func serverDiagnostics() throws {
        let warning = "<b>Warning</b>:  Undefined variable $post in <b>/var/www/site/theme/single.php</b> on line <b>12</b>"
        let html = """
            <html><body><b>Deprecated</b>:  Function legacy_escape() is deprecated in <b>/var/www/site/settings.php</b> on line <b>88</b><br />
            <nav class="menu"><a href="/">Home</a></nav>
            <article><h1>Council funds bridge</h1><div class="entry-content">
            <p>\(Self.story[0])</p><p>\(warning)</p>
            <p>\(Self.story[1])<br />\(warning)<br />\(Self.story[2])</p></div></article>
            <footer><p>© 2026 The Courier</p></footer></body></html>
            """
        #expect(try body(html).map(\.text) == [Self.story[0], Self.story[1] + "\n" + Self.story[2]])
    }

    @Test("a PHP warning quoted in a code block stays in the body")
    func quotedDiagnostic() throws {
        let quoted = "Warning: Undefined array key \"id\" in /var/www/app/lib.php on line 31"
        let html = page(inside: "<p>The upgrade printed this line on every page:</p><pre>\(quoted)</pre>")
        #expect(try body(html).contains { $0.kind == .preformatted && $0.text == quoted })
    }

    @Test("a date line is not body text")
    func dateLine() throws {
        let html = page(inside: "<p>Updated: 27.11.2026, 09:30</p>")
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("a timetable's times in their cells stay in the body")
    func timetableTimes() throws {
        let table = "<table><tr><th>Time</th><th>Stop</th></tr><tr><td>8:10 AM</td><td>Leaves the depot.<p><img src=\"bus.png\"></p></td></tr><tr><td>9:05</td><td>Reaches the bridge.<p><img src=\"bridge.png\"></p></td></tr></table>"
        let texts = try body(page(inside: table)).map(\.text)
        #expect(texts.contains("8:10 AM") && texts.contains("9:05"))
    }

    @Test("a time of day alone is not body text")
    func timeAlone() throws {
        for time in ["3:59 PM", "9:05"] {
            #expect(try body(page(before: "", inside: "<p>\(time)</p>")).map(\.text) == Self.story, "kept: \(time)")
        }
    }

    @Test("a date line labelled as the release or publication date is not body text, in several languages")
    func labelledDateLines() throws {
        for line in ["Veröffentlichung: 3. März 2026", "Release date: 12 March 2026", "Fecha de publicación: 12/03/2026"] {
            let html = page(inside: "<p>\(line)</p>")
            #expect(try body(html).map(\.text) == Self.story, "kept: \(line)")
        }
    }

    @Test("a subscription appeal closing the story is not body text")
    func closingAppeal() throws {
        let html = page(inside: "<p>Order the print edition today for the full story.</p>")
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("an advertisement label is not body text")
    func advertisementLabel() throws {
        let html = page(inside: "<div class=\"ad-slot\"><span>Advertisement</span></div><p>Anzeige</p>")
        #expect(try body(html).map(\.text) == Self.story)
    }

    @Test("a lead paragraph in the article header is body text")
    func leadInHeader() throws {
        let lead = "The council's decision ends a decade of debate over how to connect the two halves of the town."
        let html = """
            <html><body><nav><a href="/">Home</a></nav>
            <article><header><h1>Council funds bridge</h1><p class="lead">\(lead)</p><span class="byline">By Jane Doe</span></header>
            <div class="entry-content">\(Self.story.map { "<p>\($0)</p>" }.joined())</div></article></body></html>
            """
        #expect(try body(html).map(\.text) == [lead] + Self.story)
    }

    @Test("a short story wins over a wordier sidebar when its container is named as the story")
    func shortStoryAgainstSidebar() throws {
        let html = """
            <html><body><div class="layout">
            <main><div class="entry-content"><p>The comet will be visible after sunset this week.</p><ul><li>Camera: Digital</li><li>Exposure: 30 seconds</li></ul></div></main>
            <aside class="widget-area"><div class="textwidget"><p>Our magazine was founded in 1990 and has reported on the night sky ever since, for readers across the whole country and beyond.</p></div></aside>
            </div></body></html>
            """
        let text = try body(html).map(\.text).joined(separator: "\n")
        #expect(text.contains("The comet will be visible"))
        #expect(!text.contains("Our magazine was founded"))
    }

    @Test("headings, list items, quotes and code keep their kind")
    func paragraphKinds() throws {
        let html = page(inside: """
            <h2>What happens next</h2><ul><li>Tenders open in January.</li><li>Work starts in spring.</li></ul>
            <blockquote><p>This is a great day for the whole town.</p></blockquote>
            <pre>span = 240 m\nlanes = 2</pre>
            """)
        let paragraphs = try body(html)
        #expect(paragraphs.dropFirst(3).map(\.kind) == [.heading(level: 2), .listItem, .listItem, .quote, .preformatted])
        #expect(paragraphs.last?.text == "span = 240 m\nlanes = 2")
    }

    @Test("a data table comes out row by row with cells separated by tabs")
    func tableRows() throws {
        let html = page(inside: "<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2026</td><td>€12m</td></tr></table>")
        let rows = try body(html).filter { $0.kind == .tableRow }.map(\.text)
        #expect(rows == ["Year\tCost", "2026\t€12m"])
    }

    @Test("inline markup is joined without lost or doubled spaces, and <br> is a line break")
    func inlineText() throws {
        let html = page(inside: "<p>The <b>new</b> bridge is <a href=\"/x\">240&nbsp;metres</a>  long,<br>and it has <i>two</i> lanes.</p>")
        #expect(try body(html).last?.text == "The new bridge is 240 metres long,\nand it has two lanes.")
    }

    @Test("the precision focus leaves out captions that the balanced focus keeps")
    func captionsByFocus() throws {
        let html = page(inside: "<figure><img src=\"b.jpg\"><figcaption>The site of the new bridge seen from the east bank.</figcaption></figure>")
        #expect(try body(html).contains { $0.kind == .caption })
        #expect(try !body(html, focus: .precision).contains { $0.kind == .caption })
    }

    @Test("letters written with combining marks come out composed, as Unicode's NFC spells them")
    func composedText() throws {
        // "Die Bru\u{308}cke": u plus a combining diaeresis; "\u{9DF}": a Bengali letter NFC spells
        // as two code points.
        let html = page(inside: "<p>Die Bru\u{308}cke u\u{308}ber den Fluss wird im Fru\u{308}hjahr gebaut, sagte die Stadt.</p><p>\u{9A8}\u{9DF}\u{9BE} \u{9B8}\u{9C7}\u{9A4}\u{9C1} \u{9A8}\u{9A6}\u{9C0}\u{9B0} \u{989}\u{9AA}\u{9B0} \u{9A8}\u{9BF}\u{9B0}\u{9CD}\u{9AE}\u{9BF}\u{9A4} \u{9B9}\u{9AC}\u{9C7}\u{964}</p>")
        let texts = try body(html).map(\.text)
        #expect(texts.count == 5)
        #expect(Array(texts[3].unicodeScalars) == Array("Die Br\u{FC}cke \u{FC}ber den Fluss wird im Fr\u{FC}hjahr gebaut, sagte die Stadt.".unicodeScalars))
        #expect(texts[4].unicodeScalars.prefix(4).map(\.value) == [0x9A8, 0x9AF, 0x9BC, 0x9BE])
    }
}

@Suite("Captions")
struct CaptionTests {
    @Test("a picture credit at the end of a caption is left out of the caption's text")
    func creditInCaption() throws {
        let html = """
            <html><body><article><h1>Harbour</h1>
            <figure><img src="h.jpg"><figcaption>The old quay walls have been crumbling for years. Foto: Max Muster/Rheinpost</figcaption></figure>
            <p>The council voted on Thursday to rebuild the old harbour for forty million euros over three years.</p>
            </article></body></html>
            """
        let caption = try ArticleParser().parse(html: html).paragraphs.first { $0.kind == .caption }
        #expect(caption?.text == "The old quay walls have been crumbling for years.")
    }

    @Test("a credit in French typography or in Finnish at the end of a caption is left out")
    func creditInOtherLanguages() throws {
        let html = """
            <html><body><article><h1>Le port</h1>
            <figure><img src="h.jpg"><figcaption>Les vieux quais du port à marée basse. Photo : Jeanne Dupont</figcaption></figure>
            <p>The council voted on Thursday to rebuild the old harbour for forty million euros over three years.</p>
            <figure><img src="s.jpg"><figcaption>Satama iltahämärässä. Kuva: MATTI MEIKÄLÄINEN</figcaption></figure>
            <p>Work on the new quay walls is due to start in the spring and to last about eighteen months.</p>
            </article></body></html>
            """
        let captions = try ArticleParser().parse(html: html).paragraphs.filter { $0.kind == .caption }.map(\.text)
        #expect(captions == ["Les vieux quais du port à marée basse.", "Satama iltahämärässä."])
    }

    @Test("a credit after a caption set as a plain paragraph is left out; a copyright line signing a text stays")
    func creditAfterPlainCaption() throws {
        let story = "The council voted on Thursday to rebuild the old harbour for forty million euros over three years."
        let html = """
            <html><body><nav><a href="/">Home</a></nav><article><h1>Harbour</h1>
            <div class="image"><img src="h.jpg"><p class="image-text">The old quay at low tide. © Agency / Jane Doe</p></div>
            <p>\(story)</p>
            <div class="image"><img src="w.jpg"><p>The new wall, as drawn by the architects | © City Archive</p></div>
            <p>(Credit: Jane Doe / Agency)</p>
            <p>Notes on the harbour, written over many years.<br>© 2003, 2004 Jane Doe</p>
            </article></body></html>
            """
        #expect(try ArticleParser().parse(html: html).paragraphs.map(\.text) == [
            "The old quay at low tide.", story, "The new wall, as drawn by the architects |",
            "Notes on the harbour, written over many years.\n© 2003, 2004 Jane Doe",
        ])
    }
}

@Suite("Structured data and the body")
struct StructuredBodyTests {
    private let story = [
        "The city council voted seven to two on Tuesday to fund the new crossing over the river.",
        "Construction is expected to start in the spring and to last about eighteen months, officials said.",
        "Residents of both banks have waited for a bridge since the old ferry stopped running in 2019.",
    ]

    private func page(visible: String, articleBody: String) -> String {
        let escaped = articleBody.replacingOccurrences(of: "\n", with: "\\n")
        return """
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
            "headline":"Council funds bridge","articleBody":"\(escaped)"}</script></head>
            <body><article><h1>Council funds bridge</h1><div id="app">\(visible)</div></article></body></html>
            """
    }

    @Test("a script-filled page whose markup holds only a teaser gets the JSON-LD articleBody")
    func scriptFilledPage() throws {
        let html = page(visible: "<p>Loading the story, please wait a moment for it.</p>", articleBody: story.joined(separator: "\n"))
        #expect(try ArticleParser().parse(html: html).paragraphs.map(\.text) == story)
    }

    @Test("a standfirst in the markup that the JSON-LD articleBody lacks stays in front of it")
    func standfirstBeforeDeclaredBody() throws {
        let standfirst = "After years of argument between the two banks, the money for the crossing has been found, and the work can begin."
        let visible = "<header class=\"story-header\"><p class=\"standfirst\">\(standfirst)</p></header><div class=\"paywall\"><p>Loading…</p></div>"
        // The standfirst is well under a quarter of the declared body, so the declared body is read.
        let declared = story + (1 ... 6).map { "Part \($0) of the report says who pays for which part of the crossing and when the work on it is due to end." }
        let html = page(visible: visible, articleBody: declared.joined(separator: "\n"))
        #expect(try ArticleParser().parse(html: html).paragraphs.map(\.text) == [standfirst] + declared)
    }

    @Test("a how-to page drawn by scripts gets its description and steps from its JSON-LD")
    func howToStepsFromStructuredData() throws {
        let html = """
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo",
            "name":"How to hem a round tablecloth","description":"<p>A round table needs a round cloth, and you can sew one in an afternoon with what you have at home.</p>",
            "step":[{"@type":"HowToSection","name":"Measure","itemListElement":[{"@type":"HowToStep","position":1,
            "itemListElement":{"@type":"HowToDirection","text":"<p>Measure the table top from edge to edge through its middle, then add twice the drop you want.</p>"}}]},
            {"@type":"HowToStep","position":2,"text":"Fold the cloth in four, mark the radius with a string and a pencil, and cut along the line."},
            "Hem the edge with a narrow double fold &amp; press it flat."]}</script></head>
            <body><div id="root"><div class="cookie-banner">We use cookies.</div></div></body></html>
            """
        #expect(try ArticleParser().parse(html: html).paragraphs.map(\.text) == [
            "A round table needs a round cloth, and you can sew one in an afternoon with what you have at home.",
            "Measure the table top from edge to edge through its middle, then add twice the drop you want.",
            "Fold the cloth in four, mark the radius with a string and a pencil, and cut along the line.",
            "Hem the edge with a narrow double fold & press it flat.",
        ])
    }

    @Test("a declared body written as HTML is split at its paragraphs and line breaks, its entities decoded")
    func declaredBodyAsHTML() throws {
        let closing = "Both banks – town &amp; village – will share the cost of the crossing."
        let declared = "<p>\(story[0])</p><p>\(story[1])<br>\(story[2])</p><div>\(closing)</div>"
        let html = page(visible: "<p>Loading…</p>", articleBody: declared)
        #expect(try ArticleParser().parse(html: html).paragraphs.map(\.text)
            == story + ["Both banks – town & village – will share the cost of the crossing."])
    }

    @Test("the markup's body wins when it holds a fair share of the declared articleBody")
    func markupWins() throws {
        let visible = story.map { "<p>\($0)</p>" }.joined()
        let html = page(visible: visible, articleBody: story.joined(separator: "\n") + "\nAdvertisement: buy our calendar.")
        #expect(try ArticleParser().parse(html: html).paragraphs.map(\.text) == story)
    }
}

@Suite("Source notes and credits")
struct SourceNoteTests {
    private let filler = "The council voted seven to two on Tuesday to fund the new crossing over the river, officials said."

    @Test("a standalone (Quelle: …) source note reaches the attribution stage")
    func sourceNoteKept() throws {
        let html = "<html><body><article><p>\(filler)</p><p>(Quelle: Stadtverwaltung Riverton)</p></article></body></html>"
        let article = try ArticleParser().parse(html: html)
        #expect(article.attributions.map(\.text) == ["Quelle: Stadtverwaltung Riverton"])
    }

    @Test("a parenthesised picture credit with photographer and agency is not body text")
    func parenthesisedCredit() throws {
        let html = "<html><body><article><p>\(filler)</p><p>(Quelle: Jane Doe/Unsplash)</p></article></body></html>"
        let article = try ArticleParser().parse(html: html)
        #expect(article.paragraphs.map(\.text) == [filler])
    }
}

@Suite("Noscript")
struct NoscriptTests {
    private let story = "Nine brown bear females raised cubs in the national park this year, the most in fourteen years of counting."

    @Test("a noscript note in a normal page is not body text")
    func noteIsFurniture() throws {
        let html = """
            <html><body><noscript><p>Please enable JavaScript in your browser to see all of this site.</p></noscript>
            <article><p>\(story)</p></article></body></html>
            """
        #expect(try ArticleParser().parse(html: html).paragraphs.map(\.text) == [story])
    }

    @Test("a page that puts everything in noscript for readers without scripts still yields its story")
    func wholePageInNoscript() throws {
        let html = """
            <html><body><noscript><div id="page"><div class="menu"><a href="/">Home</a></div>
            <div id="text"><p>\(story)</p></div></div></noscript></body></html>
            """
        #expect(try ArticleParser().parse(html: html).paragraphs.map(\.text) == [story])
    }
}
