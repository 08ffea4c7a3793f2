import Foundation
import Testing

/// Where pages come from: standard input, folders walked recursively, gzip files, bad files.
@Suite("The extract command's inputs")
struct InputTests {
    @Test("a page on standard input is read when no path is given")
    func standardInput() throws {
        let run = try CLI.run(["extract", "--format", "text"], input: try Data(contentsOf: CLI.seed))
        #expect(run.status == 0)
        #expect(run.output.contains("Recent movements on the global stage"))
    }

    @Test("'-' reads standard input and names it as the source")
    func dashIsStandardInput() throws {
        let run = try CLI.run(["extract", "--format", "jsonl", "-"], input: try Data(contentsOf: CLI.kinds))
        #expect(try run.jsonLines().map { $0["source"] as? String } == ["-"])
    }

    @Test("a folder is walked recursively in name order, taking .html, .htm, .xhtml and .html.gz only")
    func folderRecursion() throws {
        let run = try CLI.run(["extract", "--format", "jsonl", "tree"], in: CLI.tree.deletingLastPathComponent())
        #expect(run.status == 0)
        #expect(try run.jsonLines().map { $0["source"] as? String } == [
            "tree/alpha.html",
            "tree/compressed/delta.html.gz",
            "tree/nested/beta.htm",
            "tree/nested/deeper/gamma.xhtml",
        ])
    }

    @Test("a gzip-compressed page is inflated before parsing")
    func gzipPage() throws {
        let run = try CLI.run(["extract", "--format", "text", CLI.tree.appendingPathComponent("compressed/delta.html.gz").path])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("Delta story compressed with gzip\n\nDelta was saved compressed."))
    }

    @Test("gzip data on standard input is inflated too")
    func gzipStandardInput() throws {
        let compressed = try Data(contentsOf: CLI.tree.appendingPathComponent("compressed/delta.html.gz"))
        let run = try CLI.run(["extract", "--format", "text"], input: compressed)
        #expect(run.output.hasPrefix("Delta story compressed with gzip\n"))
    }

    @Test("a cut-short gzip file is that page's corruptGzip error")
    func truncatedGzip() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let compressed = try Data(contentsOf: CLI.tree.appendingPathComponent("compressed/delta.html.gz"))
        let cut = folder.appendingPathComponent("cut.html.gz")
        try compressed.prefix(compressed.count / 2).write(to: cut)
        let run = try CLI.run(["extract", "--format", "jsonl", cut.path])
        let error = try #require(try run.jsonLines().first?["error"] as? [String: Any])
        #expect(error["code"] as? String == "corruptGzip")
    }

    @Test("an unreadable file among good ones yields its error record and the others still come out")
    func unreadableAmongGood() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(CLI.page(title: "First good page").utf8).write(to: folder.appendingPathComponent("a.html"))
        try CLI.makeUnreadableFile(at: folder.appendingPathComponent("b.html"))
        try Data(CLI.page(title: "Second good page").utf8).write(to: folder.appendingPathComponent("c.html"))
        let run = try CLI.run(["extract", "--format", "jsonl", folder.path])
        let objects = try run.jsonLines()
        #expect(objects.count == 3)
        #expect(objects[0]["title"] as? String == "First good page")
        #expect((objects[1]["error"] as? [String: Any])?["code"] as? String == "unreadableFile")
        #expect(objects[1]["source"] as? String == folder.appendingPathComponent("b.html").path)
        #expect(objects[2]["title"] as? String == "Second good page")
    }

    @Test("a missing file yields a fileNotFound record and the next page still comes out")
    func missingFile() throws {
        let run = try CLI.run(["extract", "--format", "jsonl", "/nonexistent/page.html", CLI.seed.path])
        let objects = try run.jsonLines()
        #expect(objects.count == 2)
        #expect((objects[0]["error"] as? [String: Any])?["code"] as? String == "fileNotFound")
        #expect(objects[1]["paragraphs"] is [Any])
    }

    @Test("in text format a failed page is a message on standard error naming it, not output")
    func textFailureOnStandardError() throws {
        let run = try CLI.run(["extract", "--format", "text", "/nonexistent/page.html", CLI.kinds.path])
        #expect(run.output.hasPrefix("Every kind of block\n"))
        #expect(run.errors == "article-parser: /nonexistent/page.html: No such file. (fileNotFound)\n")
    }
}
