@_spi(Benchmark) import ArticleParser
import Dispatch
import Foundation

/// One timed pass over a list of pages.
struct PassResult {
    var wall: Double
    var cpu: Double
    var failures = 0
}

/// The timed loops the report is built from. Every pass reads pages that are already in memory.
enum Passes {
    /// libxml2 builds its tree from each page's raw bytes and frees it; nothing else.
    static func parseOnly(_ pages: [Corpus.Page]) -> PassResult {
        let wall = Measurement.wallSeconds()
        let cpu = Measurement.processCPUSeconds()
        var elements = 0
        for page in pages { elements &+= ArticleParser.buildTreeOnly(bytes: page.bytes) }
        let result = PassResult(wall: Measurement.wallSeconds() - wall, cpu: Measurement.processCPUSeconds() - cpu)
        if elements == 0 { FileHandle.standardError.write(Data("article-bench: libxml2 built no elements\n".utf8)) }
        return result
    }

    /// The full extraction (metadata, body, attributions, links) of every page, on `threads`
    /// threads that take the next page from a shared counter.
    static func full(_ pages: [Corpus.Page], parser: ArticleParser, threads: Int = 1) -> PassResult {
        let queue = WorkQueue(count: pages.count)
        let wall = Measurement.wallSeconds()
        let cpu = Measurement.processCPUSeconds()
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            var failures = 0
            while let index = queue.next() {
                do {
                    _ = try parser.parse(bytes: pages[index].bytes)
                } catch {
                    failures += 1
                }
            }
            queue.addFailures(failures)
        }
        return PassResult(
            wall: Measurement.wallSeconds() - wall,
            cpu: Measurement.processCPUSeconds() - cpu,
            failures: queue.failures
        )
    }
}

/// Hands out page indices to worker threads.
final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var position = 0
    private let count: Int
    private(set) var failures = 0

    init(count: Int) {
        self.count = count
    }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard position < count else { return nil }
        position += 1
        return position - 1
    }

    func addFailures(_ number: Int) {
        lock.lock()
        failures += number
        lock.unlock()
    }
}

/// A page with its body repeated: the same markup `times` times inside one `<body>`, or the
/// whole file repeated when it has no body tags.
func repeatedPage(_ bytes: [UInt8], times: Int) -> [UInt8] {
    guard times > 1 else { return bytes }
    let lowered = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    guard let open = firstRange(of: Array("<body".utf8), in: lowered),
          let openEnd = lowered[open.upperBound...].firstIndex(of: UInt8(ascii: ">")),
          let close = lastRange(of: Array("</body".utf8), in: lowered), close.lowerBound > openEnd
    else {
        return Array([[UInt8]](repeating: bytes, count: times).joined())
    }
    let inner = bytes[(openEnd + 1) ..< close.lowerBound]
    var result = Array(bytes[...openEnd])
    for _ in 0 ..< times { result.append(contentsOf: inner) }
    result.append(contentsOf: bytes[close.lowerBound...])
    return result
}

private func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
    guard haystack.count >= needle.count else { return nil }
    for start in 0 ... (haystack.count - needle.count) where haystack[start] == needle[0] {
        if haystack[start ..< start + needle.count].elementsEqual(needle) { return start ..< start + needle.count }
    }
    return nil
}

private func lastRange(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
    guard haystack.count >= needle.count else { return nil }
    for start in stride(from: haystack.count - needle.count, through: 0, by: -1) where haystack[start] == needle[0] {
        if haystack[start ..< start + needle.count].elementsEqual(needle) { return start ..< start + needle.count }
    }
    return nil
}
