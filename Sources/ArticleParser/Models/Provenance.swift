/// A metadata field of ``Article`` whose value has a recorded source.
public enum MetadataField: String, Sendable, Hashable, Codable, CodingKeyRepresentable, CaseIterable {
    /// The ``Article`` property of the same name; the JSON key in ``Article/provenance``.
    case title, authors, datePublished, dateModified, siteName, language, description
    case imageURL, canonicalURL, tags, section
}

/// Where in the page a metadata value was found.
public enum MetadataSource: String, Sendable, Hashable, Codable {
    /// A `<script type="application/ld+json">` block.
    case jsonLD
    /// OpenGraph (`og:*`, `article:*`) or Twitter card tags.
    case openGraph
    /// Other `<meta>` and `<link>` tags of the head, `<title>` and `<html lang>` included.
    case meta
    /// Microdata `itemprop` attributes in the body.
    case microdata
    /// Text a reader sees: the headline, a byline, a date line.
    case visibleText
    /// The page's address, such as a date in its path.
    case url
}
