/// What a link's markup says about it: its `rel`, the direction its own classes (or a nearby
/// ancestor's) name, whether it sits in a post-navigation block, and whether it sits somewhere
/// article navigation never is (a slider, comments, list pagination, a hidden helper).
struct NavigationContext {
    var relDirection: NavigationDirection?
    var classDirection: NavigationDirection?
    /// The direction class names an article link on their own ("nav-previous", "avia-post-prev").
    var isArticleLinkClass = false
    var isInNavigationBlock = false
    /// Inside a slider, carousel, gallery or calendar: never article navigation.
    var isRejected = false
    /// Inside comments, list pagination or a recommendation module: article navigation only
    /// when a label names the article ("Vorheriger Beitrag" in a theme's `pagination` block).
    var isDoubtful = false

    /// Reads the link's markup; `marks` gives an element's class and id marks (the extractor
    /// caches them, as neighbouring links share their ancestors).
    init(link: Int, in tree: HTMLTree, marks: (Int) -> NavigationMarks) {
        relDirection = Self.direction(ofRel: tree.attribute(.rel, of: link))
        var current = link
        for _ in 0 ..< NavigationVocabulary.classSearchDepth {
            let words = marks(current)
            if words.contains(.carousel) {
                isRejected = true
                break
            }
            let direction = Self.direction(of: words)
            if classDirection == nil, let direction {
                classDirection = direction
                isArticleLinkClass = words.contains(.articleLink)
            }
            // "Read next" / "Up next" modules name the next story, not the site's sequence.
            if words.contains(.nextWord), words.contains(.readOrUp) {
                isDoubtful = true
            }
            if Self.namesNavigationBlock(words) {
                isInNavigationBlock = true
                break
            }
            if direction == nil, words.contains(.rejected) {
                isDoubtful = true
            }
            let parent = Int(tree[current].parent)
            guard parent >= 0, tree[parent].tag != .body else { break }
            current = parent
        }
    }

    /// Whether the link is hidden from readers by markup that pages use for script helpers:
    /// `hidden`, `display:none`, a `hidden` class, or a template/script/noscript ancestor.
    /// Responsive classes (`hidden lg:block`, `d-none d-md-block`) are not hidden: they show
    /// on some screens.
    /// `aria-hidden` is not enough: themes put visible arrows and labels in it.
    static func isHidden(_ link: Int, in tree: HTMLTree) -> Bool {
        var current = link
        while current >= 0 {
            if Self.hidingTags.contains(tree[current].tag) { return true }
            if tree.hasAttribute(.hidden, on: current) { return true }
            if let style = tree.attribute(.style, of: current)?.lowercased().filter({ $0 != " " }),
               style.contains("display:none") || style.contains("visibility:hidden") {
                return true
            }
            if let classes = tree.attribute(.class, of: current)?.lowercased()
                .split(separator: " "), classes.contains(where: { $0 == "hidden" || $0 == "hide" }),
               !classes.contains(where: { $0.contains(":") || $0.hasPrefix("d-") || $0.hasPrefix("visible") }) {
                return true
            }
            current = Int(tree[current].parent)
        }
        return false
    }

    /// The elements whose content is never shown: script, template, noscript, head, style.
    private static let hidingTags: Set<TagName> = [.script, .template, .noscript, .head, .style]

    static func classWords(of index: Int, in tree: HTMLTree) -> Set<String> {
        var words: Set<String> = []
        for attribute in tree.attributes(of: index) where attribute.name == "class" || attribute.name == "id" {
            words.formUnion(tree.classWords(of: attribute))
        }
        return words
    }

    static func namesNavigationBlock(_ words: NavigationMarks) -> Bool {
        if words.contains(.blockName) { return true }
        if words.isSuperset(of: [.previous, .next]) { return true }
        return words.isSuperset(of: [.blockSubject, .blockNavigation]) && !words.contains(.commentsOrPages)
    }

    private static func direction(of words: NavigationMarks) -> NavigationDirection? {
        let previous = words.contains(.previous)
        let next = words.contains(.next)
        if previous == next { return nil }
        return previous ? .previous : .next
    }

    static func direction(ofRel rel: String?) -> NavigationDirection? {
        guard let rel else { return nil }
        // Most links have a `rel` ("noopener", "nofollow"): ASCII values are read on bytes.
        guard let direction = ByteSearch.withBytes(of: rel, asciiDirection(ofRel:)) else {
            return directionByCharacters(ofRel: rel)
        }
        return direction
    }

    /// ``direction(ofRel:)`` for an ASCII value, split at the same white space; nil (not
    /// `.some(nil)`) when the value is not ASCII.
    private static func asciiDirection(ofRel bytes: UnsafeBufferPointer<UInt8>) -> NavigationDirection?? {
        var isPrevious = false
        var isNext = false
        var tokenStart = 0
        for end in 0 ... bytes.count {
            if end < bytes.count {
                if bytes[end] >= 0x80 { return nil }
                if !asciiWhitespace[Int(bytes[end])] { continue }
            }
            let token = bytes[tokenStart ..< end]
            isPrevious = isPrevious || equalsIgnoringCase(token, "prev") || equalsIgnoringCase(token, "previous")
            isNext = isNext || equalsIgnoringCase(token, "next")
            tokenStart = end + 1
        }
        return .some(isPrevious ? .previous : isNext ? .next : nil)
    }

    private static let asciiWhitespace: [Bool] = (0 ..< 128).map { Character(Unicode.Scalar(UInt8($0))).isWhitespace }

    private static func equalsIgnoringCase(_ token: Slice<UnsafeBufferPointer<UInt8>>, _ word: String) -> Bool {
        token.elementsEqual(word.utf8) { ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }
    }

    /// ``direction(ofRel:)`` on characters: the definition the bytes follow.
    static func directionByCharacters(ofRel rel: String) -> NavigationDirection? {
        let tokens = rel.lowercased().split(whereSeparator: \.isWhitespace)
        if tokens.contains("prev") || tokens.contains("previous") { return .previous }
        if tokens.contains("next") { return .next }
        return nil
    }
}
