import ArticleParser

/// The three-paragraph story the content tests wrap in furniture, and the plain page around it.
enum CouncilStory {
    static let paragraphs = [
        "The city council voted seven to two on Tuesday to fund the new crossing over the river.",
        "Construction is expected to start in the spring and to last about eighteen months, officials said.",
        "Residents of both banks have waited for a bridge since the old ferry stopped running in 2019.",
    ]

    /// A story page: a menu, the headline, `entryContent` as the story's body, a footer.
    static func page(_ entryContent: String) -> String {
        """
        <html><body><nav class="menu"><a href="/">Home</a></nav>
        <article><h1>Council funds bridge</h1><div class="entry-content">\(entryContent)</div></article>
        <footer><p>© 2026 The Courier</p></footer></body></html>
        """
    }

    /// The body paragraphs the parser reads from `html` with the given focus.
    static func body(_ html: String, focus: ArticleParser.Focus = .balanced) throws -> [Paragraph] {
        try ArticleParser(options: .init(focus: focus)).parse(html: html).paragraphs
    }
}
