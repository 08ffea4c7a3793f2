import Foundation
import Testing

/// Batches: order under parallelism, exit status, standard error, --output and --quiet.
@Suite("The extract command's batches")
struct BatchTests {
    @Test("under --jobs 2 the records come out in input order, each with its own page's article")
    func orderUnderParallelism() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = try Data(contentsOf: CLI.seed)
        // Big and small pages alternate, so parallel workers finish out of order.
        for index in 0 ..< 40 {
            let name = String(format: "page-%03d.html", index)
            let data = index.isMultiple(of: 2) ? big : Data(CLI.page(title: "Small page number \(index)").utf8)
            try data.write(to: folder.appendingPathComponent(name))
        }
        let run = try CLI.run(["extract", "--format", "jsonl", "--jobs", "2", folder.path])
        let objects = try run.jsonLines()
        #expect(objects.map { ($0["source"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } }
            == (0 ..< 40).map { String(format: "page-%03d.html", $0) })
        let titles = objects.map { $0["title"] as? String ?? "" }
        for (index, title) in titles.enumerated() {
            #expect(index.isMultiple(of: 2) ? title.hasPrefix(CLI.seedTitle) : title == "Small page number \(index)")
        }
    }

    @Test("exit status is 0 when every page was read")
    func allParsed() throws {
        #expect(try CLI.run(["extract", "--format", "jsonl", CLI.tree.path]).status == 0)
    }

    @Test("exit status is 1 when some page failed")
    func someFailed() throws {
        #expect(try CLI.run(["extract", "--format", "jsonl", CLI.seed.path, "/nonexistent/page.html"]).status == 1)
    }

    @Test("usage errors exit with status 2 and say what is wrong", arguments: [
        ["extract", "--bogus"],
        ["extract", "--format", "xml"],
        ["extract", "--jobs", "0"],
        ["extract", "--url", "https://example.org/a", "one.html", "two.html"],
        ["extract", "--focus", "sideways"],
    ])
    func usageError(arguments: [String]) throws {
        let run = try CLI.run(arguments + [CLI.seed.path])
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(run.errors.contains("Error:"))
    }

    @Test("nothing is written to standard error for a clean batch when it is not a terminal")
    func quietWhenNotTerminal() throws {
        let run = try CLI.run(["extract", "--format", "jsonl", CLI.tree.path, CLI.seed.path])
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
    }

    #if os(Linux)
    @Test("a progress line with done/total, pages/s and ETA is drawn when standard error is a terminal")
    func progressOnTerminal() throws {
        // util-linux's script(1) runs the command on a pseudo-terminal and copies what it shows.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "'\(CLI.binary.path)' extract --format jsonl '\(CLI.tree.path)' > /dev/null", "/dev/null"]
        let screen = Pipe()
        process.standardOutput = screen
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let shown = String(decoding: screen.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(shown.contains("4/4 pages, "))
        #expect(shown.contains(" pages/s, ETA 0:00"))
    }
    #endif

    @Test("--quiet hides failure messages while the exit status still reports them")
    func quietFlag() throws {
        let run = try CLI.run(["extract", "--quiet", "--format", "text", "/nonexistent/page.html", CLI.kinds.path])
        #expect(run.status == 1)
        #expect(run.errors.isEmpty)
    }

    @Test("--output writes one file per page, mirroring the input tree, and nothing to standard output")
    func outputFolder() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["extract", "--format", "markdown", "--output", folder.path, CLI.tree.path])
        #expect(run.status == 0)
        #expect(run.output.isEmpty)
        let written = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".md") }.sorted()
        #expect(written == ["alpha.md", "compressed/delta.md", "nested/beta.md", "nested/deeper/gamma.md"])
        let gamma = try String(contentsOf: folder.appendingPathComponent("nested/deeper/gamma.md"), encoding: .utf8)
        #expect(gamma.contains("\n# Gamma story two folders down\n"))
    }
}
