/// What an element's class and id words say to the navigation stage, as bits: each bit is "some
/// word of the element is in this vocabulary set". The words of a class string are split and
/// looked up once per distinct string, and each element's bits once per page, so walking a
/// link's ancestors costs a few array reads instead of set intersections.
struct NavigationMarks: OptionSet, Hashable {
    let rawValue: UInt16

    static let previous = NavigationMarks(rawValue: 1 << 0)
    static let next = NavigationMarks(rawValue: 1 << 1)
    static let articleLink = NavigationMarks(rawValue: 1 << 2)
    static let blockSubject = NavigationMarks(rawValue: 1 << 3)
    static let blockNavigation = NavigationMarks(rawValue: 1 << 4)
    static let blockName = NavigationMarks(rawValue: 1 << 5)
    static let carousel = NavigationMarks(rawValue: 1 << 6)
    static let rejected = NavigationMarks(rawValue: 1 << 7)
    /// The word "next" itself (`nextClassWords` also holds "newer").
    static let nextWord = NavigationMarks(rawValue: 1 << 8)
    /// "read", "up" or "readnext": with `nextWord`, a "Read next" / "Up next" module.
    static let readOrUp = NavigationMarks(rawValue: 1 << 9)
    /// "comment", "comments", "page" or "numbers": a subject+navigation class that is about
    /// comments or list pages, not posts.
    static let commentsOrPages = NavigationMarks(rawValue: 1 << 10)

    /// The marks of a set of words (an element's class and id words together).
    init<Words: Sequence<String>>(words: Words) {
        self = []
        for word in words { formUnion(Self.marks(ofWord: word)) }
    }

    init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Every vocabulary word with all the marks it carries: one look-up per word.
    private static let byWord: [String: NavigationMarks] = {
        var table: [String: NavigationMarks] = [:]
        func add(_ words: some Sequence<String>, _ mark: NavigationMarks) {
            for word in words { table[word, default: []].insert(mark) }
        }
        add(NavigationVocabulary.previousClassWords, .previous)
        add(NavigationVocabulary.nextClassWords, .next)
        add(NavigationVocabulary.articleLinkClassWords, .articleLink)
        add(NavigationVocabulary.blockSubjectWords, .blockSubject)
        add(NavigationVocabulary.blockNavigationWords, .blockNavigation)
        add(NavigationVocabulary.blockNames, .blockName)
        add(NavigationVocabulary.carouselClassWords, .carousel)
        add(NavigationVocabulary.rejectedClassWords, .rejected)
        add(["next"], .nextWord)
        add(["read", "up", "readnext"], .readOrUp)
        add(["comment", "comments", "page", "numbers"], .commentsOrPages)
        return table
    }()

    static func marks(ofWord word: String) -> NavigationMarks {
        vocabulary.value(of: word) ?? []
    }

    /// ``marks(ofWord:)`` by hashing: the definition the byte comparisons follow.
    static func dictionaryMarks(ofWord word: String) -> NavigationMarks {
        byWord[word] ?? []
    }

    private static let vocabulary = WordTable(byWord)
}

/// Each element's ``NavigationMarks``, computed on first use and kept for the page.
struct NavigationMarksCache {
    private let tree: HTMLTree
    /// Bit 16 set: computed. Indexed by node.
    private var known: [UInt32]
    private var byValue: ClassValueVerdicts<NavigationMarks>

    init(tree: HTMLTree) {
        self.tree = tree
        known = Array(repeating: 0, count: tree.nodes.count)
        byValue = ClassValueVerdicts(tree: tree)
    }

    mutating func marks(of element: Int) -> NavigationMarks {
        let stored = known[element]
        if stored & 0x1_0000 != 0 { return NavigationMarks(rawValue: UInt16(truncatingIfNeeded: stored)) }
        var marks: NavigationMarks = []
        // By position: iterating the attributes would copy each one, and its two strings.
        let start = Int(tree[element].attributeStart)
        for position in start ..< start + Int(tree[element].attributeCount)
        where tree.attributes[position].key == .class || tree.attributes[position].key == .id {
            marks.formUnion(byValue.verdict(on: tree.attributes[position]) { [tree] in
                NavigationMarks(words: tree.classWords(of: $0))
            })
        }
        known[element] = 0x1_0000 | UInt32(marks.rawValue)
        return marks
    }
}
