/// Finds lower-case labels ("updated", "veröffentlicht", "mis à jour") in a text whatever its
/// case, without lower-casing the whole text: date lines are read several times per page and
/// `lowercased()` of a non-ASCII line costs more than parsing its date.
///
/// The text's bytes are folded in place of a copy: ASCII capitals and the Latin-1 capitals
/// À–Þ (U+00C0–U+00DE, but ×) become their small letters, which are as long in UTF-8, so an
/// offset in the folded bytes is an offset in the text. Those are all the capitals the labels
/// can hold.
struct LabelSearch {
    private let folded: [UInt8]

    init(_ text: some StringProtocol) {
        var bytes = Array(text.utf8)
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte >= 0x41, byte <= 0x5A {
                bytes[position] = byte | 0x20
            } else if byte == 0xC3, position + 1 < bytes.count, bytes[position + 1] >= 0x80, bytes[position + 1] <= 0x9E,
                      bytes[position + 1] != 0x97 {
                bytes[position + 1] += 0x20
                position += 1
            }
            position += 1
        }
        folded = bytes
    }

    /// The byte offset where the first of `labels` starts (the earliest in the text), or nil.
    func firstOffset(of labels: [[UInt8]]) -> Int? {
        folded.withUnsafeBufferPointer { haystack in
            var best: Int?
            for label in labels {
                let found = label.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: haystack) }
                if let found, best.map({ found < $0 }) ?? true { best = found }
            }
            return best
        }
    }
}
