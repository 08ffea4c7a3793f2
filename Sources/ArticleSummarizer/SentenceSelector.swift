#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

/// Picks the summary's sentences and returns them in article order.
///
/// The first is the best-scored sentence. The others are added greedily, by one of two rules
/// (``Summarizer/Options/Selection``): the most article content not yet covered per word
/// (coverage), or the best score discounted by the similarity to the sentences already chosen
/// (maximal marginal relevance). Either way a near-repeat of a chosen sentence is never added.
struct SentenceSelector {
    var selection: Summarizer.Options.Selection
    /// With maximal marginal relevance: from 0 (similarity does not matter) to 1 (a candidate
    /// loses its full cosine similarity to the closest chosen sentence, times the best score).
    var redundancyPenalty: Double

    /// Sentences more similar than this to a chosen one repeat it and are never added.
    static let duplicateSimilarity = 0.65

    struct Pick {
        var index: Int
        /// The sentence's own score, whatever rule chose it: values chosen at under different
        /// rules are on different scales.
        var score: Double
    }

    /// The sentences the scores, their similarities and their lengths in words call for.
    func select(_ count: Int, scores: [Double], similarity: SimilarityMatrix, coverage: SimilarityMatrix,
                words: [Int]) -> [Pick] {
        let total = scores.count
        let scale = max(scores.max() ?? 1, .leastNormalMagnitude)
        var closest = [Double](repeating: 0, count: total)
        var taken = [Bool](repeating: false, count: total)
        var covering = CoverageState(coverage: coverage)
        var picks: [Pick] = []
        while picks.count < min(count, total) {
            var best: Int?
            var bestValue = -Double.infinity
            for index in 0 ..< total where !taken[index] && closest[index] <= Self.duplicateSimilarity {
                let value: Double
                if picks.isEmpty {
                    value = scores[index]
                } else if selection == .coverage {
                    value = (covering.gain(adding: index) + Coverage.scoreWeight * scores[index] / scale)
                        / pow(Double(max(words[index], 1)), Coverage.costExponent)
                } else {
                    value = scores[index] - redundancyPenalty * scale * closest[index]
                }
                if value > bestValue {  // strict: ties go to the earlier sentence
                    bestValue = value
                    best = index
                }
            }
            guard let chosen = best else { break }
            taken[chosen] = true
            picks.append(Pick(index: chosen, score: scores[chosen]))
            covering.add(chosen)
            for index in 0 ..< total where !taken[index] {
                closest[index] = max(closest[index], similarity[index, chosen])
            }
        }
        return picks.sorted { $0.index < $1.index }
    }
}

/// The settings of coverage selection: a saturated coverage function with cost-scaled greedy
/// picks (Lin & Bilmes, "A class of submodular functions for document summarization", 2011).
/// Measured on the development set (docs/summarizer.md).
enum Coverage {
    /// Each sentence counts as covered once the summary stands for this share of all it has in
    /// common with the article; past that, more of the same adds nothing. Small values favour
    /// summaries that touch many parts of the story.
    static let saturation = 0.2
    /// A pick's gain is divided by its length in words to this power: 0 ignores length, 1 is
    /// gain per word. Long sentences cost the reader more.
    static let costExponent = 0.5
    /// How much the sentence's own score (position, headline, style) adds to its coverage gain.
    static let scoreWeight = 0.1
}

/// How much of each sentence the chosen ones stand for so far.
struct CoverageState {
    let coverage: SimilarityMatrix
    /// For each sentence, the coverage at which it counts as fully covered.
    private let capacity: [Double]
    private let totalCapacity: Double
    private var covered: [Double]
    private var current = 0.0

    init(coverage: SimilarityMatrix) {
        self.coverage = coverage
        let count = coverage.count
        capacity = (0 ..< count).map { row in
            Coverage.saturation * (0 ..< count).reduce(0.0) { $0 + coverage[row, $1] }
        }
        totalCapacity = max(capacity.reduce(0, +), .leastNormalMagnitude)
        covered = [Double](repeating: 0, count: count)
    }

    /// The share of the article's coverage that adding sentence `column` would gain, 0 to 1.
    func gain(adding column: Int) -> Double {
        var value = 0.0
        for row in 0 ..< covered.count {
            value += min(covered[row] + coverage[row, column], capacity[row])
        }
        return (value - current) / totalCapacity
    }

    mutating func add(_ column: Int) {
        current = 0
        for row in 0 ..< covered.count {
            covered[row] += coverage[row, column]
            current += min(covered[row], capacity[row])
        }
    }
}
