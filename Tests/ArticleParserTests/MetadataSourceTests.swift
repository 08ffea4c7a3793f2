import ArticleParser
import Foundation
import Testing

/// A page with the given head and a short article body, parsed through the public API.
func metadataPage(head: String, body: String = "", url: String? = nil) throws -> Article {
    try ArticleParser().parse(html: """
        <html><head>\(head)</head><body>\(body)
        <article><p>The council voted to fund the new crossing over the river on Tuesday evening.</p>
        <p>Construction is expected to start in spring and to last about two years.</p></article>
        </body></html>
        """, url: url.flatMap(URL.init(string:)))
}

@Suite("Metadata sources")
struct MetadataSourceTests {
    @Test("A JSON-LD NewsArticle gives headline, authors, dates and publisher")
    func jsonLDArticle() throws {
        let article = try metadataPage(head: """
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council funds the crossing",
             "datePublished": "2026-11-20T09:30:00+01:00", "dateModified": "2026-11-21T10:00:00+01:00",
             "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
             "publisher": {"@type": "Organization", "name": "The Riverton Courier"}}
            </script>
            """)
        #expect(article.title == "Council funds the crossing")
        #expect(article.authors == ["Jane Doe", "John Roe"])
        #expect(article.datePublished == "2026-11-20T09:30:00+01:00")
        #expect(article.dateModified == "2026-11-21T10:00:00+01:00")
        #expect(article.siteName == "The Riverton Courier")
        #expect(article.provenance[.datePublished] == .jsonLD)
        #expect(article.provenance[.authors] == .jsonLD)
    }

    @Test("A JSON-LD @graph resolves author references by @id")
    func jsonLDGraph() throws {
        let article = try metadataPage(head: """
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "@id": "https://courier.example/#website", "name": "Courier"},
              {"@type": "Article", "headline": "Bridge plans", "author": {"@id": "https://courier.example/#/person/1"},
               "datePublished": "2026-11-19"},
              {"@type": "Person", "@id": "https://courier.example/#/person/1", "name": "Mara Lind"}]}
            </script>
            """)
        #expect(article.authors == ["Mara Lind"])
        #expect(article.datePublished == "2026-11-19")
    }

    @Test("OpenGraph tags written with name= count like property=")
    func openGraphByName() throws {
        let article = try metadataPage(head: """
            <meta name="og:title" content="River crossing approved">
            <meta name="og:site_name" content="The Courier">
            <meta name="og:description" content="The council approved the crossing.">
            """)
        #expect(article.title == "River crossing approved")
        #expect(article.siteName == "The Courier")
        #expect(article.description == "The council approved the crossing.")
        #expect(article.provenance[.siteName] == .openGraph)
    }

    @Test("article:published_time, article:tag and article:section are read")
    func articleTags() throws {
        let article = try metadataPage(head: """
            <meta property="article:published_time" content="2026-11-18T08:00:00Z">
            <meta property="article:tag" content="Transport"><meta property="article:tag" content="Budget">
            <meta property="article:section" content="Local">
            """)
        #expect(article.datePublished == "2026-11-18T08:00:00+00:00")
        #expect(article.tags == ["Transport", "Budget"])
        #expect(article.section == "Local")
        #expect(article.provenance[.datePublished] == .openGraph)
    }

    @Test("Twitter card title and description are used when nothing else declares them")
    func twitterCard() throws {
        let article = try metadataPage(head: """
            <meta name="twitter:title" content="Crossing gets the go-ahead">
            <meta name="twitter:description" content="Work starts in spring.">
            """)
        #expect(article.title == "Crossing gets the go-ahead")
        #expect(article.description == "Work starts in spring.")
    }

    @Test("Each meta author family names the author", arguments: [
        "author", "dc.creator", "DC:creator", "dcterms.creator", "citation_author", "parsely-author", "sailthru.author", "byl",
    ])
    func metaAuthorFamilies(name: String) throws {
        let article = try metadataPage(head: #"<meta name="\#(name)" content="By Paula Steiner">"#)
        #expect(article.authors == ["Paula Steiner"])
        #expect(article.provenance[.authors] == .meta)
    }

    @Test("Dublin Core and Highwire dates are read", arguments: ["dc.date", "dcterms.issued", "citation_publication_date"])
    func metaDateFamilies(name: String) throws {
        let article = try metadataPage(head: #"<meta name="\#(name)" content="2026/11/17">"#)
        #expect(article.datePublished == "2026-11-17")
    }

    @Test("Microdata itemprop gives the author and the publication date")
    func microdata() throws {
        let article = try metadataPage(head: "", body: """
            <div itemscope itemtype="https://schema.org/NewsArticle">
              <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ola Berg</span></span>
              <meta itemprop="datePublished" content="2026-11-16T12:00:00+02:00">
            </div>
            """)
        #expect(article.authors == ["Ola Berg"])
        #expect(article.datePublished == "2026-11-16T12:00:00+02:00")
        #expect(article.provenance[.authors] == .microdata)
    }

    @Test("A <time datetime> in the article gives the publication date")
    func timeElement() throws {
        let article = try metadataPage(head: "", body: #"<h1>Crossing approved</h1><time datetime="2026-11-15T07:45:00-05:00">Nov 15</time>"#)
        #expect(article.datePublished == "2026-11-15T07:45:00-05:00")
        #expect(article.provenance[.datePublished] == .visibleText)
    }

    @Test("A rel=author link in the byline names the author")
    func relAuthor() throws {
        let article = try metadataPage(head: "", body: #"<h1>Crossing approved</h1><p class="x">By <a rel="author" href="/staff/lea">Lea Kurz</a></p>"#)
        #expect(article.authors == ["Lea Kurz"])
    }

    @Test("A relative canonical URL and image are resolved against the page address")
    func relativeURLs() throws {
        let article = try metadataPage(head: """
            <link rel="canonical" href="/2026/11/14/crossing">
            <meta property="og:image" content="../images/bridge.jpg?w=640">
            """, url: "https://courier.example/news/2026/11/14/crossing?ref=home")
        #expect(article.canonicalURL?.absoluteString == "https://courier.example/2026/11/14/crossing")
        #expect(article.imageURL?.absoluteString == "https://courier.example/news/2026/11/images/bridge.jpg?w=640")
    }

    @Test("A javascript: canonical URL is never returned")
    func unsafeURL() throws {
        let article = try metadataPage(head: #"<link rel="canonical" href="javascript:alert(1)">"#)
        #expect(article.canonicalURL == nil)
    }

    @Test("The declared language comes from <html lang>, then content-language, then og:locale")
    func language() throws {
        let declared = try ArticleParser().parse(html: #"<html lang="de-at"><head><meta property="og:locale" content="en_US"><title>Brücke</title></head><body></body></html>"#)
        #expect(declared.language == "de-AT")
        let header = try metadataPage(head: #"<meta http-equiv="content-language" content="fr-CA">"#)
        #expect(header.language == "fr-CA")
        let locale = try metadataPage(head: #"<meta property="og:locale" content="pt_BR">"#)
        #expect(locale.language == "pt-BR")
    }

    @Test("A visible byline is split into people")
    func visibleByline() throws {
        let article = try metadataPage(head: "", body: #"<h1>Crossing approved</h1><div class="article-byline">Von Anna Schmidt und Ben Braun</div>"#)
        #expect(article.authors == ["Anna Schmidt", "Ben Braun"])
        #expect(article.provenance[.authors] == .visibleText)
    }

    @Test("A visible date line with a German month name gives a day-precision date")
    func visibleDateLine() throws {
        let article = try metadataPage(head: "", body: #"<h1>Brücke genehmigt</h1><span class="post-date">13. November 2026</span>"#)
        #expect(article.datePublished == "2026-11-13")
    }

    @Test("A date in the URL path is the last resort")
    func urlDate() throws {
        let article = try metadataPage(head: "", url: "https://courier.example/2026/11/12/crossing-approved")
        #expect(article.datePublished == "2026-11-12")
        #expect(article.provenance[.datePublished] == .url)
    }

    @Test("Provenance is written into the JSON")
    func provenanceJSON() throws {
        let article = try metadataPage(head: #"<meta property="article:published_time" content="2026-11-11">"#)
        let json = String(decoding: try JSONEncoder().encode(article), as: UTF8.self)
        #expect(json.contains(#""datePublished":"openGraph""#))
    }
}
