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

    /// Drops the kickers and labels above a story's first sentence ("Stadtentwicklung",
    /// "Exclusive"): short plain blocks without sentence punctuation.
    static func removingLeadingFragments(_ paragraphs: [Paragraph]) -> [Paragraph] {
        let leading = paragraphs.prefix {
            let weight = ContentLocator.startsWithCJK($0.text) ? Int(Thresholds.cjkCharacterWeight) : 1
            return $0.kind == .paragraph && $0.text.count * weight < Thresholds.kickerLength
                && !ContentLocator.hasSentencePunctuation($0.text)
        }
        return leading.count < paragraphs.count ? Array(paragraphs.dropFirst(leading.count)) : paragraphs
    }

    /// Drops the subscription and support appeals that close many stories: short blocks at the
    /// very end whose words ask the reader to do something, and the rights, citation, contact
    /// and meta lines beside them. The first two blocks are looked at for appeals only: letters pages and
    /// newsletters open with "Send us your letter …".
    static func removingClosingAppeals(_ paragraphs: [Paragraph]) -> [Paragraph] {
        var result = paragraphs
        var opening = 0
        while opening < min(2, result.count - 1) {
            if FurnitureText.isCallToAction(result[opening].text) { result.remove(at: opening) } else { opening += 1 }
        }
        var looked = 0
        var position = result.count - 1
        while position >= 0, looked < 4 {
            let text = result[position].text
            if FurnitureText.isCallToAction(text) || FurnitureText.isRightsNotice(text) || FurnitureText.isContactLine(text)
                || FurnitureText.isFieldLine(text) || (position == result.count - 1 && Self.isLoneWord(result[position])) {
                result.remove(at: position)
            } else {
                // A run of appeals is one block however many lines it has: only the story's
                // lines close the window.
                looked += 1
            }
            position -= 1
        }
        return result
    }

    /// Whether the block is one short word: closing a story it is an unknown source tag
    /// ("abc/XYZ"), a label whose list was left out ("Topics") or a counter, never a sentence.
    /// A sign-off the attribution stage reads ("ab/dpa") stays for it; CJK text is set without
    /// spaces and is left alone.
    static func isLoneWord(_ paragraph: Paragraph) -> Bool {
        paragraph.kind == .paragraph && paragraph.text.utf8.count <= Thresholds.loneWordLength
            && !paragraph.text.contains(where: \.isWhitespace) && !ContentLocator.startsWithCJK(paragraph.text)
            && ParagraphEdges.split(paragraph.text)?.position != .standalone
    }

    /// Drops, from a body written in `<p>` elements, the plain text set directly in a `<div>`
    /// after its first `<p>`: such text is a caption, a teaser, an appeal or a box's label
    /// whose markup says it is no paragraph of the story. Text above the first `<p>` may be
    /// the lead, and a body not mostly in `<p>` elements sets its story in `<div>`s.
    static func removingLooseText(_ paragraphs: [Paragraph], _ setting: Setting, upTo limit: Int = .max,
                                  sparingTitles: Bool = false) -> [Paragraph] {
        guard let first = setting.firstElement, setting.elementCount >= Thresholds.looseTextParagraphs,
              Double(setting.elementCharacters) >= Thresholds.looseTextShare * Double(setting.paragraphCharacters)
        else { return paragraphs }
        let dropped = Set(setting.loose.filter {
            $0 > first && paragraphs[$0].text.utf8.count <= limit && !(sparingTitles && setting.titles.contains($0))
        })
        return paragraphs.indices.filter { !dropped.contains($0) }.map { paragraphs[$0] }
    }

    /// Drops the body's only first-level heading: it is the page's headline, which is the
    /// article's title and not its text, or a box's title. Pages that set their sections as
    /// first-level headings have several.
    static func removingSoleHeadline(_ paragraphs: [Paragraph]) -> [Paragraph] {
        let headlines = paragraphs.indices.filter { paragraphs[$0].kind == .heading(level: 1) }
        guard headlines.count == 1, let headline = headlines.first else { return paragraphs }
        var result = paragraphs
        result.remove(at: headline)
        return result
    }

    /// Whether the text has a letter or a digit; ASCII answers first, the Unicode tables only
    /// for text without one.
    static func holdsLetterOrDigit(_ text: String) -> Bool {
        let ascii = ByteSearch.withBytes(of: text) { bytes in
            bytes.contains { (0x30 ... 0x39).contains($0) || (0x61 ... 0x7A).contains($0 | 0x20) }
        }
        return ascii || text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// Drops the contact blocks under a press release: from a "Kontakt" or "Media contact" label
    /// among the last six blocks to the end, when only short lines (names, addresses, numbers)
    /// follow it, and again for the block above. A label that opens the body is left alone: the
    /// page may be about the contact.
    static func removingContactBlock(_ paragraphs: [Paragraph]) -> [Paragraph] {
        var paragraphs = paragraphs
        // Offices list one contact after another ("Contact: …", "Press office: …"): once the last
        // is gone, the one above it closes the story in turn.
        while paragraphs.count > 1 {
            let window = max(1, paragraphs.count - Thresholds.contactBlockWindow) ..< paragraphs.count
            guard let label = window.first(where: { FurnitureText.isContactLabel(paragraphs[$0].text) }),
                  paragraphs[(label + 1)...].allSatisfy({ $0.text.utf8.count <= Thresholds.contactLineLength })
            else { break }
            paragraphs.removeSubrange(label...)
        }
        return paragraphs
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

    /// Drops headings with nothing under them before the next heading of the same or a higher
    /// level: they titled a box whose links were left out ("More on this story").
    static func removingEmptySections(_ paragraphs: [Paragraph]) -> [Paragraph] {
        // A page of headings alone has nothing else to offer: keep them.
        guard paragraphs.contains(where: { if case .heading = $0.kind { false } else { true } }) else {
            return paragraphs
        }
        var hasContent = [Bool](repeating: false, count: 7)
        var keep = [Bool](repeating: true, count: paragraphs.count)
        for position in paragraphs.indices.reversed() {
            if case .heading(let level) = paragraphs[position].kind {
                let clamped = min(max(level, 1), 6)
                keep[position] = hasContent[clamped]
                for deeper in clamped ... 6 { hasContent[deeper] = false }
            } else {
                for level in 1 ... 6 { hasContent[level] = true }
            }
        }
        return paragraphs.indices.filter { keep[$0] }.map { paragraphs[$0] }
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

