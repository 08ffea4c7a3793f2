import Foundation

/// The order of the stages. Each stage reads the parsed page and returns a value; none changes it.
struct ArticlePipeline {
    var options: ArticleParser.Options
    var pageURL: URL?

    /// Runs the stages in order; `stages`, when given, hears the end of each (for the benchmark).
    func run(on document: HTMLDocument, stages: StageObserver? = nil) throws(ArticleParseError) -> Article {
        let analysis = PageAnalysis(tree: document.tree)
        stages?.finished(.analysis)
        let links = LinkResolver(tree: document.tree, pageURL: pageURL)
        let metadata = MetadataExtractor(links: links, pageURL: pageURL).extract(from: document.tree)
        stages?.finished(.metadata)

        let locator = ContentLocator(options: options)
        var paragraphs: [Paragraph] = []
        if let located = locator.locate(in: analysis) {
            paragraphs = ParagraphExtractor(options: options).extract(from: located, in: analysis)
        }
        if paragraphs.isEmpty {
            // Fallback: a page with no block that reads as prose (a short note, a bare fragment)
            // still has text; take everything visible that is not furniture.
            paragraphs = ParagraphExtractor(options: ArticleParser.Options(focus: .recall), readsWholePage: true)
                .extract(from: locator.wholePage(of: analysis), in: analysis)
        }
        paragraphs = HeadlineRemover(title: metadata.title).removingHeadline(from: paragraphs)
        paragraphs = StructuredBodyFallback(articleBody: metadata.articleBody).choose(paragraphs)
        stages?.finished(.content)
        guard !paragraphs.isEmpty || metadata.title != nil else { throw .noArticleBody }

        let sourced = AttributionExtractor().extract(from: paragraphs)
        stages?.finished(.attributions)
        let neighbours = AdjacentLinkExtractor(links: links).extract(from: analysis)
        defer { stages?.finished(.links) }

        return Article(
            title: metadata.title,
            authors: metadata.authors,
            datePublished: metadata.datePublished,
            dateModified: metadata.dateModified,
            siteName: metadata.siteName,
            language: metadata.language,
            description: metadata.description,
            imageURL: metadata.imageURL,
            canonicalURL: metadata.canonicalURL,
            tags: metadata.tags,
            section: metadata.section,
            paragraphs: sourced.paragraphs,
            attributions: sourced.attributions,
            previous: neighbours.previous,
            next: neighbours.next,
            encoding: document.encoding,
            provenance: metadata.provenance,
            warnings: document.warnings
        )
    }
}

/// Drops the headline from the body: it is ``Article/title``, not paragraph one.
struct HeadlineRemover {
    var title: String?

    func removingHeadline(from paragraphs: [Paragraph]) -> [Paragraph] {
        guard let title, !title.isEmpty else { return paragraphs }
        let key = Self.comparable(title)
        // Only near the top: a later heading with the same words is a section title. Paragraph
        // text is already folded, so one many times longer than the title cannot equal it.
        let longest = 8 * title.utf8.count + 64
        let top = paragraphs.prefix(5)
        guard let position = top.firstIndex(where: {
            $0.text.utf8.count <= longest && $0.text.collapsingWhitespace.lowercasedEquals(key)
        }) ?? top.firstIndex(where: { Self.isHeadlineWithKicker($0, key: key) }) else {
            return paragraphs
        }
        var result = paragraphs
        result.remove(at: position)
        return result
    }

    /// An `<h1>` that ends with the title and has a kicker or a date run into it ("Topic Title",
    /// "27.01.2022Title"): the headline as the page sets it, its kicker in a span of its own.
    private static func isHeadlineWithKicker(_ paragraph: Paragraph, key: String) -> Bool {
        guard case .heading(level: 1) = paragraph.kind,
              paragraph.text.utf8.count <= key.utf8.count + Self.kickerAllowance else { return false }
        return comparable(paragraph.text).hasSuffix(key)
    }

    /// How many bytes a kicker run into the headline may add to it.
    private static let kickerAllowance = 80

    static func comparable(_ text: String) -> String {
        text.collapsingWhitespace.lowercased()
    }
}
