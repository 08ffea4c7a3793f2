/// A date printed in a navigation card beside the title: "12.03.2021", "2021-03-12",
/// "March 12, 2021", "12. März 2021". Only a text piece that is nothing but a date is one: a
/// title may end with a date of its own ("Minutes of the meeting of 5 August 2019").
enum DateAffix {
    /// Whether the text is one date and nothing else.
    static func isDate(_ text: String) -> Bool {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        return (1 ... 4).contains(words.count) && isDate(words[...])
    }

    private static let months: Set<String> = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "januar", "februar", "märz", "mai", "juni", "juli", "oktober",
        "dezember", "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ]

    /// Whether the words are one date: a numeric date alone, or a day, month name and year.
    private static func isDate(_ words: ArraySlice<Substring>) -> Bool {
        let cleaned = words.map { $0.trimmingCharacters(in: .init(charactersIn: ",.()[]")).lowercased() }
        if cleaned.count == 1 {
            let parts = cleaned[0].split(whereSeparator: { "./-".contains($0) })
            return parts.count == 3 && parts.allSatisfy { $0.allSatisfy(\.isNumber) && $0.count <= 4 }
                && parts.contains { $0.count == 4 }
        }
        let hasMonth = cleaned.contains { months.contains($0) }
        let hasYear = cleaned.contains { $0.count == 4 && $0.allSatisfy(\.isNumber) }
        let restAreDays = cleaned.allSatisfy { months.contains($0) || ($0.allSatisfy(\.isNumber) && !$0.isEmpty) }
        return hasMonth && hasYear && restAreDays
    }
}
