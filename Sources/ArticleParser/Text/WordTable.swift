/// A fixed vocabulary of words with a value each, asked about every class word of a page.
///
/// Most class words are in no vocabulary: an ASCII word is compared byte for byte with the
/// vocabulary words of its length and first byte, which says so without hashing it. A word with
/// any other byte goes to the dictionary, which compares as `String` does. (No vocabulary word
/// here is canonically equal to an ASCII word, so the two paths agree.)
struct WordTable<Value: Sendable>: Sendable {
    let dictionary: [String: Value]
    /// The ASCII words by length, then by first byte.
    private let ascii: [[[(word: [UInt8], value: Value)]]]

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        let words = dictionary.map { (word: Array($0.key.utf8), value: $0.value) }
            .filter { !$0.word.isEmpty && $0.word.allSatisfy { $0 < 0x80 } }
        let empty = Array(repeating: [(word: [UInt8], value: Value)](), count: 128)
        var table = Array(repeating: empty, count: (words.map(\.word.count).max() ?? 0) + 1)
        for entry in words { table[entry.word.count][Int(entry.word[0])].append(entry) }
        ascii = table
    }

    /// The word's value, or nil when the vocabulary does not hold it.
    func value(of word: String) -> Value? {
        ByteSearch.withBytes(of: word) { bytes in
            guard let first = bytes.first, bytes.allSatisfy({ $0 < 0x80 }) else { return dictionary[word] }
            guard bytes.count < ascii.count else { return nil }
            for entry in ascii[bytes.count][Int(first)] where entry.word.elementsEqual(bytes) { return entry.value }
            return nil
        }
    }
}

extension WordTable where Value == Bool {
    /// A set of words.
    init(words: [String]) {
        self.init(Dictionary(words.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }

    func contains(_ word: String) -> Bool {
        value(of: word) != nil
    }
}
