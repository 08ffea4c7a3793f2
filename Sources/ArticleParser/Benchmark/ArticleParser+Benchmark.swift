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
    }

    /// Thread CPU time spent in each stage, in nanoseconds, summed over every call that was
    /// given this value.
    @_spi(Benchmark)
    public struct StageTimes: Sendable {
        public var nanoseconds: [Stage: UInt64] = [:]
        /// Nanoseconds of libxml2's tree build and free alone, for the pages passed to
        /// ``ArticleParser/measureTreeBuild(ofDecoded:into:)``: the libxml2 share of `parseAndCopy`.
        public var libxml2Nanoseconds: UInt64 = 0

        public init() {}

        mutating func add(_ stage: Stage, since start: UInt64) -> UInt64 {
            let now = threadCPUNanoseconds()
            nanoseconds[stage, default: 0] += now &- start
            return now
        }
    }

    /// Parses like ``parse(bytes:url:)`` but one stage at a time, adding each stage's thread
    /// CPU time to `times`. The stage order mirrors `ArticlePipeline.run`; the benchmark checks
    /// that both give the same `Article` for every page.
    @_spi(Benchmark)
    public func parseMeasuringStages(bytes: [UInt8], url: URL? = nil, times: inout StageTimes)
        throws(ArticleParseError) -> Article
    {
        var clock = threadCPUNanoseconds()
        // Decoding: the same checks, in the same order, as `HTMLDocument.parse`.
        guard !bytes.isEmpty else { throw .emptyInput }
        guard bytes.count <= options.maximumInputBytes, bytes.count < Int(Int32.max) else {
            throw .inputTooLarge(limit: options.maximumInputBytes)
        }
        if BinarySniffer.looksBinary(bytes) { throw .notHTML }
        let decoded = TextDecoder.decode(bytes, charsetOverride: options.charset)
        var warnings = decoded.warnings
        if decoded.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C }) {
            throw .emptyInput
        }
        clock = times.add(.decoding, since: clock)

        let tree = HTMLDocument.buildTree(utf8: decoded.utf8, warnings: &warnings)
        guard !tree.isEmpty else { throw .unreadableMarkup }
        let document = HTMLDocument(tree: tree, encoding: decoded.encoding, warnings: warnings)
        clock = times.add(.parseAndCopy, since: clock)

        let analysis = PageAnalysis(tree: document.tree)
        clock = times.add(.analysis, since: clock)

        let links = LinkResolver(tree: document.tree, pageURL: url ?? options.baseURL)
        let metadata = MetadataExtractor(links: links).extract(from: document.tree)
        clock = times.add(.metadata, since: clock)

        let locator = ContentLocator(options: options)
        var paragraphs: [Paragraph] = []
        if let located = locator.locate(in: analysis) {
            paragraphs = ParagraphExtractor(options: options).extract(from: located, in: analysis)
        }
        if paragraphs.isEmpty {
            paragraphs = ParagraphExtractor(options: ArticleParser.Options(focus: .recall))
                .extract(from: locator.wholePage(of: analysis), in: analysis)
        }
        paragraphs = HeadlineRemover(title: metadata.title).removingHeadline(from: paragraphs)
        clock = times.add(.content, since: clock)
        guard !paragraphs.isEmpty || metadata.title != nil else { throw .noArticleBody }

        let sourced = AttributionExtractor().extract(from: paragraphs)
        clock = times.add(.attributions, since: clock)

        let neighbours = AdjacentLinkExtractor(links: links).extract(from: analysis)
        let article = Article(
            title: metadata.title,
            authors: metadata.authors,
            datePublished: metadata.datePublished,
            dateModified: metadata.dateModified,
            siteName: metadata.siteName,
            language: metadata.language,
            description: metadata.description,
            imageURL: metadata.imageURL,
            canonicalURL: metadata.canonicalURL,
            tags: metadata.tags,
            section: metadata.section,
            paragraphs: sourced.paragraphs,
            attributions: sourced.attributions,
            previous: neighbours.previous,
            next: neighbours.next,
            encoding: document.encoding,
            provenance: metadata.provenance,
            warnings: document.warnings
        )
        _ = times.add(.links, since: clock)
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
