import Foundation
import Testing

/// The streaming filter modes: paths one a line, or pages as JSON Lines, on standard input.
@Suite("Streaming filter modes")
struct StreamingTests {
    @Test("--paths-from - reads files and WARC files named one a line on standard input, in order")
    func pathsFromStandardInput() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = WARCFixture.pages[1]
        let warc = folder.appendingPathComponent("one.warc.gz")
        try WARCFixture.gzip(try WARCFixture.pageRecord(page)).write(to: warc)
        let lines = [CLI.seed.path, "", warc.path, "/nonexistent/page.html"].joined(separator: "\n") + "\n"
        let run = try CLI.run(["extract", "--format", "jsonl", "--quiet", "--paths-from", "-"], input: Data(lines.utf8))
        #expect(run.status == 1)
        #expect(run.errors.isEmpty)
        let objects = try run.jsonLines()
        try #require(objects.count == 3)
        #expect((objects[0]["title"] as? String)?.hasPrefix(CLI.seedTitle) == true)
        #expect(objects[1]["url"] as? String == page.url)
        #expect(WARCFixture.article(of: objects[1]) == (try WARCFixture.articleParsedAsFile(page)))
        #expect((objects[2]["error"] as? [String: Any])?["code"] as? String == "fileNotFound")
    }

    @Test("--records-from - reads {url, html} lines and writes one result line for each, bad lines included")
    func recordsFromStandardInput() throws {
        let encoder = JSONEncoder()
        let first = try encoder.encode(["url": "https://example.org/a", "html": CLI.page(title: "First streamed page")])
        let second = try encoder.encode(["html": CLI.page(title: "Second streamed page"), "charset": "utf-8"])
        let input = first + Data("\nnot json\n".utf8) + second + Data("\n".utf8)
        let run = try CLI.run(["extract", "--format", "jsonl", "--records-from", "-"], input: input)
        #expect(run.status == 1)
        let objects = try run.jsonLines()
        try #require(objects.count == 3)
        #expect(objects[0]["title"] as? String == "First streamed page")
        #expect(objects[0]["url"] as? String == "https://example.org/a")
        #expect((objects[1]["error"] as? [String: Any])?["code"] as? String == "badRecord")
        #expect(objects[2]["title"] as? String == "Second streamed page")
        #expect(objects[2]["url"] == nil)
    }

    @Test("--paths-from writes each record as soon as it is read, before standard input ends")
    func flushesPerRecord() throws {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["extract", "--format", "jsonl", "--jobs", "1", "--paths-from", "-"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        defer {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        input.fileHandleForWriting.write(Data((CLI.seed.path + "\n").utf8))
        // The line comes back while standard input is still open; give up after 60 s.
        let reader = LineWaiter(output.fileHandleForReading)
        let line = reader.wait(seconds: 60)
        if line == nil { process.terminate() }
        #expect(line?.contains(CLI.seedTitle) == true)
    }

    @Test("--paths-from with paths given, or with --records-from, is a usage error", arguments: [
        ["extract", "--paths-from", "-", "page.html"],
        ["extract", "--paths-from", "-", "--records-from", "-"],
        ["extract", "--url", "https://example.org/", "--warc", "crawl.warc"],
    ])
    func usageErrors(arguments: [String]) throws {
        let run = try CLI.run(arguments)
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
    }
}

/// Reads the first line a process writes, on a background thread, with a time limit.
private final class LineWaiter: @unchecked Sendable {
    private var text: String?
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread {
            var data = Data()
            while !data.contains(0x0A) {
                let more = handle.availableData
                if more.isEmpty { break }
                data += more
            }
            self.text = String(decoding: data, as: UTF8.self)
            self.done.signal()
        }.start()
    }

    func wait(seconds: Int) -> String? {
        done.wait(timeout: .now() + .seconds(seconds)) == .success ? text : nil
    }
}
