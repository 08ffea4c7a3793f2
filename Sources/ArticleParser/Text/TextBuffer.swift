import Foundation

/// Collects the text of one block as its text nodes arrive and gives it back normalised:
/// whitespace runs (non-breaking spaces included) folded to one space, `<br>` kept as a line
/// break, table cells kept apart by tabs, and preformatted text left exactly as written.
struct TextBuffer {
    private var raw = ""
    private(set) var isPreformatted = false

    var isEmpty: Bool { raw.isEmpty }

    mutating func append(_ text: String) {
        raw += text
    }

    mutating func appendLineBreak() {
        raw.unicodeScalars.append(TextBuffer.lineBreak)
    }

    mutating func appendCellSeparator() {
        if !raw.isEmpty { raw.unicodeScalars.append(TextBuffer.cellBreak) }
    }

    mutating func setPreformatted(_ value: Bool) {
        isPreformatted = value
    }

    /// Returns the normalised text and empties the buffer.
    mutating func take() -> String {
        defer { raw = "" }
        if isPreformatted {
            var text = raw
            text.unicodeScalars.removeAll { $0 == TextBuffer.cellBreak }
            return String(text.unicodeScalars.map { $0 == TextBuffer.lineBreak ? "\n" : Character($0) })
                .trimmingBlankLines()
        }
        return TextBuffer.composed(TextBuffer.normalize(raw).removingSoftHyphens)
    }

    /// The text in Unicode's composed form (NFC), as readers and search indexes compare it:
    /// pages write "ü" as "u" plus a combining diaeresis, or use Bengali letters that NFC spells
    /// as two code points. Only text with a combining mark (U+0300–U+036F) or a character of the
    /// Indic blocks (U+0800–U+0FFF) can change, so other text is not handed to the tables.
    static func composed(_ text: String) -> String {
        let mayChange = ByteSearch.withBytes(of: text) { bytes in
            bytes.contains { $0 == 0xCC || $0 == 0xCD || $0 == 0xE0 }
        }
        return mayChange ? text.precomposedStringWithCanonicalMapping : text
    }

    /// Private-use code points stand for `<br>` and cell boundaries while the text is collected,
    /// so they survive whitespace folding.
    private static let lineBreak: Unicode.Scalar = "\u{E000}"
    private static let cellBreak: Unicode.Scalar = "\u{E001}"

    static func normalize(_ raw: String) -> String {
        WhitespaceFolding.fold(raw)
    }
}

extension String {
    /// The text without blank lines at its start and whitespace at its end.
    func trimmingBlankLines() -> String {
        var lines = split(separator: "\n", omittingEmptySubsequences: false)
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        var text = lines.joined(separator: "\n")
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }

    /// The text with runs of whitespace folded to one space and the ends trimmed.
    var collapsingWhitespace: String {
        TextBuffer.normalize(self)
    }
}
