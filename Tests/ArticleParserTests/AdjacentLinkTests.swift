import ArticleParser
import Foundation
import Testing

/// A small story page with `navigation` placed after the article, as themes do.
private func parse(navigation: String, inArticle: Bool = false) throws -> Article {
    let story = """
        <h1>Council approves the new river crossing</h1>
        <p>The city council voted seven to two on Tuesday to fund the new crossing over the river, \
        ending a debate that has run for more than a decade in the town.</p>
        <p>Construction is expected to start in spring, and the crossing should open to walkers and \
        cyclists two years later, the council's planning office said.</p>
        """
    let html = """
        <html><head><title>Council approves the new river crossing</title></head><body>
        <article>\(story)\(inArticle ? navigation : "")</article>
        \(inArticle ? "" : navigation)
        </body></html>
        """
    return try ArticleParser().parse(html: html, url: URL(string: "https://example.org/2024/05/02/river-crossing/"))
}

private func link(_ title: String?, _ url: String) -> ArticleLink {
    ArticleLink(title: title, url: URL(string: url)!)
}

@Suite("Previous and next article links: markup families")
struct AdjacentLinkFamilyTests {
    @Test("WordPress post navigation gives both titles without the screen-reader labels")
    func wordPressCurrent() throws {
        let article = try parse(navigation: """
            <nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2>
            <div class="nav-links">
            <div class="nav-previous"><a href="https://example.org/2024/04/old-mill/" rel="prev">
              <span class="meta-nav" aria-hidden="true">Previous Post</span>
              <span class="screen-reader-text">Previous post:</span> <span class="post-title">The old mill reopens</span></a></div>
            <div class="nav-next"><a href="https://example.org/2024/05/river-path/" rel="next">
              <span class="meta-nav" aria-hidden="true">Next Post</span> <span class="post-title">A walk along the river path</span></a></div>
            </div></nav>
            """)
        #expect(article.previous == link("The old mill reopens", "https://example.org/2024/04/old-mill/"))
        #expect(article.next == link("A walk along the river path", "https://example.org/2024/05/river-path/"))
    }

    @Test("Label-only links of older themes have no title and resolve relative URLs")
    func labelOnly() throws {
        let article = try parse(navigation: """
            <nav id="nav-single"><h3 class="assistive-text">Post navigation</h3>
            <span class="nav-previous"><a href="/2012/03/spring-notes/" rel="prev"><span class="meta-nav">&larr;</span> Previous</a></span>
            <span class="nav-next"><a href="/2012/05/summer-notes/" rel="next">Next <span class="meta-nav">&rarr;</span></a></span></nav>
            """)
        #expect(article.previous == link(nil, "https://example.org/2012/03/spring-notes/"))
        #expect(article.next == link(nil, "https://example.org/2012/05/summer-notes/"))
    }

    @Test("A title only in the link's title attribute becomes the title")
    func titleAttribute() throws {
        let article = try parse(navigation: """
            <div class="post-nav"><a href="/2024/04/harbour/" rel="prev" title="Harbour works: an update">&larr; Previous post</a></div>
            """)
        #expect(article.previous == link("Harbour works: an update", "https://example.org/2024/04/harbour/"))
    }

    @Test("Blogger's older link is previous and its newer link is next")
    func bloggerOlderNewer() throws {
        let article = try parse(navigation: """
            <div class="blog-pager" id="blog-pager">
            <span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="https://example.blogspot.com/2014/05/newer.html" title="Newer Post">Newer Post</a></span>
            <span id="blog-pager-older-link"><a class="blog-pager-older-link" href="https://example.blogspot.com/2014/05/older.html" title="Older Post">Older Post</a></span>
            <a class="home-link" href="https://example.blogspot.com/">Home</a></div>
            """)
        #expect(article.previous == link(nil, "https://example.blogspot.com/2014/05/older.html"))
        #expect(article.next == link(nil, "https://example.blogspot.com/2014/05/newer.html"))
    }

    @Test("Blogger's custom link text keeps the direction its class names")
    func bloggerCustomText() throws {
        let article = try parse(navigation: """
            <div class="blog-pager"><a class="blog-pager-older-link" href="https://example.blogspot.com/2014/04/a.html">&rarr; weiterlesen</a></div>
            """)
        #expect(article.previous?.url.absoluteString == "https://example.blogspot.com/2014/04/a.html")
        #expect(article.next == nil)
    }

    @Test("A tagDiv-style block reads the label printed outside the link")
    func tagDivLabelOutside() throws {
        let article = try parse(navigation: """
            <div class="td-block-row td-post-next-prev">
            <div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content">
            <span>Previous article</span><a href="https://example.org/harbour-update/">Harbour works: an update</a></div></div>
            <div class="td-next-prev-separator"></div></div>
            """)
        #expect(article.previous == link("Harbour works: an update", "https://example.org/harbour-update/"))
        #expect(article.next == nil)
    }

    @Test("Elementor navigation drops the arrow's screen text and the label span")
    func elementor() throws {
        let article = try parse(navigation: """
            <div class="elementor-post-navigation">
            <div class="elementor-post-navigation__prev elementor-post-navigation__link"><a href="https://example.org/first-steps/" rel="prev">
            <span class="post-navigation__arrow-wrapper post-navigation__arrow-prev"><span class="elementor-screen-only">Prev</span></span>
            <span class="elementor-post-navigation__link__prev"><span class="post-navigation__prev--label">Previous</span>
            <span class="post-navigation__prev--title">First steps</span></span></a></div></div>
            """)
        #expect(article.previous == link("First steps", "https://example.org/first-steps/"))
    }

    @Test("Genesis navigation counts although its wrapper is also called pagination")
    func genesis() throws {
        let article = try parse(navigation: """
            <div class="adjacent-entry-pagination pagination">
            <div class="pagination-previous alignleft"><a href="https://example.org/lemon-cake/" rel="prev">
            <span class="screen-reader-text">Previous Post:</span><span class="adjacent-post-link">&laquo; Lemon cake</span></a></div>
            <div class="pagination-next alignright"></div></div>
            """)
        #expect(article.previous == link("Lemon cake", "https://example.org/lemon-cake/"))
        #expect(article.next == nil)
    }

    @Test("Enfold's floating side arrows keep the truncated title as shown")
    func enfold() throws {
        let article = try parse(navigation: """
            <a class="avia-post-nav avia-post-next with-image" href="https://example.org/2018/09/festival/">
            <span class="label iconfont"></span><span class="entry-info-wrap"><span class="entry-info">
            <span class="entry-title">The autumn festival programme is o...</span></span></span></a>
            """)
        #expect(article.next == link("The autumn festival programme is o...", "https://example.org/2018/09/festival/"))
    }

    @Test("News-site cards with a label heading give the headline as title")
    func labelledCards() throws {
        let article = try parse(navigation: """
            <nav class="nextprev-nav">
            <a class="stepper prev" href="/science/bees-count-123/"><h6 class="sub-title">Previous Article</h6><h4 class="title">Bees can count to four</h4></a>
            <a class="stepper next" href="/science/comet-dust-124/"><h6 class="sub-title">Next Article</h6><h4 class="title">What comet dust is made of</h4></a></nav>
            """)
        #expect(article.previous == link("Bees can count to four", "https://example.org/science/bees-count-123/"))
        #expect(article.next == link("What comet dust is made of", "https://example.org/science/comet-dust-124/"))
    }

    @Test("A table-layout block with labels in cells gives both links")
    func tableLayout() throws {
        let article = try parse(navigation: """
            <table class="post-links"><tr>
            <td>&laquo; Vorheriger Beitrag: <a href="/2020/03/alte-muehle/">Die alte Mühle</a></td>
            <td>Nächster Beitrag: <a href="/2020/05/flussweg/">Am Flussweg</a> &raquo;</td></tr></table>
            """)
        #expect(article.previous == link("Die alte Mühle", "https://example.org/2020/03/alte-muehle/"))
        #expect(article.next == link("Am Flussweg", "https://example.org/2020/05/flussweg/"))
    }

    @Test("Japanese labels before the links give the direction", arguments: [
        ("前の記事：", "次の記事："), ("上一篇：", "下一篇："),
    ])
    func cjkLabelsOutside(labels: (String, String)) throws {
        let article = try parse(navigation: """
            <p class="entry-links">\(labels.0)<a href="/archives/101.html">古い記事</a> | \(labels.1)<a href="/archives/103.html">新しい記事</a></p>
            """)
        #expect(article.previous == link("古い記事", "https://example.org/archives/101.html"))
        #expect(article.next == link("新しい記事", "https://example.org/archives/103.html"))
    }

    @Test("Localized labels inside the link give the direction and are stripped", arguments: [
        ("Article précédent", "Article suivant"), ("Artículo anterior", "Artículo siguiente"),
        ("Poprzedni wpis", "Następny wpis"), ("Vorheriger Artikel", "Nächster Artikel"),
    ])
    func localizedLabels(labels: (String, String)) throws {
        let article = try parse(navigation: """
            <div class="links"><a href="/a/">\(labels.0): Un titre ancien</a> <a href="/b/">\(labels.1): Un titre récent</a></div>
            """)
        #expect(article.previous == link("Un titre ancien", "https://example.org/a/"))
        #expect(article.next == link("Un titre récent", "https://example.org/b/"))
    }

    @Test("Dates printed beside the title in their own element are left out")
    func datesStripped() throws {
        let article = try parse(navigation: """
            <div class="post-navigation"><div class="nav-previous"><a href="/2024/04/budget/" rel="prev">
            <time datetime="2024-04-30">30.04.2024</time> <span>Budget vote slips to December</span></a></div></div>
            """)
        #expect(article.previous == link("Budget vote slips to December", "https://example.org/2024/04/budget/"))
    }

    @Test("rel and class agreeing against the visible label decide the direction")
    func relAndClassOverrideLabel() throws {
        let article = try parse(navigation: """
            <div class="post-navigation"><div class="nav-previous"><a href="/2024/04/older/" rel="prev">Next post</a></div></div>
            """)
        #expect(article.previous?.url.absoluteString == "https://example.org/2024/04/older/")
        #expect(article.next == nil)
    }

    @Test("Navigation inside the article element is found too")
    func insideArticle() throws {
        let article = try parse(navigation: """
            <div class="nav-links"><div class="nav-next"><a href="/2024/05/rates/" rel="next">Rates hold steady</a></div></div>
            """, inArticle: true)
        #expect(article.next == link("Rates hold steady", "https://example.org/2024/05/rates/"))
    }
}

@Suite("Previous and next article links: traps")
struct AdjacentLinkTrapTests {
    @Test("A head link rel=next alone is not an answer")
    func headLinkAlone() throws {
        let html = """
            <html><head><link rel="next" href="https://example.org/2024/05/other/"><link rel="prev" href="https://example.org/2024/04/older/"></head>
            <body><article><p>The city council voted seven to two on Tuesday to fund the new crossing over the river, ending a long debate.</p></article></body></html>
            """
        let article = try ArticleParser().parse(html: html)
        #expect(article.previous == nil)
        #expect(article.next == nil)
    }

    @Test("Numbered list pagination is not article navigation")
    func listPagination() throws {
        let article = try parse(navigation: """
            <nav class="navigation pagination"><div class="nav-links"><span class="page-numbers current">1</span>
            <a class="page-numbers" href="/page/2/">2</a><a class="next page-numbers" href="/page/2/">Next &raquo;</a></div></nav>
            """)
        #expect(article.next == nil)
    }

    @Test("A rel=next link to the story's own second page is pagination")
    func sameStoryNextPage() throws {
        let article = try parse(navigation: """
            <div class="page-links"><a href="https://example.org/2024/05/02/river-crossing/2/" rel="next">Next &rarr;</a></div>
            """)
        #expect(article.next == nil)
    }

    @Test("Query-string pagination is not a neighbouring article")
    func queryPagination() throws {
        let article = try parse(navigation: """
            <div class="more"><a href="/news/?page=2" rel="next">Older stories</a></div>
            """)
        #expect(article.next == nil)
        #expect(article.previous == nil)
    }

    @Test("Comment pages are not article navigation")
    func commentPages() throws {
        let article = try parse(navigation: """
            <div id="comments"><nav class="navigation comment-navigation"><div class="nav-previous">
            <a href="/2024/05/02/river-crossing/comment-page-1/">&larr; Older Comments</a></div></nav></div>
            """)
        #expect(article.previous == nil)
    }

    @Test("Read next and up next recommendations are not article navigation")
    func recommendations() throws {
        let article = try parse(navigation: """
            <div class="read-next-wrapper"><p class="read-next"><a href="/2024/05/other/">Read Next</a></p>
            <p class="read-next-link"><a href="/2024/05/other/">Another story entirely</a></p></div>
            <aside class="up-next"><a href="/2024/05/video/">Up next: the weather</a></aside>
            """)
        #expect(article.next == nil)
    }

    @Test("Carousel and slider arrows are not article navigation")
    func carousels() throws {
        let article = try parse(navigation: """
            <div class="gallery-slider"><a class="slick-prev" href="/photos/1/">Previous</a><a class="slick-next" href="/photos/3/">Next</a></div>
            <div class="swiper-container"><a class="swiper-button-next" href="/photos/4/" rel="next">Next</a></div>
            """)
        #expect(article.previous == nil)
        #expect(article.next == nil)
    }

    @Test("Calendar month arrows are not article navigation")
    func calendar() throws {
        let article = try parse(navigation: """
            <table id="wp-calendar"><tfoot><tr><td id="prev"><a href="/2024/04/">&laquo; Apr</a></td>
            <td id="next"><a href="/2024/06/">Jun &raquo;</a></td></tr></tfoot></table>
            """)
        #expect(article.previous == nil)
        #expect(article.next == nil)
    }

    @Test("A back-to-overview link is not previous")
    func backToOverview() throws {
        let article = try parse(navigation: """
            <div class="post-nav"><a class="link-prev" href="/news/">Zurück zur Übersicht</a></div>
            """)
        #expect(article.previous == nil)
    }

    @Test("Hash and javascript links are never taken")
    func unusableHrefs() throws {
        let article = try parse(navigation: """
            <nav class="post-navigation"><div class="nav-previous"><a href="#" rel="prev">Previous post</a></div>
            <div class="nav-next"><a href="javascript:void(0)" rel="next">Next post</a></div></nav>
            """)
        #expect(article.previous == nil)
        #expect(article.next == nil)
    }

    @Test("A hidden infinite-scroll helper is not navigation")
    func hiddenHelper() throws {
        let article = try parse(navigation: """
            <div class="hidden"><a rel="prev" href="/2024/04/hidden-older/">Older</a></div>
            """)
        #expect(article.previous == nil)
    }

    @Test("A bare Next link in running text is not navigation")
    func bareWordInText() throws {
        let article = try parse(navigation: """
            <div class="box"><a href="/2024/05/next-steps/">Next</a></div>
            """)
        #expect(article.next == nil)
    }

    @Test("rel beats a swapped class name when no label says otherwise")
    func swappedClass() throws {
        let article = try parse(navigation: """
            <div class="post-nav"><div class="prev"><a href="/2024/05/newer-story/" rel="next">Rates hold steady</a></div></div>
            """)
        #expect(article.next == link("Rates hold steady", "https://example.org/2024/05/newer-story/"))
        #expect(article.previous == nil)
    }

    @Test("A multi-page story's next-page link loses to the next-story link beside it")
    func nextPageBesideNextStory() throws {
        let article = try parse(navigation: """
            <div class="page-links"><a href="/2024/05/02/river-crossing/2/" rel="next">Next &rarr;</a></div>
            <div class="story-links"><a href="/2024/05/03/ferry-fares/">Next story &rarr;</a></div>
            """)
        #expect(article.next == link(nil, "https://example.org/2024/05/03/ferry-fares/"))
    }

    @Test("The neighbour's title comes from the navigation link, not another link to it")
    func titleFromNavigation() throws {
        let article = try parse(navigation: """
            <ul class="sidebar"><li><a href="/2024/04/old-mill/">Most read: mill</a></li></ul>
            <nav class="post-navigation"><div class="nav-previous"><a href="/2024/04/old-mill/" rel="prev">The old mill reopens</a></div></nav>
            """)
        #expect(article.previous == link("The old mill reopens", "https://example.org/2024/04/old-mill/"))
    }
}

@Suite("Previous and next article links: related-coverage pointers")
struct AdjacentLinkPointerTests {
    @Test("A link to earlier coverage inside running text is not previous, label or not")
    func inBodyPointer() throws {
        let article = try parse(navigation: """
            <p>If you want the whole story of the old crossing and its ferries, see my previous article \
            <a href="/2023/11/ferries/">here</a>, or the <a href="/2023/10/bridge/">previous post on the bridge</a>.</p>
            """, inArticle: true)
        #expect(article.previous == nil)
    }
}

@Suite("Previous and next article links: targets")
struct AdjacentLinkTargetTests {
    @Test("A neighbour on the same script with another article ID is not pagination")
    func sameScriptOtherQuery() throws {
        let html = """
            <html><body><article><p>The city council voted seven to two on Tuesday to fund the new crossing over the river, ending a long debate.</p>
            <div class="pagination"><a href="meldung.php?nr=48213" rel="next">nächster Artikel</a></div></article></body></html>
            """
        let article = try ArticleParser().parse(html: html, url: URL(string: "https://example.org/meldung.php?nr=48214"))
        #expect(article.next?.url.absoluteString == "https://example.org/meldung.php?nr=48213")
    }
}
