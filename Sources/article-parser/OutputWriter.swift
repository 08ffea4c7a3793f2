import ArticleParser
import Foundation

/// Writes extraction records in the chosen format, to standard output or one file per input,
/// and failures to standard error.
final class OutputWriter {
    /// Where the records go.
    enum Destination {
        case standardOutput
        /// One file per input under this folder, mirroring the input tree.
        case folder(URL)
    }

    let format: ExtractCommand.Format
    let destination: Destination
    /// Whether `json` output to standard output is an array: several paths or a folder were given.
    let isArray: Bool
    let isQuiet: Bool
    private let progress: ProgressLine?
    /// Whether each record is flushed as soon as it is written (the streaming filter modes).
    var flushesEachRecord = false
    private var written = 0
    /// Records printed to standard output so far; a failure in text or markdown prints none.
    private var printed = 0
    private let encoder = JSONEncoder()
    private var standardOutput = BufferedOutput(descriptor: FileHandle.standardOutput)

    init(format: ExtractCommand.Format, destination: Destination, isArray: Bool, isQuiet: Bool,
         progress: ProgressLine?) {
        self.format = format
        self.destination = destination
        self.isArray = isArray && format == .json
        self.isQuiet = isQuiet
        self.progress = progress
        encoder.outputFormatting = format == .jsonl
            ? [.sortedKeys, .withoutEscapingSlashes]
            : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    }

    private var isStandardOutput: Bool {
        if case .standardOutput = destination { true } else { false }
    }

    func begin() {
        if isArray, isStandardOutput { standardOutput.write("[\n") }
    }

    func end() {
        if isArray, isStandardOutput { standardOutput.write(printed > 0 ? "\n]\n" : "]\n") }
        standardOutput.flush()
        progress?.finish()
    }

    func write(_ record: ExtractionRecord) {
        defer {
            written += 1
            progress?.update(done: written)
        }
        if record.failure != nil, format != .jsonl || !isStandardOutput { report(record) }
        switch destination {
        case .standardOutput:
            guard let text = render(record) else { return }
            if isArray, printed > 0 { standardOutput.write(",\n") }
            else if printed > 0, format == .text || format == .markdown { standardOutput.write("\n") }
            standardOutput.write(isArray ? String(text.dropLast()) : text)
            printed += 1
            if progress != nil || flushesEachRecord { standardOutput.flush() }
        case .folder(let folder):
            guard record.article != nil, let text = render(record) else { return }
            writeFile(text, for: record, under: folder)
        }
    }

    /// The record in the chosen format, ending in a newline; `nil` when the format has no
    /// place for a failure.
    private func render(_ record: ExtractionRecord) -> String? {
        switch format {
        case .json, .jsonl:
            // Keys are sorted so the output is the same on every run, except that `source`
            // comes first, where a reader looks for it.
            guard let body = try? encoder.encode(RecordPayload(record: record)),
                  let source = try? encoder.encode(record.source)
            else { return nil }
            let separator = format == .jsonl ? "" : "\n  "
            let colon = format == .jsonl ? ":" : " : "
            return "{" + separator + "\"source\"" + colon + String(decoding: source, as: UTF8.self) + ","
                + String(decoding: body.dropFirst(), as: UTF8.self) + "\n"
        case .text:
            return record.article.map(TextRenderer.render)
        case .markdown:
            return record.article.map { MarkdownRenderer.render($0, source: record.source) }
        }
    }

    private func writeFile(_ text: String, for record: ExtractionRecord, under folder: URL) {
        let target = folder.appendingPathComponent(OutputPath.relative(record.input.relativePath, format: format))
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try Data(text.utf8).write(to: target)
        } catch {
            warn("\(record.source): cannot write \(target.path): \(error.localizedDescription)")
        }
    }

    private func report(_ record: ExtractionRecord) {
        guard let failure = record.failure else { return }
        warn("\(record.source): \(failure.message) (\(failure.code))")
    }

    private func warn(_ message: String) {
        guard !isQuiet else { return }
        standardOutput.flush()
        progress?.clear()
        FileHandle.standardError.write(Data("article-parser: \(message)\n".utf8))
    }
}

/// Output file names under `--output`: the input's path below its folder, with the page
/// ending (and `.gz`) replaced by the format's.
enum OutputPath {
    static func relative(_ inputPath: String, format: ExtractCommand.Format) -> String {
        var path = inputPath
        let lowered = path.lowercased()
        if let suffix = InputCollector.pageSuffixes.filter({ lowered.hasSuffix($0) }).max(by: { $0.count < $1.count }) {
            path.removeLast(suffix.count)
        }
        return path + "." + format.fileExtension
    }
}

/// Collects small writes to a file descriptor into large ones.
struct BufferedOutput {
    let descriptor: FileHandle
    private var buffer = Data()

    init(descriptor: FileHandle) {
        self.descriptor = descriptor
    }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        descriptor.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
