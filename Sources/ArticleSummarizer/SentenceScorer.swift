#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

/// Scores every eligible sentence of one article by position, centrality and headline overlap.
struct SentenceScorer {
    var options: Summarizer.Options

    struct Result {
        var scores: [Double]
        /// The tf-idf cosine of every pair of sentences.
        var similarity: SimilarityMatrix
        /// How much of each sentence (row) another one (column) stands for, 0 to 1: the blend of
        /// the two centralities' edge weights, each scaled by the article's largest; a sentence
        /// stands fully for itself.
        var coverage: SimilarityMatrix
    }

    func score(_ sentences: [SummaryCandidate], tokenizer: Tokenizer, title: String?) -> Result {
        let terms = sentences.map { tokenizer.terms(in: $0.text) }
        let vectors = TermVectors(terms)
        let similarity = vectors.similarity()
        let (centrality, coverage) = Self.centrality(vectors: vectors, similarity: similarity)
        let headline = Set(title.map(tokenizer.terms(in:)) ?? [])
        var scores = [Double](repeating: 0, count: sentences.count)
        for index in scores.indices {
            let position = 1 / (1 + Double(index) / ScoringShape.positionHalfLife)
            var overlap = 0.0
            if !headline.isEmpty {
                overlap = Double(Set(terms[index]).intersection(headline).count) / Double(headline.count)
            }
            let base = options.positionWeight * position
                + options.centralityWeight * centrality[index]
                + options.headlineWeight * overlap
            scores[index] = base * ScoringShape.lengthFactor(words: sentences[index].words.count)
                * ScoringShape.styleFactor(sentences[index].text)
        }
        return Result(scores: scores, similarity: similarity, coverage: coverage)
    }

    /// How much each sentence shares with the others, from 0 to 1 (the most central), and the
    /// coverage matrix built from the same edge weights.
    ///
    /// The mean of two degree centralities: the sum of tf-idf cosines (LexRank's edge
    /// weights: what a sentence is about, whatever its length) and the sum of shared terms
    /// over the log of both lengths (TextRank's: longer sentences that carry more of the
    /// story's vocabulary count more). Either alone did worse on the development set.
    static func centrality(vectors: TermVectors,
                           similarity: SimilarityMatrix) -> (centrality: [Double], coverage: SimilarityMatrix) {
        let count = vectors.vectors.count
        let logLengths = vectors.vectors.map { log(1 + Double($0.count)) }
        var overlaps = SimilarityMatrix(count: count)
        var cosine = [Double](repeating: 0, count: count)
        var overlap = [Double](repeating: 0, count: count)
        var largestCosine = 0.0
        var largestOverlap = 0.0
        for row in 0 ..< count {
            for column in 0 ..< count where column > row {
                cosine[row] += similarity[row, column]
                cosine[column] += similarity[row, column]
                largestCosine = max(largestCosine, similarity[row, column])
                let lengths = logLengths[row] + logLengths[column]
                guard lengths > 0 else { continue }
                let shared = Double(vectors.sharedTerms(row, column)) / lengths
                overlaps[row, column] = shared
                overlaps[column, row] = shared
                overlap[row] += shared
                overlap[column] += shared
                largestOverlap = max(largestOverlap, shared)
            }
        }
        let topCosine = max(cosine.max() ?? 0, .leastNormalMagnitude)
        let topOverlap = max(overlap.max() ?? 0, .leastNormalMagnitude)
        let centrality = (0 ..< count).map { (cosine[$0] / topCosine + overlap[$0] / topOverlap) / 2 }

        var coverage = SimilarityMatrix(count: count)
        largestCosine = max(largestCosine, .leastNormalMagnitude)
        largestOverlap = max(largestOverlap, .leastNormalMagnitude)
        var largest = 0.0
        for row in 0 ..< count {
            for column in 0 ..< count where column != row {
                let value = (similarity[row, column] / largestCosine + overlaps[row, column] / largestOverlap) / 2
                coverage[row, column] = value
                largest = max(largest, value)
            }
        }
        for index in 0 ..< count { coverage[index, index] = count == 1 ? 1 : largest }
        return (centrality, coverage)
    }
}

/// The shape of the scores: how fast the lead's advantage fades, which lengths suit a
/// summary, which sentences read as commentary rather than report.
enum ScoringShape {
    /// The sentence at this index (0-based, among eligible ones) gets half the first's
    /// position score. News states its gist in the first few sentences.
    static let positionHalfLife = 3.0

    /// Summary sentences are self-contained statements of 10–25 words: shorter ones say too
    /// little, longer ones cost a reader more than they add. The factor falls linearly to 0.6
    /// for a one-word sentence and as 25/words above 25 words, never below 0.3.
    static func lengthFactor(words: Int) -> Double {
        let count = Double(words)
        if count < 10 { return 1 - 0.4 * (10 - count) / 10 }
        if count > 25 { return max(0.3, 25 / count) }
        return 1
    }

    /// Direct quotation and questions report what someone said or wonders, not what happened.
    static func styleFactor(_ sentence: String) -> Double {
        var factor = 1.0
        if let first = sentence.unicodeScalars.first, quotationMarks.contains(first) { factor *= 0.75 }
        if sentence.unicodeScalars.reversed().first(where: { !Punctuation.closers.contains($0) }) == "?" {
            factor *= 0.7
        }
        return factor
    }

    static let quotationMarks: Set<Unicode.Scalar> = ["\"", "“", "„", "«", "‘", "'", "‹", "‚", "»"]
}

/// Sentences as tf-idf vectors over their terms, idf taken over the article's own sentences.
struct TermVectors {
    /// For each sentence, its (term id, weight) pairs sorted by id, with unit length.
    var vectors: [[(term: Int, weight: Double)]]

    init(_ sentences: [[String]]) {
        var ids: [String: Int] = [:]
        var documentFrequency: [Int] = []
        let counted: [[Int: Int]] = sentences.map { terms in
            var counts: [Int: Int] = [:]
            for term in terms {
                let id: Int
                if let known = ids[term] {
                    id = known
                } else {
                    id = ids.count
                    ids[term] = id
                    documentFrequency.append(0)
                }
                counts[id, default: 0] += 1
            }
            for id in counts.keys { documentFrequency[id] += 1 }
            return counts
        }
        let total = Double(sentences.count)
        vectors = counted.map { counts in
            var vector = counts.map { id, count in
                (term: id, weight: Double(count) * log((total + 1) / Double(documentFrequency[id])))
            }
            vector.sort { $0.term < $1.term }
            let length = vector.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
            if length > 0 {
                for index in vector.indices { vector[index].weight /= length }
            }
            return vector
        }
    }

    /// The cosine similarity of every pair of sentences.
    func similarity() -> SimilarityMatrix {
        var matrix = SimilarityMatrix(count: vectors.count)
        for row in vectors.indices {
            for column in vectors.indices where column > row {
                let value = Self.dot(vectors[row], vectors[column])
                matrix[row, column] = value
                matrix[column, row] = value
            }
        }
        return matrix
    }

    /// How many distinct terms two sentences share.
    func sharedTerms(_ first: Int, _ second: Int) -> Int {
        var shared = 0
        Self.forEachSharedTerm(vectors[first], vectors[second]) { _, _ in shared += 1 }
        return shared
    }

    private static func dot(_ left: [(term: Int, weight: Double)], _ right: [(term: Int, weight: Double)]) -> Double {
        var sum = 0.0
        forEachSharedTerm(left, right) { sum += $0 * $1 }
        return sum
    }

    /// Calls `body` with both weights of every term two sorted vectors share.
    private static func forEachSharedTerm(_ left: [(term: Int, weight: Double)],
                                          _ right: [(term: Int, weight: Double)],
                                          _ body: (Double, Double) -> Void) {
        var i = 0
        var j = 0
        while i < left.count, j < right.count {
            if left[i].term == right[j].term {
                body(left[i].weight, right[j].weight)
                i += 1
                j += 1
            } else if left[i].term < right[j].term {
                i += 1
            } else {
                j += 1
            }
        }
    }
}

/// A square matrix of similarities between the sentences of one article.
struct SimilarityMatrix {
    let count: Int
    private var values: [Double]

    init(count: Int) {
        self.count = count
        values = [Double](repeating: 0, count: count * count)
    }

    subscript(row: Int, column: Int) -> Double {
        get { values[row * count + column] }
        set { values[row * count + column] = newValue }
    }
}
