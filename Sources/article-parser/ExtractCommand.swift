import ArgumentParser
import ArticleParser
import Foundation

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the article from saved pages.",
        discussion: """
            Reads files, folders (recursively: .html, .htm, .xhtml) or standard input ('-' or no \
            path) and prints one article per page.

            Examples:
              article-parser extract Fixtures/pages/courier-2026-11-20-north-korea-russia/source.html
              article-parser extract --format jsonl saved-pages/ > articles.jsonl
              curl -s https://example.org/story | article-parser extract --url https://example.org/story

            Exit status: 0 when every page was read, 1 when some failed, 2 for a usage error.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, text
    }

    @Argument(help: "Files or folders to read; '-' or nothing reads standard input.")
    var paths: [String] = []

    @Option(help: "Output format: json, jsonl or text.")
    var format: Format = .json

    @Option(help: "The page's address, to resolve relative links (one input only).")
    var url: String?

    @Option(help: "The charset from an HTTP Content-Type header; overrides the page's own.")
    var charset: String?

    @Option(help: "balanced, precision or recall.")
    var focus: ArticleParser.Focus = .balanced

    @Option(help: "Pages parsed in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Add a \"summary\" of this many sentences to JSON output.")
    var summary: Int?

    mutating func run() throws {
        var options = ArticleParser.Options(focus: focus)
        options.charset = charset
        if let url {
            guard let parsed = URL(string: url) else { throw ValidationError("--url is not a URL: \(url)") }
            options.baseURL = parsed
        }
        let inputs = try InputCollector.collect(paths)
        let writer = OutputWriter(format: format, inputCount: inputs.count)
        var runner = BatchRunner(parser: ArticleParser(options: options), jobs: max(1, jobs))
        runner.summarySentences = summary
        var failures = 0
        writer.begin()
        runner.run(inputs) { record in
            if record.error != nil { failures += 1 }
            writer.write(record)
        }
        writer.end()
        if failures > 0 { throw ExitCode(1) }
    }
}

extension ArticleParser.Focus: ExpressibleByArgument {}
