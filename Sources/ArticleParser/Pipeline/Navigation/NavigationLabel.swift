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
        guard text.count <= NavigationVocabulary.maximumLabelLength else { return false }
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
