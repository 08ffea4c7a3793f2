/// Checks and repairs UTF-8 in one pass over the bytes.
enum UTF8Validation {
    struct Scan {
        var validSequences = 0
        var invalidBytes = 0

        var hasNonASCII: Bool { validSequences > 0 }
        var isValid: Bool { invalidBytes == 0 }
        /// Mostly-valid UTF-8 with a few stray Latin-1 bytes is still a UTF-8 page.
        var isMostlyValid: Bool { invalidBytes == 0 || validSequences >= invalidBytes * 4 }
    }

    /// The length of the well-formed UTF-8 sequence starting at `index`, or nil.
    @inline(__always)
    static func sequenceLength<C: RandomAccessCollection>(in bytes: C, at index: C.Index) -> Int?
    where C.Element == UInt8, C.Index == Int {
        let lead = bytes[index]
        let remaining = bytes.endIndex - index
        func continuation(_ offset: Int) -> Bool { bytes[index + offset] & 0xC0 == 0x80 }
        switch lead {
        case 0xC2 ... 0xDF:
            return remaining >= 2 && continuation(1) ? 2 : nil
        case 0xE0 ... 0xEF:
            guard remaining >= 3, continuation(1), continuation(2) else { return nil }
            let second = bytes[index + 1]
            if lead == 0xE0 && second < 0xA0 { return nil }  // overlong
            if lead == 0xED && second > 0x9F { return nil }  // surrogate
            return 3
        case 0xF0 ... 0xF4:
            guard remaining >= 4, continuation(1), continuation(2), continuation(3) else { return nil }
            let second = bytes[index + 1]
            if lead == 0xF0 && second < 0x90 { return nil }
            if lead == 0xF4 && second > 0x8F { return nil }
            return 4
        default:
            return nil
        }
    }

    /// The index of the first non-ASCII byte at or after `start` (or the end), skipping eight
    /// bytes at a time: pages are mostly ASCII, and this keeps even debug builds quick on 50 MB.
    static func endOfASCII(in bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBytes { buffer in
            var index = start
            let count = buffer.count
            while index + 8 <= count,
                  buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            while index < count, buffer[index] < 0x80 { index += 1 }
            return index
        }
    }

    static func scan(_ bytes: [UInt8]) -> Scan {
        var result = Scan()
        var index = 0
        let count = bytes.count
        while index < count {
            if bytes[index] < 0x80 {
                index = endOfASCII(in: bytes, from: index)
                continue
            }
            if let length = sequenceLength(in: bytes, at: index) {
                result.validSequences += 1
                index += length
            } else {
                result.invalidBytes += 1
                index += 1
            }
        }
        return result
    }

    /// Copies valid UTF-8 as is and reads each invalid byte as windows-1252, which is what the
    /// stray bytes in a mislabelled UTF-8 page almost always are.
    static func repair(_ bytes: ArraySlice<UInt8>) -> (utf8: [UInt8], replaced: Int) {
        let input = Array(bytes)
        var index = 0
        var replaced = 0
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var runStart = 0
        while index < input.count {
            if input[index] < 0x80 {
                index = endOfASCII(in: input, from: index)
                continue
            }
            if let length = sequenceLength(in: input, at: index) {
                index += length
                continue
            }
            output.append(contentsOf: input[runStart ..< index])
            Windows1252.appendUTF8(of: input[index], to: &output)
            replaced += 1
            index += 1
            runStart = index
        }
        if replaced == 0 { return (input, 0) }
        output.append(contentsOf: input[runStart...])
        return (output, replaced)
    }
}
