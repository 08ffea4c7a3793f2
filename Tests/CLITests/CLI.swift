import Foundation

/// Runs the built `article-parser` binary the way users do, and finds the fixtures.
enum CLI {
    static let binary: URL = {
        let products = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL.deletingLastPathComponent()
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return products.appendingPathComponent("article-parser")
    }()

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let seed = root.appendingPathComponent("Fixtures/pages/courier-2026-11-20-north-korea-russia/source.html")
    static let seedTitle = "Untangling the North Korea–Russia Security Alignment"
    /// A folder of small pages: .html, .htm, .xhtml and .html.gz at three depths, and a .txt to skip.
    static let tree = root.appendingPathComponent("Fixtures/cli/tree")
    /// One page with a heading, a list, a quote, code, a trailing attribution and previous/next links.
    static let kinds = root.appendingPathComponent("Fixtures/cli/kinds.html")
    static let schema = root.appendingPathComponent("docs/article.schema.json")

    struct Run {
        var status: Int32
        var output: String
        var errors: String

        /// The output's lines as JSON objects.
        func jsonLines() throws -> [[String: Any]] {
            try output.split(separator: "\n").map { line in
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                    throw CocoaError(.coderReadCorrupt)
                }
                return object
            }
        }
    }

    static func run(_ arguments: [String], input: Data? = nil, in directory: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe()
        let errors = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        try process.run()
        // Read both pipes while writing, so a large output cannot block the child.
        let reader = PipeReader(output: output, errors: errors)
        if let input { standardInput.fileHandleForWriting.write(input) }
        try standardInput.fileHandleForWriting.close()
        let (outputData, errorData) = reader.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                   errors: String(decoding: errorData, as: UTF8.self))
    }

    /// A fresh temporary folder; the caller removes it.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("article-parser-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Makes a file at `url` that exists but cannot be read: no permissions, or, for root
    /// (who reads anything), a link to itself.
    static func makeUnreadableFile(at url: URL) throws {
        if geteuid() == 0 {
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: url.lastPathComponent)
        } else {
            try Data("<p>secret</p>".utf8).write(to: url)
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: url.path)
        }
    }

    /// A small page whose headline is `title`.
    static func page(title: String) -> String {
        """
        <html><head><title>\(title)</title></head><body><article><h1>\(title)</h1>
        <p>The council met on Tuesday evening to discuss the plan in detail with residents.</p>
        <p>Residents asked many questions about the timetable, the cost and the noise of the works.</p>
        </article></body></html>
        """
    }
}

/// Drains a process's standard output and standard error on background threads.
private final class PipeReader: @unchecked Sendable {
    private var output = Data()
    private var errors = Data()
    private let group = DispatchGroup()

    init(output: Pipe, errors: Pipe) {
        group.enter()
        DispatchQueue.global().async {
            self.output = output.fileHandleForReading.readDataToEndOfFile()
            self.group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            self.errors = errors.fileHandleForReading.readDataToEndOfFile()
            self.group.leave()
        }
    }

    func wait() -> (Data, Data) {
        group.wait()
        return (output, errors)
    }
}
