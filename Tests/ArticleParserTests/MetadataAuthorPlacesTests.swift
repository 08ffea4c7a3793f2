import ArticleParser
import Foundation
import Testing

/// Places outside the usual bylines where a page names its writer: a lead-in above the headline,
/// a credits box, an editor's label under a Chinese story, a wiki's page information, a login.
@Suite("Writers named in other places")
struct AuthorPlacesTests {
    @Test("A bare 'by' beside the headline, just before it, names the element after it")
    func leadInBeforeHeadline() throws {
        let article = try furnishedPage(header: """
            <div class="story-head"><a href="/reihe/12/lichtweg"><h2 class="series-title">Lichtweg</h2></a>
            <span class="muted"> by </span>
            <h3 class="inline-block"><a href="/profil/77">quillfox42</a></h3>
            <h1>Kapitel 3: Der Nebel am Fluss</h1></div>
            """)
        #expect(article.authors == ["quillfox42"])
    }

    @Test("A credits box names the writer after its text or interview label, capitals spelled as a name")
    func creditsBoxLabel() throws {
        let article = try furnishedPage(header: "<h1>Ein Abend mit der Sängerin</h1>", afterStory: """
            <section class="story-credits"><div class="credit-row"><div class="credit-row__label">Interview</div>
            <div class="credit-row__value">JANA BEISPIEL</div></div>
            <div class="credit-row"><div class="credit-row__label">Fotograf</div><div class="credit-row__value">TOM MUSTER</div></div></section>
            """)
        #expect(article.authors == ["Jana Beispiel"])
    }

    @Test("A Chinese editor label under the story names the editor when nothing else names anyone")
    func chineseEditorLabel() throws {
        let article = try furnishedPage(header: "<h1>新桥今天通车</h1>", afterStory: """
            <div class="story-foot"><span class="share">分享</span>
            <span>[责任编辑： 
            李明华 ]</span></div>
            """)
        #expect(article.authors == ["李明华"])
    }

    @Test("A Chinese author label drops the reporter's title before the name")
    func chineseReporterTitle() throws {
        let article = try furnishedPage(header: "<h1>新桥今天通车</h1>", afterStory: """
            <div class="story-foot"><font color="#888888">作者： 记者李明华</font></div>
            """)
        #expect(article.authors == ["李明华"])
    }

    @Test("A wiki's page information names its last editor when nothing else names anyone")
    func wikiLastEditor() throws {
        let article = try ArticleParser().parse(html: """
            <html><head><title>Erste Schritte - Beispielwiki</title></head><body>
            <div id="header"><a href="/">Beispielwiki</a> <a href="/Suche">Suche</a></div>
            <div id="page"><h1>Erste Schritte</h1>
            <p>Wer das Programm zum ersten Mal startet, findet hier eine kurze Anleitung mit den wichtigsten Einstellungen und Hinweisen.</p>
            <p id="pageinfo" class="info">Erste/Schritte (last edited 2026-03-01 10:15:00 by <span title="TildaVorhang @ host"><a href="/TildaVorhang">TildaVorhang</a></span>)</p></div>
            <div id="footer"><ul><li><a href="/Hilfe">Hilfe</a></li></ul></div></body></html>
            """)
        #expect(article.authors == ["TildaVorhang"])
    }

    @Test("A person the JSON-LD names by a dotted login is named by the words of the login")
    func dottedLogin() throws {
        let article = try furnishedPage(head: """
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", "headline": "Ein Regal aus Resten",
             "author": {"@type": "Person", "name": "lioba.wendeltreu"}}</script>
            """, header: "<h1>Ein Regal aus Resten</h1>")
        #expect(article.authors == ["Lioba Wendeltreu"])
    }
}
