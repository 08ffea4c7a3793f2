/// The whitespace folding of ``TextBuffer/normalize(_:)``, done on UTF-8 bytes: every paragraph
/// and every link label passes through it, and asking the Unicode tables about each character
/// (`properties.isWhitespace`) cost more than the rest of the paragraph extraction.
///
/// Whitespace is Unicode's White_Space property, spelled out by its UTF-8 forms below:
/// U+0009–000D, U+0020, U+0085, U+00A0, U+1680, U+2000–200A, U+2028, U+2029, U+202F, U+205F,
/// U+3000. `WhitespaceFoldingTests` checks the list against the property for every code point.
enum WhitespaceFolding {
    /// Folds whitespace runs to one space and turns the `<br>` and cell markers (U+E000,
    /// U+E001) into a line break or tab that swallows the spaces around it; trims both ends.
    static func fold(_ raw: String) -> String {
        var raw = raw
        let folded: String? = raw.withUTF8 { bytes in
            if isFolded(bytes) { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { output in
                var written = 0
                var pendingSpace = false
                var pendingBreak: UInt8 = 0  // 0, "\n" or "\t"
                var index = 0
                let count = bytes.count
                while index < count {
                    let lead = bytes[index]
                    let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                    switch classify(bytes, at: index, lead: lead, length: length) {
                    case .lineBreak:
                        pendingBreak = UInt8(ascii: "\n")
                        pendingSpace = false
                    case .cellBreak:
                        pendingBreak = UInt8(ascii: "\t")
                        pendingSpace = false
                    case .whitespace:
                        pendingSpace = true
                    case .other:
                        // A separator replaces at least one byte of input, so the output never
                        // outgrows the input.
                        if written > 0 {
                            if pendingBreak != 0 {
                                output[written] = pendingBreak
                                written += 1
                            } else if pendingSpace {
                                output[written] = UInt8(ascii: " ")
                                written += 1
                            }
                        }
                        pendingSpace = false
                        pendingBreak = 0
                        for offset in index ..< min(index + length, count) {
                            output[written] = bytes[offset]
                            written += 1
                        }
                    }
                    index += length
                }
                return written
            }
        }
        return folded ?? raw
    }

    /// Whether folding would leave the text as it is: no white space but single spaces between
    /// other characters, and no byte that can open a multi-byte space or marker. Most link
    /// labels and attribute values are, and then no copy is made.
    private static func isFolded(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return bytes.isEmpty }
        var previousWasSpace = false
        for byte in bytes {
            switch byte {
            case 0x20:
                if previousWasSpace { return false }
                previousWasSpace = true
                continue
            case 0x09 ... 0x0D, 0xC2, 0xE1, 0xE2, 0xE3, 0xEE:
                return false
            default:
                previousWasSpace = false
            }
        }
        return true
    }

    private enum Kind { case whitespace, lineBreak, cellBreak, other }

    @inline(__always)
    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, lead: UInt8, length: Int) -> Kind {
        if length == 1 {
            return lead == 0x20 || (lead >= 0x09 && lead <= 0x0D) ? .whitespace : .other
        }
        guard index + length <= bytes.count else { return .other }
        let second = bytes[index + 1]
        switch (lead, length) {
        case (0xC2, _):
            return second == 0x85 || second == 0xA0 ? .whitespace : .other
        case (0xE1, _):
            return second == 0x9A && bytes[index + 2] == 0x80 ? .whitespace : .other  // U+1680
        case (0xE2, _):
            let third = bytes[index + 2]
            if second == 0x80 {
                // U+2000–200A, U+2028, U+2029, U+202F
                return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? .whitespace : .other
            }
            return second == 0x81 && third == 0x9F ? .whitespace : .other  // U+205F
        case (0xE3, _):
            return second == 0x80 && bytes[index + 2] == 0x80 ? .whitespace : .other  // U+3000
        case (0xEE, _):
            guard second == 0x80 else { return .other }
            switch bytes[index + 2] {
            case 0x80: return .lineBreak  // U+E000
            case 0x81: return .cellBreak  // U+E001
            default: return .other
            }
        default:
            return .other
        }
    }
}

extension StringProtocol {
    /// The text without white space and line breaks at either end (Unicode White_Space, the
    /// set of Foundation's `.whitespacesAndNewlines`), trimmed on scalars without bridging to
    /// `NSString`.
    var trimmingWhitespaceAndNewlines: String {
        func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? scalar == " " || (0x09 ... 0x0D).contains(scalar.value) : scalar.properties.isWhitespace
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespace($0) }) else { return "" }
        var last = scalars.index(before: scalars.endIndex)
        while isWhitespace(scalars[last]) { last = scalars.index(before: last) }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return String(self) }
        return String(String.UnicodeScalarView(scalars[first ... last]))
    }
}
