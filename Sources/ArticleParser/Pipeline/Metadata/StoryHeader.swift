/// What counts as the story's own header when bylines and date lines are gathered: the small
/// blocks beside the headline, and the texts that open with a byline's lead-in.
enum StoryHeader {
    /// Whether an element is a small block beside the headline (a child of the `<h1>`'s parent),
    /// which prints the story's byline or date whatever its class says: a CMS that calls the line
    /// under the headline "teaser-meta" still means this story's date.
    /// Evidence: header lines classed like teasers under the `<h1>` in the development corpora.
    /// The headline itself keeps its own verdict.
    static func isBesideHeadline(_ index: Int, headline: Int, parent: Int, in tree: HTMLTree) -> Bool {
        parent >= 0 && index != headline && Int(tree[index].parent) == parent && tree[index].end - Int32(index) < 60
    }

    /// The words of a class or id value that can name page furniture: a class token that opens
    /// with "has", "no", "with" or "without" describes the layout ("has-double-sidebar",
    /// "no-sidebar"), not the element, and names nothing.
    static func furnitureWords(of value: String) -> [String] {
        var words: [String] = []
        for token in value.split(whereSeparator: \.isWhitespace) {
            let parts = Selectors.words(of: String(token))
            if let first = parts.first, parts.count > 1, layoutPrefixes.contains(first) { continue }
            words += parts
        }
        return words
    }

    private static let layoutPrefixes: Set<String> = ["has", "no", "with", "without"]

    /// Lead-ins that open a byline without a class: "By Jane Doe", "Von Jana Beispiel",
    /// "VON MORITZ GATHMANN", "Par Sébastien Farcis".
    private static let leadIns: [String] = [
        "By ", "by ", "BY ", "Von ", "von ", "VON ", "Par ", "PAR ", "Por ", "POR ", "Door ", "Text: ", "Text von ",
    ]

    /// Whether a short text opens with a byline's lead-in followed by a capitalised name.
    static func startsWithLeadIn(_ text: String) -> Bool {
        for leadIn in leadIns where text.hasPrefix(leadIn) {
            return text.dropFirst(leadIn.count).first?.isUppercase == true
        }
        return false
    }
}
