@testable import ArticleParser
import Testing

/// The link stage's byte-level shortcuts may only say "no" where the full rules say "no".
@Suite("Fast link paths")
struct LinkFastPathTests {
    /// Label words and their look-alikes, decoration, white space of every kind, marks that join
    /// a neighbour, CJK labels and their neighbours, and the folding's break markers.
    private static let pieces: [String] = [
        "next", "Next", "NEXT", "previous", "Prev", "post", "Post", "article", "older", "Newer", "vor",
        "zurück", "Zuru\u{308}ck", "weiter", "nächster", "Beitrag", "artículo", "anterior", "siguiente",
        "story", "entry", "news", "The", "council", "a", "x", "e", "é", "ß", "ä", "a\u{308}", "İ",
        "\u{212A}", "Ａ", "2024", "'", "(", ".", "…", "前の記事", "次へ", "前", "次", "記事", "へ", "べ",
        "\u{3099}", "上一篇", "下一篇", "한국", " ", " ", "\u{A0}", "\n", "\t", "\r\n", "\u{3000}",
        "\u{E000}", "\u{E001}", "-", "»", "→", ":", "：", "|", "▶", "\u{FE0F}", "\u{301}", "\u{200D}",
        "\u{200C}", "\u{AD}", "©", "×", "“", "’", "👍", "\u{1F3FB}", "\u{20DD}", "\u{903}", "\u{600}", "🇩🇪",
        "Σ", "ς", "Ƀ", "Ⱥ", "Ω", "\u{3001}", "！",
    ]

    private static func randomTexts(count: Int, seed: UInt64) -> [String] {
        var generator = SeededGenerator(seed: seed)
        return (0 ..< count).map { _ in
            (0 ..< Int.random(in: 0 ... 7, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }
                .joined(separator: Bool.random(using: &generator) ? " " : "")
        }
    }

    private static func bytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        Array(text.utf8).withUnsafeBufferPointer(body)
    }

    @Test("A text the byte look rules out holds no label by the full rules")
    func edgesAgreeWithMatch() {
        var ruledOut = 0
        for text in Self.randomTexts(count: 20000, seed: 7) where !Self.bytes(text, LabelEdges.mayHoldLabel) {
            ruledOut += 1
            #expect(NavigationLabel.match(in: text.collapsingWhitespace) == nil, "\(text.unicodeScalars.map(\.value))")
            // `match` itself asks first, on texts as they come (a text node's, unfolded).
            #expect(NavigationLabel.matchByFullRules(in: text) == nil, "\(text.unicodeScalars.map(\.value))")
        }
        #expect(ruledOut > 5000)
    }

    @Test("Labels looked up after a first or last character gate are those of every length")
    func characterGateAgreesWithEveryLength() {
        let labelTexts = NavigationVocabulary.previousArticleLabels + NavigationVocabulary.nextWords
        for text in Self.randomTexts(count: 20000, seed: 13) + labelTexts + labelTexts.map({ "The mill: " + $0 }) {
            let key = text.lowercased()
            #expect(NavigationLabel.label(startOf: key)?.length == NavigationLabel.labelByLength(startOf: key)?.length,
                    "\(text.unicodeScalars.map(\.value))")
            #expect(NavigationLabel.label(startOf: key)?.match == NavigationLabel.labelByLength(startOf: key)?.match)
            #expect(NavigationLabel.label(endOf: key)?.length == NavigationLabel.labelByLength(endOf: key)?.length,
                    "\(text.unicodeScalars.map(\.value))")
            #expect(NavigationLabel.label(endOf: key)?.match == NavigationLabel.labelByLength(endOf: key)?.match)
        }
    }

    @Test("The tail look agrees with the last characters of the folded text")
    func tailAgreesWithMatch() {
        var ruledOut = 0
        let long = ["Council approves the budget for the new river crossing ", "Zurück zur Übersicht "]
        for text in Self.randomTexts(count: 20000, seed: 11) + long.map({ $0 + "next" }) + long {
            let folded = text.collapsingWhitespace
            let found = Self.bytes(text) { LabelEdges.tailMayHoldLabel($0, characters: 40) }
            #expect((found == nil) == folded.isEmpty, "\(text.unicodeScalars.map(\.value))")
            if found == false {
                ruledOut += 1
                #expect(NavigationLabel.match(in: String(folded.suffix(40))) == nil, "\(text.unicodeScalars.map(\.value))")
            }
        }
        #expect(ruledOut > 1000)
    }
}

@Suite("Fast script-link check")
struct ScriptLinkFastPathTests {
    @Test("The byte check of javascript: links agrees with the check on characters")
    func scriptLinkMatchesCharacters() {
        let pieces = [
            " ", "\t", "\n", "\r\n", "\r", "java", "JAVA", "script", "Script", ":", "\u{301}", "\u{1A}", "javascript:",
            "JavaScript:", "javascript", "İ", "\u{212A}", "x", "void(0)", "\u{A0}", "ja\u{301}vascript:", "/page",
        ]
        var generator = SeededGenerator(seed: 3)
        var scripts = 0
        for _ in 0 ..< 20000 {
            let href = (0 ..< Int.random(in: 0 ... 5, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = PageAnalysis.isScriptLinkByCharacters(href)
            if expected { scripts += 1 }
            #expect(PageAnalysis.isScriptLink(href) == expected, "\(href.unicodeScalars.map(\.value))")
        }
        #expect(scripts > 500)
    }
}

@Suite("Fast rel check")
struct RelFastPathTests {
    @Test("The byte reading of rel values agrees with the reading on characters")
    func relMatchesCharacters() {
        let pieces = [" ", "\t", "\n", "\r\n", "\u{1C}", "\u{A0}", "prev", "PREV", "previous", "Next", "next", "nofollow",
                      "noopener", "pre", "v", "\u{301}", "İ", "\u{212A}", "nexté"]
        var generator = SeededGenerator(seed: 5)
        var directions = 0
        for _ in 0 ..< 20000 {
            let rel = (0 ..< Int.random(in: 0 ... 4, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = NavigationContext.directionByCharacters(ofRel: rel)
            if expected != nil { directions += 1 }
            #expect(NavigationContext.direction(ofRel: rel) == expected, "\(rel.unicodeScalars.map(\.value))")
        }
        #expect(directions > 2000)
    }
}

@Suite("Fast class-word marks")
struct NavigationMarksFastPathTests {
    @Test("Class words compared on bytes get the marks the dictionary gives")
    func marksMatchDictionary() {
        let vocabulary = NavigationVocabulary.previousClassWords.union(NavigationVocabulary.nextClassWords)
            .union(NavigationVocabulary.articleLinkClassWords).union(NavigationVocabulary.blockSubjectWords)
            .union(NavigationVocabulary.blockNavigationWords).union(NavigationVocabulary.blockNames)
            .union(NavigationVocabulary.carouselClassWords).union(NavigationVocabulary.rejectedClassWords)
            .union(["read", "up", "readnext", "comment", "page", "numbers"])
        let others = ["", "x", "nex", "nextt", "Next", "NAV", "li\u{212A}", "ne\u{301}xt", "navé", "post2", "wp", "block"]
        var marked = 0
        for word in vocabulary.union(others) {
            let expected = NavigationMarks.dictionaryMarks(ofWord: word)
            if !expected.isEmpty { marked += 1 }
            #expect(NavigationMarks.marks(ofWord: word) == expected, "\(word)")
        }
        #expect(marked == vocabulary.count)
    }
}
