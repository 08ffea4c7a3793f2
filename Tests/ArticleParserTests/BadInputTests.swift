import ArticleParser
import Foundation
import Testing

/// Inputs that are not good pages return a typed error or a best-effort article, never a crash.
@Suite("Bad input")
struct BadInputTests {
    @Test("empty input is a typed error")
    func empty() {
        #expect(throws: ArticleParseError.emptyInput) { try ArticleParser().parse(bytes: [UInt8]()) }
    }

    @Test("whitespace-only input is a typed error")
    func whitespace() {
        #expect(throws: ArticleParseError.emptyInput) { try ArticleParser().parse(html: "  \n\t  \r\n ") }
    }

    @Test("a PNG is not HTML")
    func png() {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR<title>x</title>".utf8)
        #expect(throws: ArticleParseError.notHTML) { try ArticleParser().parse(bytes: bytes) }
    }

    @Test("random binary bytes are not HTML")
    func randomBytes() {
        // Seeded: the same bytes on every run (about one random 4 KB block in thirty has too
        // few control bytes to look binary, and then reads as windows-1252 text).
        var generator = SeededGenerator(seed: 2026)
        let bytes = (0 ..< 4096).map { _ in UInt8.random(in: 0 ... 255, using: &generator) }
        #expect(throws: ArticleParseError.notHTML) { try ArticleParser().parse(bytes: bytes) }
    }

    @Test("a NUL byte right after a tag does not end the document")
    func nulAfterTag() throws {
        let bytes = Array("<html><body><article><p>".utf8) + [0] + Array("First paragraph of the story goes here.</p><p>The closing sentence survives the NUL byte.</p></article></body></html>".utf8)
        let article = try ArticleParser().parse(bytes: bytes)
        #expect(article.text.contains("The closing sentence survives the NUL byte."))
        #expect(article.warnings.contains { $0.code == .nulBytesReplaced })
    }

    @Test("a NUL byte inside an attribute does not lose the rest of the page")
    func nulInAttribute() throws {
        let bytes = Array("<html><body><article><a href=\"/x".utf8) + [0] + Array("y\">link</a><p>The closing sentence is still here after the attribute.</p></article></body></html>".utf8)
        let article = try ArticleParser().parse(bytes: bytes)
        #expect(article.text.contains("The closing sentence is still here after the attribute."))
    }

    @Test("a page truncated mid-tag gives the text before the cut")
    func truncated() throws {
        let html = "<html><head><title>Cut</title></head><body><article><p>The council met on Tuesday evening to discuss the bridge.</p><p>Members agreed to fund the crossing over the river.</p><div cla"
        let article = try ArticleParser().parse(html: html)
        #expect(article.text.contains("Members agreed to fund the crossing over the river."))
    }

    @Test("100,000 nested divs neither crash nor lose the closing paragraph")
    func deepNesting() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth)
            + "<p>The innermost paragraph is the article and it is long enough to count.</p>"
            + String(repeating: "</div>", count: depth)
            + "<p>The closing sentence comes after all the nesting is over and done.</p></body></html>"
        let article = try ArticleParser().parse(html: html)
        #expect(article.text.contains("The innermost paragraph is the article"))
    }

    @Test("markup with no text at all is a typed error")
    func noText() {
        #expect(throws: ArticleParseError.noArticleBody) {
            try ArticleParser().parse(html: "<html><head></head><body><div><img src=a.png></div></body></html>")
        }
    }

    @Test("input over the size limit is a typed error")
    func tooLarge() {
        var options = ArticleParser.Options()
        options.maximumInputBytes = 1000
        let html = "<p>" + String(repeating: "a", count: 2000) + "</p>"
        #expect(throws: ArticleParseError.inputTooLarge(limit: 1000)) {
            try ArticleParser(options: options).parse(html: html)
        }
    }
}
