/// Tag-name sets the stages share. Each set says what the tags have in common for extraction.
enum Tags {
    /// Elements that start a new block of text; text inside any other element is inline.
    static let block: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul", "option", "legend", "listing", "plaintext", "xmp",
    ]

    /// Elements whose content is never article text: code, styling, embedded documents,
    /// form controls and vector graphics.
    static let neverContent: Set<String> = [
        "script", "style", "template", "svg", "iframe", "object", "embed",
        "canvas", "button", "select", "input", "textarea", "head", "title", "meta", "link",
        "audio", "video", "map", "frameset", "frame", "dialog",
        // Ruby annotations: readings printed above CJK text, not part of the sentence.
        "rt", "rp",
    ]

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Elements that are page structure, not article, when they are not inside the article.
    /// `<noscript>` is here rather than never-content: usually it holds a tracking pixel or a
    /// "please enable JavaScript" note, but some sites put their whole page in it for readers
    /// without scripts, and then it is where the story is.
    static let pageChrome: Set<String> = ["nav", "aside", "footer", "noscript"]

    /// Elements that mark where the article is, when a page uses them.
    static let articleMarkers: Set<String> = ["article", "main"]

    /// Which of the sets above an element's tag is in, decided once per tag name when the tree
    /// is built (``HTMLTree/Node/tagKinds``), so the stages test a bit per node instead of
    /// hashing the name.
    struct Kinds: OptionSet, Sendable {
        let rawValue: UInt8
        static let block = Kinds(rawValue: 1 << 0)
        static let neverContent = Kinds(rawValue: 1 << 1)
        static let heading = Kinds(rawValue: 1 << 2)
        static let pageChrome = Kinds(rawValue: 1 << 3)
    }

    /// One look-up per element.
    static func kinds(of name: String) -> Kinds {
        kindsByName[name] ?? []
    }

    private static let kindsByName: [String: Kinds] = {
        var table: [String: Kinds] = [:]
        for name in block { table[name, default: []].insert(.block) }
        for name in neverContent { table[name, default: []].insert(.neverContent) }
        for name in headings { table[name, default: []].insert(.heading) }
        for name in pageChrome { table[name, default: []].insert(.pageChrome) }
        return table
    }()
}
