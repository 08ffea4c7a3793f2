/// Recognises inputs that are certainly not a web page, so they get a clear error instead of a
/// "best-effort article" made of image bytes.
enum BinarySniffer {
    /// File signatures of formats that are saved next to pages but are never HTML.
    private static let signatures: [[UInt8]] = [
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],  // PNG
        [0x1F, 0x8B],  // gzip
        [0xFF, 0xD8, 0xFF],  // JPEG
        Array("GIF8".utf8),
        Array("%PDF-".utf8),
        [0x50, 0x4B, 0x03, 0x04],  // zip
        [0x28, 0xB5, 0x2F, 0xFD],  // zstd
        Array("RIFF".utf8),  // WebP, WAV
        [0x00, 0x00, 0x01, 0x00],  // ICO
    ]

    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        for signature in signatures where bytes.starts(with: signature) { return true }
        // UTF-16 pages contain many NULs by nature; the decoder handles them.
        if TextDecoder.utf16Endianness(of: bytes) != nil { return false }
        // Text has almost no control bytes; binary data is full of them.
        let sample = bytes.prefix(4096)
        var controls = 0
        for byte in sample where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
            controls += 1
        }
        return controls * 10 > sample.count
    }
}
