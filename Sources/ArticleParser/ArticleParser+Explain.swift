extension ArticleParser {
    /// The containers the parser weighed as the article's body, best first; the first is the one
    /// it reads the paragraphs from. Empty when no block of the page reads as prose.
    ///
    /// Meant for diagnosing a page whose extraction looks wrong, not for everyday use.
    public func explainContent(bytes: some Collection<UInt8>) throws(ArticleParseError) -> [ContentCandidate] {
        let document = try HTMLDocument.parse(
            bytes: bytes,
            charsetOverride: options.charset,
            maximumInputBytes: options.maximumInputBytes
        )
        let analysis = PageAnalysis(tree: document.tree)
        guard let located = ContentLocator(options: options).locate(in: analysis) else { return [] }
        return located.candidates.map { ContentCandidate(path: document.tree.path(to: $0.index), score: $0.score) }
    }
}

extension HTMLTree {
    /// `html > body > div#content.main > article`: each element's tag, id and first classes.
    func path(to index: Int) -> String {
        var parts: [String] = []
        var current = index
        while current >= 0 {
            var part = nodes[current].name
            if let id = attribute("id", of: current), !id.isEmpty { part += "#" + id }
            if let classes = attribute("class", of: current) {
                for name in classes.split(whereSeparator: \.isWhitespace).prefix(3) { part += "." + name }
            }
            parts.append(part)
            current = Int(nodes[current].parent)
        }
        return parts.reversed().joined(separator: " > ")
    }
}
