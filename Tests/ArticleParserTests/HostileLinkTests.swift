import ArticleParser
import Foundation
import Testing

/// URLs in an article come from the page and are untrusted: script and data URLs never come out.
@Suite("Hostile links")
struct HostileLinkTests {
    static let unsafeHrefs = [
        "javascript:void(0)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java&#x09;script:alert(1)",
        "jav&#x0A;ascript:alert(1)",
        "&#106;avascript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "DATA:image/svg+xml,<svg onload=alert(1)>",
    ]

    private func page(href: String) -> String {
        """
        <html><head><title>Council funds the crossing</title>
        <meta property="og:image" content="\(href)"><link rel="canonical" href="\(href)"></head><body>
        <nav><a href="\(href)">Previous article: Budget</a> <a href="\(href)">Next article: Bridge</a></nav>
        <article><h1>Council funds the crossing</h1>
        <p>The city council voted on Tuesday to fund the new crossing over the river.</p>
        <p>Construction is expected to start in spring and to last two years.</p></article>
        </body></html>
        """
    }

    @Test("script and data URLs in navigation and metadata never reach the article", arguments: unsafeHrefs)
    func unsafeURLsAreDropped(href: String) throws {
        let article = try ArticleParser().parse(html: page(href: href), url: URL(string: "https://news.example/story"))
        let urls = [article.previous?.url, article.next?.url, article.imageURL, article.canonicalURL].compactMap { $0 }
        #expect(urls.isEmpty, "unsafe URLs came out: \(urls)")
        #expect(article.text.contains("last two years."))
    }

    @Test("the same navigation with an ordinary link gives the next article")
    func safeURLIsKept() throws {
        let article = try ArticleParser().parse(html: page(href: "/2024/05/02/bridge"), url: URL(string: "https://news.example/story"))
        #expect(article.next?.url.absoluteString == "https://news.example/2024/05/02/bridge")
    }
}
