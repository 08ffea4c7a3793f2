/// Trimming by Unicode scalar with plain Swift predicates. Foundation's
/// `trimmingCharacters(in:)` asks a `CharacterSet` about every scalar it looks at, and on Linux
/// that costs more than cleaning a byline word; these give the same results for the sets the
/// heuristics use.
extension StringProtocol {
    /// The text without leading and trailing scalars for which `isTrimmed` is true.
    func trimmingScalars(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isTrimmed(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isTrimmed(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(self[start ..< end])
    }
}

/// Scalar predicates matching Foundation's named character sets.
enum ScalarClass {
    /// `CharacterSet.whitespaces`: space separators (Zs), the tab, and U+200B ZERO WIDTH SPACE,
    /// which Foundation keeps from the Unicode versions that called it a space.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }

    /// `CharacterSet.punctuationCharacters`: the punctuation categories (P*), as the standard
    /// library's Unicode version assigns them (Foundation's tables on Linux may be older).
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
