import ArgumentParser
import ArticleParser
import Foundation

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the article from saved pages.",
        discussion: """
            Reads files, folders (recursively, in name order: .html, .htm, .xhtml and gzip-compressed \
            .html.gz) or standard input ('-' or no path) and writes one article per page, in input \
            order even when pages are parsed in parallel.

            Formats:
              json      one pretty JSON document; an array when several paths or a folder are given
              jsonl     one compact JSON object per page, with "source" (the path as given)
              text      the title, then the paragraphs, separated by blank lines
              markdown  YAML front matter, # title, paragraphs by kind, previous/next links

            A page that cannot be read never stops the batch: in json and jsonl it becomes \
            {"source": ..., "error": {"code": ..., "message": ...}}; in json, text and markdown a \
            message goes to standard error. A progress line appears on standard error only when \
            it is a terminal and there is more than one page; --quiet hides it and the messages.

            Examples:
              article-parser extract Fixtures/pages/courier-2026-11-20-north-korea-russia/source.html
              article-parser extract --format jsonl saved-pages/ > articles.jsonl
              article-parser extract --format markdown --output notes/ saved-pages/
              article-parser extract --format text --charset iso-8859-1 - < old-page.html
              curl -s https://example.org/story | article-parser extract --url https://example.org/story
              article-parser extract --format jsonl crawl.warc.gz      # HTML responses of a WARC file
              ls *.warc.gz | article-parser extract --format jsonl --quiet --paths-from -

            Exit status:
              0  every page was read
              1  some pages failed (the others were still written)
              2  usage error: an unknown option, a bad value, --url with several pages
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, text, markdown

        /// The file name ending under `--output`.
        var fileExtension: String {
            switch self {
            case .json, .jsonl: "json"
            case .text: "txt"
            case .markdown: "md"
            }
        }
    }

    @Argument(help: "Files or folders to read; '-' or nothing reads standard input.")
    var paths: [String] = []

    @Option(help: "Output format: json, jsonl, text or markdown.")
    var format: Format = .json

    @Option(help: ArgumentHelp("The page's address, to resolve relative links (one page only).", valueName: "url"))
    var url: String?

    @Option(help: ArgumentHelp("The charset from an HTTP Content-Type header; overrides the page's own.",
                               valueName: "name"))
    var charset: String?

    @Option(help: "balanced, precision or recall.")
    var focus: ArticleParser.Focus = .balanced

    @Option(help: ArgumentHelp("Add a \"summary\" of this many sentences to JSON output.", valueName: "n"))
    var summary: Int?

    @Option(help: "Pages parsed in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("Write one file per page into this folder, mirroring the input tree, instead of standard output.",
                               valueName: "folder"))
    var output: String?

    @Option(name: .customLong("warc"), help: ArgumentHelp(
        "A WARC file (.warc or .warc.gz, any name) whose HTML responses are the pages; repeatable.",
        valueName: "file"))
    var warcFiles: [String] = []

    @Option(name: .customLong("paths-from"), help: ArgumentHelp(
        "Read input paths (files, folders, WARC files) one a line from this file, '-' for standard input.",
        valueName: "file"))
    var pathsFrom: String?

    @Option(name: .customLong("records-from"), help: ArgumentHelp(
        "Read pages as JSON Lines {\"url\", \"html\", \"charset\"?} from this file, '-' for standard input.",
        valueName: "file"))
    var recordsFrom: String?

    @Flag(help: "No progress line and no messages on standard error; the exit status still tells.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
        if let summary, summary < 1 { throw ValidationError("--summary must be at least 1.") }
        if let url {
            guard let parsed = URL(string: url), parsed.scheme != nil else {
                throw ValidationError("--url is not an absolute URL: \(url)")
            }
            var isFolder: ObjCBool = false
            let folderGiven = paths.contains { FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && isFolder.boolValue }
            if paths.count > 1 || folderGiven {
                throw ValidationError("--url names one page's address; give it one file or standard input.")
            }
        }
        try validateStreaming()
        if let charset, charset.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--charset needs a name such as utf-8 or iso-8859-1.")
        }
    }

    func parserOptions() -> ArticleParser.Options {
        var options = ArticleParser.Options(focus: focus)
        options.charset = charset
        options.baseURL = url.flatMap(URL.init(string:))
        return options
    }

    mutating func run() throws {
        var destination = OutputWriter.Destination.standardOutput
        if let output {
            let folder = URL(fileURLWithPath: output, isDirectory: true)
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw ValidationError("--output: cannot create the folder \(output).")
            }
            destination = .folder(folder)
        }
        let paths = paths
        let isSeveral = paths.count > 1 || paths.contains { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
        }
        let isStreaming = pathsFrom != nil || recordsFrom != nil || !warcFiles.isEmpty
            || paths.contains(where: WARCReader.isWARC)
        // Counting would read standard input or every WARC file twice: no progress line then.
        let progress = quiet || !isSeveral || isStreaming ? nil : ProgressLine.ifTerminal { InputCollector.count(paths) }
        let writer = OutputWriter(format: format, destination: destination, isArray: isSeveral || isStreaming,
                                  isQuiet: quiet, progress: progress)
        writer.flushesEachRecord = pathsFrom != nil || recordsFrom != nil
        var runner = BatchRunner(parser: ArticleParser(options: parserOptions()), jobs: jobs)
        runner.summarySentences = summary
        var failures = 0
        writer.begin()
        guard let inputs = streamingInputs() else { throw ExitCode(2) }
        runner.run(inputs) { record in
            if record.failure != nil { failures += 1 }
            writer.write(record)
        }
        writer.end()
        if failures > 0 { throw ExitCode(1) }
    }
}

extension ArticleParser.Focus: ExpressibleByArgument {}
