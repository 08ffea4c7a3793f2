import Foundation

/// Decides whether the words inside a parenthesis name a source, by the closed set of forms
/// sources take: an agency tag ("AP", "dpa/ab", "AFP/red"), a broadcaster's call sign
/// ("KABC"), editor initials ("ab"), a credit line ("Reporting by ...", "Quelle: ..."), or a
/// descriptive note naming reports or briefs ("Policy outlook briefs.").
enum SourceTag {
    /// An agency tag: every "/"-separated part an agency or editor initials, at least one an
    /// agency. With `allowsInitials`, initials alone ("ab") count too. With `allowsPublisher`
    /// (a dateline's tag), a publisher's own press service or domain counts as an agency:
    /// "Telgte (kv-press).", "Passau (bistumsnews.example/ab)".
    static func isAgencyTag(_ inner: String, allowsInitials: Bool = false, allowsCallSign: Bool = false,
                            allowsPublisher: Bool = false) -> Bool {
        let parts = inner.split(separator: "/").map { $0.trimmingScalars(where: ScalarClass.isSpace) }
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty }) else { return false }
        var agencies = 0
        for part in parts {
            if WireAgencies.isAgency(withoutDate(part)) || (allowsCallSign && isCallSign(part))
                || (allowsPublisher && (isPressService(part) || isDomainName(part))) {
                agencies += 1
            } else if !isInitials(part) {
                return false
            }
        }
        return agencies > 0 || allowsInitials
    }

    /// Several sources in one tag, at least one an agency: "WZ mit dpa", "KNA, DR", "mit AFP".
    /// The others may be agency tags, editor initials or a publisher's capital abbreviation.
    static func isAgencyList(_ inner: String) -> Bool {
        let parts = markingConnectors(in: inner).split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.trimmingScalars(where: ScalarClass.isSpace) }
        guard parts.count >= 2 else { return false }
        let named = parts.first == "" ? Array(parts.dropFirst()) : parts  // "mit AFP"
        guard !named.isEmpty, named.allSatisfy({ isAgencyTag($0, allowsInitials: true) || isCapitalInitials($0) })
        else { return false }
        return named.contains { isAgencyTag($0) }
    }

    /// The tag with a space at each end and each connector ("mit", "and", ", ") replaced by
    /// "|", connector after connector, as Foundation's case-insensitive `replacingOccurrences`
    /// does; on bytes when the tag is ASCII, where Foundation costs a hundred times more.
    static func markingConnectors(in inner: String) -> String {
        var joined = " \(inner) "
        guard joined.utf8.allSatisfy({ $0 < 0x80 }) else {
            for connector in AttributionVocabulary.tagConnectors {
                joined = joined.replacingOccurrences(of: connector, with: "|", options: .caseInsensitive)
            }
            return joined
        }
        var bytes = Array(joined.utf8)
        for connector in AttributionVocabulary.tagConnectors {
            bytes = replacingIgnoringCase(Array(connector.utf8), in: bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` with each occurrence of the ASCII `needle`, from the left and not overlapping,
    /// replaced by "|".
    private static func replacingIgnoringCase(_ needle: [UInt8], in text: [UInt8]) -> [UInt8] {
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            if index + needle.count <= text.count,
               needle.indices.allSatisfy({ lower(text[index + $0]) == lower(needle[$0]) }) {
                result.append(UInt8(ascii: "|"))
                index += needle.count
            } else {
                result.append(text[index])
                index += 1
            }
        }
        return result
    }

    /// A writer's sign-off in capitals: "KT", "RW", "J.P.". Only at a paragraph's end, after a
    /// finished sentence, where an acronym would stand inside the sentence instead.
    static func isCapitalInitials(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        let capital: (Unicode.Scalar) -> Bool = { ("A" ... "Z").contains($0) }
        if (2 ... 3).contains(scalars.count) { return scalars.allSatisfy(capital) }
        guard (4 ... 6).contains(scalars.count), scalars.count.isMultiple(of: 2) else { return false }
        return stride(from: 0, to: scalars.count, by: 2).allSatisfy { capital(scalars[$0]) && scalars[$0 + 1] == "." }
    }

    /// A publisher's press service as a tag: "kv-press", "bvw-pressedienst".
    static func isPressService(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return !lowered.contains(" ") && AttributionVocabulary.pressServiceEndings.contains { lowered.hasSuffix($0) }
    }

    /// The tag without a date after the agency: "KNA 03.02.24" gives "KNA".
    static func withoutDate(_ part: String) -> String {
        let words = part.split(separator: " ")
        guard words.count == 2, words[1].allSatisfy({ $0.isNumber || $0 == "." }),
              words[1].contains(where: \.isNumber) else { return part }
        return String(words[0])
    }

    /// A North American broadcaster's call sign: K or W and two or three more capitals.
    static func isCallSign(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard (3 ... 4).contains(scalars.count), scalars[0] == "K" || scalars[0] == "W" else { return false }
        return scalars.allSatisfy { ("A" ... "Z").contains($0) }
    }

    /// Editor initials: two or three lower-case letters, "ab", "red" excepted words like "sic".
    static func isInitials(_ text: String) -> Bool {
        (2 ... 3).contains(text.count) && text.unicodeScalars.allSatisfy { ("a" ... "z").contains($0) }
            && !AttributionVocabulary.notInitials.contains(text)
    }

    /// The publisher's own name as a domain in the tag slot: "(Example-News.com) - ...".
    static func isDomainName(_ text: String) -> Bool {
        guard !text.contains(" "), let dot = text.lastIndex(of: "."), text.first?.isLetter == true else { return false }
        let ending = text[text.index(after: dot)...]
        return (2 ... 6).contains(ending.count) && ending.allSatisfy(\.isLetter)
    }

    /// A credit line: "Reporting by ...", "Source: ...", "Via ...", "With inputs from ...".
    static func isCreditLine(_ inner: String) -> Bool {
        let lowered = inner.lowercased()
        return AttributionVocabulary.creditPrefixes.contains { lowered.hasPrefix($0) }
    }

    /// A note saying who supplied the text: "(Dieser Abschnitt wurde beigesteuert von ...)",
    /// "(Originally published by ...)". Read only when the note is a paragraph of its own.
    static func namesContributor(_ inner: String) -> Bool {
        let lowered = inner.lowercased()
        return AttributionVocabulary.contributorPhrases.contains { lowered.contains($0) }
    }

    /// A photo or image credit: "AP Photo/Jane Doe", "Foto: ...", "Quelle: Foto ...". Never a
    /// body source.
    static func isPhotoCredit(_ inner: String) -> Bool {
        var lowered = inner.lowercased()
        if let label = AttributionVocabulary.sourceLabels.first(where: { lowered.hasPrefix($0) }) {
            lowered = String(lowered.dropFirst(label.count)).trimmingScalars(where: ScalarClass.isSpace)
        }
        return AttributionVocabulary.photoCreditPrefixes.contains { lowered.hasPrefix($0) }
            || lowered.contains(" photo/") || lowered.contains("/photo")
    }

    /// A descriptive source note: a capitalised noun phrase of two to sixteen words that ends
    /// with a full stop, names a kind of source ("reports", "briefs", "analysis") and has no
    /// verb or pronoun that would make it a sentence ("Doe declined to comment.").
    static func isDescriptiveNote(_ inner: String) -> Bool {
        guard inner.hasSuffix("."), let first = inner.first, first.isUppercase else { return false }
        let words = inner.dropLast().split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" })
            .map { $0.lowercased() }
        guard (2 ... 16).contains(words.count) else { return false }
        if words.contains(where: { AttributionVocabulary.sentenceWords.contains($0) }) { return false }
        if words.contains(where: { $0.contains(where: \.isNumber) || $0.hasPrefix("@") }) { return false }
        return words.contains { AttributionVocabulary.sourceNouns.contains($0) }
    }
}
