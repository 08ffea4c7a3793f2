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
        if !ByteSearch.withBytes(of: text, LabelEdges.mayHoldLabel) || scalarEdgesRuleOutLabel(text) { return nil }
        return matchByFullRules(in: text)
    }

    /// ``match(in:)`` without the looks that rule most texts out first: the definition they follow.
    static func matchByFullRules(in text: String) -> Match? {
        let key = trimmedDecoration(text.lowercased())
        guard !key.isEmpty else { return nil }
        // A label that starts the text starts with its first word, and one that ends it ends
        // with its last: look only where the edge word can begin or end a label.
        let start = mayStartWithLabel(key) ? label(startOf: key)?.match : nil
        let end = mayEndWithLabel(key) ? label(endOf: key)?.match : nil
        return [start, end].compactMap { $0 }.max { $0.strength < $1.strength }
    }

    /// Every label with what it says, looked up by its exact lower-cased text: a few dictionary
    /// look-ups per link instead of a scan of every label.
    private static let labels: [String: Match] = {
        var table: [String: Match] = [:]
        for word in NavigationVocabulary.previousWords { table[word] = Match(direction: .previous, strength: .word) }
        for word in NavigationVocabulary.nextWords { table[word] = Match(direction: .next, strength: .word) }
        for label in NavigationVocabulary.previousArticleLabels { table[label] = Match(direction: .previous, strength: .article) }
        for label in NavigationVocabulary.nextArticleLabels { table[label] = Match(direction: .next, strength: .article) }
        return table
    }()

    private static let longestLabel = labels.keys.map(\.count).max() ?? 0

    /// The first and last words of every label. A label sits at the start or end of a text as a
    /// whole word, so a text whose first and last words are in neither set holds none: most
    /// links on a page are ruled out by two set look-ups instead of a scan of every length.
    private static let firstWords = Set(labels.keys.map(firstWord))
    private static let lastWords = Set(labels.keys.map(lastWord))

    /// Whether `key` (lower-cased, decoration trimmed) may start with a label.
    private static func mayStartWithLabel(_ key: String) -> Bool {
        // CJK labels need no space after them: no word boundary to test, so no shortcut.
        if let first = key.unicodeScalars.first, first.value > 0x2E80 { return true }
        return firstWords.contains(firstWord(key))
    }

    /// Whether `key` (lower-cased, decoration trimmed) may end with a label.
    private static func mayEndWithLabel(_ key: String) -> Bool {
        if let last = key.unicodeScalars.last, last.value > 0x2E80 { return true }
        return lastWords.contains(lastWord(key))
    }

    /// The decoration characters, each a single scalar, by value.
    private static let decorationScalars = Set(NavigationVocabulary.decoration.flatMap(\.unicodeScalars).map(\.value))

    /// ASCII decoration and white space, by byte, for ``scalarEdgesRuleOutLabel(_:)``.
    private static let asciiSkippable: [Bool] = (0 ..< 128).map { byte in
        let character = Character(Unicode.Scalar(UInt8(byte)))
        return NavigationVocabulary.decoration.contains(character) || character.isWhitespace
    }

    /// True when the first and last words, in any alphabet below U+1000 (accented Latin, Greek,
    /// Cyrillic), can neither begin nor end a label: only the edge words are lower-cased, not
    /// the whole text. False whenever the scalars cannot decide (wide scripts, a mark at an
    /// edge). ``LabelEdges`` has looked at the bytes before.
    private static func scalarEdgesRuleOutLabel(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        func isSkippable(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.value < 0x80 { return asciiSkippable[Int(scalar.value)] }
            return decorationScalars.contains(scalar.value) || scalar.properties.isWhitespace
        }
        func isPlain(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x1000 && scalar.properties.generalCategory != .nonspacingMark
        }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isSkippable(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isSkippable(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        guard start < end, isPlain(scalars[start]), isPlain(scalars[scalars.index(before: end)]) else { return false }
        var firstEnd = start
        while firstEnd < end, isWordScalar(scalars[firstEnd]) { firstEnd = scalars.index(after: firstEnd) }
        var lastStart = end
        while lastStart > start, isWordScalar(scalars[scalars.index(before: lastStart)]) {
            lastStart = scalars.index(before: lastStart)
        }
        // Slices of the string itself: building a string scalar by scalar costs more.
        let first = text[start ..< firstEnd].lowercased()
        let last = text[lastStart ..< end].lowercased()
        return !firstWords.contains(first) && !lastWords.contains(last)
    }

    /// Letters and the combining marks on them, scalar by scalar: cheaper than characters, and
    /// `String` compares the words by canonical equivalence all the same.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    private static func firstWord(_ text: String) -> String {
        String(text[..<(text.unicodeScalars.firstIndex { !isWordScalar($0) } ?? text.endIndex)])
    }

    private static func lastWord(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.endIndex
        while start > scalars.startIndex, isWordScalar(scalars[scalars.index(before: start)]) {
            start = scalars.index(before: start)
        }
        return String(text[start...])
    }

    /// Whether a label may end (or start) next to `neighbour`: at a non-letter, or anywhere in
    /// CJK text, which has no spaces between words.
    private static func isBoundary(_ neighbour: Character?, wide: Bool) -> Bool {
        guard let neighbour else { return true }
        return wide || !neighbour.isLetter
    }

    /// The first and last characters of the labels: a text whose first (last) character is
    /// none of them starts (ends) with no label, whatever its length.
    private static let firstCharacters = Set(labels.keys.compactMap(\.first))
    private static let lastCharacters = Set(labels.keys.compactMap(\.last))

    /// The longest label that starts `key` as a whole word, with its length in characters.
    static func label(startOf key: String) -> (length: Int, match: Match)? {
        guard let first = key.first, firstCharacters.contains(first) else { return nil }
        return labelByLength(startOf: key)
    }

    /// ``label(startOf:)`` trying every length: the definition the first character gates.
    static func labelByLength(startOf key: String) -> (length: Int, match: Match)? {
        let head = Array(key.prefix(longestLabel + 1))
        let wide = (head.first?.unicodeScalars.first?.value ?? 0) > 0x2E80
        var best: (length: Int, match: Match)?
        for length in 1 ... max(head.count, 1) where length <= head.count && length <= longestLabel {
            let neighbour: Character? = length < head.count ? head[length] : (key.count > length ? " " : nil)
            guard isBoundary(neighbour, wide: wide), let match = labels[String(head[0 ..< length])] else { continue }
            best = (length, match)
        }
        return best
    }

    /// The longest label that ends `key` as a whole word, with its length in characters.
    static func label(endOf key: String) -> (length: Int, match: Match)? {
        guard let last = key.last, lastCharacters.contains(last) else { return nil }
        return labelByLength(endOf: key)
    }

    /// ``label(endOf:)`` trying every length: the definition the last character gates.
    static func labelByLength(endOf key: String) -> (length: Int, match: Match)? {
        let tail = Array(key.suffix(longestLabel + 1))
        let wide = (tail.last?.unicodeScalars.first?.value ?? 0) > 0x2E80
        var best: (length: Int, match: Match)?
        for length in 1 ... max(tail.count, 1) where length <= tail.count && length <= longestLabel {
            let start = tail.count - length
            let neighbour: Character? = start > 0 ? tail[start - 1] : (key.count > length ? " " : nil)
            guard isBoundary(neighbour, wide: wide), let match = labels[String(tail[start...])] else { continue }
            best = (length, match)
        }
        return best
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
            if let found = label(startOf: lowered), found.match.strength == .article {
                current = String(current.dropFirst(found.length)); changed = true; continue
            }
            if let found = label(endOf: lowered), found.match.strength == .article {
                current = String(current.dropLast(found.length)); changed = true; continue
            }
            // A bare word goes only when a separator follows it: "Previous: The old mill", not
            // the title "Next steps for the council".
            if let found = label(startOf: lowered), found.length == lowered.count
                || lowered.dropFirst(found.length).first.map({ $0 != " " && NavigationVocabulary.decoration.contains($0) }) == true {
                current = String(current.dropFirst(found.length)); changed = true
            }
        }
        current = trimmedDecoration(current)
        return current.contains(where: { $0.isLetter || $0.isNumber }) ? current : nil
    }

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
