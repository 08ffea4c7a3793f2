#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A news article read from a saved page: its headline, body, metadata, sources and neighbours.
///
/// Every field is a plain value. Missing information is `nil` or empty, never an error: a page
/// without a "next article" link has `next == nil`, a page without a byline has `authors == []`.
public struct Article: Sendable, Hashable, Codable {
    /// The headline, without the site name that `<title>` often appends. `nil` when the page has none.
    public var title: String?
    /// The people who wrote the article, cleaned of "By", job titles and agencies. Empty when unknown.
    public var authors: [String]
    /// When the article was first published, as ISO 8601: `2026-11-27T09:30:00+01:00`, or
    /// `2026-11-27` when the page gives only a day. `nil` when the page does not say.
    public var datePublished: String?
    /// When the article was last changed, as ISO 8601; never earlier than `datePublished`.
    /// `nil` when the page does not say.
    public var dateModified: String?
    /// The publication's name ("The Riverton Courier"). `nil` when the page does not say.
    public var siteName: String?
    /// The article's language as a BCP 47 tag (`en`, `de-AT`). `nil` when it cannot be told.
    public var language: String?
    /// The publisher's one- or two-sentence description of the article. `nil` when there is none.
    public var description: String?
    /// The article's lead image, absolute. `nil` when the page names none.
    public var imageURL: URL?
    /// The address the publisher declares as the article's own, absolute. `nil` when undeclared.
    public var canonicalURL: URL?
    /// Keywords and topic tags the publisher attached, in page order, without duplicates.
    public var tags: [String]
    /// The section of the publication ("Politics", "Sport"). `nil` when the page does not say.
    public var section: String?
    /// The body of the article, in reading order, without navigation, ads, or comments.
    public var paragraphs: [Paragraph]
    /// Every source attribution split off the paragraphs, in reading order.
    public var attributions: [SourceAttribution]
    /// The link to the previous (older) article of the site's sequence. `nil` when the page shows none.
    public var previous: ArticleLink?
    /// The link to the next (newer) article of the site's sequence. `nil` when the page shows none.
    public var next: ArticleLink?
    /// Which encoding the page was decoded with, and which rule decided it.
    public var encoding: DetectedEncoding
    /// Where each metadata field's value came from.
    public var provenance: [MetadataField: MetadataSource]
    /// What went wrong while reading the page without stopping it: repaired bytes, a parser that
    /// gave up early. Empty for a clean page.
    public var warnings: [ParseWarning]

    /// The body as plain text: the paragraphs' text joined by blank lines.
    public var text: String {
        paragraphs.map(\.text).joined(separator: "\n\n")
    }

    /// Creates an article; every field defaults to `nil` or empty, the encoding to UTF-8 by validation.
    public init(
        title: String? = nil,
        authors: [String] = [],
        datePublished: String? = nil,
        dateModified: String? = nil,
        siteName: String? = nil,
        language: String? = nil,
        description: String? = nil,
        imageURL: URL? = nil,
        canonicalURL: URL? = nil,
        tags: [String] = [],
        section: String? = nil,
        paragraphs: [Paragraph] = [],
        attributions: [SourceAttribution] = [],
        previous: ArticleLink? = nil,
        next: ArticleLink? = nil,
        encoding: DetectedEncoding = DetectedEncoding(name: "UTF-8", rule: .utf8Validation),
        provenance: [MetadataField: MetadataSource] = [:],
        warnings: [ParseWarning] = []
    ) {
        self.title = title
        self.authors = authors
        self.datePublished = datePublished
        self.dateModified = dateModified
        self.siteName = siteName
        self.language = language
        self.description = description
        self.imageURL = imageURL
        self.canonicalURL = canonicalURL
        self.tags = tags
        self.section = section
        self.paragraphs = paragraphs
        self.attributions = attributions
        self.previous = previous
        self.next = next
        self.encoding = encoding
        self.provenance = provenance
        self.warnings = warnings
    }

    private enum CodingKeys: String, CodingKey {
        case title, authors, datePublished, dateModified, siteName, language, description
        case imageURL, canonicalURL, tags, section, text, paragraphs, attributions
        case previous, next, encoding, provenance, warnings
    }

    /// Encodes every field, `nil` ones as JSON `null`, plus the computed `text`, so consumers of
    /// the JSON see the same shape for every page.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(authors, forKey: .authors)
        try container.encode(datePublished, forKey: .datePublished)
        try container.encode(dateModified, forKey: .dateModified)
        try container.encode(siteName, forKey: .siteName)
        try container.encode(language, forKey: .language)
        try container.encode(description, forKey: .description)
        try container.encode(imageURL, forKey: .imageURL)
        try container.encode(canonicalURL, forKey: .canonicalURL)
        try container.encode(tags, forKey: .tags)
        try container.encode(section, forKey: .section)
        try container.encode(text, forKey: .text)
        try container.encode(paragraphs, forKey: .paragraphs)
        try container.encode(attributions, forKey: .attributions)
        try container.encode(previous, forKey: .previous)
        try container.encode(next, forKey: .next)
        try container.encode(encoding, forKey: .encoding)
        try container.encode(provenance, forKey: .provenance)
        try container.encode(warnings, forKey: .warnings)
    }

    /// Decodes the JSON that ``encode(to:)`` writes; absent fields become `nil` or empty and
    /// `text` is ignored, as it is computed from the paragraphs.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        authors = try container.decodeIfPresent([String].self, forKey: .authors) ?? []
        datePublished = try container.decodeIfPresent(String.self, forKey: .datePublished)
        dateModified = try container.decodeIfPresent(String.self, forKey: .dateModified)
        siteName = try container.decodeIfPresent(String.self, forKey: .siteName)
        language = try container.decodeIfPresent(String.self, forKey: .language)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        imageURL = try container.decodeIfPresent(URL.self, forKey: .imageURL)
        canonicalURL = try container.decodeIfPresent(URL.self, forKey: .canonicalURL)
        tags = try container.decodeIfPresent([String].self, forKey: .tags) ?? []
        section = try container.decodeIfPresent(String.self, forKey: .section)
        paragraphs = try container.decodeIfPresent([Paragraph].self, forKey: .paragraphs) ?? []
        attributions = try container.decodeIfPresent([SourceAttribution].self, forKey: .attributions) ?? []
        previous = try container.decodeIfPresent(ArticleLink.self, forKey: .previous)
        next = try container.decodeIfPresent(ArticleLink.self, forKey: .next)
        encoding = try container.decodeIfPresent(DetectedEncoding.self, forKey: .encoding)
            ?? DetectedEncoding(name: "UTF-8", rule: .utf8Validation)
        provenance = try container.decodeIfPresent([MetadataField: MetadataSource].self, forKey: .provenance) ?? [:]
        warnings = try container.decodeIfPresent([ParseWarning].self, forKey: .warnings) ?? []
    }
}
