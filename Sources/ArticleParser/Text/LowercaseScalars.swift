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
    /// `lowercased()`, made on UTF-8 bytes: the standard library lowers a text with any
    /// non-ASCII scalar one appended string per scalar, which for a German or French line costs
    /// more than the test it is made for.
    var lowercasedQuickly: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            scalar.forEachLowercased { lower in
                if lower.isASCII {
                    bytes.append(UInt8(lower.value))
                } else {
                    bytes.append(contentsOf: UTF8.encode(lower)!)
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

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
