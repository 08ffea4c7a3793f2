/// The `<meta>` part of ``CharsetDeclaration/find(in:)`` on bytes: the head of every page is
/// searched, and lower-casing it as a `String` and searching it with Foundation's
/// `range(of:)` cost as much as a tenth of a whole extraction.
///
/// Only ASCII is lower-cased here. That finds the same tags: `<meta` and `charset` are ASCII,
/// no other character lower-cases to one of their letters, and a label is lower-cased again
/// by `Charset(label:)`.
enum MetaCharsetScan {
    static func firstDeclaration(in head: ArraySlice<UInt8>) -> CharsetDeclaration? {
        let bytes = head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let meta = Array("<meta".utf8)
        var position = 0
        while let start = firstIndex(of: meta, in: bytes, from: position) {
            let tagStart = start + meta.count
            let tagEnd = bytes[tagStart...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count
            let tag = String(decoding: bytes[tagStart ..< tagEnd], as: UTF8.self)
            if let label = CharsetDeclaration.value(after: "charset", in: tag), let charset = Charset(label: label) {
                return CharsetDeclaration(charset: charset, isXMLDeclaration: false)
            }
            position = tagEnd
        }
        return nil
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        let first = needle[0]
        var index = start
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first, bytes[index ..< index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
