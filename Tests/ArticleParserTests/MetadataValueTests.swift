@testable import ArticleParser
import Foundation
import Testing

@Suite("Metadata dates")
struct MetadataDateTests {
    @Test("Date formats real pages use become ISO 8601", arguments: [
        ("2026-11-27T09:30:00+01:00", "2026-11-27T09:30:00+01:00"),
        ("2026-11-27T09:30:00.000Z", "2026-11-27T09:30:00+00:00"),
        ("2026-11-27 09:30:00+0100", "2026-11-27T09:30:00+01:00"),
        ("Fri, 27 Nov 2026 09:30:00 +0100", "2026-11-27T09:30:00+01:00"),
        ("Fri, 27 Nov 2026 08:30:00 GMT", "2026-11-27T08:30:00+00:00"),
        ("1795772400", "2026-11-27T09:40:00+00:00"),
        ("1795772400000", "2026-11-27T09:40:00+00:00"),
        ("November 27, 2026", "2026-11-27"),
        ("Nov. 27, 2026, 6:01 p.m.", "2026-11-27T18:01:00"),
        ("27.11.2026", "2026-11-27"),
        ("27.11.2026, 14:05 Uhr", "2026-11-27T14:05:00"),
        ("27. November 2026", "2026-11-27"),
        ("27 novembre 2026", "2026-11-27"),
        ("27 de noviembre de 2026", "2026-11-27"),
        ("27 novembro 2026", "2026-11-27"),
        ("27 november 2026", "2026-11-27"),
        ("27 listopada 2026", "2026-11-27"),
        ("3. März 2026", "2026-03-03"),
        ("le 1er avril", nil),
        ("1 août 2026", "2026-08-01"),
        ("11/27/2026", "2026-11-27"),
        ("31.02.2026", nil),
    ] as [(String, String?)])
    func formats(text: String, expected: String?) {
        #expect(DateParser().parse(text)?.iso == expected)
    }

    @Test("Words are matched whatever their case, and a word longer than any month name is no month", arguments: [
        ("27 NOVEMBER 2026, 6:01 PM CET", "2026-11-27T18:01:00+01:00"),
        ("Published 27 Września 2026", "2026-09-27"),
        ("27 Novembervorschau 2026", nil),
        ("Vorbereitungsveranstaltungen am 27 November 2026", "2026-11-27"),
        ("14 октября 2026", "2026-10-14"),
    ] as [(String, String?)])
    func wordCase(text: String, expected: String?) {
        #expect(DateParser().parse(text)?.iso == expected)
    }

    @Test("Dates in URL paths are read at day precision", arguments: [
        ("/2026/11/27/story", "2026-11-27"), ("/news/2026-11-27-story", "2026-11-27"), ("/a/20261127/story", "2026-11-27"),
        ("/2026/story", nil),
    ] as [(String, String?)])
    func paths(path: String, expected: String?) {
        #expect(DateParser().parsePath(path)?.iso == expected)
    }
}

@Suite("Metadata authors")
struct MetadataAuthorTests {
    @Test("Lead-ins, e-mail addresses, handles and job titles are removed")
    func cleaning() {
        let cleaner = AuthorCleaner(siteName: nil)
        #expect(cleaner.people(in: ["By Jane Doe, Senior Correspondent"]) == ["Jane Doe"])
        #expect(cleaner.people(in: ["Por Lucía Gómez jane@courier.example @lucia"]) == ["Lucía Gómez"])
        #expect(cleaner.people(in: ["By Nathan Pryor March 25, 2026"]) == ["Nathan Pryor"])
    }

    @Test("Several names are split at and, und, & and commas, without duplicates")
    func splitting() {
        let cleaner = AuthorCleaner(siteName: nil)
        #expect(cleaner.people(in: ["Anna Schmidt, Ben Braun & Cleo Dahl", "anna schmidt"]) == ["Anna Schmidt", "Ben Braun", "Cleo Dahl"])
    }

    @Test("Agencies and the site itself are dropped from bylines")
    func agencies() {
        let cleaner = AuthorCleaner(siteName: "The Courier")
        #expect(cleaner.people(in: ["Jane Doe/dpa", "AP", "The Courier"]) == ["Jane Doe"])
    }

    @Test("A JSON-LD author that is an Organization is not a person")
    func organisation() throws {
        let article = try metadataPage(head: """
            <script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Courier Staff"}}</script>
            """)
        #expect(article.authors.isEmpty)
    }
}

@Suite("Metadata language tags")
struct MetadataLanguageTests {
    @Test("Language values become BCP 47 tags", arguments: [
        ("en_US", "en-US"), ("DE-at", "de-AT"), ("pt-br", "pt-BR"), ("zh-hant-tw", "zh-Hant-TW"), ("fr, en", "fr"), ("12", nil),
    ] as [(String, String?)])
    func tags(value: String, expected: String?) {
        #expect(MetadataExtractor.languageTag(value) == expected)
    }
}

@Suite("Metadata byline noise")
struct MetadataBylineNoiseTests {
    @Test("A degree after a comma and an update label are not names")
    func degreesAndLabels() {
        let cleaner = AuthorCleaner(siteName: nil)
        #expect(cleaner.people(in: ["By Tom Muster, PhD"]) == ["Tom Muster"])
        #expect(cleaner.people(in: ["Last Updated: January 7, 2026"]) == [])
    }

    @Test("Names in parentheses after a joiner are split off")
    func parenthesised() {
        let cleaner = AuthorCleaner(siteName: nil)
        #expect(cleaner.people(in: ["Martin Roux (avec Léa Petit et Jean Blanc)"]) == ["Martin Roux", "Léa Petit", "Jean Blanc"])
    }
}
