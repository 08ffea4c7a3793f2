import Foundation

/// Finds the page's links to the previous and next article of the site's sequence.
struct AdjacentLinkExtractor {
    var links: LinkResolver

    struct Result {
        var previous: ArticleLink?
        var next: ArticleLink?
    }

    func extract(from analysis: PageAnalysis) -> Result {
        let tree = analysis.tree
        var result = Result()
        for index in tree.indices where tree[index].isElement && tree[index].name == "a" && !analysis.isRemoved[index] {
            let text = tree.textContent(of: index).collapsingWhitespace
            let lowered = text.lowercased()
            // Resolving a URL costs far more than reading a label: only labelled links get one.
            if result.previous == nil, let label = NavigationLabels.previous.first(where: { lowered.hasPrefix($0) }) {
                guard let url = links.resolve(tree.attribute("href", of: index)) else { continue }
                result.previous = ArticleLink(title: Self.title(text, removing: label), url: url)
            } else if result.next == nil, let label = NavigationLabels.next.first(where: { lowered.hasPrefix($0) }) {
                guard let url = links.resolve(tree.attribute("href", of: index)) else { continue }
                result.next = ArticleLink(title: Self.title(text, removing: label), url: url)
            }
        }
        return result
    }

    private static func title(_ text: String, removing label: String) -> String? {
        let rest = text.dropFirst(label.count).trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        return rest.isEmpty ? nil : rest
    }
}

/// The labels pages put on article navigation, lower-cased.
enum NavigationLabels {
    static let previous = ["previous article", "previous post", "previous story", "older post", "vorheriger beitrag", "vorheriger artikel"]
    static let next = ["next article", "next post", "next story", "newer post", "nächster beitrag", "nächster artikel"]
}
