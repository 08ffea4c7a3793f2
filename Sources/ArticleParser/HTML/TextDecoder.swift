#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the bytes of a saved page into clean UTF-8 and says how it decided.
///
/// libxml2 left to itself decodes undeclared UTF-8 as Latin-1, stops at the first byte its
/// iconv rejects and ends the document at a NUL, all without an error. So decoding happens here,
/// and libxml2 only ever sees valid UTF-8 with no NULs or control characters.
enum TextDecoder {
    struct Result {
        var utf8: [UInt8]
        var encoding: DetectedEncoding
        var warnings: [ParseWarning]
    }

    static func decode(_ bytes: [UInt8], charsetOverride: String?) -> Result {
        var warnings: [ParseWarning] = []
        var chosen: (charset: Charset, rule: DetectedEncoding.Rule)

        if let label = charsetOverride, let charset = Charset(label: label) {
            chosen = (charset, .override)
        } else if let (charset, _) = byteOrderMark(of: bytes) {
            chosen = (charset, .byteOrderMark)
        } else if let declaration = CharsetDeclaration.find(in: bytes) {
            chosen = (declaration.charset, declaration.isXMLDeclaration ? .xmlDeclaration : .metaDeclaration)
            if declaration.charset != .utf8, case let utf8 = UTF8Validation.scan(bytes), utf8.isValid, utf8.hasNonASCII {
                // Valid multi-byte UTF-8 is almost never text in another charset: the label is wrong.
                chosen = (.utf8, .utf8Validation)
                warnings.append(ParseWarning(
                    code: .declaredCharsetIgnored,
                    message: "The page declares \(declaration.charset.name) but its bytes are valid UTF-8; decoded as UTF-8."
                ))
            }
        } else if let endianness = utf16Endianness(of: bytes) {
            chosen = (endianness, .utf16Pattern)
        } else {
            let utf8 = UTF8Validation.scan(bytes)
            chosen = utf8.isMostlyValid ? (.utf8, .utf8Validation) : (.windows1252, .fallback)
        }

        var output: [UInt8]
        var replaced = 0
        switch chosen.charset {
        case .utf8:
            (output, replaced) = UTF8Validation.repair(bytes.dropFirst(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0))
            if replaced > 0 {
                warnings.append(ParseWarning(
                    code: .invalidBytesRepaired,
                    message: "\(replaced) bytes were not valid UTF-8 and were read as windows-1252."
                ))
            }
        case .windows1252:
            output = []
            output.reserveCapacity(bytes.count + bytes.count / 8)
            for byte in bytes { Windows1252.appendUTF8(of: byte, to: &output) }
        case .other(let name), .utf16(let name):
            if let converted = IconvConverter.convert(bytes, from: name) {
                output = converted.utf8
                if converted.replaced > 0 {
                    warnings.append(ParseWarning(
                        code: .invalidBytesRepaired,
                        message: "\(converted.replaced) bytes were not valid \(name) and were replaced."
                    ))
                }
            } else {
                // iconv does not know the label: read it like an undeclared page.
                let utf8 = UTF8Validation.scan(bytes)
                chosen = utf8.isMostlyValid ? (.utf8, .utf8Validation) : (.windows1252, .fallback)
                return decode(bytes, charsetOverride: chosen.charset.name)
                    .withRule(chosen.rule, addingWarnings: warnings)
            }
        }
        let removed = ControlCharacters.clean(&output)
        if removed.nulCount > 0 {
            warnings.append(ParseWarning(
                code: .nulBytesReplaced,
                message: "\(removed.nulCount) NUL characters were replaced with U+FFFD."
            ))
        }
        // A BOM that survived decoding would become text.
        if output.starts(with: [0xEF, 0xBB, 0xBF]) { output.removeFirst(3) }
        return Result(
            utf8: output,
            encoding: DetectedEncoding(name: chosen.charset.name, rule: chosen.rule),
            warnings: warnings
        )
    }

    static func byteOrderMark(of bytes: [UInt8]) -> (Charset, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16("UTF-16LE"), 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16("UTF-16BE"), 2) }
        return nil
    }

    /// UTF-16 without a byte order mark shows itself by a NUL in every other byte of ASCII markup.
    static func utf16Endianness(of bytes: [UInt8]) -> Charset? {
        let sample = bytes.prefix(512)
        guard sample.count >= 16 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset.isMultiple(of: 2) { evenZeros += 1 } else { oddZeros += 1 }
        }
        let half = sample.count / 2
        if oddZeros * 10 > half * 7, evenZeros * 10 < half { return .utf16("UTF-16LE") }
        if evenZeros * 10 > half * 7, oddZeros * 10 < half { return .utf16("UTF-16BE") }
        return nil
    }

    /// Appends the UTF-8 form of a code point.
    static func appendUTF8(_ value: UInt32, to output: inout [UInt8]) {
        switch value {
        case 0 ..< 0x80:
            output.append(UInt8(value))
        case 0x80 ..< 0x800:
            output.append(UInt8(0xC0 | (value >> 6)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800 ..< 0x10000:
            output.append(UInt8(0xE0 | (value >> 12)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (value >> 18)))
            output.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        }
    }
}

extension TextDecoder.Result {
    fileprivate func withRule(_ rule: DetectedEncoding.Rule, addingWarnings extra: [ParseWarning]) -> Self {
        var copy = self
        copy.encoding.rule = rule
        copy.warnings = extra + warnings
        return copy
    }
}

/// Removes what libxml2 must never see: NUL ends its document silently, and other C0 controls
/// are not HTML text.
enum ControlCharacters {
    static func clean(_ bytes: inout [UInt8]) -> (nulCount: Int, removedCount: Int) {
        guard containsControlCharacter(bytes) else { return (0, 0) }
        var cleaned: [UInt8] = []
        cleaned.reserveCapacity(bytes.count)
        var nulCount = 0
        var removedCount = 0
        for byte in bytes {
            if byte == 0 {
                cleaned.append(contentsOf: [0xEF, 0xBF, 0xBD])
                nulCount += 1
            } else if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C) || byte == 0x7F {
                removedCount += 1
            } else {
                cleaned.append(byte)
            }
        }
        bytes = cleaned
        return (nulCount, removedCount)
    }

    /// Whether any byte is a control character other than tab, line feed, form feed and carriage
    /// return. Words of eight bytes with no byte below 0x20 and no 0x7F are skipped whole.
    static func containsControlCharacter(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            var index = 0
            while index + 8 <= buffer.count {
                let word = buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let hasLow = (word &- ones &* 0x20) & ~word & highs != 0
                let delete = word ^ (ones &* 0x7F)
                let hasDelete = (delete &- ones) & ~delete & highs != 0
                if !hasLow && !hasDelete {
                    index += 8
                    continue
                }
                for offset in index ..< index + 8 where isRemovable(buffer[offset]) { return true }
                index += 8
            }
            for offset in index ..< buffer.count where isRemovable(buffer[offset]) { return true }
            return false
        }
    }

    private static func isRemovable(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C) || byte == 0x7F
    }
}

/// Transcodes with the C library's iconv, for the legacy charsets besides windows-1252.
enum IconvConverter {
    static func convert(_ bytes: [UInt8], from charset: String) -> (utf8: [UInt8], replaced: Int)? {
        let descriptor = iconv_open("UTF-8", charset)
        guard let descriptor, Int(bitPattern: descriptor) != -1 else { return nil }
        defer { iconv_close(descriptor) }

        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        var replaced = 0
        var inputOffset = 0
        var outputOffset = 0
        var input = bytes
        let inputCount = input.count
        input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                guard let inputBase = inputBuffer.baseAddress, let outputBase = outputBuffer.baseAddress else { return }
                while inputOffset < inputCount {
                    var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inputBase + inputOffset)
                        .assumingMemoryBound(to: CChar.self)
                    var inLeft = inputCount - inputOffset
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outputBase + outputOffset)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = outputBuffer.count - outputOffset - 4
                    let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    inputOffset = inputCount - inLeft
                    outputOffset = outputBuffer.count - 4 - outLeft
                    if status != -1 { break }
                    // An invalid or truncated sequence: write U+FFFD and step over one byte.
                    outputBase[outputOffset] = 0xEF
                    outputBase[outputOffset + 1] = 0xBF
                    outputBase[outputOffset + 2] = 0xBD
                    outputOffset += 3
                    inputOffset += 1
                    replaced += 1
                    if outputBuffer.count - outputOffset < 8 { break }
                }
            }
        }
        output.removeSubrange(outputOffset...)
        return (output, replaced)
    }
}
