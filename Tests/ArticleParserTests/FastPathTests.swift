@testable import ArticleParser
import Foundation
import Testing

/// The byte-level fast paths must give exactly what the plain Unicode code they replaced gave.
@Suite("Fast text paths")
struct FastPathTests {
    /// The whitespace folding as first written, on Unicode scalars: the reference.
    private static func referenceFold(_ raw: String) -> String {
        let lineBreak: Unicode.Scalar = "\u{E000}"
        let cellBreak: Unicode.Scalar = "\u{E001}"
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        var pendingBreak: Unicode.Scalar?
        for scalar in raw.unicodeScalars {
            if scalar == lineBreak || scalar == cellBreak {
                if pendingBreak != lineBreak { pendingBreak = scalar == lineBreak ? "\n" : "\t" }
                if scalar == lineBreak { pendingBreak = "\n" }
                pendingSpace = false
                continue
            }
            if scalar.properties.isWhitespace {
                pendingSpace = true
                continue
            }
            if !output.isEmpty {
                if let separator = pendingBreak {
                    output.append(separator)
                } else if pendingSpace {
                    output.append(" ")
                }
            }
            pendingSpace = false
            pendingBreak = nil
            output.append(scalar)
        }
        return String(output)
    }

    private static let alphabet: [Unicode.Scalar] = [
        " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}",
        "\u{200A}", "\u{200B}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{E000}",
        "\u{E001}", "\u{E002}", "a", "Z", "9", "-", "_", ".", "é", "É", "ß", "İ", "ø", "語", "😀", "\u{0301}",
        "\u{2160}", "ª",
    ]

    private static func randomStrings() -> [String] {
        var generator = SeededGenerator(seed: 42)
        return (0 ..< 3000).map { _ in
            let length = Int.random(in: 0 ... 24, using: &generator)
            var text = String.UnicodeScalarView()
            for _ in 0 ..< length { text.append(alphabet.randomElement(using: &generator)!) }
            return String(text)
        }
    }

    @Test("Folding on bytes treats exactly Unicode's White_Space characters as whitespace")
    func whitespaceTable() {
        // Every code point once, between letters, a few thousand per string.
        let scalars = (0 ... 0x10FFFF).compactMap(Unicode.Scalar.init(_:))
        for start in stride(from: 0, to: scalars.count, by: 8192) {
            var text = String.UnicodeScalarView()
            for scalar in scalars[start ..< min(start + 8192, scalars.count)] {
                text.append(scalar)
                text.append("x")
            }
            let chunk = String(text)
            #expect(WhitespaceFolding.fold(chunk) == Self.referenceFold(chunk), "chunk from U+\(String(scalars[start].value, radix: 16))")
        }
    }

    @Test("Folding on bytes gives what folding on scalars gave, for mixed random text")
    func foldMatchesReference() {
        // Texts already folded come back as they are; the others are copied with their spaces folded.
        let folded = ["a b c", "ab", "é ü 語 😀", "Ⅻ. ª", "", "a  b", " a", "a ", "a\u{A0}b", "x\u{E000}y", "a\u{2028}b", "a\u{1680}"]
        for text in Self.randomStrings() + folded {
            #expect(WhitespaceFolding.fold(text) == Self.referenceFold(text), "\(text.unicodeScalars.map { $0.value })")
        }
    }

    @Test("Trimming by scalar class gives what trimming by Foundation's character sets gave")
    func trimmingMatchesFoundation() {
        let samples = Self.randomStrings() + ["\u{3000}\tName, PhD;\u{00A0}", "(ab)", "«Quote»", "  ", ""]
        for text in samples {
            #expect(text.trimmingScalars(where: ScalarClass.isSpace) == text.trimmingCharacters(in: .whitespaces),
                    "\(text.unicodeScalars.map { $0.value })")
            #expect(text.trimmingScalars(where: ScalarClass.isPunctuation) == text.trimmingCharacters(in: .punctuationCharacters),
                    "\(text.unicodeScalars.map { $0.value })")
        }
    }

    @Test("Lower-casing on bytes gives what the standard library's lower-casing gives")
    func lowercasedQuicklyMatches() {
        let samples = Self.randomStrings() + ["ΟΔΟΣ ΣΟΦΟΣ", "İSTANBUL", "STRASSE Straße", "Ǆemal ǅ", "Foto: JANE DOE/AFP", ""]
            + (UInt32(0) ... 0xFFFF).compactMap { Unicode.Scalar($0).map { "A\($0)b" } }
        for text in samples {
            #expect(text.lowercasedQuickly == text.lowercased(), "\(text.unicodeScalars.map { $0.value })")
        }
    }

    @Test("Visible characters of a header text are counted on bytes up to 201, blanks not counted")
    func simpleVisibleCount() {
        #expect(HeaderTextBytes.simpleVisibleCount("  Von Jana Beispiel \u{A0}") == 15)
        #expect(HeaderTextBytes.simpleVisibleCount("\n\t  ") == 0)
        #expect(HeaderTextBytes.simpleVisibleCount(String(repeating: "Wort ", count: 300)) == 201)
        #expect(HeaderTextBytes.simpleVisibleCount("Zeit 語") == nil)
    }

    @Test("A word table holds exactly its words, ASCII or not")
    func wordTable() {
        let words = ["has", "no", "with", "without", "kommentare", "übersicht"]
        let set = WordTable(words: words)
        for word in words + ["ha", "hass", "nO", "widths", "", "übersichten", "uebersicht", "a-very-long-class-word"] {
            #expect(set.contains(word) == words.contains(word), "\(word)")
        }
    }

    @Test("Titles made comparable scalar by scalar match lower-casing the whole title first")
    func comparableMatchesLowercasing() {
        func reference(_ text: String) -> String {
            String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter {
                $0.properties.isAlphabetic || $0.properties.numericType != nil
            }))
        }
        let samples = Self.randomStrings() + ["ΟΔΟΣ ΣΟΦΟΣ", "İSTANBUL İçin", "STRASSE Straße 42", "Ǆemal ǅ ǆ", "Ⅻ. Jahrhundert"]
            + (UInt32(0) ... 0xFFFF).compactMap { Unicode.Scalar($0).map { "A\($0)b" } }
        for text in samples {
            #expect(TitleExtractor.comparable(text) == reference(text), "\(text.unicodeScalars.map { $0.value })")
        }
    }

    @Test("Styles read on bytes hide what styles read by characters hid")
    func styleMatchesCharacters() {
        func reference(_ style: String) -> Bool {
            let folded = style.lowercased().filter { $0 != " " }
            return folded.contains("display:none") || folded.contains("visibility:hidden")
        }
        let samples = Self.randomStrings() + [
            "DISPLAY: NONE", "color:red; display :none", "visibility: Hidden", "visibility:visible", "display:block",
            "dİsplay:none", "display:none\u{301}", "display: \u{301}none", "font-family:\"Ünïcode\"; display:none", "",
        ]
        for style in samples {
            #expect(PageAnalysis.styleHides(style) == reference(style), "\(style.unicodeScalars.map { $0.value })")
        }
    }

    @Test("The first words of a folded text, cut on bytes, are the words a character split gives")
    func firstWordsMatchSplit() {
        let samples = Self.randomStrings().map(WhitespaceFolding.fold) + [
            "Veröffentlicht am 12. März 2021 um 14:00 Uhr von der Redaktion", "one two", "", "a \u{301}b c d e f g h i j k",
        ]
        for text in samples {
            for count in [1, 3, 9] {
                #expect(MetadataExtractor.firstWords(count, of: text) == text.split(separator: " ").prefix(count).joined(separator: " "),
                        "\(text.unicodeScalars.map { $0.value })")
            }
        }
    }

    @Test("Labels are found in the folded bytes where they are found in the lower-cased text")
    func labelSearchMatchesLowercasing() {
        let labels = ["updated", "geändert", "mis à jour", "veröffentlicht", "publié"]
        let texts = [
            "ZULETZT GEÄNDERT: 3. MÄRZ 2021", "Mis À Jour le 4 mai", "VERÖFFENTLICHT AM 1. MAI", "Publié le 2 juin",
            "Updated 29 April", "×UPDATED×", "Straße, ÆØÅ, ÞÐ, updated", "no label here", "",
        ]
        for text in texts {
            let lower = text.lowercased()
            for label in labels {
                let expected = lower.firstByteRange(of: label).map { lower.utf8.distance(from: lower.startIndex, to: $0.lowerBound) }
                #expect(LabelSearch(text).firstOffset(of: [Array(label.utf8)]) == expected, "\(label) in \(text)")
            }
        }
    }

    @Test("The scalar classes agree with Foundation's sets on every scalar of the first plane assigned before Unicode 16")
    func scalarClassesMatchFoundation() {
        for value in UInt32(0) ... 0xFFFF {
            // Foundation's tables on Linux predate Unicode 16, which added three Balinese marks.
            guard let scalar = Unicode.Scalar(value), let age = scalar.properties.age, age.major < 16 else { continue }
            #expect(ScalarClass.isSpace(scalar) == CharacterSet.whitespaces.contains(scalar), "U+\(String(value, radix: 16))")
            #expect(ScalarClass.isPunctuation(scalar) == CharacterSet.punctuationCharacters.contains(scalar),
                    "U+\(String(value, radix: 16))")
        }
    }

    @Test("Splitting class names on bytes gives what splitting on scalars gave")
    func wordsMatchReference() {
        for text in Self.randomStrings() + ["post-nav_links", "EntryContent main", "", "--"] {
            #expect(ClassWords.split(text) == ClassWords.unicodeWords(of: text), "\(text.unicodeScalars.map { $0.value })")
        }
    }
}

/// A small deterministic generator, so a failure can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

@Suite("Class values shared per page")
struct ClassValueTests {
    @Test("every class and id value is split once and shared by the elements that carry it")
    func classValuesAreShared() throws {
        let html = #"<html><body><div class="post-nav" id="Main_Box"><p class="post-nav">a</p><p class="Other">b</p></div></body></html>"#
        let tree = try HTMLDocument.parse(bytes: Array(html.utf8), charsetOverride: nil, maximumInputBytes: 1 << 20).tree
        let classed = tree.attributes.filter { $0.name == "class" || $0.name == "id" }
        #expect(classed.count == 4)
        #expect(Set(classed.map(\.classValue)).count == 3)
        for attribute in classed {
            #expect(tree.classWords(of: attribute) == Selectors.words(of: attribute.value))
        }
        #expect(tree.attributes.allSatisfy { ($0.name == "class" || $0.name == "id") == ($0.classValue >= 0) })
    }
}

@Suite("Names and values interned while the tree is built")
struct InterningTests {
    private func tree(_ html: String) throws -> HTMLTree {
        try HTMLDocument.parse(bytes: Array(html.utf8), charsetOverride: nil, maximumInputBytes: 1 << 20).tree
    }

    @Test("a value seen again gets its first index, and a new value the next one")
    func internerIndexes() {
        var interner = ClassValueInterner()
        func intern(_ text: String) -> (index: Int32, isNew: Bool) {
            var text = text
            return text.withUTF8 { interner.intern($0) }
        }
        #expect(intern("post-nav") == (0, true))
        #expect(intern("main") == (1, true))
        #expect(intern("post-nav") == (0, false))
        #expect(intern("") == (2, true))
        #expect(interner.values == ["post-nav", "main", ""])
    }

    @Test("values keep their indexes when the table grows")
    func internerGrows() {
        var interner = ClassValueInterner()
        let values = (0 ..< 1000).map { "class-\($0)" }
        for (position, value) in values.enumerated() {
            var value = value
            #expect(value.withUTF8 { interner.intern($0) } == (Int32(position), true))
        }
        for (position, value) in values.enumerated().reversed() {
            var value = value
            #expect(value.withUTF8 { interner.intern($0) } == (Int32(position), false))
        }
    }

    @Test("tags and attributes the stages test carry their one-byte names, others none")
    func knownNames() throws {
        let built = try tree(#"<html><body><A HREF="/x" Class="k" title="t">a</A><fb:like href="y"></fb:like><custom-el>b</custom-el></body></html>"#)
        let link = try #require(built.firstElement(named: "a"))
        #expect(built[link].tag == .a)
        #expect(built.attributes(of: link).map(\.key) == [.href, .class, .other])
        #expect(built.attribute(.href, of: link) == "/x")
        let like = try #require(built.firstElement(named: "like"))
        #expect(built[like].tag == .other)
        let custom = try #require(built.firstElement(named: "custom-el"))
        #expect(built[custom].tag == .other)
        #expect(built.nodes.filter { $0.kind == .text }.allSatisfy { $0.tag == .other })
    }

    @Test("a page that repeats its tag names keeps each element's own name")
    func repeatedNames() throws {
        let html = "<html><body>" + String(repeating: "<div><p>a</p><span>b</span><em>c</em></div>", count: 300) + "</body></html>"
        let built = try tree(html)
        let names = built.nodes.filter { $0.kind == .element }.map(\.name)
        #expect(names.count == 2 + 300 * 4)
        #expect(Array(names.dropFirst(2).prefix(8)) == ["div", "p", "span", "em", "div", "p", "span", "em"])
        #expect(names.filter { $0 == "span" }.count == 300)
    }
}
