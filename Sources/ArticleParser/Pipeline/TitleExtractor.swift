import Foundation

/// Finds the headline: the visible `<h1>` when it agrees with the page's declared titles,
/// otherwise the declared title without the site name that `<title>` appends.
struct TitleExtractor {
    let tree: HTMLTree

    func headline(openGraphTitle: String?, documentTitle: String?) -> String? {
        let declared = [openGraphTitle, documentTitle].compactMap { $0?.collapsingWhitespace }.filter { !$0.isEmpty }
        let headings = tree.elements(named: ["h1"]).map { tree.textContent(of: $0).collapsingWhitespace }.filter { !$0.isEmpty }
        // A visible h1 that a declared title contains is the headline without any suffix.
        for heading in headings {
            let key = heading.lowercased()
            if declared.contains(where: { $0.lowercased().contains(key) }) { return heading }
        }
        if let title = declared.first { return Self.removingSiteSuffix(title) }
        return headings.first
    }

    /// "Council approves bridge | The Courier" → "Council approves bridge". Splits at the last
    /// separator and keeps the longer side when the shorter one looks like a name.
    static func removingSiteSuffix(_ title: String) -> String {
        for separator in [" | ", " – ", " — ", " - ", " :: ", " · ", " » "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound])
            let tail = String(title[range.upperBound...])
            if tail.count < head.count, tail.split(separator: " ").count <= 5 { return head }
        }
        return title
    }
}
