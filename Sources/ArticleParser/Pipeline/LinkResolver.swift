import Foundation

/// Turns the hrefs a page writes into absolute, safe URLs: resolved against `<base href>`, then
/// the page's own address, then its canonical URL; `javascript:`, `vbscript:` and `data:` are
/// never returned.
struct LinkResolver {
    let base: URL?

    init(tree: HTMLTree, pageURL: URL?) {
        var base = pageURL
        var canonical: URL?
        if let head = tree.firstElement(.head) {
            for index in tree.descendants(of: head) where tree.isElement(index) {
                let name = tree[index].name
                if name == "base", base == nil || Self.isRelative(tree.attribute("href", of: index)),
                   let href = tree.attribute("href", of: index) {
                    base = Self.absolute(href, against: pageURL) ?? base
                } else if name == "link", canonical == nil,
                          tree.attribute("rel", of: index)?.lowercased() == "canonical",
                          let href = tree.attribute("href", of: index) {
                    canonical = Self.absolute(href, against: pageURL)
                }
            }
        }
        self.base = base ?? canonical
    }

    /// The absolute form of `href`, or nil when it is empty, unsafe or cannot be resolved.
    func resolve(_ href: String?) -> URL? {
        guard let href else { return nil }
        return Self.absolute(href, against: base)
    }

    private static func isRelative(_ href: String?) -> Bool {
        guard let href else { return false }
        return !href.contains(":")
    }

    static func absolute(_ rawHref: String, against base: URL?) -> URL? {
        let href = rawHref.trimmingWhitespaceAndNewlines
            .filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        guard !href.isEmpty, !href.hasPrefix("#") else { return nil }
        let scheme = href.prefix(while: { $0 != ":" && $0 != "/" }).lowercased()
        if href.contains(":"), ["javascript", "vbscript", "data", "about", "blob"].contains(scheme) { return nil }
        // Most hrefs need no encoding: Foundation's character-set walk is the slow part of resolving.
        let encoded = href.utf8.allSatisfy({ $0 < 0x80 && Self.allowedASCII[Int($0)] })
            ? href : href.addingPercentEncoding(withAllowedCharacters: Self.allowed) ?? href
        if let absolute = URL(string: encoded), absolute.scheme != nil {
            return ["http", "https", "ftp", "mailto"].contains(absolute.scheme?.lowercased() ?? "") ? absolute : nil
        }
        guard let base, let resolved = URL(string: encoded, relativeTo: base)?.absoluteURL else { return nil }
        return resolved
    }

    /// Characters kept as they are when a page writes an unencoded href: URL syntax plus `%`.
    private static let allowed: CharacterSet = {
        var set = CharacterSet.urlQueryAllowed
        set.insert(charactersIn: "#%")
        return set
    }()

    /// ``allowed`` for ASCII bytes.
    private static let allowedASCII: [Bool] = (0 ..< 128).map { allowed.contains(Unicode.Scalar(UInt8($0))) }
}
