@testable import ArticleSummarizer
import Testing

@Suite("Sentence selection")
struct SentenceSelectorTests {
    /// Five sentences: 0 is the best; 1 scores higher than 2 but is four times as long and
    /// covers little more of 3 and 4 than 2 does.
    static let scores = [1.0, 0.9, 0.5, 0.2, 0.2]
    static let words = [10, 40, 10, 10, 10]
    static let coverage = matrix([
        [1.0, 0.5, 0.0, 0.0, 0.0],
        [0.5, 1.0, 0.0, 0.4, 0.4],
        [0.0, 0.0, 1.0, 0.4, 0.3],
        [0.0, 0.4, 0.4, 1.0, 0.0],
        [0.0, 0.4, 0.3, 0.0, 1.0],
    ])
    static let similarity = matrix([[Double]](repeating: [Double](repeating: 0.1, count: 5), count: 5))

    static func matrix(_ rows: [[Double]]) -> SimilarityMatrix {
        var matrix = SimilarityMatrix(count: rows.count)
        for (row, values) in rows.enumerated() {
            for (column, value) in values.enumerated() { matrix[row, column] = value }
        }
        return matrix
    }

    func picks(_ selection: Summarizer.Options.Selection) -> [Int] {
        SentenceSelector(selection: selection, redundancyPenalty: 1)
            .select(2, scores: Self.scores, similarity: Self.similarity, coverage: Self.coverage, words: Self.words)
            .map(\.index)
    }

    @Test("coverage adds the sentence that covers most of the rest per word")
    func coveragePerWord() {
        #expect(picks(.coverage) == [0, 2])
    }

    @Test("maximal marginal relevance adds the best-scored sentence that is not similar")
    func marginalRelevance() {
        #expect(picks(.maximalMarginalRelevance) == [0, 1])
    }

    @Test("a sentence the summary already stands for adds no coverage")
    func saturation() {
        var state = CoverageState(coverage: Self.coverage)
        state.add(0)
        #expect(state.gain(adding: 0) == 0)
        #expect(state.gain(adding: 2) > 0)
    }
}
