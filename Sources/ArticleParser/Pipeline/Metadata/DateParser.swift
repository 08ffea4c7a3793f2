import Foundation

/// A calendar date read from a page, with the time and UTC offset when the page gave them.
struct ParsedDate: Hashable {
    var year: Int
    var month: Int
    var day: Int
    /// Seconds after midnight, when the page gave a time.
    var secondOfDay: Int?
    /// Minutes east of UTC, when the page gave an offset (or the value was an epoch timestamp).
    var offsetMinutes: Int?

    /// ISO 8601: `2026-11-27T09:30:00+01:00`, `2026-11-27T09:30:00` without a known offset,
    /// `2026-11-27` when only the day is known.
    var iso: String {
        let day = String(format: "%04d-%02d-%02d", year, month, self.day)
        guard let secondOfDay else { return day }
        let time = String(format: "T%02d:%02d:%02d", secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60)
        guard let offsetMinutes else { return day + time }
        let sign = offsetMinutes < 0 ? "-" : "+"
        let magnitude = abs(offsetMinutes)
        return day + time + String(format: "%@%02d:%02d", sign, magnitude / 60, magnitude % 60)
    }

    /// Seconds since 1970 in UTC, taking an unknown offset as UTC and an unknown time as midnight.
    var timestamp: Double {
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        return Double(days * 86_400 + (secondOfDay ?? 0) - (offsetMinutes ?? 0) * 60)
    }

    /// Whether the value is a real calendar day.
    var isValid: Bool {
        (1 ... 12).contains(month) && day >= 1 && day <= Self.daysIn(month: month, year: year)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The UTC calendar date and time of an epoch timestamp.
    init(epochSeconds: Int) {
        let days = epochSeconds >= 0 ? epochSeconds / 86_400 : (epochSeconds - 86_399) / 86_400
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
        month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        secondOfDay = epochSeconds - days * 86_400
        offsetMinutes = 0
    }

    init(year: Int, month: Int, day: Int, secondOfDay: Int? = nil, offsetMinutes: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.secondOfDay = secondOfDay
        self.offsetMinutes = offsetMinutes
    }
}

/// Finds the first date in a string: ISO 8601, RFC 2822, epoch seconds or milliseconds,
/// "November 27, 2026", "27.11.2026", "27. November 2026" and month names in the languages of
/// ``DateVocabulary``. Works on tokens in one pass; never a regular expression.
struct DateParser {
    private enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case symbol(Unicode.Scalar)
    }

    /// The first date in `text`, or nil when there is none.
    func parse(_ text: String) -> ParsedDate? {
        let trimmed = text.trimmingWhitespaceAndNewlines
        guard !trimmed.isEmpty, trimmed.utf8.count < 400 || trimmed.count < 400 else { return nil }
        if let epoch = Self.epoch(trimmed) { return epoch }
        let tokens = Self.tokens(of: trimmed)
        for start in tokens.indices {
            if let (date, next) = Self.date(in: tokens, at: start) {
                var result = date
                if let (second, offset) = Self.time(in: tokens, at: next) {
                    result.secondOfDay = second
                    result.offsetMinutes = offset
                }
                if result.isValid { return result }
            }
        }
        return nil
    }

    /// A date written as digits in a URL path: `/2026/11/27/`, `/2026-11-27/`, `/20261127/`.
    func parsePath(_ path: String) -> ParsedDate? {
        let parts = path.split(separator: "/").map(String.init)
        for (position, part) in parts.enumerated() {
            if part.count == 4, let year = Int(part), (1990 ... 2100).contains(year),
               position + 2 < parts.count, let month = Int(parts[position + 1]), parts[position + 1].count <= 2,
               let day = Int(parts[position + 2].prefix(while: \.isNumber)), parts[position + 2].prefix(while: \.isNumber).count <= 2 {
                let date = ParsedDate(year: year, month: month, day: day)
                if date.isValid { return date }
            }
            let digits = part.prefix(while: { $0.isNumber || $0 == "-" || $0 == "_" })
            let pieces = digits.split(whereSeparator: { $0 == "-" || $0 == "_" })
            if pieces.count >= 3, pieces[0].count == 4, let year = Int(pieces[0]), (1990 ... 2100).contains(year),
               pieces[1].count <= 2, pieces[2].count <= 2, let month = Int(pieces[1]), let day = Int(pieces[2]) {
                let date = ParsedDate(year: year, month: month, day: day)
                if date.isValid { return date }
            }
            // "/nachrichten/17-09-2023": day, month, year.
            if pieces.count == 3, pieces[2].count == 4, let year = Int(pieces[2]), (1990 ... 2100).contains(year),
               pieces[0].count <= 2, pieces[1].count <= 2, let day = Int(pieces[0]), let month = Int(pieces[1]) {
                let date = ParsedDate(year: year, month: month, day: day)
                if date.isValid { return date }
            }
            if digits.count == 8, pieces.count == 1, let year = Int(digits.prefix(4)), (1990 ... 2100).contains(year),
               let month = Int(digits.dropFirst(4).prefix(2)), let day = Int(digits.suffix(2)) {
                let date = ParsedDate(year: year, month: month, day: day)
                if date.isValid { return date }
            }
        }
        return nil
    }

    // MARK: - Tokens

    private static func epoch(_ text: String) -> ParsedDate? {
        // Bytes, not characters: only ASCII digits make an epoch, and most texts fail on the first.
        guard text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(text) else { return nil }
        switch text.utf8.count {
        case 10: return ParsedDate(epochSeconds: value)
        case 13: return ParsedDate(epochSeconds: value / 1000)
        default: return nil
        }
    }

    /// Scalar by scalar rather than by character: a date line is ASCII digits, letters and
    /// punctuation, and grapheme breaking would cost more than the whole parse. A combining mark
    /// stays with the letters it follows. A word longer than any the parser knows is kept empty:
    /// it can only stop a date, and folding it would cost more than the rest of the parse.
    private static func tokens(of text: String) -> [Token] {
        var tokens: [Token] = []
        var number = 0
        var digits = 0
        let scalars = text.unicodeScalars
        var wordStart = scalars.startIndex
        var letters = 0
        func flush(at end: String.UnicodeScalarView.Index) {
            if digits > 0 {
                // Leading zeros count as digits: "09" is a two-digit month.
                tokens.append(.number(number, digits: digits))
                number = 0
                digits = 0
            }
            if letters > 0 {
                tokens.append(.word(letters <= longestWord ? String(scalars[wordStart ..< end]).lowercased() : ""))
                letters = 0
            }
        }
        var position = scalars.startIndex
        while position < scalars.endIndex {
            let scalar = scalars[position]
            if scalar.value >= 0x30, scalar.value <= 0x39 {
                if letters > 0 { flush(at: position) }
                if digits < 9 { number = number * 10 + Int(scalar.value - 0x30) }
                digits += 1
            } else if isLetter(scalar) || (letters > 0 && Self.isMark(scalar)) {
                if digits > 0 { flush(at: position) }
                if letters == 0 { wordStart = position }
                letters += 1
            } else {
                flush(at: position)
                if !isSpace(scalar) { tokens.append(.symbol(scalar)) }
            }
            position = scalars.index(after: position)
        }
        flush(at: position)
        return tokens
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
        return scalar.properties.isAlphabetic
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    /// The most scalars any word the parser looks for has: month names, connectors, ordinal
    /// suffixes, meridiems and zones. Lower-casing never makes a word shorter.
    private static let longestWord = (Array(DateVocabulary.months.keys) + DateVocabulary.connectors + DateVocabulary.timeConnectors
        + Array(DateVocabulary.zones.keys) + ordinalSuffixes + ["pm", "am", "m", "uhr", "z", "utc", "gmt", "ut"])
        .map(\.unicodeScalars.count).max() ?? 0

    private static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
    private static let noWords: Set<String> = []

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar.value == 0x200D
        }
    }

    private static func number(_ tokens: [Token], _ index: Int) -> (value: Int, digits: Int)? {
        guard index < tokens.count, case let .number(value, digits) = tokens[index] else { return nil }
        return (value, digits)
    }

    private static func month(_ tokens: [Token], _ index: Int) -> Int? {
        guard index < tokens.count, case let .word(word) = tokens[index] else { return nil }
        return DateVocabulary.months[word]
    }

    private static func isSymbol(_ tokens: [Token], _ index: Int, _ symbols: String) -> Bool {
        guard index < tokens.count, case let .symbol(symbol) = tokens[index] else { return false }
        return symbols.unicodeScalars.contains(symbol)
    }

    /// Skips a run of tokens that may sit between parts of a date or before its time.
    private static func skipping(_ tokens: [Token], from index: Int, symbols: String, words: Set<String>) -> Int {
        var index = index
        while index < tokens.count {
            switch tokens[index] {
            case let .symbol(symbol) where symbols.unicodeScalars.contains(symbol): index += 1
            case let .word(word) where words.contains(word): index += 1
            default: return index
            }
        }
        return index
    }

    // MARK: - Dates

    private static func date(in tokens: [Token], at start: Int) -> (ParsedDate, Int)? {
        if let first = number(tokens, start) {
            if first.digits == 4, isSymbol(tokens, start + 1, "-/."),
               let month = number(tokens, start + 2), month.digits <= 2,
               isSymbol(tokens, start + 3, "-/."),
               let day = number(tokens, start + 4), day.digits <= 2 {
                return (ParsedDate(year: first.value, month: month.value, day: day.value), start + 5)
            }
            if first.digits <= 2, isSymbol(tokens, start + 1, "./-"),
               let second = number(tokens, start + 2), second.digits <= 2,
               isSymbol(tokens, start + 3, "./-"),
               let year = number(tokens, start + 4), year.digits == 4 {
                var (day, month) = (first.value, second.value)
                // Day first, as most of the world writes it, unless that cannot be: "11/27/2026".
                if second.value > 12, first.value <= 12 { (day, month) = (second.value, first.value) }
                return (ParsedDate(year: year.value, month: month, day: day), start + 5)
            }
            if first.digits <= 2, isSymbol(tokens, start + 1, "."),
               let second = number(tokens, start + 2), second.digits == 2, isSymbol(tokens, start + 3, "."),
               let year = number(tokens, start + 4), year.digits == 2 {
                // "31.10.23": a German short date, always this century.
                return (ParsedDate(year: 2000 + year.value, month: second.value, day: first.value), start + 5)
            }
            if first.digits <= 2 {
                var index = skipping(tokens, from: start + 1, symbols: ".", words: DateVocabulary.connectors)
                if let month = month(tokens, index) {
                    index = skipping(tokens, from: index + 1, symbols: ".,", words: DateVocabulary.connectors)
                    if let year = number(tokens, index), year.digits == 4 {
                        return (ParsedDate(year: year.value, month: month, day: first.value), index + 1)
                    }
                }
            }
            return nil
        }
        if let month = month(tokens, start) {
            var index = skipping(tokens, from: start + 1, symbols: ".", words: Self.noWords)
            guard let day = number(tokens, index), day.digits <= 2 else { return nil }
            index = skipping(tokens, from: index + 1, symbols: ",.", words: Self.ordinalSuffixes)
            // RFC 2822 puts the time between day and year only in `asctime`; skip nothing else.
            if let year = number(tokens, index), year.digits == 4 {
                return (ParsedDate(year: year.value, month: month, day: day.value), index + 1)
            }
        }
        return nil
    }

    // MARK: - Times

    private static func time(in tokens: [Token], at start: Int) -> (Int, Int?)? {
        let index = skipping(tokens, from: start, symbols: ",|-@·/", words: DateVocabulary.timeConnectors)
        guard let hour = number(tokens, index), hour.digits <= 2, hour.value < 24,
              isSymbol(tokens, index + 1, ":."),
              let minute = number(tokens, index + 2), minute.digits == 2, minute.value < 60 else { return nil }
        var position = index + 3
        var second = 0
        if isSymbol(tokens, position, ":"), let value = number(tokens, position + 1), value.digits == 2, value.value < 61 {
            second = min(value.value, 59)
            position += 2
            if isSymbol(tokens, position, ".,"), number(tokens, position + 1) != nil { position += 2 }
        }
        var hourValue = hour.value
        if position < tokens.count, case let .word(word) = tokens[position] {
            if word == "pm" || word == "p", hourValue < 12 { hourValue += 12; position += 1 }
            else if word == "am" || word == "a", hourValue == 12 { hourValue = 0; position += 1 }
            else if word == "am" || word == "a" { position += 1 }
            if isSymbol(tokens, position, ".") { position += 1 }
            if position < tokens.count, case .word("m") = tokens[position] { position += 1 }
            if isSymbol(tokens, position, ".") { position += 1 }
        }
        if position < tokens.count, case .word("uhr") = tokens[position] { position += 1 }
        return (hourValue * 3600 + minute.value * 60 + second, offset(in: tokens, at: position))
    }

    private static func offset(in tokens: [Token], at start: Int) -> Int? {
        var index = start
        var base: Int?
        if index < tokens.count, case let .word(word) = tokens[index] {
            if word == "z" || word == "utc" || word == "gmt" || word == "ut" {
                base = 0
                index += 1
            } else if let zone = DateVocabulary.zones[word] {
                return zone
            } else {
                return nil
            }
        }
        guard isSymbol(tokens, index, "+-−"), let hours = number(tokens, index + 1) else { return base }
        let sign = isSymbol(tokens, index, "+") ? 1 : -1
        var minutes: Int
        if hours.digits == 4 {
            minutes = hours.value / 100 * 60 + hours.value % 100
        } else if hours.digits <= 2 {
            minutes = hours.value * 60
            if isSymbol(tokens, index + 2, ":"), let extra = number(tokens, index + 3), extra.digits == 2 {
                minutes += extra.value
            }
        } else {
            return base
        }
        guard minutes <= 14 * 60 else { return base }
        return sign * minutes
    }
}
