/// windows-1252 as the WHATWG Encoding Standard defines it: the label behind "iso-8859-1",
/// "latin1" and "us-ascii" on the web. Unlike iconv's CP1252, it maps every byte, so the five
/// bytes iconv rejects (0x81, 0x8D, 0x8F, 0x90, 0x9D) cannot end a page early.
enum Windows1252 {
    /// Code points for 0x80 ... 0x9F; the rest of the bytes are their own code point.
    private static let highControls: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func scalar(for byte: UInt8) -> Unicode.Scalar {
        let value = (0x80 ... 0x9F).contains(byte) ? highControls[Int(byte - 0x80)] : UInt32(byte)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// Appends the UTF-8 encoding of one windows-1252 byte.
    static func appendUTF8(of byte: UInt8, to output: inout [UInt8]) {
        if byte < 0x80 {
            output.append(byte)
            return
        }
        TextDecoder.appendUTF8(scalar(for: byte).value, to: &output)
    }
}
