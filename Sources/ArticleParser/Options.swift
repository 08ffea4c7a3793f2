#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension ArticleParser {
    /// How much boilerplate risk to accept in exchange for completeness.
    public enum Focus: String, Sendable, Hashable, Codable, CaseIterable {
        /// The default: the best overall agreement with what a reader calls the article.
        case balanced
        /// Leave out anything doubtful; the body may miss an edge paragraph.
        case precision
        /// Keep anything that may be article text; the body may carry an edge of page furniture.
        case recall
    }

    /// Settings for ``ArticleParser``; every property has a sensible default.
    public struct Options: Sendable, Equatable {
        /// The trade-off between missing text and including boilerplate. Default `.balanced`.
        public var focus: Focus = .balanced
        /// Used to resolve relative links when the page has no `<base>` and `parse` gets no URL.
        public var baseURL: URL? = nil
        /// The charset to decode the bytes with, as an HTTP `Content-Type` header names it
        /// ("utf-8", "iso-8859-1", "shift_jis"). `nil` lets the page's bytes and declarations decide.
        public var charset: String? = nil
        /// Inputs larger than this many bytes are refused with ``ArticleParseError/inputTooLarge(limit:)``.
        /// Default 256 MiB; libxml2 cannot take more than 2 GiB in any case.
        public var maximumInputBytes: Int = 256 << 20
        /// How long reading one page (decoding, parsing and building the tree) may take before
        /// it is given up with ``ArticleParseError/timeLimitExceeded(limit:)``; `nil` means no limit.
        /// Honoured even on pathological markup. Default 30 seconds.
        public var timeLimit: Duration? = .seconds(30)

        /// Options with every setting at its default.
        public init() {}

        /// Options with the given focus and everything else at its default.
        public init(focus: Focus) {
            self.focus = focus
        }
    }
}
