/// Weighs the body read from the page's markup against the `articleBody` its JSON-LD declares.
///
/// Some pages fill their visible text in with scripts, so the markup holds a teaser or nothing
/// while the structured data holds the story. The markup wins whenever it has a fair share of
/// the declared text: it keeps paragraph kinds and leaves out what the publisher pasted into
/// `articleBody` by mistake (captions, ads, other stories).
struct StructuredBodyFallback {
    var articleBody: String?

    /// The markup's paragraphs, or the declared body's when the markup has too little of it.
    /// Then the markup's opening prose that the declared body lacks stays in front of it: a
    /// standfirst in the page's header is often left out of `articleBody`.
    func choose(_ paragraphs: [Paragraph]) -> [Paragraph] {
        guard let articleBody else { return paragraphs }
        let declared = Self.paragraphs(of: articleBody)
        let declaredLength = declared.reduce(0) { $0 + $1.text.count }
        guard declaredLength >= Thresholds.structuredBodyMinimum else { return paragraphs }
        let extractedLength = paragraphs.reduce(0) { $0 + $1.text.count }
        let enough = Double(declaredLength) * Thresholds.structuredBodyShare
        guard Double(extractedLength) < enough else { return paragraphs }
        let declaredText = declared.map(\.text).joined(separator: " ")
        let lead = paragraphs.prefix(Thresholds.structuredLeadParagraphs)
            .prefix { !declaredText.contains($0.text) }
            .filter { $0.kind == .paragraph && $0.text.count >= Thresholds.structuredLeadLength
                && ContentLocator.hasSentencePunctuation($0.text) }
        return lead + declared
    }

    /// Splits a declared body at its line breaks, after removing any markup inside it; a
    /// paragraph, line break, list item or heading in that markup ends a line too.
    static func paragraphs(of body: String) -> [Paragraph] {
        var text = ""
        var tag = ""
        var insideTag = false
        for character in body {
            if character == "<" {
                insideTag = true
                tag = ""
            } else if character == ">", insideTag {
                insideTag = false
                text.append(Self.endsLine(tag) ? "\n" : " ")
            } else if insideTag {
                if tag.count < 4 { tag.append(character) }
            } else {
                text.append(character)
            }
        }
        // Declared text is often escaped as HTML ("&nbsp;", "&amp;") once more.
        return JSONLDReader.decodingEntities(text).split(whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { String($0).collapsingWhitespace }
            .filter { !$0.isEmpty }
            .map { Paragraph(text: $0, kind: .paragraph) }
    }

    /// Whether a tag (its first characters, as written) ends a line: `</p>`, `<br>`, `</li>`,
    /// `</hN>`, `</div>`.
    private static func endsLine(_ tag: String) -> Bool {
        let name = tag.lowercased()
        return name.hasPrefix("br") || name.hasPrefix("/p") || name.hasPrefix("/li") || name.hasPrefix("/div")
            || (name.hasPrefix("/h") && name.dropFirst(2).first?.isNumber == true)
    }
}
