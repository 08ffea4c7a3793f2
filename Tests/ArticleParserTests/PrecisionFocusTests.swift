import ArticleParser
import Testing

/// The precision focus keeps only text that is surely the story's. Each test shows one kind of
/// block it leaves out that the balanced focus keeps.
@Suite("Precision focus")
struct PrecisionFocusTests {
    /// The council story, made longer: the precision focus's share tests need a story of some size.
    private static let story = CouncilStory.paragraphs + [
        "The crossing will carry two lanes for cars and a wide path for people on foot and on bicycles.",
        "Engineers chose a steel arch because the river bed is soft and deep piers would cost far more.",
        "A public meeting on the design is planned for next month in the library on the west bank.",
    ]

    private func page(heading: String = "<h1>Council funds bridge</h1>", inside: String = "", after: String = "") -> String {
        """
        <html><head><title>Council funds bridge | The Courier</title></head><body>
        <header class="site-header"><a href="/">The Courier</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
        <div class="layout">
        <div class="story">\(heading)<p>\(Self.story[0])</p>\(inside)\(Self.story.dropFirst().map { "<p>\($0)</p>" }.joined())</div>
        \(after)
        <ul class="more"><li><a href="/a">Parking fees rise again in the old town centre</a></li><li><a href="/b">Library opens a new reading room for children</a></li><li><a href="/c">Ferry museum plans an exhibition on the river trade</a></li><li><a href="/d">School board meets on Thursday about the new timetable</a></li></ul>
        </div>
        <footer class="site-footer"><p>© 2026 The Courier. All rights reserved.</p></footer>
        </body></html>
        """
    }

    private func texts(_ html: String, focus: ArticleParser.Focus) throws -> [String] {
        try ArticleParser(options: .init(focus: focus)).parse(html: html).paragraphs.map(\.text)
    }

    @Test("long text set loose in a <div> among a story's <p> paragraphs is left out by the precision focus only")
    func looseDivText() throws {
        let note = "The old ferry landing at low water on a grey morning last week, with the timetable board still "
            + "on its post and the ticket hut shut since the last boat crossed in the autumn, and a heron "
            + "standing on the slipway where the cars once queued for the crossing."
        // A long story, so the note is well under the share of text a body in <p>s leaves to others.
        let more = (1 ... 14).map { "Paragraph \($0) of the report says who pays for which part of the crossing and when the work ends." }
        let html = page(inside: "<div class=\"note\">\(note)</div>" + more.map { "<p>\($0)</p>" }.joined())
        #expect(try texts(html, focus: .balanced).contains(note))
        #expect(try texts(html, focus: .precision) == [Self.story[0]] + more + Self.story.dropFirst())
    }

    @Test("short text set loose in a <div> among a story's <p> paragraphs is left out by the balanced focus too")
    func shortLooseDivText() throws {
        let html = page(inside: "<div class=\"pic-text\">The east bank at dusk, from the old ferry landing</div><div>Bridges of the valley, part three</div>")
        #expect(try texts(html, focus: .balanced) == Self.story)
    }

    @Test("a title set loose in a <div> over the <p> it titles stays in the balanced body")
    func looseTitleOverParagraph() throws {
        let html = page(inside: "<div class=\"step\"><span class=\"head\">Step 1</span><p>Walk down to the landing and wait for the boat.</p></div>")
        #expect(try texts(html, focus: .balanced).contains("Step 1"))
    }

    @Test("a table's cells set in <div>s are not loose text")
    func tableCellsInDivs() throws {
        let html = page(inside: "<table><tr><td><div>Span</div></td><td><div>420 m</div></td></tr><tr><td><div>Lanes</div></td><td><div>2</div></td></tr></table>")
        let balanced = try texts(html, focus: .balanced)
        #expect(balanced.contains("Span") && balanced.contains("420 m"))
    }

    @Test("a paragraph opening with a figure label is a caption, left out by the precision focus only")
    func figureLabel() throws {
        let caption = "Figure 2: The planned arch seen from the west bank of the river."
        let html = page(inside: "<p>\(caption)</p>")
        #expect(try texts(html, focus: .balanced).contains(caption))
        #expect(try texts(html, focus: .precision) == Self.story)
    }

    @Test("a short paragraph ending in a picture credit or holding a © is left out by the precision focus only")
    func creditedShortParagraph() throws {
        let html = page(inside: "<p>The east bank at dusk. Photo: Jane Roe/Agency</p><p>Ferry landing at low water © Jane Roe</p>")
        let balanced = try texts(html, focus: .balanced)
        #expect(balanced.contains("The east bank at dusk."))
        #expect(balanced.contains("Ferry landing at low water © Jane Roe"))
        #expect(try texts(html, focus: .precision) == Self.story)
    }

    @Test("a small container below the story is left out by the precision focus only")
    func smallContainerBelow() throws {
        let box = "Jane Roe covers the city council and its budget for the paper since last year."
        let html = page(after: "<div class=\"extra\"><p>\(box)</p></div>")
        #expect(try texts(html, focus: .balanced).last == box)
        #expect(try texts(html, focus: .precision) == Self.story)
    }

    @Test("the body's only first-level heading is left out by the precision focus only")
    func soleHeadline() throws {
        let headline = "Seven votes for a river crossing"
        let html = page(heading: "<h1>\(headline)</h1>")
        #expect(try texts(html, focus: .balanced).first == headline)
        #expect(try texts(html, focus: .precision) == Self.story)
    }
}
