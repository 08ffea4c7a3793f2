import Foundation

/// Finds the headline: a visible heading that agrees with a declared title, else the declared
/// headline (JSON-LD, OpenGraph, Twitter, Dublin Core), else `<title>` without the site name it
/// appends ("Council approves bridge | The Courier").
struct TitleExtractor {
    /// The publication's name, when known: a title part equal to it is never the headline.
    var siteName: String?

    static let separators = [" | ", " – ", " — ", " - ", " :: ", " · ", " » ", " › ", " « ", " • ", " ~ ", " // ", " : ", " _ ", " / ", "_"]

    func headline(declared: [(String, MetadataSource)], documentTitle: String?,
                  headings: [String], primaryCount: Int = 0) -> (text: String, source: MetadataSource)? {
        guard let (text, source) = chosenHeadline(declared: declared, documentTitle: documentTitle, headings: headings,
                                                  primaryCount: primaryCount) else { return nil }
        return Self.tidied(text).map { ($0, source) }
    }

    /// The headline without what a template left around it: soft hyphens, a separator opening it
    /// when the kicker before it was empty (": Wie Firmen …", "- „Es kommt …“"), and WordPress's
    /// "Blog Archive »" segment. Nil when nothing is left.
    static func tidied(_ title: String) -> String? {
        var title = title.removingSoftHyphens
        for archive in TitleVocabulary.archiveSegments {
            var lowered = title.lowercased()
            for separator in [" » ", " › ", " | ", " - "] where lowered.hasPrefix(archive + separator) {
                title = String(title.dropFirst(archive.count + separator.count))
                lowered = title.lowercased()
            }
        }
        while let first = title.first, [":", "-", "–", "—", "|", "·"].contains(first) {
            title = title.dropFirst().trimmingCharacters(in: .whitespaces)
        }
        return title.isEmpty ? nil : title
    }

    private func chosenHeadline(declared: [(String, MetadataSource)], documentTitle: String?,
                                headings: [String], primaryCount: Int) -> (text: String, source: MetadataSource)? {
        let declared = declared.map { ($0.0.collapsingWhitespace, $0.1) }.filter { !$0.0.isEmpty }
        let document = documentTitle?.collapsingWhitespace
        // Pages list many marked headings (teasers): each title's comparable forms are made
        // once, and each heading's and the site name's once, instead of once per pair.
        let site = siteName.map { (name: $0, lowered: $0.lowercased(), comparable: Self.comparable($0)) }
        let kept: [(heading: String, comparable: String)] = headings.compactMap { heading in
            guard !heading.isEmpty else { return nil }
            let comparable = Self.comparable(heading)
            if let site, heading.count == site.name.count && heading.lowercased() == site.lowered
                || comparable == site.comparable {
                return nil  // the site's name
            }
            return (heading, comparable)
        }
        let headings = kept.map(\.heading)
        let comparableHeadings = kept.map(\.comparable)
        let all = Set((declared.map(\.0) + [document].compactMap { $0 }).map(Self.comparable))
        // A heading that is exactly a declared title is the headline as the reader sees it.
        if let position = comparableHeadings.firstIndex(where: all.contains) {
            return (headings[position], .visibleText)
        }
        if let document {
            // A heading that starts or ends the document title, the rest being the site's name.
            let segments = Self.segments(of: document)
            if let position = comparableHeadings.firstIndex(where: { segments.holds($0) }) {
                return (headings[position], .visibleText)
            }
        }
        if primaryCount == 1, let heading = headings.first, let title = declared.first?.0 ?? document,
           Self.endsWithTitle(heading, title) {
            // "Ostland Neue Aufgaben …": the <h1> is the declared headline after a kicker that
            // no class names.
            return (title, .visibleText)
        }
        if primaryCount == 1, let heading = headings.first, let title = declared.first?.0 ?? document,
           Self.sharesMostWords(heading, with: title) {
            // The one <h1> of the page and the declared title tell the same story in other words;
            // the <h1> is what the reader sees.
            return (heading, .visibleText)
        }
        if let (title, source) = declared.first {
            var cleaned = removingSiteName(title)
            if cleaned == title { cleaned = Self.removingSiteSuffix(title) }
            if let heading = headings.first(where: { Self.same($0, cleaned) }) { return (heading, .visibleText) }
            return (cleaned, source)
        }
        if let document { return (removingSiteName(document), .meta) }
        return headings.first.map { ($0, .visibleText) }
    }

    /// The title without a leading or trailing site name. With a known site name only that is
    /// cut; otherwise a short last part after a separator is taken for the name.
    func removingSiteName(_ title: String) -> String {
        if let siteName, !siteName.isEmpty {
            let lower = title.lowercased()
            let site = siteName.lowercased()
            for separator in Self.separators {
                if lower.hasSuffix(separator + site), title.count > siteName.count + separator.count + 3 {
                    return String(title.dropLast(siteName.count + separator.count)).trimmingCharacters(in: .whitespaces)
                }
                if lower.hasPrefix(site + separator), title.count > siteName.count + separator.count + 3 {
                    return String(title.dropFirst(siteName.count + separator.count)).trimmingCharacters(in: .whitespaces)
                }
            }
        }
        return Self.removingSiteSuffix(title)
    }

    /// "Council approves bridge | The Courier" → "Council approves bridge". Splits at the last
    /// separator and keeps the longer side when the shorter one looks like a name.
    static func removingSiteSuffix(_ title: String) -> String {
        for separator in separators.dropLast() {
            guard let range = title.lastByteRange(of: separator) else { continue }
            let head = String(title[..<range.lowerBound])
            let tail = String(title[range.upperBound...])
            if tail.count < head.count, tail.split(separator: " ").count <= 4 { return removingSiteSuffix(head) }
        }
        return title
    }

    static func same(_ first: String, _ second: String) -> Bool {
        first.count == second.count && first.lowercased() == second.lowercased()
            || comparable(first) == comparable(second)
    }

    /// Letters and digits only, lower-cased: quotes and dashes differ between `<title>` and `<h1>`.
    static func comparable(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalar.forEachLowercased { lower in
                // ASCII letters and digits without the property tables.
                if lower.isASCII ? lower.value >= 0x61 && lower.value <= 0x7A || lower.value >= 0x30 && lower.value <= 0x39
                    : lower.properties.isAlphabetic || lower.properties.numericType != nil {
                    kept.append(lower)
                }
            }
        }
        return String(kept)
    }

    /// Whether the heading is the title with a few more words before it (a kicker of at most
    /// four words), the title being at least three words long.
    static func endsWithTitle(_ heading: String, _ title: String) -> Bool {
        let head = comparable(heading)
        let tail = comparable(title)
        guard tail.count >= 12, head.count > tail.count, head.hasSuffix(tail) else { return false }
        let titleWords = title.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).count
        let headingWords = heading.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).count
        return titleWords >= 3 && headingWords - titleWords <= 4
    }

    /// Whether at least half of the heading's words (three or more) are words of the title.
    static func sharesMostWords(_ heading: String, with title: String) -> Bool {
        let words = Set(title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }))
        let own = heading.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard own.count >= 3 else { return false }
        return own.filter(words.contains).count * 2 >= own.count
    }

    /// The parts of a title before its first separator and after its last, for every
    /// separator, in comparable form.
    struct Segments {
        var parts: Set<String>
        var titleLength: Int

        /// Whether a heading (in comparable form) is one of the parts, and shorter than the title.
        func holds(_ heading: String) -> Bool {
            heading.count >= 4 && heading.count < titleLength && parts.contains(heading)
        }
    }

    static func segments(of title: String) -> Segments {
        var parts: Set<String> = []
        for separator in separators {
            if let range = title.firstByteRange(of: separator) { parts.insert(comparable(String(title[..<range.lowerBound]))) }
            if let range = title.lastByteRange(of: separator) { parts.insert(comparable(String(title[range.upperBound...]))) }
        }
        return Segments(parts: parts, titleLength: comparable(title).count)
    }
}
