/// Tests on a text node's UTF-8 bytes for the metadata walk, which meets every text of the
/// page: most are ruled out or measured here without folding, grapheme breaking or Unicode
/// property look-ups.
enum HeaderTextBytes {
    /// False when the bytes show the text opens, after ASCII white space, with something other
    /// than a digit or a parenthesis and a digit; true when they cannot tell (a non-ASCII byte).
    static func mayOpenWithDigit(_ text: String) -> Bool {
        ByteSearch.withBytes(of: text) { bytes in
            var position = 0
            while position < bytes.count, bytes[position] == 0x20 || (0x09 ... 0x0D).contains(bytes[position]) { position += 1 }
            guard position < bytes.count else { return false }
            var byte = bytes[position]
            if byte == UInt8(ascii: "("), position + 1 < bytes.count { byte = bytes[position + 1] }
            return byte >= 0x80 || (byte >= 0x30 && byte <= 0x39)
        }
    }

    /// Whether any scalar is numeric: true whenever the folded text has a character that
    /// `isNumber` accepts. Read on the UTF-8 bytes: an ASCII digit decides at once, and only a
    /// lead byte of U+0660 or above (Arabic-Indic digits and later scripts) needs the scalar's
    /// properties; below it only the Latin-1 signs ²³¹¼½¾ are numeric.
    static func holdsNumber(_ text: String) -> Bool {
        ByteSearch.withBytes(of: text) { bytes in
            var position = 0
            while position < bytes.count {
                let byte = bytes[position]
                if byte < 0x80 {
                    if byte >= 0x30 && byte <= 0x39 { return true }
                } else if byte == 0xC2, position + 1 < bytes.count {
                    switch bytes[position + 1] {
                    case 0xB2, 0xB3, 0xB9, 0xBC, 0xBD, 0xBE: return true
                    default: break
                    }
                } else if byte >= 0xD9, byte < 0xF8, isNumericScalar(startingAt: position, in: bytes) {
                    return true
                }
                position += 1
            }
            return false
        }
    }

    private static func isNumericScalar(startingAt position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let lead = bytes[position]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard position + length <= bytes.count else { return false }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1 ..< length { value = value << 6 | UInt32(bytes[position + offset] & 0x3F) }
        guard value >= 0x660, let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.numericType != nil
    }

    /// The number of scalars that folding keeps as characters, when every scalar of the text is
    /// a character of its own: ASCII, U+0080–U+02FF (Latin-1 and Latin Extended, no combining
    /// marks), the dashes, quotes and ellipsis of U+2010–U+2027, and the euro sign. Nil for any
    /// other scalar, whose text takes the grapheme count. White space (ASCII, U+0085, U+00A0)
    /// is not counted: folding turns each run into one space. The count stops at 201: the
    /// header tests read at most 200 characters.
    static func simpleVisibleCount(_ text: String) -> Int? {
        ByteSearch.withBytes(of: text) { bytes in
            var visible = 0
            var position = 0
            while position < bytes.count, visible <= 200 {
                let byte = bytes[position]
                if byte < 0x80 {
                    if byte != 0x20, !(0x09 ... 0x0D).contains(byte) { visible += 1 }
                    position += 1
                } else if byte >= 0xC2, byte <= 0xCB, position + 1 < bytes.count {
                    let next = bytes[position + 1]
                    if !(byte == 0xC2 && (next == 0x85 || next == 0xA0)) { visible += 1 }
                    position += 2
                } else if byte == 0xE2, position + 2 < bytes.count,
                          bytes[position + 1] == 0x80 && (0x90 ... 0xA7).contains(bytes[position + 2])
                            || bytes[position + 1] == 0x82 && bytes[position + 2] == 0xAC {
                    visible += 1
                    position += 3
                } else {
                    return nil
                }
            }
            return visible
        }
    }

    /// The number of characters, counted no further than one past `limit`: date and byline
    /// tests read only short texts, and a long paragraph need not be walked to its end.
    static func characterCount(_ text: String, upTo limit: Int) -> Int {
        guard text.index(text.startIndex, offsetBy: limit + 1, limitedBy: text.endIndex) != nil else { return text.count }
        return limit + 1
    }
}
