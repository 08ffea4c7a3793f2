#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A link to a neighbouring article of the same site, as shown by the page's "Previous
/// Article" / "Next Article" navigation.
public struct ArticleLink: Sendable, Hashable, Codable {
    /// The neighbour's headline as the page shows it, without labels, arrows or dates.
    /// `nil` when the page shows only a label such as "Next post".
    public var title: String?
    /// The neighbour's absolute address.
    public var url: URL

    /// Creates a link; pass `nil` for `title` when the page shows only a label.
    public init(title: String?, url: URL) {
        self.title = title
        self.url = url
    }
}
