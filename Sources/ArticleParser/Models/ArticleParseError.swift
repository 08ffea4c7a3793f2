/// Why a page yielded no article at all. Anything less severe becomes a ``ParseWarning``.
public enum ArticleParseError: Error, Equatable, Sendable {
    /// The input was empty or only whitespace.
    case emptyInput
    /// The input is larger than ``ArticleParser/Options/maximumInputBytes``.
    case inputTooLarge(limit: Int)
    /// The input is not a web page: an image, an archive, or other binary data.
    case notHTML
    /// Reading the page took longer than ``ArticleParser/Options/timeLimit``, which is `limit`.
    case timeLimitExceeded(limit: Duration)
    /// No HTML tree could be built from the input.
    case unreadableMarkup
    /// A tree was built, but nothing in it looks like a story: no headline and no body text.
    case noArticleBody

    /// A short, stable name for the error, as the CLI prints it: "emptyInput", "notHTML", ...
    public var code: String {
        switch self {
        case .emptyInput: "emptyInput"
        case .inputTooLarge: "inputTooLarge"
        case .notHTML: "notHTML"
        case .timeLimitExceeded: "timeLimitExceeded"
        case .unreadableMarkup: "unreadableMarkup"
        case .noArticleBody: "noArticleBody"
        }
    }

    /// A sentence for people.
    public var message: String {
        switch self {
        case .emptyInput: "The input is empty."
        case .inputTooLarge(let limit): "The input is larger than the limit of \(limit) bytes."
        case .notHTML: "The input is binary data, not a web page."
        case .timeLimitExceeded(let limit): "Reading the page took longer than the limit of \(limit)."
        case .unreadableMarkup: "No HTML could be read from the input."
        case .noArticleBody: "The page has no article: neither a headline nor body text was found."
        }
    }
}
