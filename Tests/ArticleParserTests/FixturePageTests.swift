import ArticleParser
import Foundation
import Testing

/// Runs every saved page in `Fixtures/pages/` against its `expected.json`, one field at a time,
/// so a failure names both the field and the page.
@Suite("Fixture pages")
struct FixturePageTests {
    private func article(_ page: FixturePage) throws -> (Article, FixturePage.Expectation) {
        let expected = try page.expectation
        let article = try ArticleParser().parse(bytes: try page.sourceBytes, url: expected.url.flatMap(URL.init(string:)))
        return (article, expected)
    }

    @Test("the title is the headline", arguments: FixturePage.all)
    func title(page: FixturePage) throws {
        let (article, expected) = try article(page)
        guard let title = expected.title else { return }
        #expect(article.title == title)
    }

    @Test("the body has the expected paragraphs", arguments: FixturePage.all)
    func paragraphs(page: FixturePage) throws {
        let (article, expected) = try article(page)
        if let count = expected.paragraphCount { #expect(article.paragraphs.count == count) }
        if let paragraphs = expected.paragraphs { #expect(article.paragraphs.map(\.text) == paragraphs) }
        if let first = expected.firstParagraph { #expect(article.paragraphs.first?.text == first) }
        if let last = expected.lastParagraph { #expect(article.paragraphs.last?.text == last) }
    }

    @Test("the body contains the article's text", arguments: FixturePage.all)
    func mustContain(page: FixturePage) throws {
        let (article, expected) = try article(page)
        for text in expected.mustContain ?? [] {
            #expect(article.text.contains(text), "missing: \(text)")
        }
    }

    @Test("the body leaves out page furniture", arguments: FixturePage.all)
    func mustNotContain(page: FixturePage) throws {
        let (article, expected) = try article(page)
        for text in expected.mustNotContain ?? [] {
            #expect(!article.text.contains(text), "leaked: \(text)")
        }
    }

    @Test("the authors and the publication date are the story's own", arguments: FixturePage.all)
    func authorsAndDate(page: FixturePage) throws {
        let (article, expected) = try article(page)
        if let authors = expected.authors { #expect(article.authors == authors) }
        if let date = expected.datePublished { #expect(article.datePublished == date) }
    }

    @Test("source attributions are split off", arguments: FixturePage.all)
    func attributions(page: FixturePage) throws {
        let (article, expected) = try article(page)
        guard let attributions = expected.attributions else { return }
        #expect(article.attributions.map(\.text) == attributions)
    }

    @Test("previous and next article links are found", arguments: FixturePage.all)
    func adjacentLinks(page: FixturePage) throws {
        let (article, expected) = try article(page)
        #expect(article.previous?.url.absoluteString == expected.previous?.url)
        #expect(article.previous?.title == expected.previous?.title)
        #expect(article.next?.url.absoluteString == expected.next?.url)
        #expect(article.next?.title == expected.next?.title)
    }
}
