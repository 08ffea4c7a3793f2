/// Splits class and id values into lower-case words for ``Selectors``, quickly: every element's
/// class and id go through here, so the common all-ASCII value is split on its UTF-8 bytes
/// without Unicode property lookups, and anything else takes the general path.
enum ClassWords {
    /// The words of a class or id value: runs of letters and ASCII digits, lower-cased.
    static func split(_ value: String) -> [String] {
        var value = value
        if let words = value.withUTF8({ asciiWords(of: $0) }) { return words }
        return unicodeWords(of: value)
    }

    /// The words of an all-ASCII value, or nil when the value has a non-ASCII byte. Each word is
    /// made straight from its bytes, lower-cased as it is copied; most are short enough for
    /// Swift to keep inline, without an allocation.
    private static func asciiWords(of bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var words: [String] = []
        var start = -1
        var hasUpper = false
        for position in 0 ... bytes.count {
            let byte = position < bytes.count ? bytes[position] : 0x20
            guard byte < 0x80 else { return nil }
            switch byte {
            case UInt8(ascii: "a") ... UInt8(ascii: "z"), UInt8(ascii: "0") ... UInt8(ascii: "9"):
                if start < 0 { (start, hasUpper) = (position, false) }
            case UInt8(ascii: "A") ... UInt8(ascii: "Z"):
                if start < 0 { start = position }
                hasUpper = true
            default:
                guard start >= 0 else { continue }
                let word = UnsafeBufferPointer(rebasing: bytes[start ..< position])
                words.append(hasUpper ? lowered(word) : String(decoding: word, as: UTF8.self))
                start = -1
            }
        }
        return words
    }

    private static func lowered(_ word: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: word.count) { output in
            for (offset, byte) in word.enumerated() {
                output[offset] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            }
            return word.count
        }
    }

    /// The general rule: letters of any script and ASCII digits make words; everything else
    /// separates them. (Tests use it as the reference for the ASCII path.)
    static func unicodeWords(of value: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in value.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0" ... "9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words
    }

    /// The class value with each class's BEM modifier cut off, or nil when no class has one: in
    /// "report__section--ads" the part after the element ("__section") is a modifier, a state of
    /// the block ("may carry ads"); a double dash with no element before it ("sidebar--wide")
    /// only separates words.
    static func withoutModifiers(_ value: String) -> String? {
        // On bytes, and without a copy for the many values with no modifier: every distinct
        // class value of a page is asked, and utility-class values run long.
        var value = value
        let blanked: [UInt8]? = value.withUTF8 { bytes in
            var kept: [UInt8]?
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, !isSpace(bytes[end]) { end += 1 }
                let name = UnsafeBufferPointer(rebasing: bytes[start ..< end])
                if let element = firstPair(UInt8(ascii: "_"), in: name, from: 0),
                   let modifier = firstPair(UInt8(ascii: "-"), in: name, from: element + 2) {
                    if kept == nil { kept = Array(bytes) }
                    for position in start + modifier ..< end { kept?[position] = 0x20 }
                }
                start = end + 1
            }
            return kept
        }
        return blanked.map { WhitespaceFolding.fold(String(decoding: $0, as: UTF8.self)) }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    /// Where two `mark` bytes in a row first start, at or after `from`.
    private static func firstPair(_ mark: UInt8, in name: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var position = from
        while position + 1 < name.count {
            if name[position] == mark, name[position + 1] == mark { return position }
            position += 1
        }
        return nil
    }
}
