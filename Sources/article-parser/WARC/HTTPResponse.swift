internal import CZlib
import Foundation

/// The HTTP response held in a WARC `response` record: status, headers and the body as sent.
struct HTTPResponse: Sendable {
    var status: Int
    /// Header names lowercased; a repeated header keeps its last value.
    var headers: [String: String]
    /// The body as on the wire: maybe chunked, maybe compressed.
    var body: Data

    /// Splits a record's content block; `nil` when it does not start with an HTTP status line.
    init?(block: Data) {
        let separator = Data("\r\n\r\n".utf8)
        let headerEnd: Data.Index
        let bodyStart: Data.Index
        if let range = block.range(of: separator) {
            headerEnd = range.lowerBound
            bodyStart = range.upperBound
        } else if let range = block.range(of: Data("\n\n".utf8)) {
            headerEnd = range.lowerBound
            bodyStart = range.upperBound
        } else {
            return nil
        }
        let head = String(decoding: block[block.startIndex ..< headerEnd], as: UTF8.self)
        var lines = head.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" }
            .map { $0.trimmingCharacters(in: .init(charactersIn: "\r")) }
        guard !lines.isEmpty, lines[0].hasPrefix("HTTP/") else { return nil }
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        self.status = status
        self.headers = headers
        body = Data(block[bodyStart...])
    }

    /// The media type of `Content-Type`, lowercased, without parameters.
    var mediaType: String? {
        headers["content-type"]?.split(separator: ";").first
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    }

    /// Whether the body is an HTML page: `text/html` or `application/xhtml+xml`.
    var isHTML: Bool {
        mediaType == "text/html" || mediaType == "application/xhtml+xml"
    }

    /// The `charset` parameter of `Content-Type`, unquoted; `nil` when the header names none.
    var charset: String? {
        guard let header = headers["content-type"] else { return nil }
        for parameter in header.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let value = pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: .init(charactersIn: "\"'"))
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// The body with chunked transfer encoding and gzip or deflate content encoding undone.
    func decodedBody(limit: Int) -> Result<Data, ExtractionRecord.Failure> {
        var data = body
        let transfer = headers["transfer-encoding"]?.lowercased() ?? ""
        if transfer.contains("chunked") {
            guard let plain = ChunkedDecoding.decode(data) else {
                return .failure(.init(code: "corruptChunkedBody",
                                      message: "The chunked transfer encoding of the HTTP body is broken or cut short."))
            }
            data = plain
        }
        let codings = (headers["content-encoding"] ?? "").lowercased().split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
        for coding in codings.reversed() where coding != "identity" && !coding.isEmpty {
            guard coding == "gzip" || coding == "x-gzip" || coding == "deflate" else {
                return .failure(.init(code: "unsupportedContentEncoding",
                                      message: "The HTTP body is compressed with \(coding), which is not supported."))
            }
            guard let inflated = Self.inflate(data, limit: limit) else {
                return .failure(.init(code: "corruptGzip", message: "The HTTP body's \(coding) data is corrupt or cut short."))
            }
            data = inflated
        }
        return .success(data)
    }

    /// Inflates gzip, zlib or (as some servers send for "deflate") raw deflate data.
    static func inflate(_ data: Data, limit: Int) -> Data? {
        // 32 + MAX_WBITS detects a gzip or zlib header; -MAX_WBITS reads raw deflate.
        inflate(data, windowBits: 32 + MAX_WBITS, limit: limit) ?? inflate(data, windowBits: -MAX_WBITS, limit: limit)
    }

    private static func inflate(_ data: Data, windowBits: Int32, limit: Int) -> Data? {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deallocate() }
        guard inflateInit2_(stream, windowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(stream) }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let input = [UInt8](data)
        return input.withUnsafeBufferPointer { source -> Data? in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.pointee.avail_in = uInt(source.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.pointee.next_out = buffer.baseAddress
                    stream.pointee.avail_out = uInt(buffer.count)
                    return CZlib.inflate(stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.pointee.avail_out)
                guard output.count + produced <= limit else { return nil }
                output.append(contentsOf: chunk[0 ..< produced])
                switch status {
                case Z_STREAM_END: return output
                case Z_OK where produced > 0 || stream.pointee.avail_in > 0: continue
                default: return nil  // corrupt, or the data ends early
                }
            }
        }
    }
}
