@testable import ArticleParser
import Foundation
import Testing

@Suite("Decoding the page's bytes")
struct EncodingTests {
    private let sentence = "Der Bürgermeister eröffnete die Brücke über die Saale am Montag."

    private func page(head: String = "", body: String) -> String {
        "<html><head>\(head)<title>Brücke</title></head><body><article><p>\(body)</p></article></body></html>"
    }

    private func latin1(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    }

    @Test("a caller's charset overrides everything in the page")
    func override() throws {
        var options = ArticleParser.Options()
        options.charset = "iso-8859-1"
        let bytes = latin1(page(head: "<meta charset=\"utf-8\">", body: sentence))
        let article = try ArticleParser(options: options).parse(bytes: bytes)
        #expect(article.text == sentence)
        #expect(article.encoding == DetectedEncoding(name: "windows-1252", rule: .override))
    }

    @Test("a byte order mark decides the encoding")
    func byteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(page(head: "<meta charset=\"iso-8859-1\">", body: sentence).utf8)
        let article = try ArticleParser().parse(bytes: bytes)
        #expect(article.text == sentence)
        #expect(article.encoding.rule == .byteOrderMark)
    }

    @Test("UTF-16 with a byte order mark is read")
    func utf16() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in page(body: sentence).utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let article = try ArticleParser().parse(bytes: bytes)
        #expect(article.text == sentence)
    }

    @Test("a meta charset declaration decides a legacy page")
    func metaDeclaration() throws {
        let article = try ArticleParser().parse(bytes: latin1(page(head: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">", body: sentence)))
        #expect(article.text == sentence)
        #expect(article.encoding == DetectedEncoding(name: "windows-1252", rule: .metaDeclaration))
    }

    @Test("an XML declaration decides when there is no meta charset")
    func xmlDeclaration() throws {
        let bytes = latin1("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + page(body: sentence))
        let article = try ArticleParser().parse(bytes: bytes)
        #expect(article.text == sentence)
        #expect(article.encoding.rule == .xmlDeclaration)
    }

    @Test("valid UTF-8 without a declaration is read as UTF-8")
    func undeclaredUTF8() throws {
        let article = try ArticleParser().parse(bytes: Array(page(body: sentence).utf8))
        #expect(article.text == sentence)
        #expect(article.encoding == DetectedEncoding(name: "UTF-8", rule: .utf8Validation))
    }

    @Test("a page declared gb2312 whose bytes are valid UTF-8 is read as UTF-8")
    func mislabelledUTF8() throws {
        let chinese = "北京市政府周一宣布，新的地铁线路将于明年年底前开通运营。"
        let article = try ArticleParser().parse(bytes: Array(page(head: "<meta charset=\"gb2312\">", body: chinese).utf8))
        #expect(article.text == chinese)
        #expect(article.encoding.rule == .utf8Validation)
        #expect(article.warnings.map(\.code) == [.declaredCharsetIgnored])
    }

    @Test("an undeclared page that is not UTF-8 is read as windows-1252, curly quotes included")
    func windows1252Fallback() throws {
        var bytes = latin1(page(body: "Sie sagte: \u{01}quoted\u{02} und ging."))
        // windows-1252 curly quotes: 0x84 „ and 0x93 “
        bytes = bytes.map { $0 == 0x01 ? 0x84 : $0 == 0x02 ? 0x93 : $0 }
        bytes += latin1("<p>Grüße aus München.</p>")
        let article = try ArticleParser().parse(bytes: bytes)
        #expect(article.text.contains("Sie sagte: „quoted“ und ging."))
        #expect(article.encoding == DetectedEncoding(name: "windows-1252", rule: .fallback))
    }

    @Test("windows-1252 bytes that iconv rejects do not end the page")
    func undefinedWindows1252Bytes() throws {
        var bytes = latin1(page(head: "<meta charset=\"windows-1252\">", body: "Vorher X und nachher geht der Text weiter bis zum Ende."))
        if let position = bytes.firstIndex(of: UInt8(ascii: "X")) { bytes[position] = 0x81 }
        let article = try ArticleParser().parse(bytes: bytes)
        #expect(article.text.hasSuffix("bis zum Ende."))
    }

    @Test("stray Latin-1 bytes in a UTF-8 page are repaired, not dropped")
    func strayLatin1InUTF8() throws {
        var bytes = Array(page(head: "<meta charset=\"utf-8\">", body: "Grüße aus MÜNCHEN und darüber hinaus, sagte sie am Abend.").utf8)
        // Replace the UTF-8 "Ü" (C3 9C) with the Latin-1 byte DC.
        if let position = bytes.indices.first(where: { bytes[$0] == 0xC3 && bytes[$0 + 1] == 0x9C }) {
            bytes.replaceSubrange(position ... position + 1, with: [0xDC])
        }
        let article = try ArticleParser().parse(bytes: bytes)
        #expect(article.text == "Grüße aus MÜNCHEN und darüber hinaus, sagte sie am Abend.")
        #expect(article.warnings.map(\.code) == [.invalidBytesRepaired])
    }

    @Test("Shift_JIS declared in a meta tag is decoded")
    func shiftJIS() throws {
        // "日本語" in Shift_JIS.
        let japanese: [UInt8] = [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA]
        let head = Array("<html><head><meta charset=\"shift_jis\"></head><body><p>".utf8)
        let tail = Array("のニュースです。</p></body></html>".utf8)
        let article = try ArticleParser().parse(bytes: head + japanese + tail.prefix(0) + Array("</p></body></html>".utf8))
        #expect(article.text == "日本語")
    }

    /// "東京都は月曜日、新しい橋の建設を始めると発表した。" in Shift_JIS.
    private static let shiftJISText: [UInt8] = [
        147, 140, 139, 158, 147, 115, 130, 205, 140, 142, 151, 106, 147, 250, 129, 65, 144, 86, 130, 181,
        130, 162, 139, 180, 130, 204, 140, 154, 144, 221, 130, 240, 142, 110, 130, 223, 130, 233, 130, 198,
        148, 173, 149, 92, 130, 181, 130, 189, 129, 66,
    ]
    /// "北京市政府周一宣布，新的地铁线路将于明年年底前开通运营。©" in GB18030; © takes four bytes.
    private static let gb18030Text: [UInt8] = [
        177, 177, 190, 169, 202, 208, 213, 254, 184, 174, 214, 220, 210, 187, 208, 251, 178, 188, 163, 172,
        208, 194, 181, 196, 181, 216, 204, 250, 207, 223, 194, 183, 189, 171, 211, 218, 195, 247, 196, 234,
        196, 234, 181, 215, 199, 176, 191, 170, 205, 168, 212, 203, 211, 170, 161, 163, 129, 48, 132, 56,
    ]
    private static let closing = "The closing sentence in plain ASCII ends the story here."

    private func legacyPage(head: String, text: [UInt8]) -> [UInt8] {
        Array("<html><head>\(head)</head><body><article><p>".utf8) + text
            + Array("</p><p>\(Self.closing)</p></article></body></html>".utf8)
    }

    /// Legacy CJK pages: the declaration as the page writes it, the bytes, and their text.
    static let legacyCases: [(label: String, bytes: [UInt8], text: String)] = [
        ("shift_jis", shiftJISText, "東京都は月曜日、新しい橋の建設を始めると発表した。"),
        ("gb2312", gb18030Text, "北京市政府周一宣布，新的地铁线路将于明年年底前开通运营。©"),
    ]

    @Test("Shift_JIS and GB18030 (declared gb2312, with a four-byte ©) are decoded to the end of the page",
          arguments: legacyCases.indices)
    func legacyDeclared(index: Int) throws {
        let (label, bytes, text) = Self.legacyCases[index]
        let article = try ArticleParser().parse(bytes: legacyPage(head: "<meta charset=\"\(label)\">", text: bytes))
        #expect(article.paragraphs.map(\.text) == [text, Self.closing])
    }

    @Test("Shift_JIS and GB18030 without a declaration still give the article's closing sentence",
          arguments: legacyCases.indices)
    func legacyUndeclared(index: Int) throws {
        let article = try ArticleParser().parse(bytes: legacyPage(head: "", text: Self.legacyCases[index].bytes))
        #expect(article.paragraphs.last?.text == Self.closing)
        #expect(article.encoding == DetectedEncoding(name: "windows-1252", rule: .fallback))
    }

    @Test("UTF-8 declared as windows-1252 is read as UTF-8")
    func utf8DeclaredWindows1252() throws {
        let article = try ArticleParser().parse(bytes: Array(page(head: "<meta charset=\"windows-1252\">", body: sentence).utf8))
        #expect(article.text == sentence)
        #expect(article.warnings.map(\.code) == [.declaredCharsetIgnored])
    }

    @Test("windows-1252 bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D keep the rest of the page")
    func allUndefinedWindows1252Bytes() throws {
        let text = latin1("Vorher ") + [0x81, 0x8D, 0x8F, 0x90, 0x9D] + latin1(" und nachher.")
        let article = try ArticleParser().parse(bytes: legacyPage(head: "<meta charset=\"windows-1252\">", text: text))
        #expect(article.paragraphs.last?.text == Self.closing)
        #expect(article.paragraphs.first?.text.hasSuffix("und nachher.") == true)
    }

    @Test("UTF-16LE without a byte order mark is recognised by its NUL pattern")
    func utf16LittleEndianWithoutBOM() throws {
        var bytes: [UInt8] = []
        for unit in page(body: sentence).utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let article = try ArticleParser().parse(bytes: bytes)
        #expect(article.text == sentence)
        #expect(article.encoding == DetectedEncoding(name: "UTF-16LE", rule: .utf16Pattern))
    }

    @Test("UTF-16BE without a byte order mark is recognised by its NUL pattern")
    func utf16BigEndianWithoutBOM() throws {
        var bytes: [UInt8] = []
        for unit in page(body: sentence).utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        let article = try ArticleParser().parse(bytes: bytes)
        #expect(article.text == sentence)
        #expect(article.encoding == DetectedEncoding(name: "UTF-16BE", rule: .utf16Pattern))
    }

    @Test("UTF-16BE with a byte order mark is read")
    func utf16BigEndianWithBOM() throws {
        var bytes: [UInt8] = [0xFE, 0xFF]
        for unit in page(body: sentence).utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        let article = try ArticleParser().parse(bytes: bytes)
        #expect(article.text == sentence)
        #expect(article.encoding.rule == .byteOrderMark)
    }
}
