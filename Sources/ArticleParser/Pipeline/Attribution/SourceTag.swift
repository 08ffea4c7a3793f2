import Foundation

/// Decides whether the words inside a parenthesis name a source, by the closed set of forms
/// sources take: an agency tag ("AP", "dpa/ab", "AFP/red"), a broadcaster's call sign
/// ("KABC"), editor initials ("ab"), a credit line ("Reporting by ...", "Quelle: ..."), or a
/// descriptive note naming reports or briefs ("Policy outlook briefs.").
enum SourceTag {
    /// An agency tag: every "/"-separated part an agency or editor initials, at least one an
    /// agency. With `allowsInitials`, initials alone ("ab") count too.
    static func isAgencyTag(_ inner: String, allowsInitials: Bool = false, allowsCallSign: Bool = false) -> Bool {
        let parts = inner.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty }) else { return false }
        var agencies = 0
        for part in parts {
            if WireAgencies.isAgency(withoutDate(part)) || (allowsCallSign && isCallSign(part)) {
                agencies += 1
            } else if !isInitials(part) {
                return false
            }
        }
        return agencies > 0 || allowsInitials
    }

    /// The tag without a date after the agency: "KNA 19.11.21" gives "KNA".
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

    /// A photo or image credit: "AP Photo/Jane Doe", "Foto: ...". Never a body source.
    static func isPhotoCredit(_ inner: String) -> Bool {
        let lowered = inner.lowercased()
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
