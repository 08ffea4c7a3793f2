import Foundation

/// Undoes HTTP/1.1 chunked transfer encoding: hexadecimal sizes, each chunk, an optional trailer.
enum ChunkedDecoding {
    /// The body without its chunk framing; `nil` when the framing is broken or cut short.
    static func decode(_ body: Data) -> Data? {
        var output = Data()
        output.reserveCapacity(body.count)
        var index = body.startIndex
        while true {
            guard let lineEnd = body[index...].firstIndex(of: 0x0A) else { return nil }
            var line = body[index ..< lineEnd]
            if line.last == 0x0D { line = line.dropLast() }
            // Chunk extensions (";name=value") are allowed and ignored.
            let sizeField = line.prefix { $0 != 0x3B }
            let sizeText = String(decoding: sizeField, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            guard !sizeText.isEmpty, let size = Int(sizeText, radix: 16), size >= 0 else { return nil }
            index = lineEnd + 1
            if size == 0 { return output }  // a trailer may follow; nothing in it is needed
            guard body.endIndex - index >= size else { return nil }
            output.append(body[index ..< index + size])
            index += size
            // The CRLF after the chunk's data.
            if index < body.endIndex, body[index] == 0x0D { index += 1 }
            if index < body.endIndex, body[index] == 0x0A { index += 1 }
        }
    }
}
