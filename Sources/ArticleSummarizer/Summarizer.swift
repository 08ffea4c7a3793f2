import ArticleParser

/// Builds extractive summaries of articles: the sentences that best stand for the whole.
///
/// This module only sees ``ArticleParser/Article`` values and plain text, never HTML.
public struct Summarizer: Sendable {
    /// Settings for the summarizer.
    public struct Options: Sendable, Equatable {
        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The first `sentences` sentences of the article's prose paragraphs, in article order.
    public func summarize(_ article: Article, sentences: Int = 3) -> Summary {
        var chosen: [SummarySentence] = []
        for (index, paragraph) in article.paragraphs.enumerated() where paragraph.kind == .paragraph {
            for sentence in LeadSentences.split(paragraph.text) where chosen.count < sentences {
                chosen.append(SummarySentence(text: sentence, paragraphIndex: index, score: 1))
            }
            if chosen.count >= sentences { break }
        }
        return Summary(sentences: chosen)
    }
}

/// An extractive summary: sentences taken from the article, in article order.
public struct Summary: Sendable, Hashable, Codable {
    public var sentences: [SummarySentence]

    public init(sentences: [SummarySentence]) {
        self.sentences = sentences
    }
}

/// One sentence of a summary and where it came from.
public struct SummarySentence: Sendable, Hashable, Codable {
    /// The sentence as it stands in the article.
    public var text: String
    /// The index in ``ArticleParser/Article/paragraphs`` of its paragraph.
    public var paragraphIndex: Int
    /// How strongly the sentence stands for the article; higher is better.
    public var score: Double

    public init(text: String, paragraphIndex: Int, score: Double) {
        self.text = text
        self.paragraphIndex = paragraphIndex
        self.score = score
    }
}

/// Splits at a full stop, question or exclamation mark followed by a space and a capital.
enum LeadSentences {
    static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var previous: Character = " "
        var boundary = false
        for character in text {
            if boundary, character.isUppercase {
                sentences.append(current.trimmingWhitespace())
                current = ""
            }
            if character != " " { boundary = false }
            if character == " ", ".!?".contains(previous) { boundary = true }
            current.append(character)
            previous = character
        }
        let last = current.trimmingWhitespace()
        if !last.isEmpty { sentences.append(last) }
        return sentences
    }
}

extension String {
    func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
