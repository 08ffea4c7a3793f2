import ArticleParser
import ArticleSummarizer
import Testing

@Suite("Summaries")
struct SummarizerTests {
    @Test("a summary takes sentences from the article in article order")
    func articleOrder() {
        let article = Article(paragraphs: [
            Paragraph(text: "The council approved the bridge on Tuesday. Work starts in spring."),
            Paragraph(text: "Residents welcomed the decision. Some worried about traffic."),
        ])
        let summary = Summarizer().summarize(article, sentences: 3)
        #expect(summary.sentences.map(\.text) == [
            "The council approved the bridge on Tuesday.", "Work starts in spring.", "Residents welcomed the decision.",
        ])
        #expect(summary.sentences.map(\.paragraphIndex) == [0, 0, 1])
    }
}
