/// The character encoding a page was decoded with, and the rule that chose it.
public struct DetectedEncoding: Sendable, Hashable, Codable {
    /// How the encoding was decided, in the order the rules are tried.
    public enum Rule: String, Sendable, Hashable, Codable {
        /// The caller said so, usually from an HTTP `Content-Type` header.
        case override
        /// A byte order mark at the start of the bytes.
        case byteOrderMark
        /// A `<meta charset>` or `<meta http-equiv="Content-Type">` near the start of the page.
        case metaDeclaration
        /// An `<?xml ... encoding="..."?>` declaration.
        case xmlDeclaration
        /// The bytes are valid UTF-8 (also when a declaration claimed otherwise).
        case utf8Validation
        /// UTF-16 recognised by its pattern of zero bytes, without a byte order mark.
        case utf16Pattern
        /// Nothing else applied: windows-1252, as browsers assume.
        case fallback
    }

    /// The encoding's name: "UTF-8", "windows-1252", "GB18030", ...
    public var name: String
    /// The rule that chose it.
    public var rule: Rule

    /// Records an encoding and the rule that chose it.
    public init(name: String, rule: Rule) {
        self.name = name
        self.rule = rule
    }
}
