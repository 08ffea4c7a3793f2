/// Finds the element that holds the story: the subtree whose prose outweighs the furniture
/// it would drag in by the most.
///
/// Every text node belongs to its nearest block element. A block is prose when it is long
/// enough, ends sentences and is mostly not links; its characters count for any container that
/// holds it. Everything else (link lists, labels, furniture) counts against. One bottom-up
/// pass sums both for every element, and the best balance wins. This needs no list of candidate
/// containers and no repeated subtree walks.
struct ContentLocator {
    var options: ArticleParser.Options

    struct Located {
        /// The element that holds the story.
        var root: Int
        /// The story's element and any nearby sibling containers that also hold its prose (a
        /// lead paragraph in the header, an ingredient list beside the method), in document order.
        var roots: [Int]
        /// For every element that directly holds text: whether its text reads as prose.
        var isProse: [Bool]
        /// The best containers and their scores, best first, for diagnostics.
        var candidates: [(index: Int, score: Double)] = []
    }

    func locate(in analysis: PageAnalysis) -> Located? {
        let tree = analysis.tree
        let count = tree.nodes.count
        let blockOf = analysis.blockOf
        var ownText = [Int32](repeating: 0, count: count)
        var ownLinkText = [Int32](repeating: 0, count: count)
        var endsSentence = [Bool](repeating: false, count: count)
        var isCJK = [Bool](repeating: false, count: count)
        // Whether the block's text ends in an ellipsis: a sentence trailing off, or an excerpt cut short.
        var endsInEllipsis = [Bool](repeating: false, count: count)

        for index in tree.indices {
            // Fields, not `let node = tree[index]`: a copy of a node retains its strings.
            guard tree.isText(index), !analysis.isRemoved[index], blockOf[index] >= 0 else { continue }
            let block = Int(blockOf[index])
            ownText[block] += analysis.textLength[index]
            ownLinkText[block] += analysis.linkTextLength[index]
            if !endsSentence[block], Self.hasSentencePunctuation(tree[index].text) { endsSentence[block] = true }
            if !isCJK[block], Self.startsWithCJK(tree[index].text) { isCJK[block] = true }
            if analysis.textLength[index] > 0 { endsInEllipsis[block] = Self.endsWithEllipsis(tree[index].text) }
        }

        var isProse = [Bool](repeating: false, count: count)
        var score = [Double](repeating: 0, count: count)
        // The prose alone, without the costs: what a lead's container holds besides its links.
        var prose = [Double](repeating: 0, count: count)
        var holdsIngredients = [Bool](repeating: false, count: count)
        let cost = furnitureCost
        for index in tree.indices.reversed() {
            if tree.isElement(index), ownText[index] > 0 {
                let length = ownText[index]
                // Chinese, Japanese and Korean say in one character what Latin scripts say in
                // about three: a line of 30 characters is a sentence, not a label.
                let weighed = isCJK[index] ? length * Thresholds.cjkCharacterWeight : length
                let linkShare = Double(ownLinkText[index]) / Double(length)
                // Headings title prose; they are not prose themselves, unless one is as long as a
                // paragraph and ends a sentence: a standfirst set in heading markup.
                // A standfirst reads as prose at any length, set as a heading or not.
                let isStandfirst = analysis.namesStandfirst[index] && weighed >= Thresholds.minimumSentenceLength
                let isTitle = tree[index].tagKinds.contains(.heading) && !isStandfirst
                    && (length < Thresholds.proseHeadingLength || !endsSentence[index])
                let readsAsProse = !isTitle
                    && !analysis.isRemoved[index]
                    && (!analysis.isBoilerplate[index] || Self.isStoryChild(index, analysis))
                    && linkShare <= Thresholds.maximumLinkDensity
                    // A list item cut short is a teaser's excerpt ("Tonight the council voted to...").
                    && !(endsInEllipsis[index] && tree[index].tag == .li)
                    && (weighed >= Thresholds.paragraphLength
                        || (weighed >= Thresholds.minimumSentenceLength && (endsSentence[index] || endsInEllipsis[index]))
                        || isStandfirst)
                isProse[index] = readsAsProse
                if readsAsProse {
                    score[index] += Double(length - ownLinkText[index])
                    prose[index] += Double(length - ownLinkText[index])
                } else if !isTitle {
                    let links = Double(ownLinkText[index])
                    score[index] -= cost * (links + Thresholds.plainFurnitureShare * (Double(length) - links))
                }
            }
            let parent = Int(tree[index].parent)
            guard parent >= 0 else { continue }
            // Furniture brings its text to its container only as a cost, however well it reads:
            // a comment thread is prose, but not the story's.
            score[parent] += analysis.isBoilerplate[index] ? -cost * Double(analysis.textLength[index]) : score[index]
            if !analysis.isBoilerplate[index] { prose[parent] += prose[index] }
            // A recipe's ingredient box, or an element around one.
            if analysis.isInIngredients[index] { holdsIngredients[index] = true }
            if holdsIngredients[index], !analysis.isBoilerplate[index] { holdsIngredients[parent] = true }
        }

        var ranking = CandidateRanking(limit: 5)
        for index in tree.indices where tree.isElement(index) {
            // A container named as furniture must be clearly better to be the story; one named
            // as the story's body gets a head start, which matters for short stories only.
            let weight = analysis.isInsideFurniture[index] ? Thresholds.furnitureContainerWeight : 1
            let bonus = analysis.namesStory[index] ? Thresholds.storyNameBonus : 0
            let total = score[index] * weight + bonus
            if total > 0, score[index] > 0 { ranking.offer(index, score: total) }
        }
        guard var root = ranking.best else { return nil }
        root = widened(root, analysis: analysis)
        let roots = satellites(of: root, score: score, prose: prose, holdsIngredients: holdsIngredients, analysis: analysis)
        return Located(root: root, roots: roots, isProse: isProse, candidates: ranking.entries)
    }

    /// The story's element plus the siblings of it and of its nearest ancestors that hold enough
    /// prose of their own: pages often split a story over neighbouring containers.
    private func satellites(of root: Int, score: [Double], prose: [Double], holdsIngredients: [Bool],
                            analysis: PageAnalysis) -> [Int] {
        let tree = analysis.tree
        var roots = [root]
        // The recall focus lets smaller neighbours join: a short lead, a box of facts.
        let scale = options.focus == .recall ? Thresholds.recallSatelliteScale : 1
        let minimum = max(Thresholds.satelliteMinimum * scale, score[root] * Thresholds.satelliteShare * scale)
        var child = root
        for _ in 0 ..< Thresholds.satelliteLevels {
            let parent = Int(tree[child].parent)
            guard parent >= 0, tree[parent].tag != .body, tree[parent].tag != .html else { break }
            for sibling in tree.children(of: parent) where sibling != child && tree.isElement(sibling) {
                // A sibling above the story is its lead or standfirst when it holds some prose
                // and its links and labels do not outweigh it: leads are short next to the story,
                // so the share rule would miss them, and they share a header with breadcrumbs.
                let joins = sibling < child
                    ? prose[sibling] >= Thresholds.satelliteMinimum * scale && score[sibling] >= 0
                    : score[sibling] >= minimum
                if !analysis.isInsideFurniture[sibling], joins || holdsIngredients[sibling] { roots.append(sibling) }
            }
            child = parent
        }
        return roots.sorted()
    }

    /// A story is not one paragraph: when the best container is a single text block, the
    /// story is its parent, whose short paragraphs and quotes weighed as costs against it.
    /// The parent is kept from being furniture or the page's body.
    private func widened(_ root: Int, analysis: PageAnalysis) -> Int {
        let tree = analysis.tree
        // A table of data (rows of plain cells: a list of films, of results) is a part of the
        // story around it. A layout table, its cells holding the page's blocks, can be the story.
        var root = root
        while ["tbody", "thead", "table"].contains(tree[root].name), Self.holdsDataRows(root, analysis) {
            let parent = Int(tree[root].parent)
            guard parent >= 0, tree[parent].tag != .body, tree[parent].tag != .html, !analysis.isInsideFurniture[parent]
            else { return root }
            root = parent
        }
        let parent = Int(tree[root].parent)
        guard parent >= 0, !analysis.hasInnerBlock[root], tree[root].tag == .p,
              tree[parent].tag != .body, tree[parent].tag != .html, !analysis.isInsideFurniture[parent]
        else { return root }
        return parent
    }

    /// Whether a table part is a table of data: at least three rows, three in four of them rows of
    /// plain cells with no block inside (a stray paragraph in a cell does not make a layout).
    private static func holdsDataRows(_ index: Int, _ analysis: PageAnalysis) -> Bool {
        var rows = 0
        var dataRows = 0
        countRows(under: index, analysis, rows: &rows, dataRows: &dataRows)
        return rows >= 3 && dataRows * 4 >= rows * 3
    }

    private static func countRows(under index: Int, _ analysis: PageAnalysis, rows: inout Int, dataRows: inout Int) {
        let tree = analysis.tree
        for child in tree.children(of: index) where tree.isElement(child) {
            switch tree[child].name {
            case "tr":
                rows += 1
                if !analysis.hasInnerBlock[child] { dataRows += 1 }
            case "tbody", "thead", "tfoot":
                countRows(under: child, analysis, rows: &rows, dataRows: &dataRows)
            default:
                continue
            }
        }
    }

    /// Text set directly in a furniture-named element is no prose, except in the story's own
    /// body: "entry-content" holding the whole post in a "summary" box.
    private static func isStoryChild(_ index: Int, _ analysis: PageAnalysis) -> Bool {
        let parent = Int(analysis.tree[index].parent)
        return parent >= 0 && analysis.namesStory[parent]
    }

    /// The whole visible page as the story, for the fallback when no block reads as prose.
    func wholePage(of analysis: PageAnalysis) -> Located {
        let tree = analysis.tree
        let root = tree.firstElement(.body) ?? tree.firstElement(.html) ?? -1
        return Located(root: root, roots: [root], isProse: Array(repeating: false, count: tree.nodes.count))
    }

    private var furnitureCost: Double {
        switch options.focus {
        case .balanced: Thresholds.furnitureCost
        case .precision: Thresholds.furnitureCost * 1.5
        // Recall weighs furniture lightly, so a container with a header's lead or a side box of
        // the story's own prose wins over the bare body.
        case .recall: Thresholds.furnitureCost * 0.3
        }
    }

    /// Whether the text's first characters include one of CJK and Hangul (U+3000–U+DFFF, UTF-8
    /// lead bytes E3–ED). Only the start is looked at: a CJK line shows it at once.
    static func startsWithCJK(_ text: String) -> Bool {
        ByteSearch.withBytes(of: text) { bytes in
            for byte in bytes.prefix(48) where byte >= 0xE3 && byte <= 0xED { return true }
            return false
        }
    }

    /// Whether the text ends in an ellipsis ("..." or "…"), closing quotes, brackets and spaces
    /// after it aside.
    static func endsWithEllipsis(_ text: String) -> Bool {
        ByteSearch.withBytes(of: text) { bytes in
            var end = bytes.count
            while end > 0 {
                let byte = bytes[end - 1]
                switch byte {
                case 0x20, 0x0A, 0x09, 0x0D, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"):
                    end -= 1
                // “ ” are E2 80 9C/9D; « » are C2 AB/BB.
                case 0x9C ... 0x9D where end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80:
                    end -= 3
                case 0xAB where end >= 2 && bytes[end - 2] == 0xC2, 0xBB where end >= 2 && bytes[end - 2] == 0xC2:
                    end -= 2
                default:
                    // … is E2 80 A6.
                    if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, byte == 0xA6 { return true }
                    return end >= 3 && bytes[end - 3] == 0x2E && bytes[end - 2] == 0x2E && byte == 0x2E
                }
            }
            return false
        }
    }

    /// Whether the text has a sentence end: a full stop, question or exclamation mark, in Latin
    /// or CJK punctuation.
    static func hasSentencePunctuation(_ text: String) -> Bool {
        ByteSearch.withBytes(of: text) { bytes in
            for (position, byte) in bytes.enumerated() {
                switch byte {
                case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"):
                    return true
                case 0xE3 where position + 2 < bytes.count:
                    // 。 is E3 80 82.
                    if bytes[position + 1] == 0x80, bytes[position + 2] == 0x82 { return true }
                case 0xEF where position + 2 < bytes.count:
                    // ！ is EF BC 81, ？ is EF BC 9F.
                    if bytes[position + 1] == 0xBC, bytes[position + 2] == 0x81 || bytes[position + 2] == 0x9F { return true }
                default:
                    continue
                }
            }
            return false
        }
    }
}

/// Keeps the few best-scoring elements of one pass. Ties go to the element offered first,
/// which in document order is the outer one: it holds the same prose.
struct CandidateRanking {
    let limit: Int
    private(set) var entries: [(index: Int, score: Double)] = []

    init(limit: Int) {
        self.limit = limit
    }

    var best: Int? { entries.first?.index }

    mutating func offer(_ index: Int, score: Double) {
        guard entries.count < limit || score > (entries.last?.score ?? 0) else { return }
        let position = entries.firstIndex { $0.score < score } ?? entries.count
        entries.insert((index, score), at: position)
        if entries.count > limit { entries.removeLast() }
    }
}
