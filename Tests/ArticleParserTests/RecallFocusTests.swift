import ArticleParser
import Testing

/// The recall focus keeps all text that may be the story's, but not the furniture lines every
/// focus knows: credits, kickers, appeals. Each test shows one such rule of the recall focus.
@Suite("Recall focus")
struct RecallFocusTests {
    private static let story = [
        "The city council voted seven to two on Tuesday to fund the new crossing over the river.",
        "Construction is expected to start in the spring and to last about eighteen months, officials said.",
        "Residents of both banks have waited for a bridge since the old ferry stopped running in 2019.",
        "The crossing will carry two lanes for cars and a wide path for people on foot and on bicycles.",
        "Engineers chose a steel arch because the river bed is soft and deep piers would cost far more.",
        "A public meeting on the design is planned for next month in the library on the west bank.",
    ]

    private func page(heading: String = "<h1>Council funds bridge</h1>", inside: String = "", end: String = "",
                      after: String = "") -> String {
        """
        <html><head><title>Council funds bridge | The Courier</title></head><body>
        <header class="site-header"><a href="/">The Courier</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
        <div class="layout">
        <div class="story">\(heading)<p>\(Self.story[0])</p>\(inside)\(Self.story.dropFirst().map { "<p>\($0)</p>" }.joined())\(end)</div>
        \(after)
        <ul class="more"><li><a href="/a">Parking fees rise again in the old town centre</a></li><li><a href="/b">Library opens a new reading room for children</a></li><li><a href="/c">Ferry museum plans an exhibition on the river trade</a></li><li><a href="/d">School board meets on Thursday about the new timetable</a></li></ul>
        </div>
        <footer class="site-footer"><p>© 2026 The Courier. All rights reserved.</p></footer>
        </body></html>
        """
    }

    private func texts(_ html: String, focus: ArticleParser.Focus = .recall) throws -> [String] {
        try ArticleParser(options: .init(focus: focus)).parse(html: html).paragraphs.map(\.text)
    }

    @Test("the recall focus takes the picture credit off the end of a short paragraph")
    func creditOffShortParagraph() throws {
        let html = page(inside: "<p>The east bank at dusk. Photo: Jane Roe/Agency</p>")
        #expect(try texts(html).contains("The east bank at dusk."))
    }

    @Test("the recall focus leaves out a kicker above the story's first sentence")
    func kicker() throws {
        let html = page(heading: "<p>Exclusive</p><h1>Council funds bridge</h1>")
        #expect(try texts(html) == Self.story)
    }

    @Test("the recall focus leaves out a closing appeal to subscribe")
    func closingAppeal() throws {
        let html = page(end: "<p>Subscribe to our newsletter for more stories like this.</p>")
        #expect(try texts(html) == Self.story)
    }

    @Test("a paragraph that is all link is kept by the recall focus only")
    func allLinkParagraph() throws {
        let line = "Sign the crossing petition at the town hall site"
        let html = page(inside: "<p><a href=\"/petition\">\(line)</a></p>")
        #expect(try texts(html).contains(line))
        #expect(try !texts(html, focus: .balanced).contains(line))
    }

    @Test("a short box of prose beside the story joins it in the recall focus only")
    func smallSatellite() throws {
        let fact = "The bridge will open in 2028."
        let html = page(after: "<div class=\"facts\"><p>\(fact)</p></div>")
        #expect(try texts(html).contains(fact))
        #expect(try !texts(html, focus: .balanced).contains(fact))
    }
}
