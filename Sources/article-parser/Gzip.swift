internal import CZlib
import Foundation

/// Inflates gzip data (all members, as `gunzip` does), refusing output past a size limit so a
/// small compressed bomb cannot fill memory.
enum Gzip {
    /// Why gzip data could not be inflated.
    enum Failure: Error {
        case corrupt
        case tooLarge(limit: Int)
    }

    /// Whether the bytes start with the gzip magic number.
    static func isCompressed(_ data: Data) -> Bool {
        data.count >= 2 && data[data.startIndex] == 0x1F && data[data.startIndex + 1] == 0x8B
    }

    static func inflate(_ data: Data, limit: Int) throws(Failure) -> Data {
        var stream = z_stream()
        // 16 + MAX_WBITS: expect a gzip header and trailer rather than a raw zlib stream.
        guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corrupt
        }
        defer { inflateEnd(&stream) }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let input = [UInt8](data)
        var failure: Failure?
        input.withUnsafeBufferPointer { source in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = uInt(source.count)
            while failure == nil {
                let status = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                if output.count + produced > limit {
                    failure = .tooLarge(limit: limit)
                    break
                }
                output.append(contentsOf: chunk[0 ..< produced])
                switch status {
                case Z_STREAM_END:
                    // Another member may follow (concatenated .gz files); stop at trailing zeros.
                    if stream.avail_in == 0 || stream.next_in.pointee == 0 { return }
                    if inflateReset(&stream) != Z_OK { failure = .corrupt }
                case Z_OK:
                    if produced == 0, stream.avail_in == 0 { failure = .corrupt }  // truncated
                case Z_BUF_ERROR:
                    failure = .corrupt  // no progress possible: the data ends early
                default:
                    failure = .corrupt
                }
            }
        }
        if let failure { throw failure }
        return output
    }
}
