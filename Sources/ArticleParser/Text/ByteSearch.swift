import Foundation

/// Substring search on UTF-8 bytes.
///
/// Foundation's `range(of:)` and `contains(_:)` go through `NSString` and a search by canonical
/// equivalence on Linux; at the call sites here (class words, labels, styles, short lines) that
/// cost a tenth of a whole extraction. The texts searched are compared in the form pages write
/// them, so a byte comparison is the rule the stages mean.
enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `haystack`, or nil.
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let needleStart = needle.baseAddress, !needle.isEmpty else { return nil }
        guard needle.count <= haystack.count, let start = haystack.baseAddress else { return nil }
        let lastStart = haystack.count - needle.count
        var offset = 0
        while offset <= lastStart {
            guard let found = memchr(start + offset, Int32(needleStart.pointee), lastStart - offset + 1) else { return nil }
            let position = start.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(start + position, needleStart, needle.count) == 0 { return position }
            offset = position + 1
        }
        return nil
    }

    /// The offset of the last occurrence of `needle` in `haystack`, or nil.
    static func lastOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let needleStart = needle.baseAddress, !needle.isEmpty else { return nil }
        guard needle.count <= haystack.count, let start = haystack.baseAddress else { return nil }
        var position = haystack.count - needle.count
        while position >= 0 {
            if start[position] == needleStart.pointee, memcmp(start + position, needleStart, needle.count) == 0 { return position }
            position -= 1
        }
        return nil
    }

    /// Whether any of `needles` occurs in `text`: the text's bytes are fetched once for all.
    static func containsAny(of needles: [[UInt8]], in text: some StringProtocol) -> Bool {
        withBytes(of: text) { haystack in
            needles.contains { needle in needle.withUnsafeBufferPointer { firstOffset(of: $0, in: haystack) != nil } }
        }
    }

    /// Whether `text` starts with any of `prefixes`, compared on bytes.
    static func startsWithAny(of prefixes: [[UInt8]], text: some StringProtocol) -> Bool {
        withBytes(of: text) { bytes in
            guard let start = bytes.baseAddress else { return prefixes.contains(where: \.isEmpty) }
            return prefixes.contains { prefix in
                prefix.count <= bytes.count && prefix.withUnsafeBufferPointer {
                    $0.isEmpty || memcmp(start, $0.baseAddress!, prefix.count) == 0
                }
            }
        }
    }

    /// Runs `body` on the UTF-8 bytes of both strings (copying only strings that are not
    /// stored as contiguous UTF-8).
    static func withBytes<Result>(_ haystack: some StringProtocol, _ needle: some StringProtocol,
                                  _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withBytes(of: haystack) { haystackBytes in withBytes(of: needle) { body(haystackBytes, $0) } }
    }

    static func withBytes<Result>(of text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }
}

extension StringProtocol {
    /// The first occurrence of `needle`, compared byte for byte (see ``ByteSearch``).
    func firstByteRange(of needle: some StringProtocol) -> Range<Index>? {
        guard let offset = ByteSearch.withBytes(self, needle, { ByteSearch.firstOffset(of: $1, in: $0) }) else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower ..< utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// The last occurrence of `needle`, compared byte for byte (see ``ByteSearch``).
    func lastByteRange(of needle: some StringProtocol) -> Range<Index>? {
        guard let offset = ByteSearch.withBytes(self, needle, { ByteSearch.lastOffset(of: $1, in: $0) }) else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower ..< utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// Whether `other` occurs in the string, compared byte for byte (see ``ByteSearch``).
    ///
    /// This overload wins over Foundation's `contains(_:)` everywhere in the module on purpose.
    func contains(_ other: String) -> Bool {
        ByteSearch.withBytes(self, other) { ByteSearch.firstOffset(of: $1, in: $0) } != nil
    }
}
