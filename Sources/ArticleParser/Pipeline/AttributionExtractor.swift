import Foundation

/// Splits parenthetical source attributions off the body paragraphs.
struct AttributionExtractor {
    struct Result {
        var paragraphs: [Paragraph]
        var attributions: [SourceAttribution]
    }

    func extract(from paragraphs: [Paragraph]) -> Result {
        var result = Result(paragraphs: [], attributions: [])
        for paragraph in paragraphs {
            var paragraph = paragraph
            let index = result.paragraphs.count
            if paragraph.kind == .paragraph, let split = TrailingSource.split(paragraph.text) {
                let attribution = SourceAttribution(text: split.source, position: .trailing, paragraphIndex: index)
                paragraph.text = split.body
                paragraph.attribution = attribution
                result.attributions.append(attribution)
            }
            result.paragraphs.append(paragraph)
        }
        return result
    }
}

/// A parenthetical at the very end of a paragraph that names where its content came from.
enum TrailingSource {
    /// Splits "... last sentence. (Policy outlook briefs.)" into the body and "Policy outlook briefs.".
    static func split(_ text: String) -> (body: String, source: String)? {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return nil }
        let inner = String(text[text.index(after: open) ..< text.index(before: text.endIndex)])
            .trimmingCharacters(in: .whitespaces)
        let body = String(text[..<open]).trimmingCharacters(in: .whitespaces)
        guard !body.isEmpty, isSourceNote(inner), body.last.map({ ".!?\"”’".contains($0) }) == true else { return nil }
        return (body, inner)
    }

    /// A source note is a noun phrase of a few words: it starts with a capital letter, has no
    /// digits-only content, and is not a sentence with a verb of its own ("Doe declined to comment.").
    static func isSourceNote(_ inner: String) -> Bool {
        let words = inner.split(separator: " ")
        guard (1 ... 16).contains(words.count), let first = inner.first, first.isUppercase else { return false }
        if inner.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "–" }) { return false }
        if words.count == 1, inner.count <= 5, inner == inner.uppercased() { return false }  // acronyms
        let lowered = " " + inner.lowercased() + " "
        for verb in [" said ", " says ", " declined ", " denies ", " denied ", " is ", " was ", " are ", " were ", " has ", " have "]
        where lowered.contains(verb) {
            return false
        }
        return true
    }
}
