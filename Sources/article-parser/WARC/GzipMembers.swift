internal import CZlib
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's bytes in blocks of at most 64 KB, inflated on the fly when the file starts with the
/// gzip magic number: one member per record (as Common Crawl writes WARC files) and a
/// whole-file gzip read alike, since concatenated members are one stream to `gunzip`. Only one
/// block of input and one of output are held, however large the file.
final class GzipMembers {
    /// Why the stream stopped early.
    enum Failure: Error, Equatable {
        /// The gzip data is corrupt or ends inside a member.
        case corrupt
        /// The file could not be read.
        case unreadable
    }

    private static let blockSize = 64 * 1024
    private let descriptor: Int32
    private let input = UnsafeMutablePointer<UInt8>.allocate(capacity: blockSize)
    private let output = UnsafeMutablePointer<UInt8>.allocate(capacity: blockSize)
    /// On the heap: zlib checks that a stream never moves between calls.
    private var stream: UnsafeMutablePointer<z_stream>?
    private var isAtEnd = false
    private var isInputExhausted = false
    private var isFirstRead = true

    /// Opens a file; `nil` when it cannot be opened (the caller reads `errno`).
    init?(path: String) {
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            input.deallocate()
            output.deallocate()
            return nil
        }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        if let stream {
            inflateEnd(stream)
            stream.deallocate()
        }
        input.deallocate()
        output.deallocate()
    }

    /// The next block of (inflated) bytes; `nil` at the end of the file.
    func next() throws(Failure) -> [UInt8]? {
        if isAtEnd { return nil }
        if isFirstRead {
            isFirstRead = false
            let count = readInput()
            guard count >= 0 else { throw .unreadable }
            if count >= 2, input[0] == 0x1F, input[1] == 0x8B {
                try startInflating(available: count)
            } else {
                if count == 0 { isAtEnd = true; return nil }
                return Array(UnsafeBufferPointer(start: input, count: count))
            }
        }
        guard let stream else {
            let count = readInput()
            guard count >= 0 else { throw .unreadable }
            if count == 0 { isAtEnd = true; return nil }
            return Array(UnsafeBufferPointer(start: input, count: count))
        }
        return try inflateBlock(stream)
    }

    private func readInput() -> Int {
        while true {
            let count = read(descriptor, input, Self.blockSize)
            if count < 0, errno == EINTR { continue }
            return count
        }
    }

    /// Reads the next block of the file into the stream once it has used up the last one.
    private func refill(_ stream: UnsafeMutablePointer<z_stream>) throws(Failure) {
        guard stream.pointee.avail_in == 0, !isInputExhausted else { return }
        let count = readInput()
        guard count >= 0 else { throw .unreadable }
        if count == 0 { isInputExhausted = true }
        stream.pointee.next_in = input
        stream.pointee.avail_in = uInt(count)
    }

    private func startInflating(available: Int) throws(Failure) {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // 16 + MAX_WBITS: a gzip header and trailer, not a raw zlib stream.
        guard inflateInit2_(stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            stream.deallocate()
            throw .corrupt
        }
        stream.pointee.next_in = input
        stream.pointee.avail_in = uInt(available)
        self.stream = stream
    }

    private func inflateBlock(_ stream: UnsafeMutablePointer<z_stream>) throws(Failure) -> [UInt8]? {
        while true {
            try refill(stream)
            stream.pointee.next_out = output
            stream.pointee.avail_out = uInt(Self.blockSize)
            let status = inflate(stream, Z_NO_FLUSH)
            let produced = Self.blockSize - Int(stream.pointee.avail_out)
            switch status {
            case Z_STREAM_END:
                // Another member may follow; trailing zeros (padding) end the file.
                try refill(stream)
                if stream.pointee.avail_in == 0 || stream.pointee.next_in.pointee == 0 {
                    isAtEnd = true
                } else if inflateReset(stream) != Z_OK {
                    throw .corrupt
                }
            case Z_OK:
                break
            case Z_BUF_ERROR where isInputExhausted:
                throw .corrupt  // the file ends inside a member
            case Z_BUF_ERROR:
                break
            default:
                throw .corrupt
            }
            if produced > 0 { return Array(UnsafeBufferPointer(start: output, count: produced)) }
            if isAtEnd { return nil }
            if status == Z_OK, stream.pointee.avail_in == 0, isInputExhausted { throw .corrupt }
        }
    }
}
