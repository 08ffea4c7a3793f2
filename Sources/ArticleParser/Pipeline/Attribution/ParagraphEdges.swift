import Foundation

/// Finds a source parenthesis on the edges of one paragraph's text: at its start (a wire
/// dateline), at its end (a sign-off or note), or as the whole paragraph.
enum ParagraphEdges {
    struct Split: Equatable {
        var source: String
        var position: SourceAttribution.Position
        /// The paragraph's text without the parenthesis; empty for a standalone source.
        var remainder: String
        var dateline: String?
    }

    static let openers = Brackets(ascii: "(", fullWidth: "（")
    static let closers = Brackets(ascii: ")", fullWidth: "）")

    /// One bracket in its ASCII and full-width forms. Compared directly: hashing a `Character`
    /// for a set look-up cost more than the rest of the attribution stage.
    struct Brackets {
        let ascii: Character
        let fullWidth: Character

        func contains(_ character: Character) -> Bool { character == ascii || character == fullWidth }
    }

    static func split(_ text: String) -> Split? {
        standalone(text) ?? leading(text) ?? trailing(text)
    }

    /// "(Reporting by Jane Doe; Editing by John Roe)", "(ab)", "(Via ...)", and an unbracketed
    /// credit line "Reporting by Jane Doe; Editing by John Roe".
    static func standalone(_ text: String) -> Split? {
        if let first = text.first, openers.contains(first), let last = text.last, closers.contains(last),
           enclosingParenthesisStart(of: text) == text.startIndex {
            let inner = String(text.dropFirst().dropLast()).trimmingScalars(where: ScalarClass.isSpace)
            guard !SourceTag.isPhotoCredit(inner) else { return nil }
            guard SourceTag.isAgencyTag(inner, allowsInitials: true) || SourceTag.isAgencyList(inner)
                || SourceTag.isCreditLine(inner) || SourceTag.namesContributor(inner) else { return nil }
            return Split(source: inner, position: .standalone, remainder: "")
        }
        // The opening words first: lower-casing a whole long paragraph for them would cost more,
        // and only an R, A, W or E can open them.
        guard let lead = text.utf8.first, "rRaAwWeE".utf8.contains(lead) else { return nil }
        let head = text.prefix(32).lowercased()
        let opensCredit = ["reporting by", "additional reporting by", "writing by", "editing by"]
            .contains { head.hasPrefix($0) }
        guard opensCredit else { return nil }
        let lowered = text.lowercased()
        if text.count <= 300, lowered.contains("editing by") || lowered.contains("writing by") {
            return Split(source: text, position: .standalone, remainder: "")
        }
        return nil
    }

    /// A paragraph that is only an agency tag or editor initials in parentheses: "(dpa)",
    /// "(KNA, DR)", "(mk/spot)". Credit lines are left out: "(Source: <a>Name</a>)" under a
    /// picture credits the picture as often as the text.
    static func isSignOff(_ text: String) -> Bool {
        guard text.count <= AttributionVocabulary.maximumTagLength,
              let split = standalone(text), split.position == .standalone else { return false }
        return SourceTag.isAgencyTag(split.source, allowsInitials: true) || SourceTag.isAgencyList(split.source)
    }

    /// "RIVERTON, Wyo. (AP) — Text", "BERLIN (dpa) - Text", "(CNN)Text", "(Reuters) - Text".
    /// The dateline stays in the text: "RIVERTON, Wyo. — Text".
    static func leading(_ text: String) -> Split? {
        let limit = AttributionVocabulary.maximumDatelineLength + 2
        guard mayOpen(within: limit, text),
              let open = text.prefix(limit).firstIndex(where: { openers.contains($0) }),
              let close = text[open...].firstIndex(where: { closers.contains($0) }) else { return nil }
        let dateline = text[..<open].trimmingScalars(where: ScalarClass.isSpace)
        let inner = text[text.index(after: open) ..< close].trimmingScalars(where: ScalarClass.isSpace)
        guard isDateline(dateline), !inner.isEmpty, inner.count <= AttributionVocabulary.maximumTagLength,
              SourceTag.isAgencyTag(inner, allowsCallSign: true, allowsPublisher: true) || SourceTag.isDomainName(inner)
        else { return nil }
        var rest = text[text.index(after: close)...]
        let spaced = rest.first?.isWhitespace == true
        rest = rest.drop(while: \.isWhitespace)
        var separator = ""
        if let found = AttributionVocabulary.leadingSeparators.first(where: { rest.hasPrefix($0) }) {
            guard found != "." || !dateline.isEmpty else { return nil }
            separator = found
            rest = rest.dropFirst(found.count).drop(while: \.isWhitespace)
        } else if spaced && dateline.isEmpty {
            return nil  // "(AP) reported ..." is a sentence about the agency, not a dateline
        }
        guard let first = rest.first, first.isLetter || first.isNumber || "\"“„«'‘".contains(first) else { return nil }
        if separator.isEmpty, !first.isUppercase, !first.isNumber, !"\"“„«'‘".contains(first) { return nil }
        let remainder: String
        if dateline.isEmpty {
            remainder = String(rest)
        } else {
            let joiner = switch separator {
            case "": " "
            case ".": ". "
            case ".-": " - "
            default: " \(separator) "
            }
            remainder = "\(dateline)\(joiner)\(rest)"
        }
        return Split(source: inner, position: .leading, remainder: remainder, dateline: dateline.isEmpty ? nil : dateline)
    }

    /// "... last sentence. (dpa/ab)", "... (AFP/red)", "... (cm)", "... (Policy outlook briefs.)".
    /// Agency tags, sign-off initials and notes need a finished sentence before them.
    static func trailing(_ text: String) -> Split? {
        guard let last = text.last, closers.contains(last), let open = enclosingParenthesisStart(of: text),
              open > text.startIndex else { return nil }
        let inner = String(text[text.index(after: open) ..< text.index(before: text.endIndex)])
            .trimmingScalars(where: ScalarClass.isSpace)
        let body = text[..<open].trimmingScalars(where: ScalarClass.isSpace)
        guard !body.isEmpty, !inner.isEmpty, !SourceTag.isPhotoCredit(inner) else { return nil }
        let endsSentence = body.last.map { ".!?\"”’»…“。！？」".contains($0) } == true
        let isSource = SourceTag.isCreditLine(inner)
            || endsSentence && (SourceTag.isAgencyTag(inner, allowsInitials: true) || SourceTag.isAgencyList(inner)
                || SourceTag.isCapitalInitials(inner) || SourceTag.isDescriptiveNote(inner))
        guard isSource else { return nil }
        return Split(source: inner, position: .trailing, remainder: body)
    }

    /// False when none of the first `limit` characters is an opening parenthesis. Most
    /// paragraphs hold none at all, or the first further on: the bytes say so, at less cost
    /// than reading characters one by one.
    static func mayOpen(within limit: Int, _ text: String) -> Bool {
        guard let offset = firstOpenerOffset(in: text) else { return false }
        let firstOpener = text.utf8.index(text.startIndex, offsetBy: offset)
        return text.index(text.startIndex, offsetBy: limit, limitedBy: firstOpener) == nil
    }

    /// The byte offset of the first "(" or "（" (EF BC 88) in the text, or nil.
    private static func firstOpenerOffset(in text: String) -> Int? {
        ByteSearch.withBytes(of: text) { bytes in
            guard let start = bytes.baseAddress else { return nil }
            let ascii = memchr(start, Int32(UInt8(ascii: "(")), bytes.count).map { start.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
            let fullWidth = fullWidthOpener.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: bytes) }
            return [ascii, fullWidth].compactMap { $0 }.min()
        }
    }

    private static let fullWidthOpener = Array("（".utf8)

    /// Where the parenthesis that closes the text opens, matching nested pairs.
    static func enclosingParenthesisStart(of text: String) -> String.Index? {
        var depth = 0
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            let character = text[index]
            if closers.contains(character) { depth += 1 }
            if openers.contains(character) {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    /// Characters a dateline never holds.
    private static let datelineStops: Set<Character> = ["!", "?", ":", ";", "\"", "“", "”", "(", ")"]

    /// A place, with a state or a date, before a wire tag: "RIVERTON, Wyo.", "CITY, May 4",
    /// "Berlin/Hamburg", "Frankfurt am Main". Empty is a dateline too ("(Reuters) - ...").
    static func isDateline(_ text: String) -> Bool {
        if text.isEmpty { return true }
        guard text.count <= AttributionVocabulary.maximumDatelineLength, !text.contains(where: datelineStops.contains) else { return false }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "," })
        guard words.count <= 8 else { return false }
        return words.allSatisfy { word in
            guard let first = word.first else { return true }
            return first.isUppercase || first.isNumber || AttributionVocabulary.datelineConnectors.contains(word.lowercased())
        }
    }
}
