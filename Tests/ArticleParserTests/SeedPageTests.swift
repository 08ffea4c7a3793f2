import ArticleParser
import Foundation
import Testing

/// The page this project started from: every part of the job in one page.
@Suite("The seed page")
struct SeedPageTests {
    let page = FixturePage.named("courier-2026-11-20-north-korea-russia")

    private func parse() throws -> (Article, FixturePage.Expectation) {
        let expected = try page.expectation
        return (try ArticleParser().parse(bytes: try page.sourceBytes), expected)
    }

    @Test("the title is the headline without the site name")
    func title() throws {
        let (article, expected) = try parse()
        #expect(article.title == expected.title)
    }

    @Test("the five body paragraphs come out exactly, without their sources")
    func paragraphs() throws {
        let (article, expected) = try parse()
        #expect(article.paragraphs.map(\.text) == expected.paragraphs)
        #expect(article.paragraphs.allSatisfy { $0.kind == .paragraph })
    }

    @Test("the summary widget, navigation, related posts and comments are not body text")
    func noFurniture() throws {
        let (article, expected) = try parse()
        for text in expected.mustNotContain ?? [] {
            #expect(!article.text.contains(text), "leaked: \(text)")
        }
    }

    @Test("each paragraph's parenthetical source is an attribution")
    func attributions() throws {
        let (article, expected) = try parse()
        let attributions = try #require(expected.attributions)
        #expect(article.attributions == attributions.enumerated().map {
            SourceAttribution(text: $0.element, position: .trailing, paragraphIndex: $0.offset)
        })
        #expect(article.paragraphs.map(\.attribution) == article.attributions.map { Optional($0) })
    }

    @Test("previous and next links carry the neighbours' titles and absolute URLs")
    func adjacentLinks() throws {
        let (article, expected) = try parse()
        #expect(article.previous?.title == expected.previous?.title)
        #expect(article.previous?.url.absoluteString == expected.previous?.url)
        #expect(article.next?.title == expected.next?.title)
        #expect(article.next?.url.absoluteString == expected.next?.url)
    }

    @Test("the head's metadata is read")
    func metadata() throws {
        let (article, _) = try parse()
        #expect(article.siteName == "The Meridian Courier")
        #expect(article.language == "en-US")
        #expect(article.canonicalURL?.absoluteString
                == "https://meridian-courier.example/world/asia/2026/11/20/north-korea-russia-security-alignment/")
        #expect(article.imageURL?.absoluteString == "https://meridian-courier.example/media/2026/11/pyongyang-summit.jpg")
    }
}
