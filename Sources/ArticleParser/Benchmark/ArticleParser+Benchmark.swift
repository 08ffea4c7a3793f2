#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Entry points for `article-bench` only: the extraction run stage by stage with a clock around
/// each, and libxml2's tree build alone. Not part of the supported API; import them with
/// `@_spi(Benchmark) import ArticleParser`.
extension ArticleParser {
    /// The stages the benchmark times, in pipeline order.
    @_spi(Benchmark)
    public enum Stage: String, CaseIterable, Sendable {
        /// Input checks, charset detection and decoding to clean UTF-8 (`TextDecoder`).
        case decoding
        /// libxml2's tree build, the copy into `HTMLTree`, and freeing the libxml2 tree.
        case parseAndCopy
        /// `PageAnalysis`: removed, hidden, furniture, link and text-length facts per node.
        case analysis
        /// `LinkResolver` (the base URL) and `MetadataExtractor` with `TitleExtractor`.
        case metadata
        /// `ContentLocator`, `ParagraphExtractor` (with its fallback) and `HeadlineRemover`.
        case content
        /// `AttributionExtractor`.
        case attributions
        /// `AdjacentLinkExtractor` and assembling the `Article`.
        case links
        /// Freeing the tree and every stage's working values once the `Article` is built.
        case teardown
    }

    /// Thread CPU time spent in each stage, in nanoseconds, summed over every call that was
    /// given this value.
    @_spi(Benchmark)
    public struct StageTimes: Sendable {
        /// CPU nanoseconds per stage; a stage that never ran has no entry.
        public var nanoseconds: [Stage: UInt64] = [:]
        /// Nanoseconds of libxml2's tree build and free alone, for the pages passed to
        /// ``ArticleParser/measureTreeBuild(ofDecoded:into:)``: the libxml2 share of `parseAndCopy`.
        public var libxml2Nanoseconds: UInt64 = 0

        /// Empty times, to pass to the first call.
        public init() {}

        mutating func add(_ stage: Stage, since start: UInt64) -> UInt64 {
            let now = threadCPUNanoseconds()
            nanoseconds[stage, default: 0] += now &- start
            return now
        }
    }

    /// Parses exactly like ``parse(bytes:url:)``, adding each stage's thread CPU time to `times`.
    @_spi(Benchmark)
    public func parseMeasuringStages(bytes: [UInt8], url: URL? = nil, times: inout StageTimes)
        throws(ArticleParseError) -> Article
    {
        let clock = StageClock(times: times)
        defer { times = clock.times }
        // The closure's end frees the tree, so the clock after it reads the teardown.
        let article = try { () throws(ArticleParseError) -> Article in
            let document = try HTMLDocument.parse(
                bytes: bytes,
                charsetOverride: options.charset,
                maximumInputBytes: options.maximumInputBytes,
                timeLimit: options.timeLimit,
                stages: clock
            )
            return try ArticlePipeline(options: options, pageURL: url ?? options.baseURL).run(on: document, stages: clock)
        }()
        clock.finished(.teardown)
        return article
    }

    /// Decodes the page as ``parse(bytes:url:)`` would, then times libxml2 building and freeing
    /// its tree from that UTF-8 (no copy), adding the time to `times.libxml2Nanoseconds`.
    @_spi(Benchmark)
    public func measureTreeBuild(ofDecoded bytes: [UInt8], into times: inout StageTimes) {
        guard !bytes.isEmpty else { return }
        let decoded = TextDecoder.decode(bytes, charsetOverride: options.charset)
        let start = threadCPUNanoseconds()
        _ = TreeBuildProbe.buildAndFree(decodedUTF8: decoded.utf8)
        times.libxml2Nanoseconds += threadCPUNanoseconds() &- start
    }

    /// The parse-only baseline: libxml2 builds its tree from the raw bytes (choosing the
    /// encoding itself) and frees it, nothing else. Returns the number of elements.
    @_spi(Benchmark)
    public static func buildTreeOnly(bytes: [UInt8]) -> Int {
        TreeBuildProbe.buildAndFree(rawBytes: bytes)
    }

    /// The number of nodes (elements and text) in the copied tree, for checking that a
    /// repeated page really grew.
    @_spi(Benchmark)
    public static func copiedNodeCount(bytes: [UInt8]) -> Int {
        (try? HTMLDocument.parse(bytes: bytes, charsetOverride: nil, maximumInputBytes: Int.max))?.tree.nodes.count ?? 0
    }
}

/// CPU time of the calling thread: unlike wall time, it does not count the time other
/// processes on a shared machine take from us.
func threadCPUNanoseconds() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
}
