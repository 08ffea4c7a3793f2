@testable import ArticleParser
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("Markup limits")
struct MarkupLimiterTests {
    /// The limits alone, without the cuts of unread markup, which have tests of their own.
    private func limited(_ html: String, depth: Int = 4, attributes: Int = 3) -> MarkupLimiter.Result {
        MarkupLimiter(maximumAttributesPerTag: attributes, maximumDepth: depth, dropsUnreadMarkup: false).limit(Array(html.utf8))
    }

    private func trimmed(_ html: String) -> String {
        String(decoding: MarkupLimiter().limit(Array(html.utf8)).utf8, as: UTF8.self)
    }

    @Test("script and style code is cut before parsing, the elements kept")
    func cutsCode() {
        #expect(trimmed("<head><script>var a = '</div>';</script><style>p { color: red }</style></head>")
            == "<head><script></script><style></style></head>")
    }

    @Test("a comment's text is cut, the comment kept: it still ends a run of text")
    func cutsCommentText() {
        #expect(trimmed("<p>one<!-- [if IE]><div>old</div><![endif] -->two<!---->three</p>") == "<p>one<!---->two<!---->three</p>")
    }

    @Test("a script whose type names JSON keeps its data")
    func keepsJSONData() {
        let html = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\"}</script><script type=application/json>{}</script>"
        #expect(trimmed(html) == html)
    }

    @Test("attributes no stage reads are cut, the ones read are kept with their tag")
    func cutsUnreadAttributes() {
        let html = "<img srcset=\"a.jpg 1x, b.jpg 2x\" class=lead data-src='a > b.jpg' alt=\"\">"
            + "<svg viewBox=\"0 0 9 9\"><path d=\"M0 0L9 9\"/></svg><a href=/next rel=next onclick=go()>Next</a>"
        #expect(trimmed(html) == "<img  class=lead  ><svg ><path /></svg><a href=/next rel=next >Next</a>")
    }

    @Test("every fixture page keeps its elements, text and read attributes when unread markup is cut", arguments: FixturePage.all)
    func cutsKeepFixtureTrees(page: FixturePage) throws {
        let decoded = TextDecoder.decode(try page.sourceBytes, charsetOverride: nil).utf8
        var warnings: [ParseWarning] = []
        let full = try HTMLDocument.buildTree(utf8: decoded, warnings: &warnings, deadline: Deadline(nil))
        let cut = try HTMLDocument.buildTree(utf8: MarkupLimiter().limit(decoded).utf8, warnings: &warnings, deadline: Deadline(nil))
        /// Elements with the attributes a stage reads, and text outside code with its runs of
        /// white space as one space (as a reader sees them).
        func outline(_ tree: HTMLTree) -> [String] {
            tree.indices.compactMap { index in
                if tree.isElement(index) {
                    let read = tree.attributes(of: index).filter { ReadAttributes.contains($0.name) }
                    return "<\(tree[index].name) \(read.map { "\($0.name)=\($0.value)" }.joined(separator: " "))>"
                }
                let parent = Int(tree[index].parent)
                if parent >= 0, tree[parent].tag == .script || tree[parent].tag == .style { return nil }
                return tree[index].text.split(whereSeparator: Self.asciiSpaces.contains).joined(separator: " ")
            }
        }
        #expect(outline(cut) == outline(full))
    }

    @Test("an attribute libxml2 would split differently is left as written")
    func keepsMalformedAttributes() {
        let html = "<a class\"x\" href=/a><style = type=\"text/css\"></style>"
        #expect(trimmed(html) == html)
    }

    /// ASCII white space as `Character`s: "\r\n" is one.
    private static let asciiSpaces: Set<Character> = [" ", "\t", "\n", "\r", "\r\n", "\u{0C}"]

    @Test("runs of white space between words and tags are cut to one character, a line break if they hold one")
    func foldsSpaces() {
        #expect(trimmed("<div>\n\t\t<p>One  two \t three</p>\n  \n</div>") == "<div>\n<p>One two three</p>\n</div>")
    }

    @Test("preformatted text keeps its white space")
    func keepsPreformattedSpaces() {
        let html = "<pre>line one\n    indented\n\n</pre><textarea>a  b</textarea>"
        #expect(trimmed(html + "<p>x  y</p>") == html + "<p>x y</p>")
    }

    @Test("every attribute the stages test by its one-byte name is kept by the limiter")
    func knownAttributesAreRead() {
        for name in AttributeName.byName.keys {
            #expect(ReadAttributes.contains(name), "\(name) would be cut before parsing")
        }
    }

    @Test("a page reads the same with its unread markup cut")
    func cutsChangeNoText() throws {
        let html = "<html><head><title>Plain</title><script>document.write('<p>x</p>')</script></head><body>"
            + "<p class=\"lead\" data-track=\"1\">Text <b style=\"color:red\" onclick=\"f()\">bold</b></p></body></html>"
        var warnings: [ParseWarning] = []
        let full = try HTMLDocument.buildTree(utf8: Array(html.utf8), warnings: &warnings, deadline: Deadline(nil))
        let cut = try HTMLDocument.buildTree(utf8: MarkupLimiter().limit(Array(html.utf8)).utf8, warnings: &warnings, deadline: Deadline(nil))
        let visible = { (tree: HTMLTree) in tree.nodes.filter { $0.isText && $0.text != "document.write('<p>x</p>')" }.map(\.text) }
        #expect(visible(cut) == visible(full))
        #expect(cut.attribute("class", of: cut.elements(named: ["p"])[0]) == "lead")
    }

    @Test("markup within the limits passes through unchanged")
    func unchanged() {
        let html = "<!DOCTYPE html><div a=1 b=2 c=3><div><p>text</p></div></div><!-- <div><div><div> -->"
        let result = limited(html)
        #expect(String(decoding: result.utf8, as: UTF8.self) == html)
        #expect(result.droppedAttributes == 0 && result.flattenedElements == 0 && !result.removedInternalSubset)
    }

    @Test("start tags nested past the depth limit are removed with their end tags, text kept")
    func flattensDeepNesting() {
        let result = limited("<div><div><div><div><div><div>deep</div></div></div></div></div></div><p>after</p>")
        #expect(String(decoding: result.utf8, as: UTF8.self)
            == "<div><div><div><div>deep</div></div></div></div><p>after</p>")
        #expect(result.flattenedElements == 2)
    }

    @Test("attributes past the limit are dropped and the tag still ends where it did")
    func dropsExtraAttributes() {
        let result = limited("<a href=\"/x\" title='a > b' c=3 d=4 e=\"5\">link</a>")
        #expect(String(decoding: result.utf8, as: UTF8.self) == "<a href=\"/x\" title='a > b' c=3 >link</a>")
        #expect(result.droppedAttributes == 2)
    }

    @Test("tags inside scripts, styles and comments do not count towards depth")
    func rawTextIsNotMarkup() {
        let html = "<script>" + String(repeating: "<div>", count: 10) + "</script><style>" + String(repeating: "<b>", count: 10)
            + "</style><!--" + String(repeating: "<i>", count: 10) + "--><div>x</div>"
        #expect(limited(html).flattenedElements == 0)
    }

    @Test("a DOCTYPE internal subset is removed, the DOCTYPE kept")
    func removesInternalSubset() {
        let result = limited("<!DOCTYPE html [<!ENTITY a \"]>\"><!ENTITY b 'x'>]><p>text</p>")
        #expect(String(decoding: result.utf8, as: UTF8.self) == "<!DOCTYPE html ><p>text</p>")
        #expect(result.removedInternalSubset)
    }

    @Test("void and implied-end elements do not count towards depth")
    func voidElementsDoNotNest() {
        let html = String(repeating: "<p>one<br><img src=a.png><li>two", count: 20)
        #expect(limited(html).flattenedElements == 0)
    }
}

@Suite("Parser safety")
struct ParserSafetyTests {
    /// libxml2's tree and warnings for `html`, with our options unless told otherwise.
    private func build(
        _ html: String, deadline: Deadline = Deadline(nil), options: Int32 = HTMLDocument.parserOptions
    ) throws(ArticleParseError) -> (tree: HTMLTree, warnings: [ParseWarning]) {
        var warnings: [ParseWarning] = []
        let tree = try HTMLDocument.buildTree(utf8: Array(html.utf8), warnings: &warnings, deadline: deadline, options: options)
        return (tree, warnings)
    }

    @Test("libxml2 stopping early is reported as a warning")
    func earlyStopIsAWarning() throws {
        // Our decoder only hands libxml2 valid UTF-8; here libxml2 transcodes itself, and a
        // byte windows-1252 leaves undefined (0x81) makes its conversion fail: the rest of the
        // page is never read, and the caller is told so.
        let page = Array("<html><body><p>before \u{1}".utf8).map { $0 == 1 ? 0x81 : $0 } + Array(" after</p>".utf8)
        var warnings: [ParseWarning] = []
        _ = try HTMLDocument.buildTree(utf8: page, warnings: &warnings, deadline: Deadline(nil), encoding: "windows-1252")
        #expect(warnings.map(\.code) == [.parserStoppedEarly])
    }

    @Test("libxml2's depth limit does not apply: the tree is ours, built from its events")
    func noDepthLimit() throws {
        let html = String(repeating: "<div>", count: 300) + "deep" + String(repeating: "</div>", count: 300)
        let withoutHuge = HTMLDocument.parserOptions & ~HTMLDocument.hugeOption
        let built = try build(html, options: withoutHuge)
        #expect(built.warnings.isEmpty)
        #expect(built.tree.nodes.contains { $0.isText && $0.text == "deep" })
    }

    @Test("a deadline that has passed stops libxml2 from inside the parse")
    func watchStopsLibxml2() {
        #expect(throws: ArticleParseError.timeLimitExceeded(limit: .zero)) {
            try build(String(repeating: "<p>paragraph</p>", count: 10_000), deadline: Deadline(.zero))
        }
    }

    @Test("stray end tags, which raise errors but no events, also stop libxml2 at the deadline")
    func watchSeesErrors() {
        #expect(throws: ArticleParseError.timeLimitExceeded(limit: .zero)) {
            try build(String(repeating: "</span>", count: 100_000), deadline: Deadline(.zero))
        }
    }

    @Test("without a time limit the same page is read")
    func noDeadline() throws {
        let tree = try build(String(repeating: "<p>paragraph</p>", count: 10_000)).tree
        #expect(tree.elements(named: ["p"]).count == 10_000)
    }

    @Test("libxml2 writes nothing to stdout or stderr while several threads make it complain")
    func libxml2StaysQuiet() throws {
        // Our decoder only ever hands libxml2 valid UTF-8, so nothing makes it complain. Here it
        // transcodes itself: windows-1252 with 0x81 is an iconv "encoder error", which libxml2
        // reports through its generic error channel even with HTML_PARSE_NOERROR.
        let page = Array("<html><body><p>before \u{1}".utf8).map { $0 == 1 ? 0x81 : $0 } + Array(" after</p></span>".utf8)
        let output = try capturedOutput {
            DispatchQueue.concurrentPerform(iterations: 8) { _ in
                for _ in 0 ..< 10 {
                    var warnings: [ParseWarning] = []
                    _ = try? HTMLDocument.buildTree(utf8: page, warnings: &warnings, deadline: Deadline(nil),
                                                    encoding: "windows-1252")
                }
            }
        }
        // Other suites may print through the test runner meanwhile; libxml2's lines look like this.
        let libxml2Lines = output.split(separator: "\n").filter {
            $0.contains("encoding error") || $0.contains("parser error") || $0.contains("I/O error")
                || $0.contains("HTML parser error")
        }
        #expect(libxml2Lines.isEmpty, "libxml2 wrote: \(libxml2Lines.prefix(3))")
    }
}

/// Everything written to file descriptors 1 and 2 while `body` runs, written back afterwards.
private func capturedOutput(_ body: () -> Void) throws -> String {
    fflush(nil)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("articleparser-\(UUID().uuidString).txt").path
    let file = open(path, O_CREAT | O_RDWR | O_TRUNC, 0o600)
    try #require(file >= 0)
    defer {
        close(file)
        unlink(path)
    }
    let savedOut = dup(1)
    let savedError = dup(2)
    dup2(file, 1)
    dup2(file, 2)
    body()
    fflush(nil)
    dup2(savedOut, 1)
    dup2(savedError, 2)
    close(savedOut)
    close(savedError)
    // Read back with POSIX calls: Foundation's file reading is not what this test is about.
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    lseek(file, 0, SEEK_SET)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(file, $0.baseAddress, $0.count) }
        if count <= 0 { break }
        bytes += chunk.prefix(count)
    }
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    return String(decoding: bytes, as: UTF8.self)
}
