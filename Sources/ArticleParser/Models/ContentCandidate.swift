/// A container the parser considered as the article's body, for diagnosing an extraction.
public struct ContentCandidate: Sendable, Hashable, Codable {
    /// The element's place in the page, as tag names with classes and ids from `<html>` down:
    /// `html > body > div#content > article.post`.
    public var path: String
    /// How much the container's prose outweighs the furniture it would bring in; higher is better.
    public var score: Double

    /// Creates a candidate with its path and score.
    public init(path: String, score: Double) {
        self.path = path
        self.score = score
    }
}
