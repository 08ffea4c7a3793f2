import Foundation

/// Bytes pulled block by block from a source, read as lines or as counted runs. Bytes before
/// the last `mark()` are dropped, so only the current record (or line) is held.
struct ByteBuffer {
    private var bytes: [UInt8] = []
    private(set) var position = 0
    private var isSourceDone = false
    private let nextBlock: () throws -> [UInt8]?

    init(nextBlock: @escaping () throws -> [UInt8]?) {
        self.nextBlock = nextBlock
    }

    /// Drops the bytes already consumed.
    mutating func mark() {
        if position > 0 {
            bytes.removeFirst(position)
            position = 0
        }
    }

    /// Moves back to an earlier position kept since the last `mark()`.
    mutating func rewind(to earlier: Int) {
        precondition(earlier <= position)
        position = earlier
    }

    /// Whether at least `count` bytes are available past the position, reading more as needed.
    mutating func ensure(_ count: Int) throws -> Bool {
        while bytes.count - position < count {
            guard !isSourceDone, let block = try nextBlock() else {
                isSourceDone = true
                return false
            }
            bytes.append(contentsOf: block)
        }
        return true
    }

    /// Whether nothing is left.
    mutating func isAtEnd() throws -> Bool { try !ensure(1) }

    /// The next line without its line break; `nil` at the end. A line longer than `maximum`
    /// is cut there (the rest reads as the next line).
    mutating func readLine(maximum: Int = 1 << 20) throws -> ArraySlice<UInt8>? {
        var searched = position
        while true {
            if let newline = bytes[searched...].firstIndex(of: 0x0A) {
                var line = bytes[position ..< newline]
                if line.last == 0x0D { line = line.dropLast() }
                position = newline + 1
                return line
            }
            searched = bytes.count
            let isLong = bytes.count - position >= maximum
            if try isLong || !ensure(bytes.count - position + 1) {
                guard position < bytes.count else { return nil }
                let end = min(bytes.count, position + maximum)
                let line = bytes[position ..< end]
                position = end
                return line
            }
        }
    }

    /// The next `count` bytes, or `nil` (consuming what is left) when fewer remain.
    mutating func read(_ count: Int) throws -> ArraySlice<UInt8>? {
        guard try ensure(count) else {
            position = bytes.count
            return nil
        }
        defer { position += count }
        return bytes[position ..< position + count]
    }

    /// Consumes `count` bytes without keeping them; false when the source ends first.
    mutating func skip(_ count: Int) throws -> Bool {
        var remaining = count
        while remaining > 0 {
            if position >= bytes.count {
                mark()
                bytes.removeAll(keepingCapacity: true)
                guard try ensure(1) else { return false }
            }
            let step = min(remaining, bytes.count - position)
            position += step
            remaining -= step
        }
        return true
    }

    /// Whether the next bytes equal `expected`, without consuming them.
    mutating func peek(_ expected: [UInt8]) throws -> Bool {
        guard try ensure(expected.count) else { return false }
        return bytes[position ..< position + expected.count].elementsEqual(expected)
    }

    /// Whether the source has nothing more past `count` bytes from the position.
    mutating func endsAfter(_ count: Int) throws -> Bool { try !ensure(count + 1) }
}
