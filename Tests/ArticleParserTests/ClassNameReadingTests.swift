@testable import ArticleParser
import Testing

/// Class names whose furniture word says less than it seems: the word names a state of the
/// block or a script's behaviour, not a box of furniture. Each test has its guard beside it.
@Suite("Content extraction: what a class name's furniture word says")
struct ClassNameReadingTests {
    private static let story = CouncilStory.paragraphs

    private func body(_ html: String) throws -> [Paragraph] { try CouncilStory.body(html) }

    private static let prices = "Heating, power, water and towels are included in the price. "
        + "A cot and a high chair can be had on request, and bicycles can be kept in the barn. "
        + "Children under four years of age stay free of charge, and pets are welcome by arrangement."

    /// A listing's page: the description and the notes on prices are folded by a script behind
    /// "read more" toggles, the second with an empty placeholder for its toggle.
    private static let foldedPage = """
        <html><body><header class="site-header"><nav><a href="/">Home</a> <a href="/houses">Houses</a></nav></header>
        <div class="listing"><h1>Old farmhouse by the river</h1>
        <section class="listing-box"><h2>Where it is</h2>
        <p class="listing-box-text js-readmore">\(story[0]) \(story[1])</p>
        <a class="readmore-toggle" href="#">Read more</a>
        <h2>Prices</h2>
        <div class="js-readmore"><span>\(prices)</span><div><span></span></div></div></section>
        <div class="readmore"><h3>More houses nearby</h3><p>A cottage on the hill with a view of the whole valley, for up to six guests.</p></div>
        </div><footer><p>© 2026 The Courier</p></footer>
        <script>document.querySelectorAll('.js-readmore').forEach(fold);</script></body></html>
        """

    @Test("prose folded behind a \"read more\" toggle is body text")
    func foldedProse() throws {
        let texts = try body(Self.foldedPage).map(\.text)
        #expect(texts.contains(Self.story[0] + " " + Self.story[1]))
        #expect(texts.contains(Self.prices))
    }

    @Test("a \"read more\" box of teasers and a \"read more\" link are not body text")
    func readMoreTeasers() throws {
        let texts = try body(Self.foldedPage).map(\.text)
        #expect(!texts.contains { $0.contains("cottage") || $0.contains("More houses") || $0 == "Read more" })
    }

    /// A test report whose sections carry a BEM modifier saying ads may be placed in them, and
    /// an ad slot and a sidebar of its own.
    private static let reportPage = """
        <html><body><nav class="main-nav"><a href="/">Home</a> <a href="/tests">Tests</a></nav>
        <article class="report"><header class="report__header"><h1>The new crossing, tested</h1></header>
        <section class="report__section report__section--ads"><h2>What was built</h2><p>\(story[0])</p>
        <div class="ad-slot">Advertisement: the best garden grills of the season, now at half price in our shop</div></section>
        <section class="report__section report__section--ads"><h2>What comes next</h2><p>\(story[1])</p><p>\(story[2])</p></section>
        </article>
        <div class="sidebar--wide"><p>The Courier has tested bridges, ferries and roads across the county since 1952, and every test is on our pages.</p></div>
        <footer><p>© 2026 The Courier</p></footer></body></html>
        """

    @Test("a section whose modifier names ads (\"report__section--ads\") is body text")
    func furnitureModifier() throws {
        let texts = try body(Self.reportPage).map(\.text)
        #expect(texts.filter { Self.story.contains($0) } == Self.story)
    }

    @Test("an ad slot, and a box named with a double dash but no element part (\"sidebar--wide\"), are not body text")
    func furnitureWithoutModifier() throws {
        let texts = try body(Self.reportPage).map(\.text)
        #expect(!texts.contains { $0.contains("Advertisement") || $0.contains("since 1952") })
    }

    /// A story whose header's class says it holds sharing buttons, over the story's sections.
    private static let sharingHeaderPage = """
        <html><body><nav class="main-nav"><a href="/">Home</a> <a href="/energy">Energy</a></nav>
        <article class="story"><header class="story-head has-share-bar"><h1>Council funds bridge</h1>
        <div class="story-head__abstract">\(lead)</div>
        <div class="story-head__share"><span>Share this story with friends and neighbours</span> <a href="/share/fb">Facebook</a> <a href="/share/x">X</a></div></header>
        <section class="story-main"><p>\(story[0])</p><p>\(story[1])</p><p>\(story[2])</p></section></article>
        <footer><p>© 2026 The Courier</p></footer></body></html>
        """

    private static let lead = "After eleven years of plans and surveys, the money for the new crossing has been found at last."

    @Test("a header whose class says it has sharing buttons (\"has-share-bar\") keeps its standfirst in the body")
    func stateOfTheBlock() throws {
        #expect(try body(Self.sharingHeaderPage).map(\.text) == [Self.lead] + Self.story)
    }

    @Test("only a modifier after an element part is cut off a class; a plain double dash separates words")
    func modifierCut() {
        #expect(ClassWords.withoutModifiers("report__section\treport__section--ads wide") == "report__section report__section wide")
        #expect(ClassWords.withoutModifiers("teaser--photo-credit sidebar--wide") == nil)
        #expect(ClassWords.withoutModifiers("story__body teaser--ads") == nil)
        #expect(ClassWords.withoutModifiers("entry-content") == nil)
    }
}
