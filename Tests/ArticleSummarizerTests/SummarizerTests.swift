import ArticleParser
import ArticleSummarizer
import Foundation
import Testing

@Suite("Summaries")
struct SummarizerTests {
    static let story = Article(
        title: "Council approves the river bridge after long debate",
        paragraphs: [
            Paragraph(text: "Bridge vote", kind: .heading(level: 2)),
            Paragraph(text: "The city council approved the new river bridge on Tuesday after a long debate."),
            Paragraph(text: "The bridge will link the old town with the northern districts across the river."),
            Paragraph(text: "A drawing of the planned bridge over the river at dusk.", kind: .caption),
            Paragraph(text: "Construction of the bridge is expected to start in spring and take two years."),
            Paragraph(text: "Sign up for our newsletter to get the latest council news every morning."),
            Paragraph(text: "Some residents worried that traffic on the bridge would grow in the old town."),
        ]
    )

    @Test("a summary's sentences come in article order")
    func articleOrder() {
        let indexes = Summarizer().summarize(Self.story, sentences: 3).sentences.map(\.paragraphIndex)
        #expect(indexes == indexes.sorted())
    }

    @Test("a summary has as many sentences as asked when the article has enough")
    func requestedCount() {
        #expect(Summarizer().summarize(Self.story, sentences: 2).sentences.count == 2)
    }

    @Test("headings and captions are never chosen")
    func headingsAndCaptions() {
        let chosen = Summarizer().summarize(Self.story, sentences: 4).sentences.map(\.paragraphIndex)
        #expect(!chosen.contains(0))
        #expect(!chosen.contains(3))
    }

    @Test("calls to action are never chosen")
    func boilerplate() {
        let chosen = Summarizer().summarize(Self.story, sentences: 4).sentences.map(\.text)
        #expect(!chosen.contains { $0.contains("newsletter") })
    }

    @Test("sentences of a few words are fragments and never chosen")
    func fragments() {
        let article = Article(paragraphs: [
            Paragraph(text: "Read more."),
            Paragraph(text: "The harbour reopened on Monday after the storm damaged three of its piers."),
        ])
        #expect(Summarizer().summarize(article, sentences: 2).sentences.map(\.paragraphIndex) == [1])
    }

    @Test("a credit line in brackets is never chosen")
    func credits() {
        let article = Article(paragraphs: [
            Paragraph(text: "The harbour reopened on Monday after the storm damaged three of its piers."),
            Paragraph(text: "(Reporting by Jane Doe in Riverton; editing by John Roe and Mary Major.)"),
        ])
        #expect(Summarizer().summarize(article, sentences: 2).sentences.map(\.paragraphIndex) == [0])
    }

    @Test("a sentence repeating a chosen one is not chosen again, whatever the selection",
          arguments: Summarizer.Options.Selection.allCases)
    func redundancy(_ selection: Summarizer.Options.Selection) {
        let article = Article(paragraphs: [
            Paragraph(text: "The central bank raised its main interest rate to four percent on Thursday."),
            Paragraph(text: "On Thursday the central bank raised its main interest rate to four percent."),
            Paragraph(text: "Shops in the capital reported fewer customers as mortgage costs kept rising."),
        ])
        var options = Summarizer.Options()
        options.selection = selection
        let chosen = Summarizer(options: options).summarize(article, sentences: 2).sentences.map(\.paragraphIndex)
        #expect(chosen.count == 2)
        #expect(chosen.contains(2))
    }

    @Test("the best sentence leads a longer summary, and each sentence carries its own score")
    func ownScores() {
        let best = Summarizer().summarize(Self.story, sentences: 1).sentences
        let three = Summarizer().summarize(Self.story, sentences: 3).sentences
        #expect(best.count == 1)
        #expect(three.contains(best[0]))
        #expect(three.map(\.score).max() == best[0].score)
        #expect(three.allSatisfy { $0.score > 0 })
    }

    @Test("a sentence sharing words with the headline beats one that does not")
    func headline() {
        let paragraphs = [
            Paragraph(text: "Farmers in the valley expect a smaller harvest of apples this autumn."),
            Paragraph(text: "The regional orchestra announced a new conductor for its winter season."),
        ]
        let article = Article(title: "Orchestra names new conductor", paragraphs: paragraphs)
        #expect(Summarizer().summarize(article, sentences: 1).sentences.map(\.paragraphIndex) == [1])
    }

    @Test("an article without prose has an empty summary")
    func noProse() {
        let article = Article(paragraphs: [Paragraph(text: "Photo gallery", kind: .heading(level: 2))])
        #expect(Summarizer().summarize(article).sentences.isEmpty)
    }

    @Test("asking for no sentences gives an empty summary")
    func zeroSentences() {
        #expect(Summarizer().summarize(Self.story, sentences: 0).sentences.isEmpty)
    }

    @Test("a short article gives all its eligible sentences")
    func shortArticle() {
        let article = Article(paragraphs: [
            Paragraph(text: "The harbour reopened on Monday after the storm damaged three of its piers."),
        ])
        #expect(Summarizer().summarize(article, sentences: 3).sentences.count == 1)
    }

    @Test("the same article always gives the same summary")
    func deterministic() {
        let first = Summarizer().summarize(Self.story)
        for _ in 0 ..< 5 { #expect(Summarizer().summarize(Self.story) == first) }
    }

    @Test("plain text is split into paragraphs at blank lines")
    func plainText() {
        let text = """
            Storm damage

            The harbour reopened on Monday after the storm damaged three of its piers.

            Repairs to the piers will cost the town about two million pounds this year.
            """
        let summary = Summarizer().summarize(text: text, sentences: 3)
        #expect(summary.sentences.map(\.paragraphIndex) == [1, 2])
    }

    @Test("a subheading run into plain text is not chosen")
    func subheadingInText() {
        let text = "The harbour reopened on Monday after the storm damaged three of its piers. Follow Jane Doe on Twitter"
        #expect(Summarizer().summarize(text: text, sentences: 2).sentences.map(\.text) == [
            "The harbour reopened on Monday after the storm damaged three of its piers.",
        ])
    }

    @Test("a German article is summarised with German stop words")
    func german() {
        let article = Article(language: "de", paragraphs: [
            Paragraph(text: "Der Stadtrat hat am Dienstag den Bau der neuen Brücke über den Fluss beschlossen."),
            Paragraph(text: "Die neue Brücke über den Fluss soll im Frühjahr gebaut werden und zwei Jahre dauern."),
            Paragraph(text: "Die Bäckerei an der Ecke hat und wird auch in der Woche nach dem Fest geöffnet sein."),
        ])
        let chosen = Summarizer().summarize(article, sentences: 1).sentences.map(\.paragraphIndex)
        #expect(chosen != [2])
    }

    @Test("a summary survives a round trip through JSON")
    func codable() throws {
        let summary = Summarizer().summarize(Self.story)
        let decoded = try JSONDecoder().decode(Summary.self, from: JSONEncoder().encode(summary))
        #expect(decoded == summary)
    }
}
