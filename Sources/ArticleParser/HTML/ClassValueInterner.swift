#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The distinct `class` and `id` values of a page, each made into a `String` once.
///
/// Pages repeat the same few values on hundreds of elements. A value is found by a hash of
/// its bytes straight from the parser's buffer, so a repeat costs neither a new string nor a
/// `Hasher` pass over one; its index is the value's ``HTMLTree/Attribute/classValue``.
struct ClassValueInterner {
    private(set) var values: [String] = []
    private var hashes: [UInt64] = []
    /// Open addressing: a value's index plus one, or 0 for an empty slot.
    private var slots = [Int32](repeating: 0, count: 256)

    /// The index of the value in `bytes`, and whether this is its first sighting.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> (index: Int32, isNew: Bool) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot] - 1)
            if hashes[index] == hash, Self.equal(values[index], bytes) { return (Int32(index), false) }
            slot = (slot + 1) & mask
        }
        let index = values.count
        values.append(String(decoding: bytes, as: UTF8.self))
        hashes.append(hash)
        slots[slot] = Int32(index + 1)
        if values.count * 2 > slots.count { rehash(capacity: slots.count * 2) }
        return (Int32(index), true)
    }

    private static func equal(_ value: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteSearch.withBytes(of: value) { stored in
            stored.count == bytes.count && (bytes.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
    }

    private mutating func rehash(capacity: Int) {
        slots = [Int32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}
