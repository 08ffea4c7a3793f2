@testable import ArticleParser
import Foundation
import Testing

@Suite("Fast attribution paths")
struct AttributionFastPathTests {
    @Test("Marking tag connectors on bytes gives what Foundation's case-insensitive replacing gave")
    func connectorsMatchFoundation() {
        let pieces = [" ", "  ", ",", ", ", "mit", "MIT", "Mit", "and", "AND", "und", "with", "With", "avec", "con", "y",
                      "Y", "et", "ET", "dpa", "AFP", "KNA", "DR", "ab", "/", "\t", "\u{1A}", "m", "it"]
        var generator = SeededGenerator(seed: 9)
        var marked = 0
        for _ in 0 ..< 20000 {
            let inner = (0 ..< Int.random(in: 0 ... 6, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined()
            var expected = " \(inner) "
            for connector in AttributionVocabulary.tagConnectors {
                expected = expected.replacingOccurrences(of: connector, with: "|", options: .caseInsensitive)
            }
            if expected.contains("|") { marked += 1 }
            #expect(SourceTag.markingConnectors(in: inner) == expected, "\(inner.unicodeScalars.map(\.value))")
        }
        #expect(marked > 5000)
    }

    @Test("The byte look for an opening parenthesis never misses one among the first characters")
    func openerGateMissesNone() {
        let pieces = ["(", "（", "(\u{301}", "\u{600}", "\u{301}", "a", "AP", " ", "BERLIN", "é", "語", "👍", "\r\n", ")", "-"]
        var generator = SeededGenerator(seed: 17)
        var opened = 0
        for _ in 0 ..< 20000 {
            let text = (0 ..< Int.random(in: 0 ... 12, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined()
            let limit = Int.random(in: 1 ... 8, using: &generator)
            let expected = text.prefix(limit).contains { ParagraphEdges.openers.contains($0) }
            if expected { opened += 1 }
            #expect(!expected || ParagraphEdges.mayOpen(within: limit, text), "\(text.unicodeScalars.map(\.value))")
        }
        #expect(opened > 3000)
    }
}
