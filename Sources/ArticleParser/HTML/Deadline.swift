internal import CLibXML2

/// The moment one parse must be finished by, on the monotonic clock libxml2's watch also reads.
struct Deadline: Sendable {
    /// The time limit this deadline was made from, for the error.
    var limit: Duration?
    /// `clibxml2_monotonic_nanoseconds()` at the deadline; nil when there is no limit.
    var nanoseconds: Int64?

    init(_ limit: Duration?) {
        self.limit = limit
        guard let limit else { return }
        let (seconds, attoseconds) = limit.components
        // Far-off limits saturate rather than overflow; a non-positive one has already passed.
        let clampedSeconds = max(0, min(seconds, Int64(1) << 32))
        let total = clampedSeconds * 1_000_000_000 + max(0, attoseconds / 1_000_000_000)
        nanoseconds = clibxml2_monotonic_nanoseconds() + max(total, 1)
    }

    var isExpired: Bool {
        guard let nanoseconds else { return false }
        return clibxml2_monotonic_nanoseconds() > nanoseconds
    }

    var exceeded: ArticleParseError {
        .timeLimitExceeded(limit: limit ?? .zero)
    }

    func check() throws(ArticleParseError) {
        if isExpired { throw exceeded }
    }
}
