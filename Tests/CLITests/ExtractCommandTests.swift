import Foundation
import Testing

/// Runs the built `article-parser` binary the way users do.
@Suite("The extract command")
struct ExtractCommandTests {
    static let binary: URL = {
        let products = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL.deletingLastPathComponent()
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return products.appendingPathComponent("article-parser")
    }()

    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/pages/courier-2026-11-20-north-korea-russia/source.html")

    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    static func run(_ arguments: [String], input: Data? = nil) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(input) }
        try standardInput.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                   errors: String(decoding: errorData, as: UTF8.self))
    }

    @Test("text output prints the title and the body")
    func textOutput() throws {
        let run = try Self.run(["extract", "--format", "text", Self.seed.path])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("Untangling the North Korea–Russia Security Alignment"))
        #expect(run.output.contains("Recent movements on the global stage"))
        #expect(!run.output.contains("No time to read?"))
    }

    @Test("JSON Lines output has one object per input with its source")
    func jsonLines() throws {
        let run = try Self.run(["extract", "--format", "jsonl", Self.seed.path, Self.seed.path])
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(object["source"] as? String == Self.seed.path)
        #expect((object["paragraphs"] as? [Any])?.count == 5)
        #expect(object["text"] is String)
    }

    @Test("a missing file yields an error line and exit status 1, and the other pages still come out")
    func missingFile() throws {
        let run = try Self.run(["extract", "--format", "jsonl", "/nonexistent/page.html", Self.seed.path])
        #expect(run.status == 1)
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains("\"error\""))
        #expect(lines[1].contains("\"paragraphs\""))
    }

    @Test("a page on standard input is read")
    func standardInput() throws {
        let run = try Self.run(["extract", "--format", "text"], input: try Data(contentsOf: Self.seed))
        #expect(run.status == 0)
        #expect(run.output.contains("Recent movements on the global stage"))
    }
}
