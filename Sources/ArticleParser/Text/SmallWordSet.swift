/// A handful of short words, asked about every class word of a page: the bytes of the words of
/// the asked word's length are compared, which costs less than hashing the word, since most
/// class words have a length no word of the set has.
struct SmallWordSet: Sendable {
    /// The set's words by their UTF-8 length.
    private let byLength: [[[UInt8]]]

    init(_ words: [String]) {
        var byLength: [[[UInt8]]] = Array(repeating: [], count: (words.map(\.utf8.count).max() ?? 0) + 1)
        for word in words { byLength[word.utf8.count].append(Array(word.utf8)) }
        self.byLength = byLength
    }

    func contains(_ word: String) -> Bool {
        let length = word.utf8.count
        guard length < byLength.count, !byLength[length].isEmpty else { return false }
        return byLength[length].contains { $0.elementsEqual(word.utf8) }
    }
}
