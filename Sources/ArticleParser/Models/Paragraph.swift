/// One block of the article's body: a paragraph, heading, list item, quote, code block, table
/// row or caption, with its text flattened to plain text.
public struct Paragraph: Sendable, Hashable, Codable {
    /// What kind of block the text came from.
    public enum Kind: Sendable, Hashable {
        /// Running text.
        case paragraph
        /// A subheading inside the article, with its level (2 for `<h2>`, 1 to 6).
        case heading(level: Int)
        /// An item of a bulleted or numbered list.
        case listItem
        /// A block quotation.
        case quote
        /// Preformatted text or code, with its line breaks and indentation kept.
        case preformatted
        /// One row of a table, its cells separated by tabs.
        case tableRow
        /// The caption of a figure, image or table.
        case caption

        /// The kind's name in JSON: "paragraph", "heading", "listItem", "quote", "preformatted",
        /// "tableRow" or "caption".
        public var name: String {
            switch self {
            case .paragraph: "paragraph"
            case .heading: "heading"
            case .listItem: "listItem"
            case .quote: "quote"
            case .preformatted: "preformatted"
            case .tableRow: "tableRow"
            case .caption: "caption"
            }
        }
    }

    /// The block's text: inline markup flattened, whitespace collapsed, `<br>` kept as a line
    /// break, and any source attribution split off.
    public var text: String
    /// What kind of block it is.
    public var kind: Kind
    /// The source attribution split off this paragraph, or `nil` when it named none.
    public var attribution: SourceAttribution?

    /// Creates a block of the given kind, by default running text without an attribution.
    public init(text: String, kind: Kind = .paragraph, attribution: SourceAttribution? = nil) {
        self.text = text
        self.kind = kind
        self.attribution = attribution
    }

    private enum CodingKeys: String, CodingKey {
        case text, kind, level, attribution
    }

    /// Encodes `kind` as its ``Kind/name``, a heading's level as `level`, and `attribution` as
    /// `null` when there is none.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(kind.name, forKey: .kind)
        if case .heading(let level) = kind {
            try container.encode(level, forKey: .level)
        }
        try container.encode(attribution, forKey: .attribution)
    }

    /// Decodes the JSON that ``encode(to:)`` writes; an unknown or absent `kind` reads as
    /// ``Kind/paragraph``, a heading without `level` as level 2.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        attribution = try container.decodeIfPresent(SourceAttribution.self, forKey: .attribution)
        let name = try container.decodeIfPresent(String.self, forKey: .kind) ?? "paragraph"
        switch name {
        case "heading": kind = .heading(level: try container.decodeIfPresent(Int.self, forKey: .level) ?? 2)
        case "listItem": kind = .listItem
        case "quote": kind = .quote
        case "preformatted": kind = .preformatted
        case "tableRow": kind = .tableRow
        case "caption": kind = .caption
        default: kind = .paragraph
        }
    }
}
