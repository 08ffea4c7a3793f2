import Foundation

/// The metadata fields of an article and where each came from.
struct Metadata {
    var title: String?
    var authors: [String] = []
    var datePublished: String?
    var dateModified: String?
    var siteName: String?
    var language: String?
    var description: String?
    var imageURL: URL?
    var canonicalURL: URL?
    var tags: [String] = []
    var section: String?
    var provenance: [MetadataField: MetadataSource] = [:]
}

/// Reads the page's metadata from its head tags and visible headline.
struct MetadataExtractor {
    var links: LinkResolver

    func extract(from tree: HTMLTree) -> Metadata {
        let tags = MetaTags(tree: tree)
        var metadata = Metadata()

        func set<Value>(_ field: MetadataField, _ keyPath: WritableKeyPath<Metadata, Value?>,
                        _ candidates: [(Value?, MetadataSource)]) {
            for (value, source) in candidates {
                if let value {
                    metadata[keyPath: keyPath] = value
                    metadata.provenance[field] = source
                    return
                }
            }
        }

        set(.title, \.title, [
            (TitleExtractor(tree: tree).headline(openGraphTitle: tags["og:title"], documentTitle: tags.documentTitle), .visibleText),
        ])
        if let title = metadata.title {
            metadata.provenance[.title] = tags["og:title"]?.collapsingWhitespace == title ? .openGraph : .visibleText
        }
        set(.siteName, \.siteName, [(tags["og:site_name"], .openGraph), (tags["application-name"], .meta)])
        set(.description, \.description, [
            (tags["description"], .meta), (tags["og:description"], .openGraph), (tags["twitter:description"], .openGraph),
        ])
        set(.language, \.language, [(tags.documentLanguage, .meta), (tags["og:locale"].map { $0.replacingOccurrences(of: "_", with: "-") }, .openGraph)])
        set(.datePublished, \.datePublished, [
            (tags["article:published_time"], .openGraph), (tags["date"], .meta), (tags["dc.date"], .meta),
        ])
        set(.dateModified, \.dateModified, [(tags["article:modified_time"], .openGraph)])
        set(.imageURL, \.imageURL, [(links.resolve(tags["og:image"]), .openGraph), (links.resolve(tags["twitter:image"]), .openGraph)])
        set(.canonicalURL, \.canonicalURL, [(links.resolve(tags.canonicalHref), .meta), (links.resolve(tags["og:url"]), .openGraph)])
        if let author = tags["author"] {
            metadata.authors = [author]
            metadata.provenance[.authors] = .meta
        }
        return metadata
    }
}

/// The head's `<meta>` tags by name or property (lower-cased), plus `<title>`, `<html lang>` and
/// `rel=canonical`. The first tag of a name wins.
struct MetaTags {
    private var values: [String: String] = [:]
    var documentTitle: String?
    var documentLanguage: String?
    var canonicalHref: String?

    init(tree: HTMLTree) {
        for index in tree.indices where tree[index].isElement {
            switch tree[index].name {
            case "meta":
                let key = (tree.attribute("property", of: index) ?? tree.attribute("name", of: index)
                           ?? tree.attribute("itemprop", of: index))?.lowercased()
                if let key, let content = tree.attribute("content", of: index)?.collapsingWhitespace,
                   !content.isEmpty, values[key] == nil {
                    values[key] = content
                }
            case "title":
                if documentTitle == nil {
                    let text = tree.textContent(of: index).collapsingWhitespace
                    if !text.isEmpty { documentTitle = text }
                }
            case "html":
                if documentLanguage == nil, let lang = tree.attribute("lang", of: index) ?? tree.attribute("xml:lang", of: index) {
                    let trimmed = lang.trimmingCharacters(in: .whitespaces)
                    if !trimmed.isEmpty { documentLanguage = trimmed }
                }
            case "link":
                if canonicalHref == nil, tree.attribute("rel", of: index)?.lowercased() == "canonical" {
                    canonicalHref = tree.attribute("href", of: index)
                }
            default:
                continue
            }
        }
    }

    subscript(key: String) -> String? { values[key] }
}
