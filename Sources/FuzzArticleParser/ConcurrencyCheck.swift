#if !FUZZING
import ArticleParser
import Foundation

/// Parses every page serially, then again on many threads at once, and reports whether the
/// JSON of each article (or the code of each error) is byte-identical between the two runs.
struct ConcurrencyCheck {
    let pages: [(path: String, bytes: [UInt8])]

    init(paths: [String]) {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                let enumerator = FileManager.default.enumerator(atPath: path)
                while let relative = enumerator?.nextObject() as? String {
                    if relative.hasSuffix(".html") || relative.hasSuffix(".htm") {
                        files.append((path as NSString).appendingPathComponent(relative))
                    }
                }
            } else {
                files.append(path)
            }
        }
        pages = files.sorted().map { ($0, Self.read($0)) }
    }

    /// The file's bytes, read with stdio (Foundation's reader leaks a buffer on empty files).
    static func read(_ path: String) -> [UInt8] {
        guard let file = fopen(path, "rb") else { return [] }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count == 0 { break }
            bytes += chunk.prefix(count)
        }
        return bytes
    }

    /// The JSON of the article, or the error's code.
    static func output(of bytes: [UInt8]) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // No time limit: under valgrind a page could pass in one run and time out in the other.
        // ARTICLEPARSER_TIME_LIMIT_MS sets one, to run the stop inside libxml2 under valgrind.
        var options = ArticleParser.Options()
        options.timeLimit = ProcessInfo.processInfo.environment["ARTICLEPARSER_TIME_LIMIT_MS"]
            .flatMap(Int.init).map { .milliseconds($0) }
        do {
            let article = try ArticleParser(options: options).parse(bytes: bytes)
            return [UInt8]((try? encoder.encode(article)) ?? Data("unencodable".utf8))
        } catch {
            return Array("error: \(error.code)".utf8)
        }
    }

    func run(threads: Int) -> Bool {
        let clock = ContinuousClock()
        var start = clock.now
        let serial = pages.map { Self.output(of: $0.bytes) }
        let serialTime = clock.now - start

        let results = Results(count: pages.count)
        let group = DispatchGroup()
        start = clock.now
        for _ in 0 ..< threads {
            group.enter()
            let pages = self.pages
            let thread = Thread {
                while let index = results.nextIndex() {
                    results.store(Self.output(of: pages[index].bytes), at: index)
                }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        let concurrentTime = clock.now - start

        let concurrent = results.values()
        let different = pages.indices.filter { serial[$0] != concurrent[$0] }
        let errors = serial.filter { $0.starts(with: Array("error: ".utf8)) }.count
        print("pages: \(pages.count) (\(errors) typed errors), serial: \(serialTime), \(threads) threads: \(concurrentTime)")
        print("identical JSON: \(pages.count - different.count), different: \(different.count)")
        for index in different.prefix(10) {
            print("different: \(pages[index].path)")
            print("  serial:     \(String(decoding: serial[index].prefix(160), as: UTF8.self))")
            print("  concurrent: \(String(decoding: concurrent[index].prefix(160), as: UTF8.self))")
        }
        return different.isEmpty
    }
}

/// The shared work list and results of the concurrent run, behind one lock.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var outputs: [[UInt8]]

    init(count: Int) {
        outputs = Array(repeating: [], count: count)
    }

    func nextIndex() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < outputs.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ output: [UInt8], at index: Int) {
        lock.lock()
        outputs[index] = output
        lock.unlock()
    }

    func values() -> [[UInt8]] {
        lock.lock()
        defer { lock.unlock() }
        return outputs
    }
}
#endif
