/// Which way a navigation link points.
enum NavigationDirection: Sendable, Equatable {
    case previous, next
}

/// Reads navigation labels in short texts: which direction a label names, how strong it is,
/// and what is left of a text once labels, arrows and dates are taken off.
enum NavigationLabel {
    enum Strength: Int, Comparable {
        /// A bare direction word: "Previous", "Weiter", "次へ".
        case word = 1
        /// A label naming the article: "Next post", "Vorheriger Beitrag", "前の記事".
        case article = 2

        static func < (lhs: Strength, rhs: Strength) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The longest text read as a label rather than a headline.
    static let maximumLabelLength = 40

    struct Match: Equatable {
        var direction: NavigationDirection
        var strength: Strength
    }

    /// The label at the start or end of `text`, the stronger first, or nil when there is none.
    static func match(in text: String) -> Match? {
        let key = trimmedDecoration(text.lowercased())
        guard !key.isEmpty else { return nil }
        let tables: [([String], NavigationDirection, Strength)] = [
            (NavigationVocabulary.previousArticleLabels, .previous, .article),
            (NavigationVocabulary.nextArticleLabels, .next, .article),
            (NavigationVocabulary.previousWords, .previous, .word),
            (NavigationVocabulary.nextWords, .next, .word),
        ]
        for (labels, direction, strength) in tables {
            for label in labels where key.hasWord(label, atStart: true) || key.hasWord(label, atStart: false) {
                return Match(direction: direction, strength: strength)
            }
        }
        return nil
    }

    /// Whether the text is a label of pagination, a recommendation module or an overview link.
    /// Longer texts are headlines, which may say "overview" or "read more" freely.
    static func isRejected(_ text: String) -> Bool {
        guard text.count <= maximumLabelLength else { return false }
        let key = text.lowercased()
        return NavigationVocabulary.rejectedPhrases.contains { key.contains($0) }
    }

    /// The text without leading and trailing labels, arrows, separators and dates; nil when
    /// nothing that could be a title is left.
    static func title(from text: String) -> String? {
        var current = text.collapsingWhitespace
        var changed = true
        while changed {
            changed = false
            let trimmed = trimmedDecoration(current)
            if trimmed != current { current = trimmed; changed = true }
            let lowered = current.lowercased()
            for label in articleLabels {
                if lowered.hasWord(label, atStart: true) {
                    current = String(current.dropFirst(label.count)); changed = true; break
                }
                if lowered.hasWord(label, atStart: false) {
                    current = String(current.dropLast(label.count)); changed = true; break
                }
            }
            // A bare word goes only when a separator follows it: "Previous: The old mill", not
            // the title "Next steps for the council".
            for label in directionWords where lowered == label || lowered.hasPrefix(label)
                && lowered.dropFirst(label.count).first.map({ $0 != " " && NavigationVocabulary.decoration.contains($0) }) == true {
                current = String(current.dropFirst(label.count)); changed = true; break
            }
        }
        current = trimmedDecoration(current)
        return current.contains(where: { $0.isLetter || $0.isNumber }) ? current : nil
    }

    private static let articleLabels = NavigationVocabulary.previousArticleLabels
        + NavigationVocabulary.nextArticleLabels
    private static let directionWords = NavigationVocabulary.previousWords + NavigationVocabulary.nextWords

    /// The text without decoration characters at either end. A trailing ellipsis stays: it is
    /// the page's own truncation mark.
    static func trimmedDecoration(_ text: String) -> String {
        let decoration = NavigationVocabulary.decoration
        var slice = Substring(text)
        while let first = slice.first, decoration.contains(first) || first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, decoration.contains(last) || last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}

/// A date printed in a navigation card beside the title: "12.03.2021", "2021-03-12",
/// "March 12, 2021", "12. März 2021". Only a text piece that is nothing but a date is one: a
/// title may end with a date of its own ("Minutes of the meeting of 5 August 2019").
enum DateAffix {
    /// Whether the text is one date and nothing else.
    static func isDate(_ text: String) -> Bool {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        return (1 ... 4).contains(words.count) && isDate(words[...])
    }

    private static let months: Set<String> = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "januar", "februar", "märz", "mai", "juni", "juli", "oktober",
        "dezember", "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ]

    /// Whether the words are one date: a numeric date alone, or a day, month name and year.
    private static func isDate(_ words: ArraySlice<Substring>) -> Bool {
        let cleaned = words.map { $0.trimmingCharacters(in: .init(charactersIn: ",.()[]")).lowercased() }
        if cleaned.count == 1 {
            let parts = cleaned[0].split(whereSeparator: { "./-".contains($0) })
            return parts.count == 3 && parts.allSatisfy { $0.allSatisfy(\.isNumber) && $0.count <= 4 }
                && parts.contains { $0.count == 4 }
        }
        let hasMonth = cleaned.contains { months.contains($0) }
        let hasYear = cleaned.contains { $0.count == 4 && $0.allSatisfy(\.isNumber) }
        let restAreDays = cleaned.allSatisfy { months.contains($0) || ($0.allSatisfy(\.isNumber) && !$0.isEmpty) }
        return hasMonth && hasYear && restAreDays
    }
}

extension String {
    /// Whether the text starts (or ends) with `word` as a whole word: what follows (or
    /// precedes) it is not a letter. CJK labels have no spaces, so any boundary is a word edge.
    func hasWord(_ word: String, atStart: Bool) -> Bool {
        if atStart {
            guard hasPrefix(word) else { return false }
            let rest = dropFirst(word.count)
            guard let next = rest.first else { return true }
            return !next.isLetter || word.unicodeScalars.first.map { $0.value > 0x2E80 } == true
        }
        guard hasSuffix(word) else { return false }
        let rest = dropLast(word.count)
        guard let previous = rest.last else { return true }
        return !previous.isLetter || word.unicodeScalars.first.map { $0.value > 0x2E80 } == true
    }
}
