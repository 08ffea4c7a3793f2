/// Class and id vocabulary that tells page furniture from article text. A class or id is split
/// into lower-case words at every character that is not a letter or digit ("post-nav_links" is
/// "post", "nav", "links") and the words are looked up here.
enum Selectors {
    /// Words naming blocks that are never article text: navigation, sharing, comments,
    /// recommendations, sign-up boxes, ads and other furniture.
    /// Evidence: every boilerplate family listed in the content issue; Fixtures/pages/*.
    static let boilerplateWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "crumbs",
        "sidebar", "aside", "footer", "masthead", "topbar",
        "share", "shares", "sharing", "sharebar", "social", "socials", "sociallinks",
        "comment", "comments", "kommentare", "disqus", "respond", "reply",
        "related", "recommended", "recommendations", "recirculation", "outbrain", "taboola",
        "mostread", "mostpopular", "popular", "trending", "readmore", "morestories", "teaserlist",
        "newsletter", "subscribe", "subscription", "signup", "optin",
        "cookie", "cookies", "consent", "gdpr", "banner", "popup", "flyout", "modal", "overlay", "dialog",
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsored", "promo",
        "byline", "dateline", "author", "authors", "authorbox", "bio", "meta", "postmeta", "postmetadata",
        "tags", "tagcloud", "taglist", "categories", "pagination", "pager", "skip", "print",
        "toolbar", "tools", "rating", "login", "sronly", "screenreader", "visuallyhidden",
        "tldr", "prevnext", "postnav", "jump", "nextstory", "nextpost", "nextarticle",
        "prevpost", "previouspost", "morearticles", "morenews", "teasers",
        // Picture credits and legends beside the picture, star ratings.
        "copyright", "credit", "credits", "legend", "ratings",
        // Notes on advertising and affiliate links ("disclosure-text") and legal small print.
        "disclosure", "disclaimer",
        // Stand-ins for embedded players and posts until the reader consents or scripts run
        // ("embed-placeholder", "consent-blocker"): their text is a notice.
        "placeholder", "blocker",
        "btn", "button", "control", "controls",
    ]

    static let boilerplatePrefixBytes = boilerplatePrefixes.map { Array($0.utf8) }

    /// Word beginnings that name furniture inside compounds class names are made of:
    /// "commentlist", "sharebar", "newsletterbox", "relatedposts".
    static let boilerplatePrefixes: [String] = [
        "comment", "share", "social", "newsletter", "related", "sidebar", "breadcrumb", "cookie",
        "advert", "subscribe", "recommend", "sponsor", "promo",
    ]

    /// Words that name a story: with one of `bodyWords` in the same class or id they name the
    /// story's body ("entry-content", "article-body", "post_text", "story-body").
    /// Evidence: WordPress, Drupal and news CMS themes; Fixtures/pages/*.
    static let storyWords: Set<String> = ["entry", "post", "article", "story", "blog", "news", "artikel", "beitrag", "single"]
    static let bodyWords: Set<String> = ["content", "body", "text", "copy", "inner", "main", "detail", "details", "inhalt"]
    /// Single words that already name a story's body.
    static let storyBodyWords: Set<String> = [
        "articlebody", "storybody", "postbody", "entrycontent", "postcontent", "articlecontent",
        "articletext", "storytext", "bodytext", "richtext", "artikeltext", "newstext",
    ]


    /// Words that name a picture or video caption when markup does not say `<figcaption>`.
    /// Evidence: "wp-caption-text", "pb-caption", "media__caption", German "bildunterschrift".
    static let captionWords: Set<String> = [
        "caption", "captions", "thumbcaption", "bildunterschrift", "bildtext", "legende", "leyenda",
    ]


    /// Words that name a standfirst, the sentence or two under the headline that the story opens
    /// with, even when it is set as a heading: "article-subheadline", "entry-subtitle", "epigraph".
    static let standfirstWords: Set<String> = ["subtitle", "subheadline", "standfirst", "epigraph", "dek", "abstract", "subline"]

    /// "hidden" names a hidden element ("hidden", "is-hidden", "visually-hidden"), but not after
    /// these words, where it hides something else or nothing: "field-label-hidden" (the field's
    /// label is hidden, its text is the story), "overflow-hidden" (a CSS utility).
    static let hiddenQualifiers: Set<String> = ["label", "overflow", "title"]
    /// Screen-size words: "hidden-xs", "hidden-mobile" hide an element on small screens only, and the
    /// page shows it everywhere else.
    static let screenSizes: Set<String> = [
        "xs", "sm", "md", "lg", "xl", "xxl", "s", "m", "l", "mobile", "phone", "tablet", "desktop",
        "small", "medium", "large", "print",
    ]

    /// "affiliate" names a note on affiliate links when it ends the value or one of these words
    /// follows it ("affiliate-info", "article-affiliate"); "affiliate-network" is a list of
    /// partner organisations, which can be the page's subject.
    static let affiliateNoteWords: Set<String> = [
        "info", "text", "note", "notice", "hint", "box", "link", "links", "disclosure", "disclaimer", "label",
    ]

    /// Splits a class or id value into lower-case words.
    static func words(of value: String) -> [String] {
        ClassWords.split(value)
    }


    /// What one class or id value says about its element, from a single split into words.
    struct Verdict {
        var namesBoilerplate = false
        var namesStoryBody = false
        var namesCaption = false
        var namesStandfirst = false
        var namesIngredients = false
        /// Furniture only because a word says "hidden": scripts show such an element later, and
        /// some themes hide the whole page until they run.
        var namesOnlyHidden = false
        /// Furniture only because a word says "dateline": set inline at a paragraph's start, the
        /// dateline opens the story's first sentence ("CAIRO — Gunmen opened fire …").
        var namesOnlyDateline = false
        /// Furniture only because a word says "readmore": on a block of prose that word names
        /// the text a script folds behind a "read more" toggle, not a list of links.
        var namesOnlyReadMore = false
        /// The value has more than `slugWords` words: as an id it is an anchor made from a
        /// heading ("sharing-with-your-team", "nav-the-new-rules-1"), not a role name.
        var isSlug = false
    }

    /// Words that name a recipe's list of ingredients, which sits beside the method as its own
    /// box: "ingredients-panel", "zutaten", "ingredientes".
    static let ingredientWords: Set<String> = [
        "ingredient", "ingredients", "zutaten", "ingredientes", "ingrédients", "ingredienti", "składniki", "ingrediënten",
    ]

    static let slugWords = 3

    /// Words that make the furniture word after them a state of the block: "has-ads" and
    /// "with-sidebar" say what the block holds beside its own text. ("no-print" is no such
    /// state: it names what is left out of a printed page, furniture.)
    static func isStateWord(_ word: String) -> Bool { word == "has" || word == "with" }

    static func verdict(onWords parts: [String]) -> Verdict {
        var verdict = Verdict()
        var hasStoryWord = false
        var hasBodyWord = false
        var namesSummary = false
        var namesPaywall = false
        var hidden = false
        var dateline = false
        var readMore = false
        for (position, word) in parts.enumerated() {
            let kinds = wordKinds.value(of: word) ?? []
            if word == "hidden" {
                let before = position > 0 ? parts[position - 1] : ""
                let after = position + 1 < parts.count ? parts[position + 1] : ""
                if !hiddenQualifiers.contains(before), !screenSizes.contains(after) { hidden = true }
            } else if word == "dateline" {
                dateline = true
            } else if word == "readmore" {
                readMore = true
            } else if word == "summary" {
                namesSummary = true
            } else if word == "paywall" {
                namesPaywall = true
            } else if word == "affiliate" {
                let after = position + 1 < parts.count ? parts[position + 1] : ""
                if after.isEmpty || affiliateNoteWords.contains(after) { verdict.namesBoilerplate = true }
            } else if kinds.contains(.boilerplate) || ByteSearch.startsWithAny(of: boilerplatePrefixBytes, text: word)
                        || namesAuthorBox(word) {
                if position == 0 || !isStateWord(parts[position - 1]) { verdict.namesBoilerplate = true }
            }
            if kinds.contains(.storyBody) { verdict.namesStoryBody = true }
            if kinds.contains(.story) { hasStoryWord = true }
            if kinds.contains(.body) { hasBodyWord = true }
            if kinds.contains(.caption) { verdict.namesCaption = true }
            if kinds.contains(.ingredients) { verdict.namesIngredients = true }
            // "sub-headline", "sub_title" are one word split in two.
            if kinds.contains(.standfirst) || word == "sub" && position + 1 < parts.count
                && (parts[position + 1] == "headline" || parts[position + 1] == "title") {
                verdict.namesStandfirst = true
            }
        }
        if hasStoryWord && hasBodyWord { verdict.namesStoryBody = true }
        // A summary box ("summary-widget") is furniture; a story's or a text's summary
        // ("entry-summary", "text-with-summary") is where themes put the story itself.
        if namesSummary && !hasStoryWord && !hasBodyWord { verdict.namesBoilerplate = true }
        // A paywall box is furniture; the story's body marked as sitting behind one
        // ("entry-content paywall-area") is the story, cut short.
        if namesPaywall && !verdict.namesStoryBody { verdict.namesBoilerplate = true }
        verdict.namesOnlyReadMore = readMore && !dateline && !hidden && !verdict.namesBoilerplate
        if readMore { verdict.namesBoilerplate = true }
        verdict.namesOnlyDateline = dateline && !hidden && !verdict.namesBoilerplate
        if dateline { verdict.namesBoilerplate = true }
        verdict.namesOnlyHidden = hidden && !verdict.namesBoilerplate
        if hidden { verdict.namesBoilerplate = true }
        verdict.isSlug = parts.count > slugWords
        return verdict
    }

    /// Whether a compound word holds "author" or German/Spanish "autor" anywhere: camel-cased
    /// classes run into one word ("storyAuthorBox", "artDetailAutor"). "Authority" is no author.
    private static func namesAuthorBox(_ word: String) -> Bool {
        word.utf8.count > 6 && ByteSearch.containsAny(of: authorStems, in: word)
            && !ByteSearch.containsAny(of: authorityStem, in: word)
    }

    private static let authorStems = ["author", "autor"].map { Array($0.utf8) }
    private static let authorityStem = [Array("authorit".utf8)]

    /// Which of the word sets above a word is in: one look-up per word instead of one per set.
    private struct WordKinds: OptionSet {
        let rawValue: UInt8
        static let boilerplate = WordKinds(rawValue: 1 << 0)
        static let storyBody = WordKinds(rawValue: 1 << 1)
        static let story = WordKinds(rawValue: 1 << 2)
        static let body = WordKinds(rawValue: 1 << 3)
        static let caption = WordKinds(rawValue: 1 << 4)
        static let standfirst = WordKinds(rawValue: 1 << 5)
        static let ingredients = WordKinds(rawValue: 1 << 6)
    }

    private static let wordKinds = WordTable(wordKindsByWord)

    private static let wordKindsByWord: [String: WordKinds] = {
        var table: [String: WordKinds] = [:]
        for (words, kind) in [(boilerplateWords, WordKinds.boilerplate), (storyBodyWords, .storyBody),
                              (storyWords, .story), (bodyWords, .body), (captionWords, .caption),
                              (standfirstWords, .standfirst), (ingredientWords, .ingredients)] {
            for word in words { table[word, default: []].insert(kind) }
        }
        return table
    }()

}
