import Foundation

/// Tells whether a link's target is a page of a list or of the same article rather than a
/// neighbouring article: `?page=2`, `/page/2/`, `/seite-2`, `comment-page-2`, the story's own
/// `/2/`, or the page itself.
enum PaginationTarget {
    static func isPagination(_ target: URL, page: URL?) -> Bool {
        if let query = URLComponents(url: target, resolvingAgainstBaseURL: false)?.queryItems {
            for item in query where NavigationVocabulary.paginationQueryKeys.contains(item.name.lowercased()) {
                return true
            }
        }
        let segments = target.path.lowercased().split(separator: "/")
        for (position, segment) in segments.enumerated() {
            for word in NavigationVocabulary.paginationPathWords where segment.hasPrefix(word) {
                let rest = segment.dropFirst(word.count).drop(while: { $0 == "-" || $0 == "_" })
                let nextIsNumber = position + 1 < segments.count && segments[position + 1].allSatisfy(\.isNumber)
                if (!rest.isEmpty && rest.allSatisfy(\.isNumber)) || (rest.isEmpty && nextIsNumber) { return true }
            }
        }
        guard let page else { return false }
        let own = comparablePath(page)
        let other = comparablePath(target)
        if target.host?.lowercased() == page.host?.lowercased(), other == own, target.query == page.query {
            return true
        }
        // The same story's next page: its path with a page number appended ("/2", "-2", "_2").
        if target.host?.lowercased() == page.host?.lowercased() {
            let stem = strippingPageNumber(other)
            if stem != other, stem == strippingPageNumber(own) { return true }
        }
        return false
    }

    private static func comparablePath(_ url: URL) -> String {
        var path = url.path.lowercased()
        while path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// The path without a page number at its end: "/news/item/2", and "/news/item_2" with a
    /// web page's file extension, give "/news/item". A path ending in one of
    /// ``pageExtensions`` is read without that ending.
    /// File extensions of web pages, which a page number may stand before.
    private static let pageExtensions = ["html", "htm", "php"]

    private static func strippingPageNumber(_ path: String) -> String {
        var stem = Substring(path)
        for pageExtension in pageExtensions where stem.hasSuffix("." + pageExtension) {
            stem = stem.dropLast(pageExtension.count + 1)
        }
        let digits = stem.reversed().prefix(while: \.isNumber).count
        guard digits > 0, digits <= 2 else { return path }
        stem = stem.dropLast(digits)
        guard let separator = stem.last, "/-_".contains(separator) else { return path }
        return String(stem.dropLast())
    }
}
