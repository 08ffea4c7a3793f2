/// Reads the located story into typed paragraphs: one per block element, in document order,
/// leaving out furniture, hidden text and link lists.
struct ParagraphExtractor {
    var options: ArticleParser.Options
    /// Whether the text read is the whole page, the fallback for a page with no prose: it has
    /// no story to clean up, and every line is kept.
    var readsWholePage = false

    /// Whether the filters for furniture lines (credits, labels, kickers, appeals) run.
    private var cleansUp: Bool { !readsWholePage }

    private struct OpenBlock {
        var end: Int
        var kind: Paragraph.Kind
        var index: Int
        var isDataRow: Bool
    }

    /// Where the body's paragraphs were set, for the test of loose text (rules 69 and 74).
    struct Setting {
        /// Characters of plain paragraphs, and of those in `<p>` elements.
        var paragraphCharacters: Int32 = 0
        var elementCharacters: Int32 = 0
        /// The position of the first paragraph in a `<p>`, and how many there are.
        var firstElement: Int?
        var elementCount = 0
        /// Characters of all kept blocks.
        var characters: Int32 = 0
        /// Positions of the plain paragraphs whose text sits directly in a `<div>`.
        var loose: [Int] = []
        /// Those of them that a `<p>` in the same `<div>` follows at once: the paragraph's title
        /// ("Step 1" over the step).
        var titles: Set<Int> = []
        var lastLoose: (position: Int, block: Int)?
    }

    func extract(from located: ContentLocator.Located, in analysis: PageAnalysis) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var setting = Setting()
        var storyCharacters: Int32 = 0
        for root in located.roots where root >= 0 {
            let start = paragraphs.count
            let before = setting
            extract(subtree: root, located, analysis, into: &paragraphs, setting: &setting)
            let added = setting.characters - before.characters
            if root == located.root { storyCharacters = added }
            // The precision focus leaves out a small container below the story: an author's box,
            // a teaser, a shop's pitch. One as large as a good part of the story continues it.
            if options.focus == .precision, root > located.root,
               Double(added) < Thresholds.trailingSatelliteShare * Double(storyCharacters) {
                paragraphs.removeSubrange(start...)
                setting = before
            }
        }
        if options.focus == .precision { paragraphs = Self.removingLooseText(paragraphs, setting) }
        if options.focus == .balanced {
            paragraphs = Self.removingLooseText(paragraphs, setting, upTo: Thresholds.looseTextLength, sparingTitles: true)
        }
        if options.focus != .recall {
            // Headings already left empty would hide the appeals from the window at the end.
            paragraphs = Self.removingEmptySections(Self.removingLeadingFragments(paragraphs))
            paragraphs = Self.removingContactBlock(Self.removingClosingAppeals(paragraphs))
        } else if cleansUp {
            // Kickers, appeals and contact blocks are no story text in any focus. A body they
            // would empty falls back to the whole page, which is not cleaned up.
            paragraphs = Self.removingContactBlock(Self.removingClosingAppeals(Self.removingLeadingFragments(paragraphs)))
        }
        // Last: the headline shields the story's first lines from the test for opening appeals.
        if options.focus == .precision { paragraphs = Self.removingSoleHeadline(paragraphs) }
        return Self.removingEmptySections(paragraphs)
    }

    /// Whether the text has a letter or a digit; ASCII answers first, the Unicode tables only
    /// for text without one.
    static func holdsLetterOrDigit(_ text: String) -> Bool {
        let ascii = ByteSearch.withBytes(of: text) { bytes in
            bytes.contains { (0x30 ... 0x39).contains($0) || (0x61 ... 0x7A).contains($0 | 0x20) }
        }
        return ascii || text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    private func extract(subtree root: Int, _ located: ContentLocator.Located, _ analysis: PageAnalysis,
                         into paragraphs: inout [Paragraph], setting: inout Setting) {
        let tree = analysis.tree
        let end = Int(tree[root].end)
        var buffer = TextBuffer()
        var open: [OpenBlock] = [OpenBlock(end: end, kind: .paragraph, index: root, isDataRow: false)]
        var bufferBlock = root
        var preformattedDepth = 0
        var bufferLength: Int32 = 0
        var bufferLinkLength: Int32 = 0

        func flush() {
            let kind = open.last?.kind ?? .paragraph
            var text = buffer.take()
            if kind == .caption, cleansUp { text = FurnitureText.removingCredit(fromCaption: text) }
            let length = bufferLength
            let linkLength = bufferLinkLength
            bufferLength = 0
            bufferLinkLength = 0
            if kind == .paragraph, cleansUp {
                let uncredited = FurnitureText.removingCredit(fromShortParagraph: text)
                // A short paragraph that ends in a picture credit or holds a © is a caption or a
                // credit line, which the precision focus leaves out.
                if options.focus == .precision, text.utf8.count <= FurnitureText.shortCaptionLength,
                   uncredited.utf8.count < text.utf8.count || text.contains("©") { return }
                text = uncredited
            }
            // Captions are not text the story is sure to hold, nor is one set as a plain
            // paragraph under a figure label ("Figure 2: …").
            if kind == .caption, options.focus == .precision { return }
            if kind == .paragraph, options.focus == .precision, FurnitureText.opensWithFigureLabel(text) { return }
            if kind != .preformatted { text = FurnitureText.removingServerDiagnostics(text) }
            // A block of separators alone ("| | |", "* * *") is what is left of a row of buttons.
            guard Self.holdsLetterOrDigit(text) else { return }
            // An agency sign-off on its own ("(KNA, DR)", its letters often a link) is kept whatever
            // its link share: the attribution stage takes it out of the body again.
            // Asked only when a test needs it: counting a long block's characters costs.
            var signOff: Bool?
            func isSignOff() -> Bool {
                if let signOff { return signOff }
                let answer = kind == .paragraph && ParagraphEdges.isSignOff(text)
                signOff = answer
                return answer
            }
            guard !FurniturePhrases.isLabel(text),
                  !cleansUp || kind == .tableRow || !FurniturePhrases.startsWithLabel(text),
                  // "(dpa)" names an agency as picture credits do, but closes the text.
                  !cleansUp || !FurnitureText.isCredit(text) || isSignOff(),
                  // The recall focus keeps date lines: an event's "Date: …" line is its text.
                  options.focus == .recall || kind != .paragraph || !FurnitureText.isDateLine(text),
                  options.focus == .recall || kind != .paragraph || !FurnitureText.isTimeAlone(text)
                      || tree[bufferBlock].tag == .td || tree[bufferBlock].name == "th",
                  !cleansUp || !FurnitureText.isTeaserExcerpt(text),
                  !cleansUp || !FurnitureText.isDownloadLine(text),
                  keeps(block: bufferBlock, kind: kind, length: length, linkLength: linkLength, located)
                      // Shops link every ingredient to its product: the line is the recipe's all the same.
                      || analysis.isInIngredients[bufferBlock] && options.focus != .precision
                      || isSignOff()
                      // The recall focus keeps a paragraph element that is all link: a story sets a
                      // petition's address or an event's page as a line of its own.
                      || options.focus == .recall && cleansUp && kind == .paragraph && tree[bufferBlock].tag == .p
            else { return }
            setting.characters += length
            if kind == .paragraph {
                setting.paragraphCharacters += length
                if tree[bufferBlock].tag == .p {
                    if let loose = setting.lastLoose, loose.position == paragraphs.count - 1,
                       Int(tree[bufferBlock].parent) == loose.block {
                        setting.titles.insert(loose.position)
                    }
                    setting.elementCharacters += length
                    setting.elementCount += 1
                    if setting.firstElement == nil { setting.firstElement = paragraphs.count }
                } else if tree[bufferBlock].name == "div", !open.contains(where: { tree[$0.index].name == "table" }), !isSignOff() {
                    // A table's cells set in `<div>`s are the table's data, not loose text; an
                    // agency's sign-off is for the attribution stage.
                    setting.loose.append(paragraphs.count)
                    setting.lastLoose = (paragraphs.count, bufferBlock)
                }
            }
            paragraphs.append(Paragraph(text: text, kind: kind))
        }

        var index = root + 1
        while index < end {
            while let top = open.last, index >= top.end, open.count > 1 {
                flush()
                if open.removeLast().kind == .preformatted { preformattedDepth -= 1 }
                buffer.setPreformatted(preformattedDepth > 0)
            }
            // Fields, not `let node = tree[index]`: a copy of a node retains its strings.
            if analysis.isRemoved[index] || analysis.isBoilerplate[index] {
                index = Int(tree[index].end)
                continue
            }
            if tree.isText(index) {
                if buffer.isEmpty { bufferBlock = Int(analysis.blockOf[index]) }
                buffer.append(tree[index].text)
                bufferLength += analysis.textLength[index]
                bufferLinkLength += analysis.linkTextLength[index]
                index += 1
                continue
            }
            let tag = tree[index].tag
            if tag == .br {
                buffer.appendLineBreak()
            } else if (tag == .td || tag == .th), open.last?.isDataRow == true {
                buffer.appendCellSeparator()
            } else if tree[index].tagKinds.contains(.block) {
                flush()
                let inherited = open.last?.kind ?? .paragraph
                let isDataRow = tag == .tr && !analysis.hasInnerBlock[index]
                let kind: Paragraph.Kind = isDataRow ? .tableRow
                    : analysis.namesCaption[index] ? .caption
                    : Self.kind(of: tree[index].name) ?? Self.inheritedKind(inherited)
                open.append(OpenBlock(end: Int(tree[index].end), kind: kind, index: index, isDataRow: isDataRow))
                bufferBlock = index
                if kind == .preformatted {
                    preformattedDepth += 1
                    buffer.setPreformatted(true)
                }
            }
            index += 1
        }
        flush()
    }

    /// The kind a block element gives its text, or nil when it takes its parent's.
    static func kind(of name: String) -> Paragraph.Kind? {
        switch name {
        case "h1": .heading(level: 1)
        case "h2": .heading(level: 2)
        case "h3": .heading(level: 3)
        case "h4": .heading(level: 4)
        case "h5": .heading(level: 5)
        case "h6": .heading(level: 6)
        case "li", "dt", "dd": .listItem
        case "blockquote": .quote
        case "pre", "listing", "xmp", "plaintext": .preformatted
        case "figcaption", "caption": .caption
        default: nil
        }
    }

    /// Kinds that carry into nested blocks: a `<p>` inside a quote is still quoted.
    private static func inheritedKind(_ kind: Paragraph.Kind) -> Paragraph.Kind {
        switch kind {
        case .quote, .listItem, .caption, .preformatted: kind
        default: .paragraph
        }
    }

    /// Whether a block's text belongs in the body.
    private func keeps(block: Int, kind: Paragraph.Kind, length: Int32, linkLength: Int32,
                       _ located: ContentLocator.Located) -> Bool {
        guard length > 0 else { return false }
        let linkShare = Double(linkLength) / Double(length)
        switch options.focus {
        case .recall:
            return linkShare < 0.9
        case .balanced:
            return linkShare <= 0.6
        case .precision:
            if case .heading = kind { return linkShare <= 0.5 }
            return located.isProse[block] || linkShare <= 0.3 && length >= Thresholds.minimumSentenceLength
        }
    }
}

