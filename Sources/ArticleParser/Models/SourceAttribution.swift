/// A source named in the body, split off the paragraph that carried it: a wire agency in a
/// dateline ("WASHINGTON (AP) —"), a sign-off ("(dpa/ab)"), a credit line ("(Reporting by
/// Jane Doe; Editing by John Roe)") or a descriptive note ("(Policy outlook briefs.)").
public struct SourceAttribution: Sendable, Hashable, Codable {
    /// Where the source sits in its paragraph.
    public enum Position: String, Sendable, Hashable, Codable {
        /// At the start, as in a wire dateline: "BERLIN (dpa) - ...".
        case leading
        /// At the end, after the paragraph's last sentence: "... (Policy outlook briefs.)".
        case trailing
        /// The whole paragraph: "(Reporting by Jane Doe; Editing by John Roe)".
        case standalone
    }

    /// The source as printed, without the parentheses: "Reuters", "Policy outlook briefs.".
    public var text: String
    /// Where the source sat in its paragraph.
    public var position: Position
    /// The index in ``Article/paragraphs`` of the paragraph that carried it. For a standalone
    /// attribution, the paragraph it closes (the one before it).
    public var paragraphIndex: Int
    /// The place name of a wire dateline ("RIVERTON, Wyo."), which stays in the paragraph text
    /// too. `nil` when the attribution has no dateline.
    public var dateline: String?

    /// Creates an attribution; `dateline` is `nil` unless the source came in a wire dateline.
    public init(text: String, position: Position, paragraphIndex: Int, dateline: String? = nil) {
        self.text = text
        self.position = position
        self.paragraphIndex = paragraphIndex
        self.dateline = dateline
    }

    private enum CodingKeys: String, CodingKey {
        case text, position, paragraphIndex = "paragraph", dateline
    }
}
