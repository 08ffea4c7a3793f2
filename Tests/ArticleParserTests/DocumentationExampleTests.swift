import ArticleParser
import Foundation
import Testing

/// The examples in the README and the DocC catalog do what they say.
@Suite("Documentation examples")
struct DocumentationExampleTests {
    @Test("the DocC landing page's example gives the headline, two paragraphs and the Reuters attribution")
    func landingPageExample() throws {
        let html = """
            <html lang="en"><head><title>Council approves new bridge | The Courier</title></head>
            <body><article><h1>Council approves new bridge</h1>
            <p>The city council voted 7–2 on Tuesday to fund the crossing over the river.</p>
            <p>Construction is expected to start in spring, the mayor said. (Reuters)</p>
            </article></body></html>
            """
        let article = try ArticleParser().parse(html: html, url: URL(string: "https://courier.example/bridge"))
        #expect(article.title == "Council approves new bridge")
        #expect(article.paragraphs.count == 2)
        #expect(article.attributions.map(\.text) == ["Reuters"])
    }
}
