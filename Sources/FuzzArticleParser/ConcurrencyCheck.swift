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
        start = clock.now
        let pages = self.pages
        // Joined, not just waited for: a thread frees libxml2's per-thread state as it exits, and
        // a process that ends before its threads have exited leaves that state behind, which
        // memcheck reports as lost.
        let workers = (0 ..< threads).map { _ in
            WorkerThread {
                while let index = results.nextIndex() {
                    results.store(Self.output(of: pages[index].bytes), at: index)
                }
            }
        }
        workers.forEach { $0.join() }
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

/// A POSIX thread with an 8 MiB stack (deep pages recurse in the JSON encoder) that can be
/// joined. Foundation's `Thread` cannot be.
private final class WorkerThread: @unchecked Sendable {
    private var thread = pthread_t()
    private let body: @Sendable () -> Void

    init(_ body: @escaping @Sendable () -> Void) {
        self.body = body
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, 8 << 20)
        let context = Unmanaged.passRetained(self).toOpaque()
        let created = pthread_create(&thread, &attributes, { context in
            let worker = Unmanaged<WorkerThread>.fromOpaque(context!).takeRetainedValue()
            worker.body()
            return nil
        }, context)
        pthread_attr_destroy(&attributes)
        precondition(created == 0, "pthread_create failed: \(created)")
    }

    func join() {
        pthread_join(thread, nil)
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
