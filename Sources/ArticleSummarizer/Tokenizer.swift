/// Turns a sentence into the terms that say what it is about: lower-case words without stop
/// words, cut to a rough stem so "talks", "talked" and "talking" count as one term.
struct Tokenizer {
    var stopWords: Set<String>
    var language: StopWords.Language

    init(language: StopWords.Language) {
        self.language = language
        stopWords = StopWords.words(for: language)
    }

    /// Lower-case runs of letters and digits; apostrophes inside a word are kept ("don't"),
    /// except after a French elided article ("l'état" is "état").
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty {
                words.append(String(current).lowercased())
                current = String.UnicodeScalarView()
            }
        }
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar.isLetter || scalar.isDecimalDigit {
                current.append(scalar)
            } else if scalar == "'" || scalar == "’", !current.isEmpty, index + 1 < scalars.count,
                      scalars[index + 1].isLetter {
                if current.count <= 2, elisions.contains(String(current).lowercased()) {
                    current = String.UnicodeScalarView()  // "l'", "d'", "qu'": drop the article
                } else {
                    current.append("'")
                }
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// The content terms of `text`: words that are not stop words, stemmed.
    func terms(in text: String) -> [String] {
        Self.words(in: text).compactMap { word in
            if stopWords.contains(word) { return nil }
            if word.unicodeScalars.count < 2, !word.unicodeScalars.allSatisfy(\.isDecimalDigit) {
                return nil
            }
            return stem(word)
        }
    }

    /// A light suffix stripper: enough to join inflected forms for comparing sentences, with
    /// no claim to be linguistically right. Short words are left alone.
    func stem(_ word: String) -> String {
        var word = word
        if word.hasSuffix("'s") { word.removeLast(2) }
        guard word.count > 4 else { return word }
        for suffix in Self.suffixes[language] ?? [] where word.hasSuffix(suffix) {
            if word.count - suffix.count >= 3 {
                word.removeLast(suffix.count)
                return word
            }
        }
        return word
    }

    /// Elided articles and pronouns in French (and Italian) that attach to the next word.
    static let elisions: Set<String> = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"]

    /// Inflectional endings to strip, longest first.
    static let suffixes: [StopWords.Language: [String]] = [
        .english: ["ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "s", "ly"],
        .german: ["ungen", "ung", "ern", "en", "er", "es", "em", "e", "s", "n"],
        .french: ["ements", "ement", "ations", "ation", "euses", "euse", "eux", "ées", "és", "ée",
                  "es", "er", "é", "e", "s", "x"],
        .spanish: ["aciones", "ación", "amente", "mente", "idades", "idad", "ados", "adas", "ado",
                   "ada", "es", "os", "as", "o", "a", "s"],
    ]
}
