import ArticleParser
import ArticleSummarizer
import Foundation

/// Parses pages on `jobs` threads and hands the results back in input order. At most
/// `jobs * 4` pages are read ahead of the one being written, so memory stays bounded however
/// many pages there are, and one slow page holds back only that window.
struct BatchRunner {
    var parser: ArticleParser
    var jobs: Int
    /// Sentences of the summary added to each article (`--summary N`); nil adds none.
    var summarySentences: Int? = nil
    /// The summarizer for those summaries.
    var summarizer = Summarizer()

    func run(_ inputs: InputCollector, deliver: (ExtractionRecord) -> Void) {
        let queue = OrderedQueue(inputs: inputs, window: max(jobs * 4, 2))
        let parser = parser
        let summarySentences = summarySentences
        let summarizer = summarizer
        let workers = max(jobs, 1)
        let stopped = DispatchSemaphore(value: 0)
        for _ in 0 ..< workers {
            let worker = Thread {
                while let (index, input) = queue.take() {
                    var record = Self.extract(input, parser: parser)
                    if let count = summarySentences, let article = record.article {
                        record.summary = summarizer.summarize(article, sentences: count).sentences.map(\.text)
                    }
                    queue.finish(index, with: record)
                }
                stopped.signal()
            }
            worker.stackSize = 8 << 20  // deep pages: the tree walks are iterative, the slack is cheap
            worker.start()
        }
        while let record = queue.nextInOrder() { deliver(record) }
        // Every worker has left its loop (the inputs ran out) before the caller goes on, so
        // nothing it still holds is torn down by the process exiting under it.
        for _ in 0 ..< workers { stopped.wait() }
    }

    static func extract(_ input: Input, parser: ArticleParser) -> ExtractionRecord {
        if let record = extractEmbedded(input, parser: parser) { return record }
        let data: Data
        switch PageReader.read(input, limit: parser.options.maximumInputBytes) {
        case .success(let bytes): data = bytes
        case .failure(let failure): return ExtractionRecord(input: input, failure: failure)
        }
        do {
            return ExtractionRecord(input: input, article: try parser.parse(data: data))
        } catch {
            return ExtractionRecord(input: input, failure: .init(code: error.code, message: error.message))
        }
    }
}

/// Hands inputs to workers with their position, and results back to the writer by position.
private final class OrderedQueue: @unchecked Sendable {
    private let condition = NSCondition()
    /// Held while an input is read, so one worker at a time reads.
    private let inputLock = NSLock()
    private var inputs: InputCollector
    private let window: Int
    private var taken = 0
    private var delivered = 0
    private var exhausted = false
    private var finished: [Int: ExtractionRecord] = [:]

    init(inputs: InputCollector, window: Int) {
        self.inputs = inputs
        self.window = window
    }

    /// The next input and its position, waiting while the window is full; `nil` at the end.
    func take() -> (Int, Input)? {
        // The input is read outside `condition`, so a worker waiting on a pipe (`--paths-from -`)
        // never keeps the finished records from the writer.
        inputLock.lock()
        defer { inputLock.unlock() }
        condition.lock()
        while !exhausted, taken - delivered >= window { condition.wait() }
        let isExhausted = exhausted
        condition.unlock()
        let input = isExhausted ? nil : inputs.next()
        condition.lock()
        defer { condition.unlock() }
        guard let input else {
            exhausted = true
            condition.broadcast()
            return nil
        }
        taken += 1
        return (taken - 1, input)
    }

    func finish(_ index: Int, with record: ExtractionRecord) {
        condition.lock()
        finished[index] = record
        condition.broadcast()
        condition.unlock()
    }

    /// The record of the next position, waiting for it; `nil` once every input was delivered.
    func nextInOrder() -> ExtractionRecord? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let record = finished.removeValue(forKey: delivered) {
                delivered += 1
                condition.broadcast()
                return record
            }
            if exhausted, delivered == taken { return nil }
            condition.wait()
        }
    }
}
