#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads saved news pages into ``Article`` values.
///
/// The parser holds only its ``Options``, so one value can be shared by any number of tasks
/// and `parse` may run concurrently.
///
/// ```swift
/// let article = try ArticleParser().parse(bytes: savedPage, url: pageURL)
/// print(article.title ?? "untitled", article.paragraphs.count)
/// ```
public struct ArticleParser: Sendable {
    /// The settings this parser was made with.
    public var options: Options

    /// Creates a parser with the given settings, or the defaults.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Reads an article from the raw bytes of a saved page, decoding them as the page (or
    /// ``Options/charset``) says.
    ///
    /// - Parameters:
    ///   - bytes: The page as saved, in any encoding.
    ///   - url: The page's address, used to resolve relative links; overrides ``Options/baseURL``.
    /// - Throws: ``ArticleParseError`` when there is no article at all.
    public func parse(bytes: some Collection<UInt8>, url: URL? = nil) throws(ArticleParseError) -> Article {
        let document = try HTMLDocument.parse(
            bytes: bytes,
            charsetOverride: options.charset,
            maximumInputBytes: options.maximumInputBytes,
            timeLimit: options.timeLimit
        )
        return try ArticlePipeline(options: options, pageURL: url ?? options.baseURL).run(on: document)
    }

    /// Reads an article from a saved page's bytes.
    public func parse(data: Data, url: URL? = nil) throws(ArticleParseError) -> Article {
        try parse(bytes: [UInt8](data), url: url)
    }

    /// Reads an article from markup that is already text; it is parsed as UTF-8 and any charset
    /// the markup declares is ignored.
    public func parse(html: String, url: URL? = nil) throws(ArticleParseError) -> Article {
        var parser = self
        parser.options.charset = "UTF-8"
        return try parser.parse(bytes: Array(html.utf8), url: url)
    }
}
