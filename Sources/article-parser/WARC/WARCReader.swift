import ArticleParser
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One HTML response found in a WARC file, or the reason a record could not be read.
struct WARCRecord: Sendable {
    /// The WARC file, as given.
    var source: String
    /// The record's `WARC-Target-URI`; `nil` when it has none.
    var url: String?
    /// The record's `WARC-Record-ID`; `nil` when it has none.
    var recordID: String?
    /// The record's position among the file's records (all types), from 0.
    var index: Int
    /// The HTTP response, or what went wrong with the record.
    var response: Result<HTTPResponse, ExtractionRecord.Failure>
}

/// Reads a WARC/1.0 or WARC/1.1 file record by record (plain, gzip per record or whole-file
/// gzip) and yields the `response` records whose HTTP `Content-Type` is HTML; other records
/// are skipped. Only the current record is held. A record that is cut short, or whose
/// `Content-Length` does not end at the record's boundary, yields a failure and reading goes
/// on at the next `WARC/` header line; a file that ends or stops inflating yields one and ends.
struct WARCReader: Sequence, IteratorProtocol {
    /// Names ending like this are read as WARC files.
    static let suffixes = [".warc", ".warc.gz"]

    static func isWARC(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return suffixes.contains { lowered.hasSuffix($0) }
    }

    private let source: String
    private let limit: Int
    private var buffer: ByteBuffer
    private var stream: GzipMembers?
    private var openFailure: ExtractionRecord.Failure?
    private var isFinished = false
    private var index = 0

    init(path: String, limit: Int) {
        source = path
        self.limit = limit
        let stream = GzipMembers(path: path)
        self.stream = stream
        if stream == nil {
            let reason = errno
            openFailure = reason == ENOENT || reason == ENOTDIR
                ? .init(code: "fileNotFound", message: "No such file.")
                : .init(code: "unreadableFile", message: "The file cannot be opened: \(String(cString: strerror(reason))).")
        }
        buffer = ByteBuffer { [stream] in try stream?.next() }
    }

    mutating func next() -> WARCRecord? {
        guard !isFinished else { return nil }
        if let openFailure {
            isFinished = true
            return failure(openFailure)
        }
        do {
            while true {
                guard let record = try nextRecord() else {
                    isFinished = true
                    return nil
                }
                if let record { return record }
            }
        } catch let error as GzipMembers.Failure {
            isFinished = true
            return error == .corrupt
                ? failure(.init(code: "corruptGzip", message: "The WARC file's gzip data is corrupt or cut short."))
                : failure(.init(code: "unreadableFile", message: "The file cannot be read."))
        } catch {
            isFinished = true
            return failure(.init(code: "unreadableFile", message: "The file cannot be read."))
        }
    }

    private func failure(_ failure: ExtractionRecord.Failure, url: String? = nil, recordID: String? = nil) -> WARCRecord {
        WARCRecord(source: source, url: url, recordID: recordID, index: index, response: .failure(failure))
    }

    /// The next record: `nil` at the end of the file, `.some(nil)` for a record skipped.
    private mutating func nextRecord() throws -> WARCRecord?? {
        buffer.mark()
        // Blank lines between records; anything else before a version line is garbage to skip.
        var skippedGarbage = false
        var versionLine: ArraySlice<UInt8>
        repeat {
            guard let line = try buffer.readLine() else {
                return skippedGarbage
                    ? .some(failure(.init(code: "corruptRecord", message: "The file ends in bytes that are not a WARC record.")))
                    : nil
            }
            versionLine = line
            if !line.isEmpty, !line.starts(with: Self.versionPrefix) { skippedGarbage = true }
            buffer.mark()
        } while !versionLine.starts(with: Self.versionPrefix)
        defer { index += 1 }

        var headers: [String: String] = [:]
        while true {
            guard let line = try buffer.readLine(maximum: 64 * 1024) else {
                return .some(failure(.init(code: "truncatedRecord", message: "The file ends inside a WARC record's headers."),
                                     url: headers["warc-target-uri"], recordID: headers["warc-record-id"]))
            }
            if line.isEmpty { break }
            let text = String(decoding: line, as: UTF8.self)
            guard let colon = text.firstIndex(of: ":") else { continue }
            headers[text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] =
                text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let url = headers["warc-target-uri"].map(Self.unbracketed)
        let recordID = headers["warc-record-id"]
        guard let lengthText = headers["content-length"], let length = Int(lengthText), length >= 0 else {
            try resynchronize()
            return .some(failure(.init(code: "corruptRecord", message: "The WARC record has no valid Content-Length."),
                                 url: url, recordID: recordID))
        }
        let isResponse = headers["warc-type"]?.lowercased() == "response"
        guard isResponse, length <= limit else {
            guard try buffer.skip(length) else {
                return isResponse
                    ? .some(failure(.init(code: "truncatedRecord", message: "The file ends inside this WARC record."),
                                    url: url, recordID: recordID))
                    : nil
            }
            if isResponse {
                let error = ArticleParseError.inputTooLarge(limit: limit)
                _ = try consumeTrailer()
                return .some(failure(.init(code: error.code, message: error.message), url: url, recordID: recordID))
            }
            if try !consumeTrailer() { try resynchronize() }
            return .some(nil)
        }
        let blockStart = buffer.position
        guard let block = try buffer.read(length) else {
            return .some(failure(.init(code: "truncatedRecord", message: "The file ends inside this WARC record."),
                                 url: url, recordID: recordID))
        }
        guard try consumeTrailer() else {
            // The Content-Length is wrong: read on from the next version line after the headers.
            buffer.rewind(to: blockStart)
            try resynchronize()
            return .some(failure(.init(code: "corruptRecord",
                                       message: "The WARC record's Content-Length does not match where the record ends."),
                                 url: url, recordID: recordID))
        }
        guard let response = HTTPResponse(block: Data(block)) else {
            return .some(failure(.init(code: "corruptRecord", message: "The WARC response record holds no HTTP response."),
                                 url: url, recordID: recordID))
        }
        guard response.isHTML else { return .some(nil) }
        return .some(WARCRecord(source: source, url: url, recordID: recordID, index: index, response: .success(response)))
    }

    private static let versionPrefix = Array("WARC/".utf8)
    private static let trailer = Array("\r\n\r\n".utf8)

    /// Consumes the blank lines that close a record; false when the next bytes are neither those
    /// (nor the end of the file) nor a lone pair of line breaks followed by the next record.
    private mutating func consumeTrailer() throws -> Bool {
        if try buffer.peek(Self.trailer) {
            _ = try buffer.read(Self.trailer.count)
            return try buffer.isAtEnd() || buffer.peek(Self.versionPrefix) || buffer.peek([0x0D]) || buffer.peek([0x0A])
        }
        return try buffer.isAtEnd()
    }

    /// Moves to the start of the next line that begins with `WARC/`.
    private mutating func resynchronize() throws {
        while true {
            let start = buffer.position
            guard let line = try buffer.readLine() else { return }
            if line.starts(with: Self.versionPrefix) {
                buffer.rewind(to: start)
                return
            }
        }
    }

    /// WARC/1.0 wrote `<uri>`; WARC/1.1 writes the bare URI.
    private static func unbracketed(_ uri: String) -> String {
        uri.hasPrefix("<") && uri.hasSuffix(">") ? String(uri.dropFirst().dropLast()) : uri
    }
}
