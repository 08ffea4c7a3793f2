/// An extractive summary: sentences taken word for word from the article, in article order.
public struct Summary: Sendable, Hashable, Codable {
    /// The chosen sentences in the order the article has them. Empty when the article has no
    /// sentence that could stand in a summary (no prose, only captions or fragments).
    public var sentences: [SummarySentence]

    /// A summary of the given sentences, which should be in article order.
    public init(sentences: [SummarySentence]) {
        self.sentences = sentences
    }

    /// The sentences' text joined by single spaces; empty when the summary is.
    public var text: String {
        sentences.map(\.text).joined(separator: " ")
    }
}

/// One sentence of a summary and where it came from.
public struct SummarySentence: Sendable, Hashable, Codable {
    /// The sentence as it stands in the article.
    public var text: String
    /// The index in ``ArticleParser/Article/paragraphs`` of its paragraph (for the `String`
    /// variant, of its block of text between blank lines).
    public var paragraphIndex: Int
    /// How strongly the sentence alone stands for the article: its place, centrality,
    /// headline overlap, length and style. Higher is better; only comparable within one
    /// summary (the sentences after the first are chosen for what they add to it, so a later
    /// one may score lower than a sentence left out).
    public var score: Double

    /// A sentence of a summary.
    public init(text: String, paragraphIndex: Int, score: Double) {
        self.text = text
        self.paragraphIndex = paragraphIndex
        self.score = score
    }
}
