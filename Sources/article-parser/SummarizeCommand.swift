import ArgumentParser
import ArticleParser
import ArticleSummarizer
import Foundation

struct SummarizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "Print the few sentences that best stand for each article.",
        discussion: """
            Reads saved pages (files, folders or standard input, as 'extract' does) and prints \
            each page's summary, one sentence a line; with several pages, each summary follows \
            a '# PATH' line and a blank line separates them.

            With --jsonl it reads JSON Lines {"id", "text", "title"?} on standard input instead \
            (paragraphs of 'text' separated by blank lines) and writes {"id", "summary": [...]} \
            a line, or {"id", "sentences": [...]} with --segment.

            Examples:
              article-parser summarize --sentences 2 saved-pages/
              article-parser summarize --jsonl < articles.jsonl > summaries.jsonl
              article-parser summarize --jsonl --segment < articles.jsonl > sentences.jsonl

            Exit status: 0 when every input was read, 1 when some failed, 2 for a usage error.
            """
    )

    @Argument(help: "Files or folders to read; '-' or nothing reads standard input.")
    var paths: [String] = []

    @Option(help: "Sentences per summary.")
    var sentences: Int = 3

    @Flag(help: "Read JSON Lines {\"id\", \"text\", \"title\"?} on standard input.")
    var jsonl = false

    @Flag(help: "With --jsonl: write each text's sentences instead of its summary.")
    var segment = false

    @Option(help: "The language of the text (en, de, fr, es); default: the page's, else guessed.")
    var language: String?

    @Option(help: "Pages parsed in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if sentences < 1 { throw ValidationError("--sentences must be at least 1.") }
        if segment, !jsonl { throw ValidationError("--segment needs --jsonl.") }
        if jsonl, !paths.isEmpty { throw ValidationError("--jsonl reads standard input only.") }
    }

    mutating func run() throws {
        var options = Summarizer.Options()
        options.language = language
        let summarizer = Summarizer(options: options)
        let failures = jsonl
            ? JSONLinesSummarizer(summarizer: summarizer, sentences: sentences, segmentOnly: segment).run()
            : try summarizePages(with: summarizer)
        if failures > 0 { throw ExitCode(1) }
    }

    private func summarizePages(with summarizer: Summarizer) throws -> Int {
        let inputs = InputCollector(paths)
        let isSeveral = InputCollector.count(paths) > 1
        var runner = BatchRunner(parser: ArticleParser(), jobs: max(1, jobs))
        runner.summarySentences = sentences
        runner.summarizer = summarizer
        var failures = 0
        var written = 0
        runner.run(inputs) { record in
            guard record.article != nil else {
                failures += 1
                let message = record.failure?.message ?? "unreadable"
                FileHandle.standardError.write(Data("article-parser: \(record.source): \(message)\n".utf8))
                return
            }
            var text = written > 0 ? "\n" : ""
            if isSeveral { text += "# \(record.source)\n" }
            for sentence in record.summary ?? [] { text += sentence + "\n" }
            FileHandle.standardOutput.write(Data(text.utf8))
            written += 1
        }
        return failures
    }
}

/// `summarize --jsonl`: one JSON object in, one JSON object out, a line each.
struct JSONLinesSummarizer {
    var summarizer: Summarizer
    var sentences: Int
    var segmentOnly: Bool

    struct Line: Decodable {
        var id: LineID
        var text: String
        var title: String?
    }

    /// An id as given: a string or a number.
    enum LineID: Codable {
        case string(String)
        case integer(Int)
        case number(Double)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let integer = try? container.decode(Int.self) {
                self = .integer(integer)
            } else if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .string(try container.decode(String.self))
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let value): try container.encode(value)
            case .integer(let value): try container.encode(value)
            case .number(let value): try container.encode(value)
            }
        }
    }

    struct SummaryLine: Encodable {
        var id: LineID
        var summary: [String]
    }

    struct SentencesLine: Encodable {
        var id: LineID
        var sentences: [String]
    }

    /// Reads standard input to its end; returns how many lines could not be read.
    func run() -> Int {
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let segmenter = SentenceSegmenter()
        var failures = 0
        var number = 0
        while let text = readLine(strippingNewline: true) {
            number += 1
            if text.allSatisfy(\.isWhitespace) { continue }
            guard let line = try? decoder.decode(Line.self, from: Data(text.utf8)) else {
                failures += 1
                FileHandle.standardError.write(Data(
                    "article-parser: line \(number): not a JSON object with \"id\" and \"text\"\n".utf8))
                continue
            }
            let data: Data?
            if segmentOnly {
                data = try? encoder.encode(SentencesLine(id: line.id, sentences: segmenter.sentences(in: line.text)))
            } else {
                let summary = summarizer.summarize(text: line.text, title: line.title, sentences: sentences)
                data = try? encoder.encode(SummaryLine(id: line.id, summary: summary.sentences.map(\.text)))
            }
            guard let data else { continue }
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        }
        return failures
    }
}
