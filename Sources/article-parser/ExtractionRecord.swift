import ArticleParser

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
    /// The summary's sentences, when `--summary N` asked for one.
    var summary: [String]? = nil
    /// The page's address for WARC records (`WARC-Target-URI`) and `--records-from` lines.
    var url: String? = nil
    /// The WARC record's `WARC-Record-ID`.
    var warcRecordID: String? = nil

    var source: String { input.source }
}
