import ArticleParser

/// Plain text: the title, a blank line, then the paragraphs separated by blank lines.
enum TextRenderer {
    static func render(_ article: Article) -> String {
        var parts: [String] = []
        if let title = article.title { parts.append(title) }
        parts.append(contentsOf: article.paragraphs.map(\.text))
        return parts.joined(separator: "\n\n") + "\n"
    }
}
