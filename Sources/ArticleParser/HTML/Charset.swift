import Foundation

/// A character encoding the decoder can read, named after the WHATWG label it stands for.
enum Charset: Equatable {
    case utf8
    case windows1252
    case utf16(String)
    /// Any other charset, by the name iconv knows it under.
    case other(String)

    var name: String {
        switch self {
        case .utf8: "UTF-8"
        case .windows1252: "windows-1252"
        case .utf16(let name), .other(let name): name
        }
    }

    /// Maps a label from a `charset=` or HTTP header to a charset, following the WHATWG
    /// Encoding Standard where browsers and iconv disagree (latin1 is windows-1252, gb2312 is
    /// GB18030, shift_jis is Microsoft's variant). Returns nil for an empty label.
    init?(label rawLabel: String) {
        let label = rawLabel.trimmingASCIIWhitespaceAndQuotes().lowercased()
        guard !label.isEmpty else { return nil }
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
             // UTF-7 is an attack vector and never a real page's encoding; browsers refuse it.
             "utf-7", "utf7":
            self = .utf8
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968",
             "windows-1252", "cp1252", "x-cp1252", "cp819", "ibm819", "iso-ir-100", "csisolatin1", "iso88591":
            self = .windows1252
        case "utf-16", "utf-16le", "unicode", "ucs-2", "csunicode", "iso-10646-ucs-2", "unicodefeff":
            self = .utf16("UTF-16LE")
        case "utf-16be", "unicodefffe":
            self = .utf16("UTF-16BE")
        case "gb2312", "gbk", "gb18030", "x-gbk", "chinese", "csgb2312", "cp936", "gb_2312-80", "iso-ir-58":
            self = .other("GB18030")
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "ms932", "windows-31j", "csshiftjis":
            self = .other("CP932")
        case "euc-kr", "ks_c_5601-1987", "windows-949", "cseuckr", "korean":
            self = .other("CP949")
        case "big5", "big5-hkscs", "x-x-big5", "cn-big5", "csbig5":
            self = .other("BIG5-HKSCS")
        case "iso-8859-9", "latin5", "windows-1254", "cp1254":
            self = .other("CP1254")
        case "iso-8859-11", "tis-620", "windows-874":
            self = .other("CP874")
        default:
            self = .other(label.uppercased())
        }
    }
}

/// A `<meta charset>`, `<meta http-equiv=Content-Type>` or XML declaration near the start of a page.
struct CharsetDeclaration {
    var charset: Charset
    var isXMLDeclaration: Bool

    /// How far into a page browsers look for a declaration; pages with a long head put it later,
    /// so the search goes on, more loosely, up to `extendedLimit`.
    static let prescanLimit = 1024
    static let extendedLimit = 8192

    /// Finds the first declaration, the way a browser's prescan does, without parsing the page.
    static func find(in bytes: [UInt8]) -> CharsetDeclaration? {
        let head = bytes.prefix(extendedLimit)
        // The XML declaration must be at the very start.
        if head.starts(with: Array("<?xml".utf8)), let end = head.firstIndex(of: UInt8(ascii: ">")) {
            let declaration = String(decoding: head[..<end], as: UTF8.self)
            if let label = value(after: "encoding", in: declaration), let charset = Charset(label: label) {
                return CharsetDeclaration(charset: charset, isXMLDeclaration: true)
            }
        }
        return MetaCharsetScan.firstDeclaration(in: head)
    }

    /// The value after `name=` in a tag or in a `content="text/html; charset=..."` attribute.
    static func value(after name: String, in tag: String) -> String? {
        guard let nameRange = tag.range(of: name) else { return nil }
        var rest = tag[nameRange.upperBound...].drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\"" || $0 == "'" })
        let label = rest.prefix(while: { !" \"';/>\t\n\r".contains($0) })
        return label.isEmpty ? nil : String(label)
    }
}

extension String {
    func trimmingASCIIWhitespaceAndQuotes() -> String {
        let isTrimmed: (Character) -> Bool = { $0 == " " || $0 == "\"" || $0 == "'" || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        return String(self.drop(while: isTrimmed).reversed().drop(while: isTrimmed).reversed())
    }
}
