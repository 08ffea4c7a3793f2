extension Collection where Element: Equatable {
    /// Whether the elements of `subsequence` occur here consecutively; a byte-level substring
    /// test that avoids Foundation's locale-aware string search.
    func contains(subsequence: some Collection<Element>) -> Bool {
        guard let first = subsequence.first else { return true }
        var start = startIndex
        while let found = self[start...].firstIndex(of: first) {
            if self[found...].starts(with: subsequence) { return true }
            start = index(after: found)
        }
        return false
    }
}
