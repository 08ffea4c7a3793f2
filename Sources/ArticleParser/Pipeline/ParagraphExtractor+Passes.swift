/// The passes over the read paragraphs that take out what their text shows is no story: kickers
/// above it, appeals and contact blocks closing it, loose text, emptied headings.
extension ParagraphExtractor {
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
}
