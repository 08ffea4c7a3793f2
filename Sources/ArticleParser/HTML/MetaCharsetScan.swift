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
        let charsetName = Array("charset".utf8)
        var position = 0
        while let start = firstIndex(of: meta, in: bytes, from: position) {
            let tagStart = start + meta.count
            let tagEnd = bytes[tagStart...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count
            // Most `<meta>` tags of a head name no charset: skip them before making a string.
            guard firstIndex(of: charsetName, in: bytes, from: tagStart, before: tagEnd) != nil else {
                position = tagEnd
                continue
            }
            let tag = String(decoding: bytes[tagStart ..< tagEnd], as: UTF8.self)
            if let label = CharsetDeclaration.value(after: "charset", in: tag), let charset = Charset(label: label) {
                return CharsetDeclaration(charset: charset, isXMLDeclaration: false)
            }
            position = tagEnd
        }
        return nil
    }

    /// Where `needle` starts at or after `start`, wholly before `end` (the end of `bytes` if nil).
    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int, before end: Int? = nil) -> Int? {
        let end = end ?? bytes.count
        guard start < end else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            needle.withUnsafeBufferPointer { needle in
                ByteSearch.firstOffset(of: needle, in: UnsafeBufferPointer(rebasing: buffer[start ..< end])).map { $0 + start }
            }
        }
    }
}
