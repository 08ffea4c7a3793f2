/// `String.lowercased()` maps every scalar on its own, to its `lowercaseMapping`. These helpers
/// give the same scalars without building the lowered string first, and skip the Unicode
/// property tables for ASCII, which is most of what pages hold.
extension Unicode.Scalar {
    /// Calls `body` with each scalar this one lower-cases to, as `lowercased()` would write them.
    @inline(__always)
    func forEachLowercased(_ body: (Unicode.Scalar) -> Void) {
        if isASCII {
            body(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value) | 0x20) : self)
        } else {
            for lower in properties.lowercaseMapping.unicodeScalars { body(lower) }
        }
    }
}

extension StringProtocol {
    /// Whether `lowercased()` of this text is `lowered`, stopping at the first scalar that differs.
    func lowercasedEquals(_ lowered: String) -> Bool {
        var expected = lowered.unicodeScalars.makeIterator()
        var same = true
        for scalar in unicodeScalars {
            scalar.forEachLowercased { if same, expected.next() != $0 { same = false } }
            if !same { return false }
        }
        return expected.next() == nil
    }
}
