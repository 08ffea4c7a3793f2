@testable import ArticleParser
import Foundation
import Testing

/// The byte-level searches and trims that replaced Foundation's `NSString` paths must agree with
/// Foundation on the texts pages carry (composed text, as libxml2 hands it over).
@Suite("Byte search")
struct ByteSearchTests {
    private static let pieces = ["a", "b", "ab", "é", "ß", "→", "前", " ", "\u{A0}", "\n", "\t", "(", ")", "dpa", "Foto:"]

    /// Random texts made of the pieces above, the same on every run.
    private static func texts(count: Int) -> [String] {
        var generator = SeededGenerator(seed: 7)
        return (0 ..< count).map { _ in
            (0 ..< Int.random(in: 0 ... 12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
    }

    @Test("contains on bytes agrees with Foundation's search for every pair of sample texts")
    func containsAgrees() {
        let texts = Self.texts(count: 120)
        for haystack in texts {
            for needle in texts.prefix(40) where !needle.isEmpty {
                #expect(haystack.contains(needle) == (haystack.range(of: needle) != nil), "\(haystack) / \(needle)")
            }
        }
    }

    @Test("the first and last byte ranges are the ranges Foundation finds")
    func rangesAgree() {
        let texts = Self.texts(count: 120)
        for haystack in texts {
            for needle in texts.prefix(40) where !needle.isEmpty {
                #expect(haystack.firstByteRange(of: needle) == haystack.range(of: needle))
                #expect(haystack.lastByteRange(of: needle) == haystack.range(of: needle, options: .backwards))
            }
        }
    }

    @Test("an empty needle is never found, as with Foundation")
    func emptyNeedle() {
        #expect(!"text".contains(""))
        #expect("text".firstByteRange(of: "") == nil)
        #expect("text".lastByteRange(of: "") == nil)
    }

    @Test("trimming white space and line breaks agrees with Foundation's trim")
    func trimAgrees() {
        for text in Self.texts(count: 300) + ["", " ", "\u{2003}x\u{3000}", "\u{85}a b\u{2028}"] {
            #expect(text.trimmingWhitespaceAndNewlines == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
        }
    }

    @Test("a prefix test on bytes agrees with hasPrefix")
    func prefixesAgree() {
        let prefixes = ["comment", "share", "é", "a"]
        let bytes = prefixes.map { Array($0.utf8) }
        for text in Self.texts(count: 200) + ["commentlist", "sharebar", ""] {
            #expect(ByteSearch.startsWithAny(of: bytes, text: text) == prefixes.contains(where: text.hasPrefix))
        }
    }
}
