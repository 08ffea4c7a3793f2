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

    /// The words of an all-ASCII value, or nil when the value has a non-ASCII byte.
    private static func asciiWords(of bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var words: [String] = []
        var word: [UInt8] = []
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            switch byte {
            case UInt8(ascii: "a") ... UInt8(ascii: "z"), UInt8(ascii: "0") ... UInt8(ascii: "9"):
                word.append(byte)
            case UInt8(ascii: "A") ... UInt8(ascii: "Z"):
                word.append(byte | 0x20)
            default:
                if !word.isEmpty {
                    words.append(String(decoding: word, as: UTF8.self))
                    word.removeAll(keepingCapacity: true)
                }
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
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
}
