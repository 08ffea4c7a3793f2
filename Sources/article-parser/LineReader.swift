import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lines of a file or of standard input, read as they arrive (a pipe is never read to its end
/// first), for `--paths-from` and `--records-from`.
final class LineReader {
    private var buffer: ByteBuffer
    private let descriptor: Int32
    private let ownsDescriptor: Bool

    /// Reads standard input for "-", else the named file; `nil` when the file cannot be opened.
    init?(path: String) {
        if path == "-" {
            descriptor = STDIN_FILENO
            ownsDescriptor = false
        } else {
            descriptor = open(path, O_RDONLY)
            ownsDescriptor = true
            guard descriptor >= 0 else { return nil }
        }
        let descriptor = descriptor
        buffer = ByteBuffer {
            var block = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return nil }
                return Array(block[0 ..< count])
            }
        }
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// The next line without its line break; `nil` at the end.
    func next() -> ArraySlice<UInt8>? {
        buffer.mark()
        return try? buffer.readLine(maximum: Int.max)
    }
}
