import ArticleParser
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The outcome of reading one page: an article, or the reason there is none.
struct ExtractionRecord: Sendable {
    struct Failure: Error, Sendable, Equatable {
        /// A stable name: the parser's codes ("noArticleBody", ...) or the CLI's own
        /// ("fileNotFound", "unreadableFile", "unlistableFolder", "corruptGzip").
        var code: String
        var message: String
    }

    var input: Input
    var article: Article?
    var failure: Failure?

    var source: String { input.source }
}

/// Parses pages on `jobs` threads and hands the results back in input order. At most
/// `jobs * 4` pages are read ahead of the one being written, so memory stays bounded however
/// many pages there are, and one slow page holds back only that window.
struct BatchRunner {
    var parser: ArticleParser
    var jobs: Int

    func run(_ inputs: InputCollector, deliver: (ExtractionRecord) -> Void) {
        let queue = OrderedQueue(inputs: inputs, window: max(jobs * 4, 2))
        let parser = parser
        for _ in 0 ..< max(jobs, 1) {
            let worker = Thread {
                while let (index, input) = queue.take() {
                    queue.finish(index, with: Self.extract(input, parser: parser))
                }
            }
            worker.stackSize = 8 << 20  // deep pages: the tree walks are iterative, the slack is cheap
            worker.start()
        }
        while let record = queue.nextInOrder() { deliver(record) }
    }

    static func extract(_ input: Input, parser: ArticleParser) -> ExtractionRecord {
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
        condition.lock()
        defer { condition.unlock() }
        while !exhausted, taken - delivered >= window { condition.wait() }
        guard !exhausted, let input = inputs.next() else {
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

/// Reads a page's bytes, inflating gzip, and names what went wrong when it cannot.
enum PageReader {
    static func read(_ input: Input, limit: Int) -> Result<Data, ExtractionRecord.Failure> {
        let raw: Data
        switch input.origin {
        case .unlistableFolder(_, let reason):
            return .failure(.init(code: "unlistableFolder", message: reason))
        case .standardInput:
            raw = FileHandle.standardInput.readDataToEndOfFile()
        case .file(let path):
            switch readFile(path, limit: limit) {
            case .success(let bytes): raw = bytes
            case .failure(let failure): return .failure(failure)
            }
        }
        guard Gzip.isCompressed(raw) else { return .success(raw) }
        do {
            return .success(try Gzip.inflate(raw, limit: limit))
        } catch .tooLarge(let limit) {
            return .failure(.init(code: ArticleParseError.inputTooLarge(limit: limit).code,
                                  message: "Once inflated, " + ArticleParseError.inputTooLarge(limit: limit).message.lowercasedFirst))
        } catch {
            return .failure(.init(code: "corruptGzip", message: "The gzip data is corrupt or cut short."))
        }
    }

    private static func readFile(_ path: String, limit: Int) -> Result<Data, ExtractionRecord.Failure> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let reason = errno
            if reason == ENOENT || reason == ENOTDIR {
                return .failure(.init(code: "fileNotFound", message: "No such file."))
            }
            return .failure(.init(code: "unreadableFile", message: "The file cannot be opened: \(String(cString: strerror(reason)))."))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var status = stat()
        if fstat(descriptor, &status) == 0 {
            if (status.st_mode & S_IFMT) == S_IFDIR {
                return .failure(.init(code: "unreadableFile", message: "The path is a folder."))
            }
            if Int(status.st_size) > limit {
                let error = ArticleParseError.inputTooLarge(limit: limit)
                return .failure(.init(code: error.code, message: error.message))
            }
        }
        do {
            return .success(try handle.readToEnd() ?? Data())
        } catch {
            return .failure(.init(code: "unreadableFile", message: "The file cannot be read."))
        }
    }
}

extension String {
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
