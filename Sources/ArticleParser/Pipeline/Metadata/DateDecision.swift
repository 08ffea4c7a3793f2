import Foundation

/// Picks a date from candidates in trusted order: the first that parses and is plausible as a
/// publication date (not in the future, not before 1990, not before `notBefore`).
struct DateDecision {
    enum Kind {
        /// A machine value: ISO, RFC 2822, epoch, or a date written in words.
        case value
        /// A visible line; its publication date (the whole line unless it is only an update).
        case publishedLine
        /// A visible line; its update date, when it has an update label.
        case updateLine
        /// A URL path.
        case path
    }

    var now: Date
    private let parser = DateParser()

    func first(_ candidates: [(String?, MetadataSource, Kind)], notBefore: ParsedDate? = nil) -> (date: ParsedDate, source: MetadataSource)? {
        let latest = now.timeIntervalSince1970 + 86_400
        for case let (text?, source, kind) in candidates {
            guard let date = parse(text, kind), date.year >= 1990, date.timestamp <= latest else { continue }
            if let notBefore, date.timestamp < notBefore.timestamp { continue }
            return (date, source)
        }
        return nil
    }

    private func parse(_ text: String, _ kind: Kind) -> ParsedDate? {
        switch kind {
        case .value:
            return parser.parse(text)
        case .path:
            return parser.parsePath(text)
        case .publishedLine:
            let lower = text.lowercased()
            if let label = Self.position(of: DateVocabulary.publicationLabels, in: lower) {
                return parser.parse(String(lower[label...]))
            }
            guard let update = Self.position(of: DateVocabulary.updateLabels, in: lower) else { return parser.parse(text) }
            // "Updated 29 April" alone is no publication date; "27 April, updated 29 April" is.
            return parser.parse(String(lower[..<update]))
        case .updateLine:
            let lower = text.lowercased()
            guard let update = Self.position(of: DateVocabulary.updateLabels, in: lower) else { return nil }
            return parser.parse(String(lower[update...]))
        }
    }

    /// Whether a line labels its date as an update.
    static func isUpdateLine(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard let update = position(of: DateVocabulary.updateLabels, in: lower) else { return false }
        guard let published = position(of: DateVocabulary.publicationLabels, in: lower) else { return true }
        return update < published
    }

    /// Where the first of `labels` starts in the lower-cased text.
    private static func position(of labels: [String], in lower: String) -> String.Index? {
        var best: String.Index?
        for label in labels {
            if let range = lower.firstByteRange(of: label), best.map({ range.lowerBound < $0 }) ?? true { best = range.lowerBound }
        }
        return best
    }
}
