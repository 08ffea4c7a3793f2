import ArticleParser
import Foundation
import Testing

/// Hostile and broken pages: each gives the article, closing sentence included, or a typed
/// error, within the time limit and without a crash.
@Suite("Hostile input")
struct HostileInputTests {
    static let closingSentence = "The closing sentence of the story is still here at the end."
    static let story = """
        <article><h1>Council funds the crossing</h1>
        <p>The city council voted on Tuesday to fund the new crossing over the river.</p>
        <p>Construction is expected to start in spring and to last two years.</p>
        <p>\(closingSentence)</p></article>
        """
    /// Generous for a debug build on a shared machine. Sanitizer and valgrind runs are many
    /// times slower and raise it through the environment (scripts/sanitizers.sh).
    static let timeLimit = Duration.seconds(
        ProcessInfo.processInfo.environment["ARTICLEPARSER_TEST_TIME_LIMIT"].flatMap(Int.init) ?? 20
    )

    /// A page with `before` between `<body>` and the article, and `after` after it.
    static func page(before: String = "", after: String = "") -> [UInt8] {
        Array("<html><head><title>Council funds the crossing</title></head><body>\(before)\(story)\(after)</body></html>".utf8)
    }

    /// Parses with the suite's time limit and checks that it was kept.
    static func parse(_ bytes: [UInt8], timeLimit: Duration = timeLimit) -> Result<Article, ArticleParseError> {
        var options = ArticleParser.Options()
        options.timeLimit = timeLimit
        let parser = ArticleParser(options: options)
        let clock = ContinuousClock()
        let start = clock.now
        let result = Result { () throws(ArticleParseError) -> Article in try parser.parse(bytes: bytes) }
        #expect(clock.now - start < timeLimit + .seconds(5), "the parse overran its time limit")
        return result
    }

    /// The article, failing the test with the error when there is none.
    static func article(from bytes: [UInt8]) throws -> Article {
        try parse(bytes).get()
    }

    @Test("a byte order mark and nothing else is an empty input")
    func byteOrderMarkOnly() {
        #expect(throws: ArticleParseError.emptyInput) { try Self.parse([0xEF, 0xBB, 0xBF]).get() }
    }

    @Test("gzip-compressed HTML is not read as a page")
    func gzipBytes() {
        // The start of `gzip -c` of a small page: magic, deflate, flags, mtime, then compressed data.
        let bytes: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xB3, 0xC9, 0x28, 0xC9, 0xCD, 0xB1]
            + Self.page()
        #expect(throws: ArticleParseError.notHTML) { try Self.parse(bytes).get() }
    }

    @Test("100,000 nested elements before the article keep its closing sentence and warn")
    func hundredThousandNested() throws {
        let depth = 100_000
        let bytes = Self.page(before: String(repeating: "<div><span>", count: depth) + "deep text"
            + String(repeating: "</span></div>", count: depth))
        let article = try Self.article(from: bytes)
        #expect(article.text.contains(Self.closingSentence))
        #expect(article.warnings.map(\.code).contains(.nestingFlattened))
    }

    @Test("1,000,000 nested unclosed elements around the article keep its closing sentence")
    func millionNested() throws {
        let bytes = Self.page(before: String(repeating: "<b>", count: 1_000_000))
        let article = try Self.article(from: bytes)
        #expect(article.text.contains(Self.closingSentence))
    }

    @Test("a tag with 100,000 attributes is cut to a bounded number, with a warning")
    func hundredThousandAttributes() throws {
        let attributes = (0 ..< 100_000).map { " data-a\($0)=\"\($0)\"" }.joined()
        let article = try Self.article(from: Self.page(before: "<div\(attributes)>x</div>"))
        #expect(article.text.contains(Self.closingSentence))
        #expect(article.warnings.map(\.code).contains(.attributesDropped))
    }

    @Test("a 50 MB hidden text node before the article does not cut the page short")
    func fiftyMegabyteTextNode() throws {
        let text = String(repeating: "filler ", count: 50 << 20 / 7)
        let article = try Self.article(from: Self.page(before: "<div hidden>\(text)</div>"))
        #expect(article.text.contains(Self.closingSentence))
        #expect(!article.text.contains("filler filler"))
    }

    @Test("a 50 MB script before the article does not cut the page short")
    func fiftyMegabyteScript() throws {
        let data = String(repeating: "{\"k\":\"v\"},", count: 50 << 20 / 10)
        let article = try Self.article(from: Self.page(before: "<script>window.__DATA__=[\(data)]</script>"))
        #expect(article.text.contains(Self.closingSentence))
    }

    @Test("an unclosed script after the article leaves the article whole")
    func unclosedScript() throws {
        let article = try Self.article(from: Self.page(after: "<script>var page = { story: '<p>not text</p>'"))
        #expect(article.text.contains(Self.closingSentence))
        #expect(!article.text.contains("not text"))
    }

    @Test("a DOCTYPE internal subset with entity definitions does not leak into the text")
    func doctypeInternalSubset() throws {
        let subset = """
            <!DOCTYPE html [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY xxe SYSTEM "file:///etc/passwd">
            ]>
            """
        let bytes = Array(subset.utf8) + Self.page(before: "<p>&lol2; &xxe;</p>")
        let article = try Self.article(from: bytes)
        #expect(article.text.contains(Self.closingSentence))
        #expect(!article.text.contains("ENTITY"))
        #expect(!article.text.contains("]>"))
        #expect(!article.text.contains("root:"))
    }

    @Test("JSON-LD nested 100,000 levels deep is survived")
    func deepJSONLD() throws {
        let json = String(repeating: "{\"a\":[", count: 100_000) + String(repeating: "]}", count: 100_000)
        let head = "<script type=\"application/ld+json\">\(json)</script>"
        let bytes = Array("<html><head>\(head)<title>Council funds the crossing</title></head><body>\(Self.story)</body></html>".utf8)
        let article = try Self.article(from: bytes)
        #expect(article.text.contains(Self.closingSentence))
    }

    @Test("unmatched end tags after deep nesting are read or refused within the time limit")
    func quadraticEndTags() {
        // libxml2 searches its open-element stack for every stray end tag.
        let bytes = Self.page(before: String(repeating: "<div>", count: 100_000)
            + String(repeating: "</span>", count: 1_000_000))
        switch Self.parse(bytes, timeLimit: .seconds(2)) {
        case .success(let article): #expect(article.text.contains(Self.closingSentence))
        case .failure(let error): #expect(error == .timeLimitExceeded(limit: .seconds(2)))
        }
    }

    @Test("a page that cannot be read in time is a typed error")
    func timeLimitExceeded() {
        let bytes = Self.page(before: String(repeating: "<p>Many paragraphs of filler text.</p>", count: 50_000))
        #expect(throws: ArticleParseError.timeLimitExceeded(limit: .nanoseconds(1))) {
            try Self.parse(bytes, timeLimit: .nanoseconds(1)).get()
        }
    }
}
