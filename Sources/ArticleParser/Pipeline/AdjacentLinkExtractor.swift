import Foundation

/// Finds the page's links to the previous and next article of the site's sequence.
///
/// Every visible `<a href>` of the page is a candidate, furniture included: post navigation
/// lives in blocks the content stages rightly call boilerplate. A candidate's direction comes
/// from the page's own label first (in the link, or just before it: "Previous article",
/// "Older Post", "前の記事"), then `rel=prev/next`, then class names ("nav-previous",
/// "blog-pager-older-link"); when `rel` and class agree against the label, they win (the label
/// is then a translation slip). A candidate is taken when a label names the article, or when a
/// bare word, `rel` or class is backed by post-navigation markup; pagination, comment pages,
/// sliders, recommendations and hidden helpers are never taken. Head `<link rel>`s are ignored.
struct AdjacentLinkExtractor {
    var links: LinkResolver

    struct Result {
        var previous: ArticleLink?
        var next: ArticleLink?
    }

    private struct Candidate {
        var direction: NavigationDirection
        var score: Int
        var link: ArticleLink
    }

    func extract(from analysis: PageAnalysis) -> Result {
        let tree = analysis.tree
        var previous: [Candidate] = []
        var next: [Candidate] = []
        var lastLinkEnd = 0
        var marks = NavigationMarksCache(tree: tree)
        var prefilter = LabelPrefilter()
        var targetCache: [String: URL?] = [:]
        // A usable neighbour address for an href, once per distinct href: absolute, http(s),
        // and not a page of a list or of this story.
        func target(_ href: String) -> URL? {
            if let known = targetCache[href] { return known }
            var url = links.resolve(href)
            if let found = url, !["http", "https"].contains(found.scheme?.lowercased() ?? "")
                || PaginationTarget.isPagination(found, page: links.base) {
                url = nil
            }
            targetCache[href] = url
            return url
        }
        for index in tree.indices where tree[index].tag == .a {
            defer { lastLinkEnd = max(lastLinkEnd, Int(tree[index].end)) }
            if previous.count + next.count >= NavigationVocabulary.maximumCandidates { break }
            guard let href = tree.attribute(.href, of: index), !href.isEmpty else { continue }
            let context = NavigationContext(link: index, in: tree) { marks.marks(of: $0) }
            // Without markup or a label a link has no direction: most links end here, on bytes.
            if context.relDirection == nil, context.classDirection == nil,
               !prefilter.mayHaveLabel(index, after: lastLinkEnd, in: tree) {
                continue
            }
            guard let candidate = candidate(at: index, href: href, context: context, textAfter: lastLinkEnd,
                                            in: tree, target: target)
            else { continue }
            if candidate.direction == .previous { previous.append(candidate) } else { next.append(candidate) }
        }
        return Result(previous: Self.best(of: previous), next: Self.best(of: next))
    }

    /// The highest-scoring candidate, the first on a tie, with a title borrowed from another
    /// candidate to the same URL when its own link shows none (a thumbnail beside a title link).
    private static func best(of candidates: [Candidate]) -> ArticleLink? {
        guard var winner = candidates.max(by: { $0.score < $1.score }) else { return nil }
        if let first = candidates.first(where: { $0.score == winner.score }) { winner = first }
        if winner.link.title == nil {
            winner.link.title = candidates.first { $0.link.url == winner.link.url && $0.link.title != nil }?.link.title
        }
        return winner.link
    }

    private func candidate(at link: Int, href: String, context: NavigationContext, textAfter previousLinkEnd: Int,
                           in tree: HTMLTree, target: (String) -> URL?) -> Candidate? {
        if context.isRejected { return nil }
        let text = Self.spacedText(of: link, in: tree)
        let titleAttribute = tree.attribute("title", of: link)?.collapsingWhitespace
        let outside = Self.labelBefore(link, after: previousLinkEnd, in: tree)
        // Text before the link is a label only when nothing but a label is there: "read my
        // previous article <a>here</a>" in running text is a pointer, not navigation.
        let outsideMatch = outside.isEmpty ? nil : NavigationLabel.match(in: outside)
        let outsideLabel = outsideMatch != nil && NavigationLabel.title(from: outside) == nil ? outsideMatch : nil
        let label = [NavigationLabel.match(in: text), outsideLabel,
                     titleAttribute.flatMap(NavigationLabel.match(in:))]
            .compactMap { $0 }.max { $0.strength < $1.strength }

        let markup = context.relDirection ?? context.classDirection
        var direction = label?.direction ?? markup
        if let relDirection = context.relDirection, relDirection == context.classDirection,
           label?.direction != relDirection {
            direction = relDirection
        }
        guard let direction else { return nil }

        let isArticleLabel = label?.strength == .article
        // In a block named for pagination or comments, only a label naming the article, or a
        // `rel` link that shows a headline, is article navigation.
        if context.isDoubtful, !isArticleLabel {
            let shown = NavigationLabel.title(from: text) ?? titleAttribute.flatMap(NavigationLabel.title(from:))
            guard context.relDirection != nil, let shown, shown.split(separator: " ").count >= 2 else { return nil }
        }
        let isBacked = context.isInNavigationBlock || context.isArticleLinkClass
        let isTaken = isArticleLabel
            || (isBacked && (label != nil || markup != nil))
            || (context.relDirection != nil && (label != nil || context.classDirection != nil))
            || (context.relDirection != nil && text.count > 1)
        guard isTaken, let url = target(href),
              !text.allSatisfy({ $0.isNumber || $0.isWhitespace }) || text.isEmpty,
              !NavigationLabel.isRejected(text), !NavigationLabel.isRejected(outside),
              titleAttribute.map(NavigationLabel.isRejected) != true,
              !Self.isInBodyText(link, in: tree), !NavigationContext.isHidden(link, in: tree)
        else { return nil }

        var score = isArticleLabel ? 4 : 0
        if context.isInNavigationBlock { score += 2 }
        if context.relDirection != nil { score += 1 }
        if context.classDirection != nil { score += 1 }
        if label != nil { score += 1 }
        // The title: the link's text without its label pieces; when those pieces held it (a
        // screen-reader span), the whole text without labels; when the link shows only a label,
        // its title attribute, else none.
        let shown = NavigationLabel.title(from: text).flatMap { _ in
            Self.title(of: link, in: tree) ?? NavigationLabel.title(from: text)
        }
        let title = shown ?? titleAttribute.flatMap(NavigationLabel.title(from:))
        return Candidate(direction: direction, score: score, link: ArticleLink(title: title, url: url))
    }

    /// How many characters of the text before a link are read as its label.
    static let labelBeforeLength = 40

    /// The text just before the link inside its wrapper, after any earlier link: the label a
    /// page prints outside the `<a>` ("前の記事：", `<span>Previous article</span>`).
    private static func labelBefore(_ link: Int, after previousLinkEnd: Int, in tree: HTMLTree) -> String {
        var label = ""
        forEachStretchBefore(link, after: previousLinkEnd, in: tree) { stretch in
            var text = ""
            for index in stretch where tree.isText(index) { text += tree[index].text }
            let folded = text.collapsingWhitespace
            guard !folded.isEmpty else { return false }
            label = String(folded.suffix(labelBeforeLength))
            return true
        }
        return label
    }

    /// The stretches of the tree where a label before the link can stand, nearest first: after
    /// any earlier link, inside the link's parent, then inside its grandparent. `body` returns
    /// true when the stretch holds the label, and no wider one is read.
    static func forEachStretchBefore(_ link: Int, after previousLinkEnd: Int, in tree: HTMLTree,
                                     _ body: (Range<Int>) -> Bool) {
        var container = link
        for _ in 0 ..< 2 {
            let parent = Int(tree[container].parent)
            guard parent >= 0 else { return }
            container = parent
            let start = max(container + 1, previousLinkEnd)
            guard start < link else { return }
            if body(start ..< link) { return }
        }
    }

    /// The link's text with a space between text nodes: themes put "Next" and "article" in
    /// adjacent spans and space them with CSS.
    private static func spacedText(of link: Int, in tree: HTMLTree) -> String {
        var text = ""
        for index in tree.descendants(of: link) where tree.isText(index) {
            text += " " + tree[index].text
        }
        return text.collapsingWhitespace
    }

    /// A link inside a paragraph of running text ("see our <a>previous article</a> on the
    /// ferry") points to related coverage; it is not navigation.
    private static func isInBodyText(_ link: Int, in tree: HTMLTree) -> Bool {
        guard let paragraph = tree.closest(from: link, where: { $0.name == "p" }) else { return false }
        // Running text is text outside links: a line of two long linked titles is not prose.
        var plainLength = 0
        var linkEnd = paragraph
        for index in tree.descendants(of: paragraph) {
            if tree[index].tag == .a { linkEnd = max(linkEnd, Int(tree[index].end)) }
            if tree.isText(index), index >= linkEnd { plainLength += tree[index].text.count }
        }
        return plainLength > NavigationVocabulary.runningTextLength
    }


    /// The link's visible text without the pieces themes mark as labels, arrows, dates or
    /// screen-reader text, then without any label words left; nil when only a label remains.
    static func title(of link: Int, in tree: HTMLTree) -> String? {
        var text = ""
        var skippedEnd = link
        for index in tree.descendants(of: link) {
            if index < skippedEnd { continue }
            let node = tree[index]
            if node.isElement {
                if Self.isLabelPiece(index, in: tree) { skippedEnd = Int(node.end) }
                else if node.tagKinds.contains(.block) || node.tag == .br { text += " " }
            } else if Self.isLabelOnly(node.text) {
                text += " "  // a text node that is only a label ("Zurück") or a date is left out
            } else {
                text += node.text
            }
        }
        return NavigationLabel.title(from: text)
    }

    /// Elements that hold a date, a script, an icon or small print, never the title.
    private static let labelPieceTags: Set<TagName> = [.time, .script, .style, .noscript, .svg, .small]

    private static func isLabelOnly(_ text: String) -> Bool {
        guard let piece = NavigationLabel.title(from: text) else { return NavigationLabel.match(in: text) != nil }
        return DateAffix.isDate(piece)
    }

    private static func isLabelPiece(_ index: Int, in tree: HTMLTree) -> Bool {
        if labelPieceTags.contains(tree[index].tag) { return true }
        return !NavigationContext.classWords(of: index, in: tree).isDisjoint(with: NavigationVocabulary.labelClassWords)
    }
}
