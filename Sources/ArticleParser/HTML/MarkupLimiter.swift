#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bounds what one page can cost libxml2, in a single linear pass over the decoded UTF-8.
///
/// libxml2's time is linear in the input except in a few places a page controls: its duplicate
/// check makes a start tag with many attributes worse than quadratic (10^5 attributes take
/// minutes), and each stray end tag searches the whole stack of open elements, so deep nesting
/// followed by unmatched end tags is quadratic. A start tag is also one uninterruptible step for
/// the time limit. So before parsing, this pass
/// - keeps the first ``maximumAttributesPerTag`` attributes of a start tag and drops the rest;
/// - flattens elements nested deeper than ``maximumDepth``: their start and end tags go, their
///   content stays, as Blink's HTML parser does past depth 512;
/// - removes a DOCTYPE's internal subset (`<!DOCTYPE html [<!ENTITY …>]>`), which libxml2's HTML
///   parser never reads but leaks into the body as text;
/// - leaves out what no stage reads: the code of scripts and styles (JSON data blocks stay), the
///   text of comments, the attributes not in ``ReadAttributes``, and all but one character of
///   each run of white space outside preformatted text.
///
/// The scan tokenizes the way libxml2 does where it matters: comments end at `-->`, `script` and
/// `style` content ends at its end tag, quoted attribute values may hold `>`.
struct MarkupLimiter {
    /// More attributes than any real tag carries; 256 cost libxml2 well under a millisecond.
    static let maximumAttributesPerTag = 256
    /// The depth past which Blink's HTML parser flattens (`kMaximumHTMLParserDOMTreeDepth`).
    static let maximumDepth = 512

    struct Result {
        var utf8: [UInt8]
        /// Attributes dropped because a tag had too many.
        var droppedAttributes = 0
        /// Start tags dropped because they were nested too deep.
        var flattenedElements = 0
        /// Whether a DOCTYPE internal subset was removed.
        var removedInternalSubset = false
        /// Bytes of script and style code and of unread attributes left out.
        var unreadBytes = 0
        /// Whether the deadline passed before the scan was done; `utf8` is then incomplete.
        var isExpired = false
    }

    var maximumAttributesPerTag = Self.maximumAttributesPerTag
    var maximumDepth = Self.maximumDepth
    /// Whether script and style code and unread attributes are cut; see `elide` and
    /// ``ReadAttributes``.
    var dropsUnreadMarkup = true

    /// Returns the bytes with the limits applied; the input itself when nothing was over a limit.
    /// The deadline is checked every few thousand tags.
    func limit(_ bytes: [UInt8], deadline: Deadline = Deadline(nil)) -> Result {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(bytes: buffer, limiter: self)
            scanner.run(deadline: deadline)
            guard !scanner.isExpired else { return Result(utf8: [], isExpired: true) }
            var result = Result(utf8: scanner.output.finish(original: bytes))
            result.droppedAttributes = scanner.droppedAttributes
            result.flattenedElements = scanner.flattenedElements
            result.removedInternalSubset = scanner.removedInternalSubset
            result.unreadBytes = scanner.unreadBytes
            return result
        }
    }
}

/// The copy of the input, made only once something is actually cut.
private struct LazyOutput {
    var bytes: [UInt8]?
    var copiedUpTo = 0

    /// Leaves out `range` of the input.
    mutating func cut(_ range: Range<Int>, from input: UnsafeBufferPointer<UInt8>) {
        if bytes != nil, range.lowerBound == copiedUpTo {
            // Right after the previous cut (a run of flattened tags): nothing to copy.
            copiedUpTo = range.upperBound
            return
        }
        if bytes == nil {
            bytes = []
            bytes?.reserveCapacity(input.count)
        }
        bytes?.append(contentsOf: UnsafeBufferPointer(rebasing: input[copiedUpTo ..< range.lowerBound]))
        copiedUpTo = range.upperBound
    }

    func finish(original: [UInt8]) -> [UInt8] {
        guard var bytes else { return original }
        original.withUnsafeBufferPointer { input in
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[copiedUpTo...]))
        }
        return bytes
    }
}

private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let limiter: MarkupLimiter
    var output = LazyOutput()
    var droppedAttributes = 0
    var flattenedElements = 0
    var removedInternalSubset = false
    var unreadBytes = 0
    var isExpired = false
    /// Open `pre`-like elements, whose white space is the text's own.
    private var preformattedDepth = 0
    /// The unread attributes of the tag being scanned, cut once the tag is known to stay.
    private var unreadAttributes: [Range<Int>] = []
    /// Open elements that count towards depth, as far as a tag-level scan can tell.
    private var depth = 0
    /// Start tags dropped for depth whose end tags have not been seen yet.
    private var excess = 0
    /// Set once a search for the end of an internal subset failed: later ones would fail too.
    private var subsetSearchFailed = false

    init(bytes: UnsafeBufferPointer<UInt8>, limiter: MarkupLimiter) {
        self.bytes = bytes
        self.limiter = limiter
    }

    mutating func run(deadline: Deadline) {
        var index = 0
        let count = bytes.count
        var tags = 0
        while let open = find(UInt8(ascii: "<"), from: index) {
            tags += 1
            if tags & 0xFFF == 0, deadline.isExpired {
                isExpired = true
                return
            }
            foldSpaces(in: index ..< open)
            index = open
            let next = byte(at: open + 1)
            if next == UInt8(ascii: "!") {
                index = skipDeclaration(at: open)
            } else if next == UInt8(ascii: "?") {
                index = after(UInt8(ascii: ">"), from: open + 2)
            } else if next == UInt8(ascii: "/"), Self.isLetter(byte(at: open + 2)) {
                index = endTag(at: open)
            } else if Self.isLetter(next) {
                index = startTag(at: open)
            } else {
                index = open + 1
            }
            if index >= count { break }
        }
        if index < count { foldSpaces(in: index ..< count) }
    }

    /// Cuts each run of ASCII white space in text down to one character: a line break if the run
    /// has one, else its first. A reader sees one space either way (every stage folds white
    /// space), but libxml2 reads indentation one character at a time, and a tenth of a page's
    /// bytes are indentation. Preformatted text keeps its white space.
    private mutating func foldSpaces(in text: Range<Int>) {
        guard limiter.dropsUnreadMarkup, preformattedDepth == 0 else { return }
        var position = text.lowerBound
        while position < text.upperBound {
            // One comparison for most bytes: white space is all at or below 0x20.
            guard bytes[position] <= 0x20, Self.isSpace(bytes[position]) else {
                position += 1
                continue
            }
            let start = position
            var lineBreak: Int?
            while position < text.upperBound, Self.isSpace(bytes[position]) {
                if lineBreak == nil, bytes[position] == 0x0A { lineBreak = position }
                position += 1
            }
            guard position - start > 1 else { continue }
            let kept = lineBreak ?? start
            if kept > start { output.cut(start ..< kept, from: bytes) }
            if kept + 1 < position { output.cut(kept + 1 ..< position, from: bytes) }
            unreadBytes += position - start - 1
        }
    }

    // MARK: - Tags

    private mutating func startTag(at open: Int) -> Int {
        let nameEnd = nameEnd(from: open + 1)
        let packed = Self.packedName(bytes, from: open + 1, to: nameEnd)
        let kind = Self.kind(of: packed)
        var position = nameEnd
        var attributes = 0
        var firstDropped: Int?
        var selfClosing = false
        var typeValue: Range<Int>?
        let count = bytes.count
        while position < count {
            let current = bytes[position]
            if Self.isSpace(current) {
                position += 1
                continue
            }
            if current == UInt8(ascii: ">") { break }
            if current == UInt8(ascii: "/") {
                selfClosing = byte(at: position + 1) == UInt8(ascii: ">")
                position += 1
                continue
            }
            let attributeStart = position
            while position < count, !Self.isSpace(bytes[position]), bytes[position] != UInt8(ascii: "="),
                  bytes[position] != UInt8(ascii: ">") {
                position += 1
            }
            let attributeNameEnd = position
            var valueStart = position
            while valueStart < count, Self.isSpace(bytes[valueStart]) { valueStart += 1 }
            if valueStart < count, bytes[valueStart] == UInt8(ascii: "=") {
                position = valueStart + 1
                while position < count, Self.isSpace(bytes[position]) { position += 1 }
                let value: Range<Int>
                if position < count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") {
                    let quoted = position + 1
                    position = after(bytes[position], from: quoted)
                    value = quoted ..< max(quoted, position - 1)
                } else {
                    let unquoted = position
                    while position < count, !Self.isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") {
                        position += 1
                    }
                    value = unquoted ..< position
                }
                if attributeNameEnd - attributeStart == 4, matchesIgnoringCase(Self.typeName, at: attributeStart) {
                    typeValue = value
                }
            }
            attributes += 1
            if attributes > limiter.maximumAttributesPerTag {
                if firstDropped == nil { firstDropped = attributeStart }
            } else if limiter.dropsUnreadMarkup, isName(attributeStart ..< attributeNameEnd),
                      !isRead(attributeStart ..< attributeNameEnd) {
                unreadAttributes.append(attributeStart ..< position)
            }
        }
        let tagEnd = min(position + 1, count)
        defer { unreadAttributes.removeAll(keepingCapacity: true) }
        if case .counted = kind, !selfClosing, depth >= limiter.maximumDepth {
            output.cut(open ..< tagEnd, from: bytes)
            excess += 1
            flattenedElements += 1
            return tagEnd
        }
        for attribute in unreadAttributes {
            output.cut(attribute, from: bytes)
            unreadBytes += attribute.count
        }
        if let firstDropped {
            droppedAttributes += attributes - limiter.maximumAttributesPerTag
            output.cut(firstDropped ..< position, from: bytes)
        }
        if selfClosing { return tagEnd }
        if Self.isPreformatted(packed) { preformattedDepth += 1 }
        switch kind {
        case .rawText(let name):
            // libxml2 (with RECOVER) ends script and style content at their own end tag.
            let end = endOfRawText(named: name, from: tagEnd)
            if limiter.dropsUnreadMarkup, !contains(Self.json, in: typeValue) {
                elide(tagEnd ..< end)
            }
            return end
        case .counted:
            depth += 1
        case .uncounted:
            break
        }
        return tagEnd
    }

    private mutating func endTag(at open: Int) -> Int {
        let nameEnd = nameEnd(from: open + 2)
        let tagEnd = after(UInt8(ascii: ">"), from: nameEnd)
        let packed = Self.packedName(bytes, from: open + 2, to: nameEnd)
        if preformattedDepth > 0, Self.isPreformatted(packed) { preformattedDepth -= 1 }
        guard case .counted = Self.kind(of: packed) else { return tagEnd }
        if excess > 0 {
            output.cut(open ..< tagEnd, from: bytes)
            excess -= 1
        } else if depth > 0 {
            depth -= 1
        }
        return tagEnd
    }

    /// Cuts a script's or style's code or a comment's text. No stage reads them, and libxml2
    /// steps through them one character at a time: code alone is two fifths of a typical page's
    /// bytes, and would otherwise cost more to parse than the visible text.
    private mutating func elide(_ content: Range<Int>) {
        guard !content.isEmpty else { return }
        output.cut(content, from: bytes)
        unreadBytes += content.count
    }

    /// Whether `range` is a name as libxml2 reads one (a letter, `_`, `:` or `.`, then also
    /// digits and `-`). Anything else (`class"x"`, `= type=…`) libxml2 splits where the scan
    /// does not, so such an attribute is left as it is rather than cut.
    private func isName(_ range: Range<Int>) -> Bool {
        guard let first = range.first, Self.nameBytes[Int(bytes[first])] == 2 else { return false }
        for index in range.dropFirst() where Self.nameBytes[Int(bytes[index])] == 0 { return false }
        return true
    }

    /// Per byte: 2 opens a name, 1 continues one, 0 is no part of one.
    private static let nameBytes: [UInt8] = (0 ... 255).map { byte in
        if isLetter(UInt8(byte)) || byte == 0x5F || byte == 0x3A || byte == 0x2E { return 2 }
        return (byte >= 0x30 && byte <= 0x39) || byte == 0x2D ? 1 : 0
    }

    /// Whether the attribute named by `name` is one a stage reads.
    private func isRead(_ name: Range<Int>) -> Bool {
        if let packed = Self.packedName(bytes, from: name.lowerBound, to: name.upperBound) {
            return Self.readShortAttributes.contains(packed)
        }
        return Self.readLongAttributes.contains { name.count == $0.count && matchesIgnoringCase($0, at: name.lowerBound) }
    }

    /// Whether `range` of the input holds `lowercased`, in any case.
    private func contains(_ lowercased: [UInt8], in range: Range<Int>?) -> Bool {
        guard let range, range.count >= lowercased.count else { return false }
        for start in range.lowerBound ... range.upperBound - lowercased.count where matchesIgnoringCase(lowercased, at: start) {
            return true
        }
        return false
    }

    private func endOfRawText(named name: [UInt8], from start: Int) -> Int {
        var position = start
        while let open = find(UInt8(ascii: "<"), from: position) {
            if byte(at: open + 1) == UInt8(ascii: "/"), matchesIgnoringCase(name, at: open + 2) {
                return open
            }
            position = open + 1
        }
        return bytes.count
    }

    // MARK: - Comments and declarations

    private mutating func skipDeclaration(at open: Int) -> Int {
        if byte(at: open + 2) == UInt8(ascii: "-"), byte(at: open + 3) == UInt8(ascii: "-") {
            var position = open + 4
            while let dash = find(UInt8(ascii: "-"), from: position) {
                if byte(at: dash + 1) == UInt8(ascii: "-"), byte(at: dash + 2) == UInt8(ascii: ">") {
                    // No stage reads a comment; it only ends a run of text, empty or not.
                    if limiter.dropsUnreadMarkup, dash > open + 4 { elide(open + 4 ..< dash) }
                    return dash + 3
                }
                position = dash + 1
            }
            return bytes.count
        }
        if matchesIgnoringCase(Array("doctype".utf8), at: open + 2) {
            return documentType(at: open)
        }
        return after(UInt8(ascii: ">"), from: open + 2)
    }

    /// Skips a DOCTYPE, cutting its internal subset if it has one.
    private mutating func documentType(at open: Int) -> Int {
        var position = open + 9
        let count = bytes.count
        while position < count, bytes[position] != UInt8(ascii: ">"), bytes[position] != UInt8(ascii: "[") {
            position += 1
        }
        guard position < count, bytes[position] == UInt8(ascii: "["), !subsetSearchFailed else {
            return min(position + 1, count)
        }
        let subsetStart = position
        var quote: UInt8?
        position += 1
        while position < count {
            let current = bytes[position]
            if let open = quote {
                if current == open { quote = nil }
            } else if current == UInt8(ascii: "\"") || current == UInt8(ascii: "'") {
                quote = current
            } else if current == UInt8(ascii: "]") {
                break
            }
            position += 1
        }
        guard position < count else {
            // No end: leave the declaration to libxml2, which stops it at the first `>`.
            subsetSearchFailed = true
            return subsetStart + 1
        }
        guard let closing = find(UInt8(ascii: ">"), from: position + 1) else {
            output.cut(subsetStart ..< count, from: bytes)
            removedInternalSubset = true
            return count
        }
        output.cut(subsetStart ..< closing, from: bytes)
        removedInternalSubset = true
        return closing + 1
    }

    // MARK: - Bytes

    private enum Kind {
        case counted, uncounted, rawText([UInt8])
    }

    /// Elements that never nest in libxml2's tree (void, implied end tags, the document's own),
    /// as packed names (see `packedName`).
    private static let uncounted = PackedNames([
        "area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input", "isindex",
        "keygen", "link", "meta", "param", "source", "track", "wbr",
        "html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
        "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
    ].compactMap { packedName(Array($0.utf8)) })
    private static let script = packedName(Array("script".utf8))
    private static let scriptName = Array("script".utf8)
    private static let styleName = Array("style".utf8)
    private static let typeName = Array("type".utf8)
    private static let readShortAttributes = PackedNames(ReadAttributes.names.compactMap { packedName(Array($0.utf8)) })
    private static let readLongAttributes = ReadAttributes.names.map { Array($0.utf8) }.filter { $0.count > 8 }
    /// Scripts whose type names JSON hold data the metadata stage reads (JSON-LD).
    private static let json = Array("json".utf8)
    private static let style = packedName(Array("style".utf8))

    /// A lower-cased name of up to eight bytes packed into one integer, so classifying a tag
    /// allocates nothing; nil for longer names, which are all ordinary elements.
    private static func packedName(_ name: [UInt8]) -> UInt64? {
        name.withUnsafeBufferPointer { packedName($0, from: 0, to: $0.count) }
    }

    private static func packedName(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt64? {
        guard end - start <= 8 else { return nil }
        var packed: UInt64 = 0
        var index = start
        while index < end {
            let byte = bytes[index]
            packed = packed << 8 | UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            index += 1
        }
        return packed
    }

    /// Elements whose white space is kept as written (`textarea` too: its text is a value).
    private static let preformatted = PackedNames(["pre", "listing", "xmp", "plaintext", "textarea"].compactMap { packedName(Array($0.utf8)) })

    /// Whether a tag name, packed (see `packedName`), names a preformatted element.
    private static func isPreformatted(_ packed: UInt64?) -> Bool {
        packed.map(preformatted.contains) ?? false
    }

    /// How a tag name, packed (nil for names past eight bytes), counts towards depth.
    private static func kind(of packed: UInt64?) -> Kind {
        guard let packed else { return .counted }
        if packed == script { return .rawText(scriptName) }
        if packed == style { return .rawText(styleName) }
        return uncounted.contains(packed) ? .uncounted : .counted
    }

    private func nameEnd(from start: Int) -> Int {
        var position = start
        while position < bytes.count {
            let current = bytes[position]
            if Self.isSpace(current) || current == UInt8(ascii: ">") || current == UInt8(ascii: "/") { break }
            position += 1
        }
        return position
    }

    private func byte(at index: Int) -> UInt8 {
        index < bytes.count ? bytes[index] : 0
    }

    /// The index of the next `value` at or after `start`, found with `memchr`.
    private func find(_ value: UInt8, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(value), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The index just past the next `value`, or the end of the input.
    private func after(_ value: UInt8, from start: Int) -> Int {
        find(value, from: start).map { $0 + 1 } ?? bytes.count
    }

    private func matchesIgnoringCase(_ lowercased: [UInt8], at start: Int) -> Bool {
        guard start + lowercased.count <= bytes.count else { return false }
        for (offset, expected) in lowercased.enumerated() {
            let current = bytes[start + offset]
            if current | (Self.isUpper(current) ? 0x20 : 0) != expected { return false }
        }
        return true
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isUpper(_ byte: UInt8) -> Bool {
        byte >= 0x41 && byte <= 0x5A
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}

/// A few dozen packed names, searched by halves: hashing costs more than the five comparisons,
/// and the scan asks once per tag and attribute.
private struct PackedNames {
    private let sorted: [UInt64]

    init(_ names: [UInt64]) {
        sorted = names.sorted()
    }

    func contains(_ name: UInt64) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < name { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == name
    }
}
