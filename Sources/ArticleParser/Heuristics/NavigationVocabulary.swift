/// The words pages use for links to the previous and next article, and for the look-alikes
/// that are not article navigation. Labels are lower-cased and matched as whole words at the
/// start or end of a link's text (or of the text just before the link), never searched for in
/// the document at large.
/// Evidence: ../shared/notes/nav-attribution-patterns.md (label counts and traps) and the
/// AdjacentLink tests, which show one family each.
enum NavigationVocabulary {
    /// Labels that say "the neighbouring article" on their own: enough to take a link.
    /// Older is previous and newer is next, as on Blogger and WordPress.
    static let previousArticleLabels: [String] = [
        "previous article", "previous post", "previous story", "previous entry", "previous news",
        "previous item", "previous episode", "vorhergehender beitrag", "vorheriger inhalt", "article précedent", "prev post", "prev article", "older post", "older entry",
        "older article", "older story", "vorheriger beitrag", "vorheriger artikel", "vorheriger eintrag",
        "vorheriger post", "vorherige nachricht", "vorherige meldung", "vorheriger blogbeitrag",
        "älterer beitrag", "älterer post", "älterer eintrag", "älterer artikel", "ältere beiträge",
        "article précédent", "billet précédent", "publication précédente", "artículo anterior",
        "entrada anterior", "publicación anterior", "noticia anterior", "articolo precedente",
        "post precedente", "artigo anterior", "post anterior", "poprzedni artykuł", "poprzedni wpis",
        "poprzedni post", "vorig bericht", "vorige artikel", "vorig artikel", "předchozí článek",
        "前の記事", "前の投稿", "上一篇",
    ]

    static let nextArticleLabels: [String] = [
        "next article", "next post", "next story", "next entry", "next news", "next item",
        "next episode", "nachfolgender beitrag", "folgender beitrag", "nächster inhalt", "newer post", "newer entry", "newer article", "newer story",
        "nächster beitrag", "nächster artikel", "nächster eintrag", "nächster post",
        "nächste nachricht", "nächste meldung", "nächster blogbeitrag", "neuerer beitrag",
        "neuerer post", "neuerer eintrag", "neuerer artikel", "neuere beiträge", "article suivant",
        "billet suivant", "publication suivante", "artículo siguiente", "entrada siguiente",
        "publicación siguiente", "noticia siguiente", "siguiente artículo", "articolo successivo",
        "post successivo", "próximo artigo", "artigo seguinte", "próximo post", "następny artykuł",
        "następny wpis", "następny post", "volgend bericht", "volgende artikel", "další článek",
        "次の記事", "次の投稿", "下一篇",
    ]

    /// Bare direction words ("Previous", "Weiter", "次へ"): they say which way, but a link
    /// carrying only one of them is article navigation only with `rel` or post-navigation markup.
    static let previousWords: [String] = [
        "previous", "prev", "older", "vorheriger", "vorherige", "vorheriges", "zurück", "précédent",
        "précédente", "anterior", "poprzedni", "poprzednia", "precedente", "vorige", "vorher", "前へ",
    ]

    static let nextWords: [String] = [
        "next", "newer", "nächster", "nächste", "nächstes", "weiter", "suivant", "suivante",
        "siguiente", "następny", "następna", "successivo", "próximo", "volgende", "danach", "vor", "次へ",
    ]

    /// Link texts of pagination, recommendation modules, sliders and overview links: a link
    /// whose short text (a label, not a headline) holds one of these is never article
    /// navigation, whatever its markup says.
    static let rejectedPhrases: [String] = [
        "next page", "previous page", "prev page", "nächste seite", "vorherige seite",
        "następna strona", "poprzednia strona", "page suivante", "page précédente",
        "página siguiente", "página anterior", "pagina successiva", "pagina precedente",
        "read next", "up next", "read more", "more stories", "more posts", "see also",
        "now read this", "next slide", "previous slide", "next image", "previous image",
        "back to", "zurück zur", "zurück zum", "übersicht", "overview", "next month",
        "previous month", "older comments", "newer comments", "ältere kommentare",
        "neuere kommentare", "weitere artikel", "all posts", "alle beiträge",
    ]

    /// Characters around labels that are decoration, not title: arrows, guillemets, separators.
    static let decoration: Set<Character> = [
        "«", "»", "‹", "›", "←", "→", "⟵", "⟶", "⇐", "⇒", "◀", "▶", "◄", "►", "❮", "❯", "〈", "〉",
        "<", ">", "|", ":", "：", "·", "•", "-", "–", "—", "/", "\\", "、",
        "\u{00A0}", " ", "\t", "\n",
    ]

    // MARK: - Tuning numbers

    /// The longest text read as a label rather than a headline ("Zurück zur Übersicht" is one,
    /// a headline that mentions an overview is not).
    static let maximumLabelLength = 40

    /// How far up from a link its classes are read: a theme's item wrapper and block wrapper
    /// are rarely more than a few levels above the `<a>` (WordPress: three).
    static let classSearchDepth = 6

    /// Characters of unlinked text around a link that make its paragraph running text, where a
    /// "previous article" link points to related coverage (AdjacentLinkPointerTests).
    static let runningTextLength = 80

    /// How many accepted navigation links a page may offer before the rest are not read. Real
    /// pages show one or two blocks (a handful of links); a page with thousands is hostile or
    /// broken, and reading on would only cost time.
    static let maximumCandidates = 64

    // MARK: - Class and id words

    /// Words of a class or id that name a direction: "nav-previous", "blog-pager-older-link".
    static let previousClassWords: Set<String> = ["previous", "prev", "older", "vorheriger", "zurueck"]
    static let nextClassWords: Set<String> = ["next", "newer", "naechster", "nachster"]

    /// Words that, next to a direction word on the same element, make it an article link:
    /// "nav-previous", "avia-post-prev", "td-post-next-post", "blog-pager-newer-link".
    static let articleLinkClassWords: Set<String> = [
        "nav", "navigation", "post", "entry", "article", "story", "link", "pager", "adjacent",
        "paddle", "stepper", "sibling", "blog", "single", "news",
    ]

    /// A post-navigation block has a word for the article ("post", "entry", "single"...) and one
    /// for navigation ("nav", "navigation", "pagination"...) in one class: `post-navigation`,
    /// `adjacent-entry-pagination`, `blog-pager`, `elementor-post-navigation`, `mh-post-nav`,
    /// `single-navigation`, `loop-nav`, `entry-links`, `article-sibling-links`.
    static let blockSubjectWords: Set<String> = [
        "post", "entry", "article", "story", "single", "adjacent", "sibling", "blog", "loop", "news",
        "beitrag", "artikel",
    ]

    static let blockNavigationWords: Set<String> = [
        "nav", "navigation", "navi", "pager", "pagination", "links", "nextprev", "prevnext",
    ]

    /// Whole words that name a post-navigation block alone: WordPress `nav-single`, `nav-above`,
    /// `nav-below`; `prevnext` / `nextprev`; `postnav`.
    static let blockNames: Set<String> = ["postnav", "prevnext", "nextprev", "postnavigation", "navsingle"]

    /// Words of sliders, carousels, galleries and calendars (`slick-next`, `swiper-button-next`,
    /// `owl-next`, `#wp-calendar`): their arrows are never article navigation, even inside a
    /// block that looks like post navigation.
    static let carouselClassWords: Set<String> = [
        "slick", "swiper", "owl", "carousel", "slider", "slideshow", "slides", "flexslider", "glide",
        "splide", "gallery", "lightbox", "fancybox", "mfp", "calendar",
    ]

    /// Words of elements whose links are not article navigation unless the element itself names
    /// a direction: comments, list pagination (`page-numbers`, `pagination`) and recommendation
    /// modules.
    static let rejectedClassWords: Set<String> = [
        "comment", "comments", "respond", "pagination", "pager", "paging", "pagenavi", "numbers", "related", "recommended",
        "readnext", "upnext", "teaser", "teasers", "month",
    ]

    /// Words of the pieces inside a navigation link that are not the neighbour's title: the
    /// label span (`nav-subtitle`, `post-navigation__prev--label`), screen-reader text, arrows,
    /// icons, dates and excerpts.
    static let labelClassWords: Set<String> = [
        "subtitle", "label", "screen", "sronly", "reader", "assistive", "arrow", "icon", "iconfont",
        "date", "time", "excerpt", "visually", "meta", "hidden", "screenreader", "caret", "chevron",
        "button", "context", "kicker", "overline", "category",
    ]

    /// Query keys and path words that make a URL a page of a list or of the same article.
    static let paginationQueryKeys: Set<String> = [
        "page", "paged", "pg", "start", "offset", "seite", "cpage", "pagina", "strona", "pagenum",
    ]
    static let paginationPathWords: Set<String> = ["page", "seite", "pagina", "strona", "comment-page"]
}
