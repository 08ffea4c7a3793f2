import ArticleParser
import ArticleSummarizer
import Foundation

/// The outcome of reading one page.
struct ExtractionRecord {
    var source: String
    var article: Article?
    var error: (code: String, message: String)?
    /// The summary's sentences, when one was asked for.
    var summary: [String]? = nil
}

/// Parses pages in parallel and hands the results back in input order, a window at a time, so
/// memory stays bounded however many pages there are.
struct BatchRunner {
    var parser: ArticleParser
    var jobs: Int
    /// When set, each article also gets a summary of this many sentences.
    var summarySentences: Int? = nil
    var summarizer = Summarizer()

    func run(_ inputs: [Input], deliver: (ExtractionRecord) -> Void) {
        let window = max(jobs * 4, 1)
        var start = 0
        while start < inputs.count {
            let slice = Array(inputs[start ..< min(start + window, inputs.count)])
            let results = ResultSlots(count: slice.count)
            DispatchQueue.concurrentPerform(iterations: slice.count) { position in
                results.store(extract(slice[position]), at: position)
            }
            for record in results.all() { deliver(record) }
            start += window
        }
    }

    func extract(_ input: Input) -> ExtractionRecord {
        let data: Data
        do {
            data = try input.read()
        } catch {
            return ExtractionRecord(source: input.source, error: ("unreadableFile", "\(error.localizedDescription)"))
        }
        do {
            let article = try parser.parse(data: data)
            let summary = summarySentences.map { summarizer.summarize(article, sentences: $0).sentences.map(\.text) }
            return ExtractionRecord(source: input.source, article: article, summary: summary)
        } catch {
            return ExtractionRecord(source: input.source, error: (error.code, error.message))
        }
    }
}

/// Slots that parallel workers fill, each its own index.
final class ResultSlots: @unchecked Sendable {
    private var slots: [ExtractionRecord?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ record: ExtractionRecord, at index: Int) {
        lock.lock()
        slots[index] = record
        lock.unlock()
    }

    func all() -> [ExtractionRecord] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
