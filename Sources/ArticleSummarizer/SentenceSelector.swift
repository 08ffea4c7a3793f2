/// Picks sentences greedily by score, each pick discounted by its similarity to the sentences
/// already chosen (maximal marginal relevance), and returns them in article order.
struct SentenceSelector {
    /// From 0 (similarity does not matter) to 1 (a candidate loses its full cosine similarity
    /// to the closest chosen sentence, times the best score).
    var redundancyPenalty: Double

    /// Sentences more similar than this to a chosen one repeat it and are never added.
    static let duplicateSimilarity = 0.65

    struct Pick {
        var index: Int
        var score: Double
    }

    func select(_ count: Int, scores: [Double], similarity: SimilarityMatrix) -> [Pick] {
        let total = scores.count
        let scale = scores.max() ?? 1
        var closest = [Double](repeating: 0, count: total)
        var taken = [Bool](repeating: false, count: total)
        var picks: [Pick] = []
        while picks.count < min(count, total) {
            var best: Int?
            var bestValue = -Double.infinity
            for index in 0 ..< total where !taken[index] && closest[index] <= Self.duplicateSimilarity {
                let value = scores[index] - redundancyPenalty * scale * closest[index]
                if value > bestValue {  // strict: ties go to the earlier sentence
                    bestValue = value
                    best = index
                }
            }
            guard let chosen = best else { break }
            taken[chosen] = true
            picks.append(Pick(index: chosen, score: bestValue))
            for index in 0 ..< total where !taken[index] {
                closest[index] = max(closest[index], similarity[index, chosen])
            }
        }
        return picks.sorted { $0.index < $1.index }
    }
}
