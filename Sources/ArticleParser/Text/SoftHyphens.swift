extension String {
    /// The text without soft hyphens (U+00AD). They are hints where a word may break at a
    /// line's end, invisible otherwise; inside a word they keep it from matching its own
    /// spelling ("Mit\u{AD}tel\u{AD}al\u{AD}ter"). Headlines and body text both lose them.
    var removingSoftHyphens: String {
        // U+00AD is 0xC2 0xAD in UTF-8: most texts have none and are returned as they are.
        let hasSoftHyphen = ByteSearch.withBytes(of: self) { bytes in
            bytes.indices.dropFirst().contains { bytes[$0] == 0xAD && bytes[$0 - 1] == 0xC2 }
        }
        guard hasSoftHyphen else { return self }
        var result = self
        result.unicodeScalars.removeAll { $0 == "\u{AD}" }
        return result
    }
}
