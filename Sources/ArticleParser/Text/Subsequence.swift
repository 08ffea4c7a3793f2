extension Collection where Element: Equatable {
    /// Whether the elements of `subsequence` occur here consecutively; a byte-level substring
    /// test that avoids Foundation's locale-aware string search.
    func contains(subsequence: some Collection<Element>) -> Bool {
        firstRange(ofSubsequence: subsequence) != nil
    }

    /// Where `subsequence` first occurs here consecutively, or nil.
    func firstRange(ofSubsequence subsequence: some Collection<Element>) -> Range<Index>? {
        guard let first = subsequence.first else { return startIndex ..< startIndex }
        var start = startIndex
        while let found = self[start...].firstIndex(of: first) {
            var position = found
            var matched = true
            for element in subsequence {
                guard position < endIndex, self[position] == element else { matched = false; break }
                position = index(after: position)
            }
            if matched { return found ..< position }
            start = index(after: found)
        }
        return nil
    }
}

extension StringProtocol {
    /// The first occurrence of `needle`, compared byte for byte: Foundation's `range(of:)`
    /// compares by canonical equivalence through `NSString` on Linux, at many times the cost,
    /// and the texts searched here are already normalised by the same steps.
    func firstByteRange(of needle: some StringProtocol) -> Range<Index>? {
        guard let found = utf8.firstRange(ofSubsequence: needle.utf8) else { return nil }
        return found.lowerBound ..< found.upperBound
    }
}

extension String {
    /// The last occurrence of `needle`, compared byte for byte.
    func lastByteRange(of needle: some StringProtocol) -> Range<Index>? {
        let bytes = Array(needle.utf8)
        guard !bytes.isEmpty, bytes.count <= utf8.count else { return nil }
        var start = utf8.index(utf8.endIndex, offsetBy: -bytes.count)
        while true {
            if utf8[start...].starts(with: bytes) {
                return start ..< utf8.index(start, offsetBy: bytes.count)
            }
            guard start > utf8.startIndex else { return nil }
            start = utf8.index(before: start)
        }
    }
}

extension StringProtocol {
    /// Whether `other` occurs in the string, compared byte for byte.
    ///
    /// This overload wins over Foundation's `contains(_:)` everywhere in the module on purpose:
    /// Foundation's goes through `NSString` and a canonical-equivalence search on Linux, and at
    /// its call sites here (class words, labels, styles, short lines) it cost a tenth of a whole
    /// extraction. The vocabularies searched for are written in the form pages use.
    func contains(_ other: String) -> Bool {
        utf8.firstRange(ofSubsequence: other.utf8) != nil
    }
}
