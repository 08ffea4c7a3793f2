/// Something the parser had to repair or give up on while still returning an article.
public struct ParseWarning: Sendable, Hashable, Codable {
    /// What kind of problem it was.
    public enum Code: String, Sendable, Hashable, Codable {
        /// The page declared a charset its bytes contradict; the bytes won.
        case declaredCharsetIgnored
        /// Bytes that were invalid in the page's encoding were replaced or reinterpreted.
        case invalidBytesRepaired
        /// NUL characters were replaced so they could not end the document.
        case nulBytesReplaced
        /// The HTML parser stopped before the end of the input: text may be missing.
        case parserStoppedEarly
        /// A start tag had more attributes than the parser accepts; the extra ones were dropped.
        case attributesDropped
        /// Elements nested deeper than the parser accepts were flattened; their text is kept.
        case nestingFlattened
    }

    /// What kind of problem it was; stable across releases, so callers may switch over it.
    public var code: Code
    /// A sentence for people, with the details.
    public var message: String

    /// Creates a warning with its code and a sentence for people.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }
}
