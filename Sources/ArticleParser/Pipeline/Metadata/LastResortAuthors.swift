import Foundation

/// Where a page names its writer when no byline, meta tag or JSON-LD does: the contact person of
/// a press release, the holder of a personal site's copyright line, and the fuller spelling of a
/// lone given name. The metadata stage asks only when it has no author (or one given name).
enum LastResortAuthors {
    /// The first press contact and the first copyright holder of the page, in one walk over its
    /// texts; the walk ends once both are found.
    static func candidates(in tree: HTMLTree) -> (contact: String?, editor: String?, copyrightHolder: String?) {
        var contact: String?
        var editor: String?
        var holder: String?
        for index in tree.indices where tree.isText(index) {
            let length = tree[index].text.utf8.count
            if contact == nil, length <= 40 { contact = pressContact(at: index, in: tree) }
            if editor == nil, length <= 80 { editor = labelledEditor(at: index, in: tree) ?? editCredit(at: index, in: tree) }
            if holder == nil, length <= 200 { holder = copyrightHolder(at: index, in: tree) }
            if contact != nil, editor != nil, holder != nil { break }
        }
        return (contact, editor, holder)
    }

    // MARK: - Editor

    /// The person a Chinese news page names under its story: "[责任编辑：Name]" (the editor in
    /// charge), "作者：Name", "记者：Name", label and name in one text (M56).
    private static func labelledEditor(at index: Int, in tree: HTMLTree) -> String? {
        let raw = tree[index].text
        // Every label is Chinese: a text whose first byte past spaces and brackets is ASCII is
        // ruled out before its scalars are looked at.
        let opensWithASCII = ByteSearch.withBytes(of: raw) { bytes in
            bytes.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != UInt8(ascii: "[") }.map { $0 < 0x80 } ?? true
        }
        guard !opensWithASCII else { return nil }
        // Every label opens with one of these characters; most texts are ruled out on their first.
        guard let first = raw.unicodeScalars.first(where: { !$0.properties.isWhitespace && $0 != "[" && $0 != "【" }),
              editorLabelInitials.contains(first) else { return nil }
        let text = raw.collapsingWhitespace.trimmingCharacters(in: CharacterSet(charactersIn: "[]【】 "))
        for label in BylineVocabulary.chineseAuthorLabels where text.hasPrefix(label) {
            let rest = text.dropFirst(label.count)
            guard let colon = rest.first, colon == ":" || colon == "：" else { return nil }
            var name = rest.dropFirst().trimmingCharacters(in: .whitespaces)
            // "作者：记者Name": the reporter's title before the name.
            if let role = BylineVocabulary.chineseAuthorLabels.first(where: { name.hasPrefix($0) && name.count > $0.count + 1 }) {
                name = String(name.dropFirst(role.count)).trimmingCharacters(in: .whitespaces)
            }
            return name.nonEmpty
        }
        return nil
    }

    private static let editorLabelInitials = Set(BylineVocabulary.chineseAuthorLabels.compactMap(\.unicodeScalars.first))

    /// The person a wiki's page information names as the last editor, when a text says the page
    /// was last edited on a date and ends with "by", the name in the element after it:
    /// "Beispielseite (last edited 2026-03-01 10:00:00 by `<a>`JanaBeispiel`</a>`)" (M57).
    private static func editCredit(at index: Int, in tree: HTMLTree) -> String? {
        let raw = tree[index].text
        guard ByteSearch.containsAny(of: editLabels, in: raw) else { return nil }
        let text = raw.collapsingWhitespace
        let lower = text.lowercased()
        guard lower.hasSuffix(" by") || lower.hasSuffix(" von"),
              let label = BylineVocabulary.editLabels.lazy.compactMap({ lower.range(of: $0) }).first,
              lower[label.upperBound...].contains(where: \.isNumber) else { return nil }
        // The name is the next text, within the next few nodes: the editor's profile link.
        for next in index + 1 ..< min(index + 6, tree.indices.upperBound) where tree.isText(next) {
            let name = tree[next].text.collapsingWhitespace
            if name.isEmpty { continue }
            return name.count <= 40 ? name : nil
        }
        return nil
    }

    /// The edit labels as bytes, lower-case and with a capital first letter ("Last edited").
    private static let editLabels = BylineVocabulary.editLabels.flatMap { [Array($0.utf8), Array(($0.prefix(1).uppercased() + $0.dropFirst()).utf8)] }

    // MARK: - Press contact

    /// The person a press release names as its contact: a label alone ("Pressekontakt",
    /// "Kontakt:", "Media contact"), not a link's text, and in the next text a name of two or
    /// three capitalised words after any academic title ("Dr. Jana Beispiel") that is the first
    /// line of an address block (a `<br>` follows), no institution.
    private static func pressContact(at index: Int, in tree: HTMLTree) -> String? {
        // Most short texts of a page are link labels: a test on bytes turns them away before
        // any string is built.
        guard mayBeContactLabel(tree[index].text) else { return nil }
        let label = tree[index].text.trimmingCharacters(in: labelPadding).lowercased()
        guard BylineVocabulary.contactLabels.contains(label) else { return nil }
        let parent = Int(tree[index].parent)
        guard parent < 0 || tree[parent].tag != .a else { return nil }
        for next in index + 1 ..< min(index + 8, tree.indices.upperBound) where tree.isText(next) {
            let text = tree[next].text.collapsingWhitespace
            if text.isEmpty { continue }
            // Two or three words after academic titles ("Dr. Jana Beispiel").
            let words = text.split(separator: " ")
            let name = words.drop { ["dr.", "prof.", "dipl.-ing."].contains($0.lowercased()) }
            guard (2 ... 3).contains(name.count), words.allSatisfy({ word in
                word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." }
            }), words.last?.contains(where: \.isLowercase) == true,
                  !words.contains(where: BylineVocabulary.endsLikeInstitution),
                  lineBreakFollows(next, in: tree) else { return nil }
            return text
        }
        return nil
    }

    /// White space and the colon around a label ("Kontakt:").
    private static let labelPadding = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ":"))

    /// Every contact label holds one of these stems (lower-case ASCII).
    private static let contactLabelStems = ["ntakt", "ntact", "nsprech"].map { Array($0.utf8) }

    /// Whether the text holds a contact label's stem, ASCII letters compared without case.
    static func mayBeContactLabel(_ text: String) -> Bool {
        ByteSearch.withBytes(of: text) { bytes in
            contactLabelStems.contains { stem in
                guard bytes.count >= stem.count else { return false }
                return (0 ... bytes.count - stem.count).contains { start in
                    stem.indices.allSatisfy { bytes[start + $0] | 0x20 == stem[$0] }
                }
            }
        }
    }

    /// Whether a `<br>` comes next after a text, white space and closing elements aside: the
    /// text is a line of an address block ("Jana Beispiel`<br>`Telefon …").
    private static func lineBreakFollows(_ text: Int, in tree: HTMLTree) -> Bool {
        for next in text + 1 ..< min(text + 4, tree.indices.upperBound) {
            if tree.isElement(next) { return tree[next].tag == .br }
            if tree[next].text.contains(where: { !$0.isWhitespace }) { return false }
        }
        return false
    }

    // MARK: - Copyright holder

    /// The person a copyright line names: personal sites sign "© 2026 Jana Beispiel" or
    /// "Copyright (c) 2015- Tom Muster. Alle Rechte vorbehalten." Script, style and picture
    /// credits (inside a `<figure>`) aside.
    private static func copyrightHolder(at index: Int, in tree: HTMLTree) -> String? {
        let parent = Int(tree[index].parent)
        if parent >= 0, tree[parent].tag == .script || tree[parent].tag == .style { return nil }
        let raw = tree[index].text
        // The byte search first: every text of the page is asked, and few hold " by ".
        guard ByteSearch.containsAny(of: copyrightMarks, in: raw)
            || ByteSearch.containsAny(of: byBytes, in: raw) && opensWithYear(raw) else { return nil }
        // An image's credit names its photographer.
        if tree.closest(from: index, where: { $0.name == "figure" || $0.name == "figcaption" }) != nil { return nil }
        return holder(inCopyrightLine: raw.collapsingWhitespace)
    }

    /// Whether a text opens with a digit, after white space and punctuation: ") 2006-2008 by …".
    private static func opensWithYear(_ raw: String) -> Bool {
        guard let first = raw.unicodeScalars.first(where: { !$0.properties.isWhitespace && !CharacterSet.punctuationCharacters.contains($0) }) else {
            return false
        }
        return first.value >= 0x30 && first.value <= 0x39
    }

    private static let byBytes = [Array(" by ".utf8)]

    /// What opens a copyright line, as bytes: every text of the page is asked.
    private static let copyrightMarks = ["©", "(c)", "(C)", "Copyright", "COPYRIGHT"].map { Array($0.utf8) }

    /// "© 2026 Jana Beispiel" → "Jana Beispiel"; nil when the line names no person-like holder.
    /// The name is two or three capitalised words after the sign and the years, ending the text
    /// or a sentence; a company ("© 2026 Example Media GmbH") is left to the cleaner.
    static func holder(inCopyrightLine text: String) -> String? {
        // "| COPYRIGHT JANA BEISPIEL | …": separators of a footer row before the line.
        // ") 2006-2026 by Jana Beispiel": a licence's link before the years stands for the sign.
        var words = Array(text.split(separator: " ").map(String.init).drop { ["|", "•", "·", "-", "–", ")"].contains($0) })
        var sawSign = false
        var sawYear = false
        var spelledOut = false
        var sawBy = false
        while let word = words.first, !sawBy {
            let lower = word.lowercased()
            if ["©", "(c)", "copyright"].contains(lower) {
                sawSign = true
                spelledOut = spelledOut || lower != "©"
            } else if word.first?.isNumber == true, word.allSatisfy({ $0.isNumber || "-–,".contains($0) }),
                      sawSign || !sawYear && word.count >= 4 {
                // Without a sign, the years must open the line.
                sawYear = true
            } else if sawYear, lower == "by" {
                sawBy = true
            } else {
                break
            }
            words.removeFirst()
        }
        // "© Jana Beispiel" without a year is how photographers are credited, beside the picture
        // or far from it; a site's own line states its years or spells the sign out. Years and
        // "by" without a sign sign a site's footer too ("2006-2026 by Jana Beispiel") (M58).
        guard sawSign && (sawYear || spelledOut) || sawYear && sawBy else { return nil }
        var name: [String] = []
        // The name ends the text, a sentence, or runs into a separator ("• Impressum").
        // A footer set in capitals writes it so ("COPYRIGHT JANA BEISPIEL"): spelled as a name (M53).
        let capitals = spelledOut && words.prefix(3).allSatisfy { !$0.contains(where: \.isLowercase) }
        for word in words {
            if ["•", "|", "·", "-", "–"].contains(word) { break }
            let ends = word.hasSuffix(".") && word.count > 2 || word.hasSuffix(",")
            var bare = ends ? String(word.dropLast()) : word
            if capitals, bare.count > 1, bare.allSatisfy({ $0.isUppercase || $0 == "-" }) {
                bare = bare.prefix(1) + bare.dropFirst().lowercased()
            }
            guard bare.first?.isUppercase == true, bare.contains(where: \.isLowercase),
                  bare.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
            name.append(bare)
            if ends { break }
        }
        guard (2 ... 3).contains(name.count), !name.contains(where: BylineVocabulary.endsLikeInstitution),
              !name.contains(where: { BylineVocabulary.rightsWords.contains($0.lowercased()) }) else { return nil }
        return name.joined(separator: " ")
    }

    // MARK: - Fuller spelling

    /// The page's fuller spelling of a one-word author: a short text that is the name and one
    /// capitalised word ("Jana" → "Jana Beispiel" under a bare "By"), or that opens an author's
    /// biography with them ("Jana Beispiel - Ingenieurin und …"). Script and style texts aside.
    /// A short text that ends with a lead-in and the full name names them too, in capitals or
    /// not ("MEHR VON JANA BEISPIEL" over a list of their stories) (M51).
    static func fullerSpelling(of given: String, in tree: HTMLTree) -> String? {
        let prefix = given + " "
        let capitals = given.uppercased()
        for index in tree.indices where tree.isText(index) && tree[index].text.utf8.count <= 400 {
            let parent = Int(tree[index].parent)
            if parent >= 0, tree[parent].tag == .script || tree[parent].tag == .style { continue }
            let raw = tree[index].text
            let mixed = ByteSearch.withBytes(raw, given, { ByteSearch.firstOffset(of: $1, in: $0) != nil })
            guard mixed || ByteSearch.withBytes(raw, capitals, { ByteSearch.firstOffset(of: $1, in: $0) != nil }) else { continue }
            let text = raw.collapsingWhitespace
            if let named = nameAfterLeadIn(given, endingText: text) { return named }
            guard mixed, text.hasPrefix(prefix) else { continue }
            let words = text.split(separator: " ")
            let surname = words[1]
            guard surname.first?.isUppercase == true, surname.count > 1,
                  surname.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }) else { continue }
            if words.count == 2 || ["-", "–", "—"].contains(words[2]) { return "\(given) \(surname)" }
        }
        return nil
    }

    /// Whether a text of the page, script and style aside, is the name and nothing else.
    static func printsAlone(_ name: String, in tree: HTMLTree) -> Bool {
        tree.indices.contains { index in
            guard tree.isText(index), tree[index].text.utf8.count <= 80,
                  ByteSearch.withBytes(tree[index].text, name, { ByteSearch.firstOffset(of: $1, in: $0) != nil }) else { return false }
            let parent = Int(tree[index].parent)
            if parent >= 0, tree[parent].tag == .script || tree[parent].tag == .style { return false }
            return tree[index].text.collapsingWhitespace == name
        }
    }

    /// "Mehr von Jana Beispiel", "MORE BY JANA BEISPIEL" → "Jana Beispiel": a text of at most six
    /// words whose last three are a lead-in, the given name and one surname of letters.
    private static func nameAfterLeadIn(_ given: String, endingText text: String) -> String? {
        let words = text.split(separator: " ")
        guard (3 ... 6).contains(words.count) else { return nil }
        let leadIn = words[words.count - 3].lowercased()
        let surname = words[words.count - 1]
        // Also Italian "di": too common a word to be a lead-in alone, but here it stands before the name.
        guard StoryHeader.bareLeadInWords.contains(leadIn) || leadIn == "di",
              words[words.count - 2].lowercased() == given.lowercased(), surname.count > 1,
              surname.first?.isUppercase == true, surname.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }) else { return nil }
        let spelled = surname.contains(where: \.isLowercase) ? String(surname) : surname.prefix(1) + surname.dropFirst().lowercased()
        return "\(given) \(spelled)"
    }
}
