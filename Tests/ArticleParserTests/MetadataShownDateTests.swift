import ArticleParser
import Foundation
import Testing

@Suite("The day a page shows its readers")
struct ShownDateTests {
    private let declared = """
        <meta property="article:published_time" content="2023-03-02T08:10:00+01:00">
        <meta property="article:modified_time" content="2024-06-18T16:45:00+02:00">
        """

    @Test("A header that shows only the day of the declared change, unlabelled, dates the story by it")
    func unlabelledChangeDayWins() throws {
        let article = try metadataPage(head: declared, body: """
            <nav><a href="/">Start</a> <a href="/garten">Garten</a></nav>
            <h1>Tomaten im Kübel: so klappt die Ernte auf dem Balkon</h1>
            <div class="meta-row"><span>Lena Probst</span><br>18.06.2024</div>
            """)
        #expect(article.datePublished == "2024-06-18T16:45:00+02:00")
    }

    @Test("A header date after an update label in the text before it keeps the declared publication")
    func labelledChangeDayKeepsPublication() throws {
        let article = try metadataPage(head: declared, body: """
            <h1>Tomaten im Kübel: so klappt die Ernte auf dem Balkon</h1>
            <div class="meta-row"><em>Zuletzt aktualisiert:</em> 18.06.2024</div>
            """)
        #expect(article.datePublished == "2023-03-02T08:10:00+01:00")
    }

    @Test("A classed header date right after an update label keeps the declared publication")
    func classedDateAfterUpdateLabel() throws {
        let article = try metadataPage(head: declared, body: """
            <h1>Tomaten im Kübel: so klappt die Ernte auf dem Balkon</h1>
            <p class="byline">Aktualisiert <span class="date">18.06.2024</span></p>
            """)
        #expect(article.datePublished == "2023-03-02T08:10:00+01:00")
    }

    @Test("A page that prints the declared publication day as well keeps it")
    func printedPublicationDayStays() throws {
        let article = try metadataPage(head: declared, body: """
            <h1>Tomaten im Kübel: so klappt die Ernte auf dem Balkon</h1>
            <div class="meta-row">18.06.2024</div>
            <p class="entry-date">Erschienen am 02.03.2023</p>
            """)
        #expect(article.datePublished == "2023-03-02T08:10:00+01:00")
    }

    @Test("A change day printed only in comments under the story does not date it")
    func changeDayInCommentsOnly() throws {
        let article = try metadataPage(head: declared, body: """
            <h1>Tomaten im Kübel: so klappt die Ernte auf dem Balkon</h1>
            <p>Wer im Mai pflanzt, kann ab Juli ernten, wenn der Kübel groß genug ist und die Pflanze jeden
            Morgen Wasser bekommt. Ein heller Platz an der Hauswand hält die Wärme der Nacht und schützt vor Wind.
            Gedüngt wird alle zwei Wochen, ausgegeizt jeden Sonntag.</p>
            <div class="leserbriefe"><p>gartenfee 18.06.2024, 21:04</p><p>Bei mir hat es genauso geklappt.</p></div>
            """)
        #expect(article.datePublished == "2023-03-02T08:10:00+01:00")
    }

    @Test("On a page without an h1, the date line under the heading classed as the title dates the story")
    func dateUnderMarkedHeading() throws {
        let notes = (1 ... 14).map { "<li>Notiz \($0): 3 Antworten</li>" }.joined()
        let article = try metadataPage(head: "", body: """
            <div id="menu"><a href="/">Start</a> <a href="/notizen">Notizen</a></div>
            <div class="post"><h2 class="post-title"><a href="/notizen/kompost">Kompost im Winter</a></h2>
            <small>March 4, 2021 at 09:15 AM | Kategorie: <a href="/k/garten">Garten</a></small>
            <p>Auch bei Frost arbeitet der Haufen weiter, wenn er groß genug ist und eine Decke aus Laub trägt.</p></div>
            <ul class="archive-list">\(notes)</ul>
            """)
        #expect(article.datePublished == "2021-03-04T09:15:00")
    }

    @Test("A teaser-classed meta line whose links only jump within the page or to the writer's profile is the story's")
    func teaserLineLinkingItsOwnParts() throws {
        let article = try metadataPage(head: "", body: """
            <div class="story"><div class="teaser-meta"><a href="/autoren/jana-beispiel">Jana Beispiel</a> / 07.09.2025 / 11:40 /
            <a href="#leserbriefe">Leserbriefe</a></div>
            <h2>Warum die Fähre im Herbst seltener fährt</h2></div>
            """)
        #expect(article.datePublished == "2025-09-07T11:40:00")
    }

    @Test("A teaser-classed line that links to another story keeps its date to itself")
    func teaserLineLinkingAnotherStory() throws {
        let article = try metadataPage(head: "", body: """
            <div class="story"><div class="teaser-meta"><a href="/fahrplan-winter">Der neue Winterfahrplan</a> / 07.09.2025</div>
            <h2>Warum die Fähre im Herbst seltener fährt</h2></div>
            """)
        #expect(article.datePublished == nil)
    }

    @Test("In a list of the site's latest stories, the card that links to the page's own address carries its date")
    func ownCardInLatestStories() throws {
        let article = try ArticleParser().parse(html: """
            <html><head><link rel="canonical" href="https://verein.example/aktuelles/faehre-herbst/"></head><body>
            <h1>Warum die Fähre im Herbst seltener fährt</h1>
            <p>Ab Oktober legt die Fähre nur noch alle zwei Stunden ab, weil weniger Ausflügler kommen und die Crew
            in der Werft gebraucht wird. Pendler können auf den Bus über die Brücke ausweichen.</p>
            <div class="row"><a href="/aktuelles/winterfahrplan"><div class="teaser"><span class="date">02.09.2025</span>
            <h2>Der neue Winterfahrplan</h2></div></a>
            <a href="/aktuelles/faehre-herbst"><div class="teaser"><span class="date">07.09.2025</span>
            <h2>Warum die Fähre im Herbst seltener fährt</h2></div></a></div>
            </body></html>
            """)
        #expect(article.datePublished == "2025-09-07")
    }

    @Test("A sidebar that opens with the story's headline gives its time as the story's date")
    func panelRepeatingHeadline() throws {
        let article = try metadataPage(head: "", body: """
            <h1>Warum die Fähre im Herbst seltener fährt</h1>
            <div class="sidebar"><div class="sidebar-box"><p class="big">Warum die Fähre im Herbst seltener fährt</p>
            <p class="lede">Weniger Ausflügler, mehr Arbeit in der Werft.</p>
            <p class="time"><time datetime="2025-09-07">7. September 2025</time></p></div></div>
            """)
        #expect(article.datePublished == "2025-09-07")
    }

    @Test("A sidebar that opens with its own heading keeps its times to itself")
    func ordinarySidebarTimes() throws {
        let article = try metadataPage(head: "", body: """
            <h1>Warum die Fähre im Herbst seltener fährt</h1>
            <div class="sidebar"><h3>Meistgelesen</h3>
            <p><a href="/winterfahrplan">Der neue Winterfahrplan</a> <time datetime="2025-09-02">2. September 2025</time></p></div>
            """)
        #expect(article.datePublished == nil)
    }
}
