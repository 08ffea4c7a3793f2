import ArticleParser
import Foundation

/// Markdown: YAML front matter with the metadata, the title as `#`, the paragraphs by kind,
/// source attributions in italics where they stood, and the previous/next links at the end.
enum MarkdownRenderer {
    static func render(_ article: Article, source: String) -> String {
        var blocks = [frontMatter(article, source: source)]
        if let title = article.title { blocks.append("# " + inline(title)) }
        let attributions = Dictionary(grouping: article.attributions, by: \.paragraphIndex)
        var tableRows: [String] = []
        for (index, paragraph) in article.paragraphs.enumerated() {
            if paragraph.kind == .tableRow {
                tableRows.append(paragraph.text)
                continue
            }
            if !tableRows.isEmpty {
                blocks.append(table(tableRows))
                tableRows = []
            }
            let rendered = render(paragraph, attributions: attributions[index] ?? [])
            // Consecutive list items make one tight list; consecutive quotes one quotation.
            if index > 0, article.paragraphs[index - 1].kind == paragraph.kind,
               paragraph.kind == .listItem || paragraph.kind == .quote,
               (attributions[index - 1] ?? []).allSatisfy({ $0.position != .standalone }),
               let last = blocks.popLast() {
                let joiner = paragraph.kind == .quote ? "\n>\n" : "\n"
                blocks.append(last + joiner + rendered[0])
                blocks.append(contentsOf: rendered.dropFirst())
            } else {
                blocks.append(contentsOf: rendered)
            }
        }
        if !tableRows.isEmpty { blocks.append(table(tableRows)) }
        let neighbours = [("Previous", article.previous), ("Next", article.next)].compactMap { label, link in
            link.map { "\(label): [\(inline($0.title ?? $0.url.absoluteString))](<\($0.url.absoluteString)>)" }
        }
        if !neighbours.isEmpty { blocks.append("---\n\n" + neighbours.joined(separator: "  \n")) }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The paragraph's blocks: leading and trailing attributions in its line, a standalone one
    /// as its own line after it.
    private static func render(_ paragraph: Paragraph, attributions: [SourceAttribution]) -> [String] {
        if paragraph.kind == .preformatted {
            let fence = paragraph.text.contains("```") ? "~~~~" : "```"
            return [fence + "\n" + paragraph.text + "\n" + fence]
        }
        var text = inline(paragraph.text)
        for attribution in attributions where attribution.position == .leading {
            text = "*(\(inline(attribution.text)))* " + text
        }
        for attribution in attributions where attribution.position == .trailing {
            text += " *(\(inline(attribution.text)))*"
        }
        let block: String = switch paragraph.kind {
        case .heading(let level): String(repeating: "#", count: min(max(level, 2), 6)) + " " + text
        case .listItem: "- " + text
        case .quote: text.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n")
        case .caption: "*" + text + "*"
        default: escapeBlockStart(text)
        }
        let standalone = attributions.filter { $0.position == .standalone }.map { "*(\(inline($0.text)))*" }
        return [block] + standalone
    }

    private static func table(_ rows: [String]) -> String {
        let cells = rows.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map { inline(String($0)) } }
        let width = cells.map(\.count).max() ?? 1
        let padded = cells.map { $0 + Array(repeating: "", count: width - $0.count) }
        var lines = [line(padded[0]), line(Array(repeating: "---", count: width))]
        lines.append(contentsOf: padded.dropFirst().map(line))
        return lines.joined(separator: "\n")
    }

    private static func line(_ cells: [String]) -> String {
        "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
    }

    private static func frontMatter(_ article: Article, source: String) -> String {
        let fields: [(String, String)] = [
            ("title", yaml(article.title)),
            ("authors", yaml(article.authors)),
            ("datePublished", yaml(article.datePublished)),
            ("dateModified", yaml(article.dateModified)),
            ("siteName", yaml(article.siteName)),
            ("section", yaml(article.section)),
            ("language", yaml(article.language)),
            ("description", yaml(article.description)),
            ("tags", yaml(article.tags)),
            ("canonicalURL", yaml(article.canonicalURL?.absoluteString)),
            ("imageURL", yaml(article.imageURL?.absoluteString)),
            ("source", yaml(source)),
        ]
        return "---\n" + fields.map { "\($0): \($1)" }.joined(separator: "\n") + "\n---"
    }

    /// A YAML scalar: a JSON string is a valid YAML double-quoted scalar.
    private static func yaml(_ value: String?) -> String {
        guard let value else { return "null" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    private static func yaml(_ values: [String]) -> String {
        "[" + values.map { yaml($0) }.joined(separator: ", ") + "]"
    }

    /// Text with the characters Markdown would read as inline markup escaped, and line breaks
    /// kept as hard breaks.
    private static func inline(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped.replacingOccurrences(of: "\n", with: "  \n")
    }

    /// Escapes a start that Markdown would read as a heading, list, quote or rule.
    private static func escapeBlockStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "#>-+=|".contains(first) { return "\\" + text }
        if first.isNumber, let dot = text.firstIndex(where: { !$0.isNumber }), ".)".contains(text[dot]) {
            return text[..<dot] + "\\" + text[dot...]
        }
        return text
    }
}
