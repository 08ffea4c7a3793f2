import Foundation

/// What counts as the story's own header when bylines and date lines are gathered: the small
/// blocks beside the headline, and the texts that open with a byline's lead-in.
enum StoryHeader {
    /// Whether an element is a small block beside the headline (a child of the `<h1>`'s parent).
    /// There a "teaser" class names the story's own header line, not a teaser of another story:
    /// a CMS that calls the line under the headline "teaser-meta" still means this story's date.
    /// A sidebar or a menu beside the headline stays furniture; the headline keeps its own verdict.
    /// Evidence: header lines classed like teasers next to the `<h1>` in the development corpora.
    static func isBesideHeadline(_ index: Int, headline: Int, parent: Int, in tree: HTMLTree) -> Bool {
        parent >= 0 && index != headline && Int(tree[index].parent) == parent && tree[index].end - Int32(index) < 60
    }

    /// A text node longer than this many bytes after the headline is prose: the header has ended.
    static let proseLength = 200

    /// Whether an element's class, id or `itemprop` names a later change ("updated",
    /// "dateModified", "dt-updated", "last-changed"), so its date is no publication date.
    /// A small element is judged with its descendants: a date line that holds a hidden
    /// "updated" stamp mixes the two dates.
    static func namesUpdate(_ index: Int, in tree: HTMLTree) -> Bool {
        let elements = tree[index].end - Int32(index) < 60 ? index ..< Int(tree[index].end) : index ..< index + 1
        for element in elements where tree.isElement(element) {
            for attribute in tree.attributes(of: element)
            where attribute.name == "class" || attribute.name == "id" || attribute.name == "itemprop" {
                let value = attribute.value.lowercased()
                if updateWords.contains(where: { value.contains($0) }) { return true }
            }
        }
        return false
    }

    private static let updateWords = ["updat", "modif", "changed", "lastmod", "edited", "aktualisiert"]

    /// Furniture words that, beside the headline, name the story's header (``isBesideHeadline``).
    static let headerTeaserWords = WordTable(words: ["teaser", "teasers"])

    /// The words of a class or id value that can name page furniture: a class token that opens
    /// with "has", "no", "with" or "without" describes the layout ("has-double-sidebar",
    /// "no-sidebar"), not the element, and names nothing.
    static func furnitureWords(of value: String, words all: [String]? = nil) -> [String] {
        let all = all ?? Selectors.words(of: value)
        // The common case, with no layout word, costs no split beyond the page's own.
        guard all.contains(where: layoutPrefixes.contains) else { return all }
        var words: [String] = []
        for token in value.split(whereSeparator: \.isWhitespace) {
            let parts = Selectors.words(of: String(token))
            if let first = parts.first, parts.count > 1, layoutPrefixes.contains(first) { continue }
            words += parts
        }
        return words
    }

    private static let layoutPrefixes = WordTable(words: ["has", "no", "with", "without"])

    /// Lead-ins that open a byline without a class: "By Jane Doe", "Von Jana Beispiel",
    /// "VON MORITZ BEISPIEL", "Par Sébastien Exemple", and author labels: "Autorin: Eva Probe",
    /// "Written by Jane Doe".
    private static let leadIns: [String] = [
        "By ", "by ", "BY ", "Von ", "von ", "VON ", "Par ", "PAR ", "Por ", "POR ", "Door ", "Text: ", "Text von ",
        "Autor: ", "Autorin: ", "Autoren: ", "Author: ", "Authors: ", "Written by ", "Written by: ", "Posted by ",
        "Geschrieben von ",
    ]

    /// Whether a text is a lead-in alone ("By", "| Von"), with the name in the next element:
    /// `<span class="sr-only">| By </span><span>Cara Winslow</span>`.
    static func isBareLeadIn(_ text: String) -> Bool {
        if let length = nounLeadInLength(text), length >= text.trimmingCharacters(in: bareLeadInTrim).count { return true }
        guard text.count <= 8 else { return false }
        let bare = text.trimmingCharacters(in: bareLeadInTrim)
        return bareLeadIns.contains(bare)
    }

    /// Whether a text is an author label alone ("Autor:", "Written by"), with the name in the
    /// node after it: `<h4>Autor</h4><p><a href="/profil/eva-probe">Eva Probe</a></p>`,
    /// `<em>Written by: <a href="…">Jane Doe</a></em>`, `<h5>Autor:</h5>Tom Muster<br>`.
    static func isBareAuthorLabel(_ text: String) -> Bool {
        guard text.count <= 16 else { return false }
        return bareAuthorLabels.contains(text.trimmingCharacters(in: bareLeadInTrim))
    }

    private static let bareAuthorLabels: Set<String> = [
        "Autor", "Autorin", "Autoren", "Author", "Authors", "AUTOR", "AUTHOR", "Written by", "Geschrieben von",
    ]

    /// Whether a text is the label of a credits box's writer line ("Text", "Interview"), with the
    /// name in the element after it; the caller checks the box's class (M59).
    static func isCreditLabel(_ text: String) -> Bool {
        guard text.count <= 16 else { return false }
        let bare = text.trimmingCharacters(in: bareLeadInTrim)
        return bareAuthorLabels.contains(bare) || creditLabels.contains(bare.lowercased())
    }

    /// Lower-cased labels of a credits box that name the writer: the story's text or interview.
    private static let creditLabels: Set<String> = ["text", "texte", "interview", "words"]

    /// The text of the node right after `node` under the same parent, white space skipped: a
    /// text node's text, or a small element's text; nil past 60 characters.
    static func textAfter(_ node: Int, in tree: HTMLTree, text: (Int, HTMLTree) -> String?) -> String? {
        var next = Int(tree[node].end)
        while next < tree.indices.upperBound, tree[next].parent == tree[node].parent {
            let found: String?
            if tree.isElement(next) {
                guard tree[next].end - Int32(next) <= 8 else { return nil }
                found = text(next, tree)
            } else {
                found = tree[next].text.collapsingWhitespace.nonEmpty
            }
            if let found { return found.count <= 60 ? found : nil }
            next = Int(tree[next].end)
        }
        return nil
    }

    /// Built once: a character-set union costs more than the trim itself.
    private static let bareLeadInTrim = CharacterSet.whitespaces.union(.punctuationCharacters).union(.symbols)

    /// The lead-in words alone, lower-case: "by", "von", "par", "por", "door".
    static let bareLeadInWords: Set<String> = ["by", "von", "par", "por", "door"]
    /// As pages set them: lower-case, capitalised, and in capitals where bylines use them ("BY", "VON").
    private static let bareLeadIns: Set<String> = bareLeadInWords.union(bareLeadInWords.map { $0.prefix(1).uppercased() + $0.dropFirst() })
        .union(["BY", "VON"])

    /// The byline that a bare lead-in opens: the text of the element holding it, from the lead-in
    /// on, at most 80 characters; nil when no name follows.
    /// The lead-in must be alone in its element or open the holder's text: "created by <a>…</a>"
    /// in a sentence is no byline.
    static func byline(from leadIn: String, in holder: Int, alone: Bool, of tree: HTMLTree,
                       text: (Int, HTMLTree) -> String?) -> String? {
        guard holder >= 0, tree[holder].end - Int32(holder) < 60, let whole = text(holder, tree),
              let start = whole.firstByteRange(of: leadIn), alone || start.lowerBound == whole.startIndex else { return nil }
        let byline = String(whole[start.lowerBound...].prefix(80))
        return byline.count > leadIn.count + 1 ? byline : nil
    }

    /// Whether a short text opens with a byline's lead-in followed by a capitalised name.
    /// Dashes before the lead-in do not count: "---- by Kenneth Marlowe".
    /// Whether a raw text node may open with a lead-in, judged on its first word before any
    /// folding (white space, punctuation and symbols skipped, as both lead-in tests skip them):
    /// most text nodes are ruled out without building a string.
    static func mayOpenWithLeadIn(_ raw: String) -> Bool {
        let scalars = raw.unicodeScalars
        var position = scalars.startIndex
        while position < scalars.endIndex {
            let scalar = scalars[position]
            if scalar.isASCII {
                let value = UInt8(scalar.value)
                // ASCII letters and digits decide; white space, punctuation and symbols are skipped.
                if Self.isASCIILetter(value) {
                    guard leadInOpeners.contains(scalar) else { return false }
                    // Every lead-in and label opens with a whole ASCII word ("Von", "Autorin").
                    let end = scalars[position...].firstIndex { !$0.isASCII || !Self.isASCIILetter(UInt8($0.value)) } ?? scalars.endIndex
                    return leadInOpeningWords.contains(String(scalars[position ..< end]))
                }
                if value >= 0x30 && value <= 0x39 { return false }
                if value >= 0x20 || (0x09 ... 0x0D).contains(value) {
                    position = scalars.index(after: position)
                    continue
                }
                return false
            }
            if scalar.properties.isWhitespace {
                position = scalars.index(after: position)
                continue
            }
            switch scalar.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                 .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
                position = scalars.index(after: position)
                continue
            default:
                return false
            }
        }
        return false
    }

    private static func isASCIILetter(_ value: UInt8) -> Bool {
        (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
    }

    /// The first words of every lead-in and author label.
    private static let leadInOpeningWords = WordTable(words: (leadIns + Array(bareLeadIns) + Array(bareAuthorLabels) + nounLeadInOpeners + creditLabelOpeners).compactMap {
        $0.split(whereSeparator: { !$0.isASCII || !$0.isLetter }).first.map(String.init)
    })

    private static let leadInOpeners = Set((leadIns + Array(bareLeadIns) + Array(bareAuthorLabels) + nounLeadInOpeners + creditLabelOpeners)
        .compactMap(\.unicodeScalars.first))

    /// ``creditLabels`` as written, for the byte test of ``mayOpenWithLeadIn(_:)``.
    private static let creditLabelOpeners = creditLabels.flatMap { [$0, $0.capitalized, $0.uppercased()] }

    /// The first words of ``nounLeadInLength(_:)``'s lead-ins.
    private static let nounLeadInOpeners = ["Ein", "Eine"]

    /// The byline after the date of a header line that opens with its date:
    /// "11.03.2026 | 09:45 Uhr | Jana Beispiel", "20.08.2026 - Tom Muster", "14.05.2026 08:15 von Tom",
    /// "17.09.2026 - Redaktion: Jana Beispiel (Pressesprecherin)". Without a lead-in or a label the
    /// rest must read as a name: two to four capitalised words; `needsLeadIn` asks for a lead-in
    /// or label (the text of a whole element runs its parts together: "1. Mai - Politik Beispielblatt").
    static func bylineAfterDate(_ text: String, needsLeadIn: Bool = false) -> String? {
        var words = text.split(separator: " ").map(String.init)
        var sawDate = false
        var sawSeparator = false
        while let word = words.first {
            let lower = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
            if word.contains(where: \.isNumber), word.allSatisfy({ $0.isNumber || ".,:/-".contains($0) }) {
                sawDate = true
            } else if ["|", "-", "–", "—", "·", "•", "/"].contains(word) {
                sawSeparator = true
            } else if lower == "uhr" || DateVocabulary.months[lower] != nil || BylineVocabulary.weekdays.contains(lower) {
                // "13:10 Uhr", "25. Oktober 2026", "Fr, 3. Mai": parts of the date.
            } else {
                break
            }
            words.removeFirst()
        }
        guard sawDate, let first = words.first else { return nil }
        // A label goes ("Redaktion: Jana Beispiel"); a lead-in stays for the cleaner ("von Tom").
        if BylineVocabulary.authorLabels.contains(first.lowercased()) { words[0] = "Von" }
        let opensWithLeadIn = bareLeadIns.contains(words[0])
        // The name runs to the next separator, label or preposition: "| Jana Beispiel | Politik",
        // "von Tom Kategorien: Allgemein", "VON Jana Beispiel IN Mode".
        var rest: [String] = []
        for (position, word) in words.enumerated() {
            if ["|", "·", "•"].contains(word) || BylineVocabulary.trailingPrepositions.contains(word.lowercased()) { break }
            if position > 0, word.hasSuffix(":") { break }
            rest.append(word)
        }
        if opensWithLeadIn { return rest.count > 1 ? rest.joined(separator: " ") : nil }
        // Capitalised words with lower-case letters: "PAID CONTENT" is a label.
        guard !needsLeadIn, sawSeparator, (2 ... 4).contains(rest.count),
              rest.allSatisfy({ $0.first?.isUppercase == true && $0.contains(where: \.isLowercase)
                  && $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." } }) else { return nil }
        return rest.joined(separator: " ")
    }

    /// The length of a lead-in that names the kind of piece: "Ein Artikel von ", "Eine Reportage von ",
    /// "Ein Interview von " (white space before it skipped); nil for any other text.
    static func nounLeadInLength(_ text: String) -> Int? {
        let trimmed = text.drop { $0.isWhitespace }
        guard trimmed.hasPrefix("Ein ") || trimmed.hasPrefix("Eine ") else { return nil }
        let words = trimmed.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
        guard words.count >= 3, words[2] == "von", BylineVocabulary.pieceNouns.contains(words[1].lowercased()) else { return nil }
        return words[0].count + words[1].count + 5
    }

    static func startsWithLeadIn(_ text: String) -> Bool {
        let text = text.drop { $0 == "-" || $0 == "–" || $0 == "—" || $0 == " " }
        if let length = nounLeadInLength(String(text)) { return text.dropFirst(length).first?.isUppercase == true }
        guard let first = text.unicodeScalars.first, leadInOpeners.contains(first) else { return false }
        for leadIn in leadIns where text.hasPrefix(leadIn) {
            return text.dropFirst(leadIn.count).first?.isUppercase == true
        }
        return false
    }
}
