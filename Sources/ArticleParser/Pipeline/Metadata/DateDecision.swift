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

    /// Parsed candidates of this page: the published, modified, printed and declared lists
    /// share most of their texts, and parsing a date line is the costly step.
    private final class Parsed {
        var dates: [Kind: [String: ParsedDate?]] = [:]
    }
    private let parsed = Parsed()

    private func parse(_ text: String, _ kind: Kind) -> ParsedDate? {
        if let known = parsed.dates[kind]?[text] { return known }
        let date = parseAnew(text, kind)
        parsed.dates[kind, default: [:]][text] = date
        return date
    }

    private func parseAnew(_ text: String, _ kind: Kind) -> ParsedDate? {
        switch kind {
        case .value:
            return parser.parse(text)
        case .path:
            return parser.parsePath(text)
        case .publishedLine:
            let labels = LabelSearch(text)
            if labels.firstOffset(of: Self.servedLabels) != nil { return nil }
            if let label = labels.firstOffset(of: Self.publicationLabels) {
                return parser.parse(String(text.utf8.dropFirst(label))!)
            }
            guard let update = labels.firstOffset(of: Self.updateLabels) else { return parser.parse(text) }
            // "Updated 29 April" alone is no publication date; "27 April, updated 29 April" is.
            return parser.parse(String(text.utf8.prefix(update))!)
        case .updateLine:
            guard let update = LabelSearch(text).firstOffset(of: Self.updateLabels) else { return nil }
            return parser.parse(String(text.utf8.dropFirst(update))!)
        }
    }

    private static let servedLabels = DateVocabulary.servedLabels.map { Array($0.utf8) }
    private static let publicationLabels = DateVocabulary.publicationLabels.map { Array($0.utf8) }
    private static let updateLabels = DateVocabulary.updateLabels.map { Array($0.utf8) }

    /// The publication moment in the page's own time zone. A machine value (JSON-LD, meta) is
    /// often written in UTC, so its day can be one off the day the page prints: "2024-06-13T22:25:00Z"
    /// on a page dated "14.06.2024, 00:25". When the first printed date is one day from it, the
    /// same moment is written in the zone the page implies, so both days stay true:
    /// - the printed time minus the machine time, when the page prints a time
    ///   ("2024-06-14T00:25:00+02:00");
    /// - local midnight, when the page prints only the day and the UTC value sits on a whole hour
    ///   late in the day before, as CMSs store a date picked without a time
    ///   ("2023-11-14T23:00:00Z" on a page dated "15. November 2023" is "2023-11-15T00:00:00+01:00").
    /// Anything else (a value without an offset, a printed time that no zone explains) stays.
    func inPrintedZone(_ machine: (date: ParsedDate, source: MetadataSource), printed: ParsedDate?) -> (date: ParsedDate, source: MetadataSource) {
        guard let printed, let time = machine.date.secondOfDay, let offset = machine.date.offsetMinutes else { return machine }
        let dayShift = ParsedDate.daysFromCivil(year: printed.year, month: printed.month, day: printed.day)
            - ParsedDate.daysFromCivil(year: machine.date.year, month: machine.date.month, day: machine.date.day)
        guard abs(dayShift) == 1 else { return machine }
        let moment = Int(machine.date.timestamp)
        var zoneSeconds: Int
        if let printedTime = printed.secondOfDay {
            // Pages print minutes; the machine value's seconds are no part of the zone.
            zoneSeconds = Int(ParsedDate(year: printed.year, month: printed.month, day: printed.day, secondOfDay: printedTime,
                                         offsetMinutes: 0).timestamp) - (moment - time % 60)
        } else {
            guard offset == 0, dayShift == 1, time % 3600 == 0, time >= 10 * 3600 else { return machine }
            zoneSeconds = 86_400 - time
        }
        guard abs(zoneSeconds) <= 14 * 3600, zoneSeconds % 900 == 0 else { return machine }
        var local = ParsedDate(epochSeconds: moment + zoneSeconds)
        local.offsetMinutes = zoneSeconds / 60
        return (local, machine.source)
    }

    /// A UTC machine value (not on a whole hour) one day off the day the story's address or its
    /// header gives, on the side its time allows: late in the day before ("2018-12-31T23:11:59Z"
    /// for `/2019/01/01/`) means a zone east of UTC, early in the day after means one west of it.
    /// The page's zone is unknown, so only that day is written.
    func onStatedDay(_ machine: (date: ParsedDate, source: MetadataSource), stated: ParsedDate?) -> (date: ParsedDate, source: MetadataSource) {
        guard let stated, let time = machine.date.secondOfDay, machine.date.offsetMinutes == 0, time % 3600 != 0 else { return machine }
        let dayShift = ParsedDate.daysFromCivil(year: stated.year, month: stated.month, day: stated.day)
            - ParsedDate.daysFromCivil(year: machine.date.year, month: machine.date.month, day: machine.date.day)
        guard dayShift == 1 && time >= 10 * 3600 || dayShift == -1 && time < 14 * 3600 else { return machine }
        return (ParsedDate(year: stated.year, month: stated.month, day: stated.day), machine.source)
    }

    /// The date printed in the story's header, over a declared publication date more than a day
    /// away from it, when the page declares no modification date: a page with one machine date
    /// often stamps it on import or on the last save, while its header shows the day the story
    /// appeared. A page that declares both dates keeps them; a printed date that is the declared
    /// one with day and month swapped ("11/01/2021" for 1 November) is the same date.
    func headerDate(overruling machine: (date: ParsedDate, source: MetadataSource), declaresChange: Bool,
                    printed: [String]) -> (date: ParsedDate, source: MetadataSource) {
        let lines = printed.filter { !Self.isUpdateLine($0) }
        guard !declaresChange,
              let header = first(lines.map { ($0, .visibleText, .publishedLine) }),
              Self.daysApart(header.date, machine.date) > 1 else { return machine }
        let swapped = ParsedDate(year: header.date.year, month: header.date.day, day: header.date.month)
        // Only a page that prints slash dates can mean month first; "01.11.2023" is day first.
        if swapped.isValid, Self.daysApart(swapped, machine.date) == 0, lines.contains(where: { $0.contains("/") }) { return machine }
        return header
    }

    /// Every plausible date among the candidates, in order (at most 24 candidates are read).
    func all(_ candidates: [(String?, MetadataSource, Kind)]) -> [ParsedDate] {
        candidates.prefix(24).compactMap { first([$0])?.date }
    }

    /// The first declared date whose day the page also prints, when the page declares several:
    /// JSON-LD's "datePublished" of the first draft and `article:published_time` of the story as
    /// published disagree, and the date under the headline says which one the reader sees.
    /// A declared date on the day of a declared modification (`changes`) is the last save, not the
    /// publication, and confirms nothing. Nil when the first declared date is itself printed, or none is.
    func confirmed(_ declared: [(String?, MetadataSource, Kind)], by printed: [ParsedDate],
                   changes: [ParsedDate]) -> (date: ParsedDate, source: MetadataSource)? {
        guard !printed.isEmpty else { return nil }
        let day = { (date: ParsedDate) in ParsedDate.daysFromCivil(year: date.year, month: date.month, day: date.day) }
        let days = Set(printed.map(day))
        let changed = Set(changes.map(day))
        var isFirst = true
        for candidate in declared.prefix(24) {
            guard let date = first([candidate]) else { continue }
            // The first declared date, printed, stands whatever else the page declares.
            if days.contains(day(date.date)), isFirst || !changed.contains(day(date.date)) { return date }
            isFirst = false
        }
        return nil
    }

    /// How many calendar days lie between two dates, as written.
    static func daysApart(_ first: ParsedDate, _ second: ParsedDate) -> Int {
        abs(ParsedDate.daysFromCivil(year: first.year, month: first.month, day: first.day)
            - ParsedDate.daysFromCivil(year: second.year, month: second.month, day: second.day))
    }

    /// Whether a line labels its date as an update.
    static func isUpdateLine(_ text: String) -> Bool {
        let labels = LabelSearch(text)
        guard let update = labels.firstOffset(of: updateLabels) else { return false }
        guard let published = labels.firstOffset(of: publicationLabels) else { return true }
        return update < published
    }
}
