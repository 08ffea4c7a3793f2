import ArticleParser
import Foundation
import Testing

@Suite("Metadata in the story header")
struct MetadataHeaderTests {
    @Test("A date line beside the headline counts even when its class names a teaser")
    func teaserClassedDateLine() throws {
        let article = try metadataPage(head: "", body: """
            <div class="columns">
            <h3 class="bb-teaser-meta">02.01.2022</h3>
            <h1>Land zahlte rund 1,4 Millionen Euro Erlegungsprämie</h1>
            </div>
            """)
        #expect(article.datePublished == "2022-01-02")
    }

    @Test("A byline classed as a teaser's metadata under the headline names the author")
    func teaserClassedByline() throws {
        let article = try metadataPage(head: "", body: """
            <div class="header">
            <h1>Es kommt auch darauf an, wie die Menschen sterben</h1>
            <div class="teaser-small__metadata"><p class="byline__author">
            VON <a href="/autoren/gathmann-moritz">MORITZ GATHMANN</a> am 21. April 2020</p></div>
            </div>
            """)
        #expect(article.authors == ["MORITZ GATHMANN"])
        #expect(article.datePublished == "2020-04-21")
    }

    @Test("A layout class like has-double-sidebar does not hide the byline it wraps")
    func layoutClassIsNoFurniture() throws {
        let article = try metadataPage(head: "", body: """
            <div class="main-content has-double-sidebar">
            <div class="headline">Energiepreiskrise: Entlastungen auf einen Blick</div>
            <p class="author-name">Leonora Holling</p>
            </div>
            """)
        #expect(article.authors == ["Leonora Holling"])
    }

    @Test("A sidebar class still hides the names and dates in it")
    func sidebarStaysFurniture() throws {
        let article = try metadataPage(head: "", body: """
            <h1>Energiepreiskrise: Entlastungen auf einen Blick</h1>
            <div class="sidebar"><p class="author-name">Leonora Holling</p><p class="date">21.11.2022</p></div>
            """)
        #expect(article.authors == [])
        #expect(article.datePublished == nil)
    }

    @Test("A lead-in byline on a page without an h1 names the author")
    func leadInWithoutHeadline() throws {
        let article = try metadataPage(head: "", body: """
            <div class="itc-headline">Energiepreiskrise: Entlastungen und Rechte auf einen Blick</div>
            <h5><em>Von Leonora Holling</em></h5>
            """)
        #expect(article.authors == ["Leonora Holling"])
    }

    @Test("An illustration credit after the writer's name is not part of it")
    func illustrationCredit() throws {
        let article = try metadataPage(head: "", body: """
            <h1>Der historische Purzelbaum</h1>
            <p><em>Text von Christian Seiler &nbsp; &nbsp;&nbsp;Illustration von Markus Roost</em></p>
            """)
        #expect(article.authors == ["Christian Seiler"])
    }
}

@Suite("Publication dates in the page's time zone")
struct PrintedZoneTests {
    @Test("A UTC time in JSON-LD is written in the zone the printed time implies")
    func printedTimeGivesZone() throws {
        let article = try metadataPage(head: """
            <script type="application/ld+json">
            {"@type": "NewsArticle", "headline": "Was bringen alternative Therapien?",
             "datePublished": "2019-10-18T22:04:00+00:00"}
            </script>
            """, body: """
            <h1>Was bringen alternative Therapien?</h1>
            <p class="date">19. Oktober 2019, 00:04 Uhr</p>
            """)
        #expect(article.datePublished == "2019-10-19T00:04:00+02:00")
    }

    @Test("A UTC value on a whole hour late the day before a printed day is that day's local midnight")
    func localMidnight() throws {
        let article = try metadataPage(head: """
            <meta property="article:published_time" content="2021-11-04T23:00:00Z">
            """, body: """
            <h1>Kommunalwahlen in Nordmazedonien</h1>
            <p class="date">5. November 2021</p>
            """)
        #expect(article.datePublished == "2021-11-05T00:00:00+01:00")
    }

    @Test("A declared value with its own offset keeps its day when the page prints another")
    func ownOffsetStays() throws {
        let article = try metadataPage(head: """
            <meta property="article:published_time" content="2022-12-30T07:00:40+01:00">
            """, body: """
            <h1>Fünf HR-Trends für 2023</h1>
            <p class="date">29. Dezember 2022</p>
            """)
        #expect(article.datePublished == "2022-12-30T07:00:40+01:00")
    }

    @Test("A printed time no time zone explains leaves the declared value alone")
    func unexplainedTimeStays() throws {
        let article = try metadataPage(head: """
            <meta property="article:published_time" content="2020-01-13T18:54:00+01:00">
            """, body: """
            <h1>Siemens und die Kohlemine</h1>
            <p class="date">14. 1. 2020, 13:47 Uhr</p>
            """)
        #expect(article.datePublished == "2020-01-13T18:54:00+01:00")
    }
}
