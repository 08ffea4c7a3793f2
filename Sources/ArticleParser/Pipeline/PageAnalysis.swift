/// Facts about every node of a page that the content stages share, computed once in a few
/// linear passes (top-down in document order, bottom-up in reverse), never per candidate.
struct PageAnalysis {
    let tree: HTMLTree
    /// Never readable text: scripts, styles, form controls, hidden elements, and all inside them.
    private(set) var isRemoved: [Bool]
    /// The element itself is named as page furniture by tag, class, id or role (navigation,
    /// comments, sharing...), or is a list of teaser cards. Descendants are not marked: a stage
    /// that walks a subtree skips a marked element's whole subtree, and a marked wrapper around
    /// the whole story (themes call everything a "widget") can still be chosen as the story itself.
    private(set) var isBoilerplate: [Bool]
    /// The element or one of its ancestors is named as page furniture.
    private(set) var isInsideFurniture: [Bool]
    /// Inside an `<a href>`.
    private(set) var isInLink: [Bool]
    /// The nearest block element of every node (itself for a block element); -1 above `<html>`.
    private(set) var blockOf: [Int32]
    /// Visible text characters (whitespace not counted) in the subtree.
    private(set) var textLength: [Int32]
    /// Visible text characters inside links in the subtree.
    private(set) var linkTextLength: [Int32]
    /// The element is marked as the story's body: `itemprop=articleBody`, `<article>`, or a
    /// class or id such as "entry-content" or "article-body".
    private(set) var namesStory: [Bool]
    /// The element's class or id names a caption ("wp-caption-text", "pb-caption").
    private(set) var namesCaption: [Bool]
    /// The element's class or id names a standfirst ("article-subheadline", "epigraph").
    private(set) var namesStandfirst: [Bool]
    /// Whether the element's class or id, or an ancestor's, names a recipe's ingredients.
    private(set) var isInIngredients: [Bool]
    /// Visible text characters of the whole page, over every top-level node (a comment or a
    /// second root can stand beside `<html>`).
    private(set) var pageTextLength: Int32 = 0
    /// Whether the subtree holds a block element other than table cells.
    private(set) var hasInnerBlock: [Bool]
    /// Whether the subtree holds an element that marks the article (`<article>`, `<main>`,
    /// `itemprop=articleBody`) big enough to be a story (see ``isStoryMarker(_:)``).
    private(set) var holdsArticleMarker: [Bool]
    /// Whether the subtree holds a heading that is all link: a teaser card's title.
    private var holdsLinkedHeading: [Bool]
    /// Whether an ancestor is marked as the story's body (see ``namesStory``).
    private var isInsideStory: [Bool]

    init(tree: HTMLTree) {
        self.tree = tree
        let count = tree.nodes.count
        isRemoved = Array(repeating: false, count: count)
        isBoilerplate = Array(repeating: false, count: count)
        isInsideFurniture = Array(repeating: false, count: count)
        namesStory = Array(repeating: false, count: count)
        namesCaption = Array(repeating: false, count: count)
        namesStandfirst = Array(repeating: false, count: count)
        isInIngredients = Array(repeating: false, count: count)
        isInLink = Array(repeating: false, count: count)
        blockOf = Array(repeating: -1, count: count)
        textLength = Array(repeating: 0, count: count)
        linkTextLength = Array(repeating: 0, count: count)
        hasInnerBlock = Array(repeating: false, count: count)
        holdsArticleMarker = Array(repeating: false, count: count)
        holdsLinkedHeading = Array(repeating: false, count: count)
        isInsideStory = Array(repeating: false, count: count)
        markRemovedAndLinks()
        sumBottomUp()
        markBoilerplate()
    }

    // MARK: - Passes

    private mutating func markRemovedAndLinks() {
        for index in tree.indices {
            // Fields, not `let node = tree[index]`: a copy of a node retains its strings.
            let parent = Int(tree[index].parent)
            if parent >= 0 {
                isRemoved[index] = isRemoved[parent]
                isInLink[index] = isInLink[parent]
                blockOf[index] = blockOf[parent]
            }
            let kinds = tree[index].tagKinds
            if kinds.contains(.block) { blockOf[index] = Int32(index) }
            guard tree.isElement(index), !isRemoved[index] else { continue }
            if kinds.contains(.neverContent) || isHidden(index) {
                isRemoved[index] = true
            } else if tree[index].tag == .a, let href = tree.attribute(.href, of: index), !Self.isScriptLink(href) {
                isInLink[index] = true
            }
        }
    }

    private mutating func sumBottomUp() {
        for index in tree.indices.reversed() {
            if tree.isText(index) {
                if !isRemoved[index] {
                    let length = Self.visibleLength(tree[index].text)
                    textLength[index] = length
                    if isInLink[index] { linkTextLength[index] = length }
                }
            } else if isStoryMarker(index) {
                holdsArticleMarker[index] = true
            }
            let parent = Int(tree[index].parent)
            guard parent >= 0 else {
                pageTextLength += textLength[index]
                continue
            }
            textLength[parent] += textLength[index]
            linkTextLength[parent] += linkTextLength[index]
            if holdsArticleMarker[index] { holdsArticleMarker[parent] = true }
            if tree.isElement(index), tree[index].tagKinds.contains(.heading), textLength[index] > 0,
               linkTextLength[index] == textLength[index] {
                holdsLinkedHeading[index] = true
            }
            if holdsLinkedHeading[index] { holdsLinkedHeading[parent] = true }
            if hasInnerBlock[index] || (tree[index].tagKinds.contains(.block)
                                         && tree[index].tag != .td && tree[index].tag != .th) {
                hasInnerBlock[parent] = true
            }
        }
    }

    private mutating func markBoilerplate() {
        // Pages repeat the same class strings on hundreds of elements: judge each string once.
        var verdicts = ClassValueVerdicts<Selectors.Verdict>(tree: tree)
        for index in tree.indices {
            let parent = Int(tree[index].parent)
            if parent >= 0 {
                isInsideFurniture[index] = isInsideFurniture[parent]
                isInIngredients[index] = isInIngredients[parent]
                isInsideStory[index] = isInsideStory[parent] || namesStory[parent]
            }
            guard tree.isElement(index), !isRemoved[index] else { continue }
            var names = Selectors.Verdict()
            var isArticleBody = false
            for attribute in tree.attributes(of: index) {
                switch attribute.key {
                case .class, .id:
                    let verdict = verdicts.verdict(on: attribute) { Selectors.verdict(onWords: furnitureWords(of: $0)) }
                    // An id made from a heading names no furniture, whatever words the heading had.
                    let byRole = verdict.namesBoilerplate && !(attribute.key == .id && verdict.isSlug)
                        && !(verdict.namesOnlyHidden && holdsMostOfPage(index))
                        && !(verdict.namesOnlyDateline && opensParagraph(index))
                        && !(verdict.namesOnlyReadMore && holdsFoldedProse(index))
                    names.namesBoilerplate = names.namesBoilerplate || byRole
                    names.namesStoryBody = names.namesStoryBody || verdict.namesStoryBody
                    names.namesCaption = names.namesCaption || verdict.namesCaption
                    names.namesStandfirst = names.namesStandfirst || verdict.namesStandfirst
                    names.namesIngredients = names.namesIngredients || verdict.namesIngredients
                case .itemprop:
                    if attribute.value.lowercased() == "articlebody" { isArticleBody = true }
                default:
                    continue
                }
            }
            isBoilerplate[index] = namesBoilerplate(index, byName: names.namesBoilerplate)
            if isBoilerplate[index] {
                isInsideFurniture[index] = true
            } else {
                namesStory[index] = tree[index].tag == .article || isArticleBody || names.namesStoryBody
                namesCaption[index] = names.namesCaption
                namesStandfirst[index] = names.namesStandfirst
                if names.namesIngredients { isInIngredients[index] = true }
            }
        }
    }

    // MARK: - Rules

    /// Whether the element holds at least half the page's text: then it is the page, whatever
    /// its class says.
    private func holdsMostOfPage(_ index: Int) -> Bool {
        textLength[index] > 0 && Int(textLength[index]) * 2 >= Int(pageTextLength)
    }

    /// Whether the element is inline inside a `<p>`: a dateline set so is the first words of the
    /// paragraph, not a line of its own above the story.
    private func opensParagraph(_ index: Int) -> Bool {
        let parent = Int(tree[index].parent)
        return parent >= 0 && tree[parent].tag == .p && !tree[index].tagKinds.contains(.block)
    }

    /// The words of a class or id that the furniture test reads: a class's BEM modifiers are
    /// states of the block, not names of furniture ("report__section--ads").
    private func furnitureWords(of attribute: HTMLTree.Attribute) -> [String] {
        guard attribute.key == .class, let cut = ClassWords.withoutModifiers(attribute.value) else {
            return tree.classWords(of: attribute)
        }
        return ClassWords.split(cut)
    }

    /// Whether the element is one block of prose: no block inside it, most of its text not
    /// linked, as long as a paragraph. A "read more" box of teasers holds blocks, a "read more"
    /// link is all link, and a toggle's label is a few words.
    private func holdsFoldedProse(_ index: Int) -> Bool {
        guard textLength[index] >= Thresholds.paragraphLength,
              Double(linkTextLength[index]) <= Thresholds.maximumLinkDensity * Double(textLength[index])
        else { return false }
        // Asked of the few elements so named: their subtree is walked once. An empty block
        // (a toggle's placeholder) is no box of teasers.
        return !hasInnerBlock[index] || !(index + 1 ..< Int(tree[index].end)).contains { inner in
            tree[inner].tagKinds.contains(.block) && textLength[inner] > 0
        }
    }

    /// Hidden by the `hidden` attribute, `aria-hidden="true"` or an inline `display:none` /
    /// `visibility:hidden` style: a reader never sees it.
    private func isHidden(_ index: Int) -> Bool {
        // By position: a copy of each attribute would retain its strings, on every element.
        let start = Int(tree[index].attributeStart)
        for position in start ..< start + Int(tree[index].attributeCount) {
            switch tree.attributes[position].key {
            case .hidden:
                return true
            case .ariaHidden:
                if tree.attributes[position].value.lowercased() == "true" { return true }
            case .style:
                if Self.styleHides(tree.attributes[position].value) { return true }
            default:
                continue
            }
        }
        return false
    }

    /// Whether an inline style says `display:none` or `visibility:hidden`, in any case and with
    /// any spaces. An ASCII style is read on its bytes; any other goes by characters.
    static func styleHides(_ style: String) -> Bool {
        var ascii = true
        let hides = ByteSearch.withBytes(of: style) { bytes -> Bool in
            var packed: [UInt8] = []
            packed.reserveCapacity(bytes.count)
            for byte in bytes where byte != 0x20 {
                if byte >= 0x80 { ascii = false; return false }
                packed.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
            return packed.withUnsafeBufferPointer { folded in
                hiddenStyles.contains { needle in
                    needle.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: folded) != nil }
                }
            }
        }
        guard !ascii else { return hides }
        let folded = style.lowercased().filter { $0 != " " }
        return folded.contains("display:none") || folded.contains("visibility:hidden")
    }

    private static let hiddenStyles = ["display:none", "visibility:hidden"].map { Array($0.utf8) }

    /// Furniture by tag (`nav`, `aside`, `footer` outside the article, a `<form>` short of a
    /// page), ARIA role, class/id words or a list of teaser cards. Never the element that holds
    /// the article itself.
    private func namesBoilerplate(_ index: Int, byName: Bool) -> Bool {
        let tag = tree[index].tag
        if tag == .body || tag == .html || holdsArticleMarker[index] { return false }
        if tag == .article || tag == .main { return false }
        if tree[index].tagKinds.contains(.pageChrome) || byName { return true }
        // A list of other stories' cards; in the story's own body such a list is the story's:
        // products or places, each titled by its link.
        if holdsLinkedHeading[index], !isInsideStory[index], isTeaserList(index) { return true }
        // Rating, contact, comment and sign-up forms sit inside stories; a form with as much text
        // as a page is the wrapper some frameworks put around everything.
        if tag == .form, textLength[index] < Thresholds.pageFormMinimum { return true }
        if let role = tree.attribute(.role, of: index)?.lowercased(), Self.furnitureRoles.contains(role) {
            return true
        }
        return false
    }

    /// Whether the element is a list whose items are teaser cards: three or more items, most of
    /// them titled by a heading that is all link (a stream of other stories, "more stories").
    private func isTeaserList(_ index: Int) -> Bool {
        guard tree[index].tag == .ul || tree[index].tag == .ol else { return false }
        var items = 0
        var cards = 0
        for child in tree.children(of: index) where tree[child].tag == .li {
            items += 1
            if holdsLinkedHeading[child] { cards += 1 }
        }
        return cards >= 3 && cards * 2 > items
    }

    /// Whether the element marks an article that can be the story: `<article>`, `<main>` or
    /// `itemprop=articleBody`, holding at least ``Thresholds/storyMarkerMinimum`` characters, its
    /// own class not naming furniture. Sidebars list teaser cards as `<article>`s and log-in
    /// dialogs put each panel in a "modal" one; neither makes the box around them the story's.
    /// Read bottom-up, once the element's text is summed.
    private func isStoryMarker(_ index: Int) -> Bool {
        let tag = tree[index].tag
        guard tag == .article || tag == .main || tree.attribute(.itemprop, of: index)?.lowercased() == "articlebody",
              textLength[index] >= Thresholds.storyMarkerMinimum
        else { return false }
        return !tree.attributes(of: index).contains { attribute in
            guard attribute.key == .class || attribute.key == .id else { return false }
            let verdict = Selectors.verdict(onWords: furnitureWords(of: attribute))
            return verdict.namesBoilerplate && !(attribute.key == .id && verdict.isSlug)
        }
    }

    /// A `javascript:` link leads nowhere: it is a button drawn as a link, and the text in it
    /// reads as the page's own (some pages wrap whole paragraphs in one).
    static func isScriptLink(_ href: String) -> Bool {
        // On bytes: every link of the page is asked. Only ASCII lower-cases to these letters,
        // so the bytes decide, unless a mark that could join the colon follows it.
        ByteSearch.withBytes(of: href) { bytes in
            var start = 0
            while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0A { start += 1 }
            guard bytes.count - start >= scriptScheme.count else { return false }
            for (offset, expected) in scriptScheme.enumerated() {
                let byte = bytes[start + offset]
                guard byte == expected || (expected != UInt8(ascii: ":") && byte | 0x20 == expected) else { return false }
            }
            let end = start + scriptScheme.count
            return end == bytes.count || bytes[end] < 0x80 || isScriptLinkByCharacters(href)
        }
    }

    private static let scriptScheme = Array("javascript:".utf8)

    /// ``isScriptLink(_:)`` on characters: the definition the bytes follow.
    static func isScriptLinkByCharacters(_ href: String) -> Bool {
        let trimmed = href.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        return trimmed.prefix(11).lowercased() == "javascript:"
    }

    /// ARIA roles of page furniture.
    private static let furnitureRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar", "button",
    ]

    /// Characters that are not whitespace, counted on UTF-8 bytes that start a character.
    static func visibleLength(_ text: String) -> Int32 {
        ByteSearch.withBytes(of: text) { bytes in
            var count: Int32 = 0
            for byte in bytes where byte > 0x20 && (byte & 0xC0) != 0x80 { count += 1 }
            return count
        }
    }
}
