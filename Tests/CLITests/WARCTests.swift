import Foundation
import Testing

/// WARC input: plain, gzip per record and whole-file gzip; chunked and compressed bodies;
/// records to skip; and records that are broken, each of which becomes one error line.
@Suite("WARC input")
struct WARCTests {
    typealias Fixture = WARCFixture

    /// Writes `data` to a new file named `name` and runs `extract --format jsonl` on it.
    private func extract(_ data: Data, named name: String, arguments: [String] = []) throws -> CLI.Run {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try data.write(to: file)
        return try CLI.run(["extract", "--format", "jsonl", "--quiet"] + arguments + [file.path])
    }

    /// Checks that `objects` are the fixture pages' articles, in order, with their URLs and IDs.
    private func expectPages(_ objects: [[String: Any]], _ pages: [Fixture.Page]) throws {
        try #require(objects.count == pages.count)
        for (object, page) in zip(objects, pages) {
            #expect(object["url"] as? String == page.url)
            #expect(object["warcRecordId"] as? String == "<urn:uuid:page-\(page.name)>")
            #expect(object["error"] == nil, "\(page.name): \(object["error"] ?? "")")
            #expect(Fixture.article(of: object) == (try Fixture.articleParsedAsFile(page)), "\(page.name)")
        }
    }

    @Test("a plain WARC/1.0 file yields each HTML response's article, equal to the page parsed as a file")
    func plainWARC() throws {
        #expect(Fixture.pages.count >= 6)
        var warc = Data()
        for page in Fixture.pages { warc += try Fixture.pageRecord(page) }
        let run = try extract(warc, named: "crawl.warc")
        #expect(run.status == 0, "stderr: \(run.errors); output: \(run.output.prefix(2000))")
        let objects = try run.jsonLines()
        try expectPages(objects, Fixture.pages)
        #expect(objects.allSatisfy { ($0["source"] as? String)?.hasSuffix("crawl.warc") == true })
    }

    @Test("a WARC/1.1 file with one gzip member per record, as Common Crawl writes, is read record by record")
    func gzipMembers() throws {
        var warc = Data()
        for page in Fixture.pages { warc += try Fixture.gzip(try Fixture.pageRecord(page, version: "1.1")) }
        let run = try extract(warc, named: "crawl.warc.gz")
        #expect(run.status == 0)
        try expectPages(try run.jsonLines(), Fixture.pages)
    }

    @Test("a whole-file gzip WARC is read, and --warc reads a WARC file whatever its name")
    func wholeFileGzip() throws {
        var warc = Data()
        for page in Fixture.pages { warc += try Fixture.pageRecord(page) }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("archive.bin")
        try Fixture.gzip(warc).write(to: file)
        let run = try CLI.run(["extract", "--format", "jsonl", "--warc", file.path])
        #expect(run.status == 0)
        try expectPages(try run.jsonLines(), Fixture.pages)
    }

    @Test("chunked transfer encoding and gzip content encoding are undone before parsing")
    func chunkedAndCompressedBodies() throws {
        let pages = Array(Fixture.pages.prefix(3))
        var warc = try Fixture.pageRecord(pages[0], sent: [.chunked])
        warc += try Fixture.pageRecord(pages[1], sent: [.gzip])
        warc += try Fixture.pageRecord(pages[2], sent: [.chunked, .gzip])
        let run = try extract(warc, named: "bodies.warc")
        #expect(run.status == 0)
        try expectPages(try run.jsonLines(), pages)
    }

    @Test("warcinfo, request and non-HTML response records are skipped")
    func nonHTMLSkipped() throws {
        let page = Fixture.pages[0]
        var warc = Data()
        let skipped = try Fixture.nonHTMLRecords()
        for record in skipped { warc += record }
        warc += try Fixture.pageRecord(page)
        warc += skipped[2]
        let run = try extract(warc, named: "mixed.warc")
        #expect(run.status == 0)
        try expectPages(try run.jsonLines(), [page])
    }

    @Test("a record whose Content-Length is wrong becomes an error line and the records after it are read",
          arguments: [-200, 300])
    func wrongContentLength(offset: Int) throws {
        let pages = Array(Fixture.pages.prefix(3))
        let block = try Fixture.httpResponse(pages[1].html)
        var warc = try Fixture.pageRecord(pages[0])
        warc += Fixture.record(type: "response", url: pages[1].url, id: "page-\(pages[1].name)", block: block,
                               declaredLength: block.count + offset)
        warc += try Fixture.pageRecord(pages[2])
        let run = try extract(warc, named: "bad-length.warc")
        #expect(run.status == 1)
        let objects = try run.jsonLines()
        try #require(objects.count == 3)
        try expectPages([objects[0], objects[2]], [pages[0], pages[2]])
        let error = try #require(objects[1]["error"] as? [String: Any])
        #expect(error["code"] as? String == "corruptRecord")
        #expect(objects[1]["url"] as? String == pages[1].url)
        #expect(objects[1]["warcRecordId"] as? String == "<urn:uuid:page-\(pages[1].name)>")
    }

    @Test("a truncated plain WARC yields the whole records, then one error line for the cut record")
    func truncatedPlain() throws {
        let pages = Array(Fixture.pages.prefix(2))
        var warc = Data()
        for page in pages { warc += try Fixture.pageRecord(page) }
        let run = try extract(warc.prefix(warc.count - 500), named: "cut.warc")
        #expect(run.status == 1)
        let objects = try run.jsonLines()
        try #require(objects.count == 2)
        try expectPages([objects[0]], [pages[0]])
        #expect((objects[1]["error"] as? [String: Any])?["code"] as? String == "truncatedRecord")
        #expect(objects[1]["url"] as? String == pages[1].url)
    }

    @Test("a truncated gzip WARC yields the whole records, then one corruptGzip error line")
    func truncatedGzip() throws {
        let pages = Array(Fixture.pages.prefix(2))
        var warc = Data()
        for page in pages { warc += try Fixture.gzip(try Fixture.pageRecord(page)) }
        let run = try extract(warc.prefix(warc.count - 100), named: "cut.warc.gz")
        #expect(run.status == 1)
        let objects = try run.jsonLines()
        try #require(objects.count == 2)
        try expectPages([objects[0]], [pages[0]])
        #expect((objects[1]["error"] as? [String: Any])?["code"] as? String == "corruptGzip")
    }

    @Test("bytes that are not WARC at all give one error line, and the files after it are still read")
    func garbageThenFile() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let garbage = folder.appendingPathComponent("garbage.warc")
        try Data("this is not a web archive\n\u{1}\u{2}".utf8).write(to: garbage)
        let run = try CLI.run(["extract", "--format", "jsonl", garbage.path, CLI.seed.path])
        #expect(run.status == 1)
        let objects = try run.jsonLines()
        try #require(objects.count == 2)
        #expect((objects[0]["error"] as? [String: Any])?["code"] as? String == "corruptRecord")
        #expect((objects[1]["title"] as? String)?.hasPrefix(CLI.seedTitle) == true)
    }

    @Test("WARC article lines and error lines, with url and warcRecordId, conform to the JSON Schema")
    func schema() throws {
        let check = try SchemaCheck(schemaAt: CLI.schema)
        let page = Fixture.pages[0]
        let block = try Fixture.httpResponse(page.html)
        var warc = try Fixture.pageRecord(page)
        warc += Fixture.record(type: "response", url: page.url, id: "broken", block: block, declaredLength: block.count - 9)
        let objects = try extract(warc, named: "schema.warc").jsonLines()
        try #require(objects.count == 2)
        #expect(objects[1]["error"] != nil)
        for object in objects {
            #expect(check.problems(with: object) == [])
        }
    }
}
