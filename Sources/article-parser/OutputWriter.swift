import ArticleParser
import Foundation

/// Writes extraction records to standard output in the chosen format, and errors to standard error.
final class OutputWriter {
    let format: ExtractCommand.Format
    let inputCount: Int
    private var written = 0
    private let encoder: JSONEncoder

    init(format: ExtractCommand.Format, inputCount: Int) {
        self.format = format
        self.inputCount = inputCount
        encoder = JSONEncoder()
        encoder.outputFormatting = format == .json ? [.prettyPrinted, .withoutEscapingSlashes] : [.withoutEscapingSlashes]
    }

    private var isArray: Bool { format == .json && inputCount > 1 }

    func begin() {
        if isArray { emit("[\n") }
    }

    func end() {
        if isArray { emit(written > 0 ? "\n]\n" : "]\n") }
    }

    func write(_ record: ExtractionRecord) {
        defer { written += 1 }
        switch format {
        case .jsonl:
            emit(json(record) + "\n")
        case .json:
            if record.article == nil { reportError(record) }
            if isArray, written > 0 { emit(",\n") }
            emit(json(record) + (isArray ? "" : "\n"))
        case .text:
            guard let article = record.article else {
                reportError(record)
                return
            }
            if written > 0 { emit("\n") }
            emit(TextRenderer.render(article))
        }
    }

    private func json(_ record: ExtractionRecord) -> String {
        let payload = RecordPayload(record: record)
        guard let data = try? encoder.encode(payload) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    private func reportError(_ record: ExtractionRecord) {
        if let error = record.error {
            FileHandle.standardError.write(Data("article-parser: \(record.source): \(error.message)\n".utf8))
        }
    }

    private func emit(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// The JSON shape of a record: `source`, then either the article's fields or `error`.
struct RecordPayload: Encodable {
    var record: ExtractionRecord

    private enum Keys: String, CodingKey { case source, error, summary }
    private enum ErrorKeys: String, CodingKey { case code, message }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(record.source, forKey: .source)
        if let article = record.article {
            try article.encode(to: encoder)
            if let summary = record.summary { try container.encode(summary, forKey: .summary) }
        } else if let error = record.error {
            var nested = container.nestedContainer(keyedBy: ErrorKeys.self, forKey: .error)
            try nested.encode(error.code, forKey: .code)
            try nested.encode(error.message, forKey: .message)
        }
    }
}

/// Plain text: the title, a blank line, then the paragraphs separated by blank lines.
enum TextRenderer {
    static func render(_ article: Article) -> String {
        var parts: [String] = []
        if let title = article.title { parts.append(title) }
        parts.append(contentsOf: article.paragraphs.map(\.text))
        return parts.joined(separator: "\n\n") + "\n"
    }
}
