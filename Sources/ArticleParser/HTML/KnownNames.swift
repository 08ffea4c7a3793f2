/// The tag names the stages test, one byte per element: comparing two different short strings
/// is a call into the Swift runtime, and the stages ask about every element.
enum TagName: UInt8, Sendable {
    case other
    case a, abbr, article, aside, base, body, br, footer, form, h1, head, header, html, link, main, menu, meta, nav
    case noscript, p, script, small, style, svg, td, template, th, time, title, tr
    case li, ol, ul

    /// The name's case, or `.other` for a tag no stage tests by name.
    init(_ name: String) {
        self = Self.byName[name] ?? .other
    }

    private static let byName: [String: TagName] = [
        "a": .a, "abbr": .abbr, "article": .article, "aside": .aside, "base": .base, "body": .body,
        "br": .br, "footer": .footer, "form": .form, "h1": .h1, "head": .head, "header": .header, "html": .html, "link": .link, "main": .main, "menu": .menu,
        "meta": .meta, "nav": .nav, "noscript": .noscript, "p": .p, "script": .script, "small": .small,
        "style": .style, "svg": .svg, "td": .td, "template": .template, "th": .th, "time": .time,
        "title": .title, "tr": .tr, "li": .li, "ol": .ol, "ul": .ul,
    ]
}

/// The attribute names the stages test on every element, one byte per attribute.
enum AttributeName: UInt8, Sendable {
    case other
    case `class`, id, href, rel, style, hidden, ariaHidden, itemprop, role, content, property, name
    case dataTestid

    /// The name's case, or `.other` for an attribute no stage tests on every element.
    init(_ name: String) {
        self = Self.byName[name] ?? .other
    }

    static let byName: [String: AttributeName] = [
        "class": .class, "id": .id, "href": .href, "rel": .rel, "style": .style, "hidden": .hidden,
        "aria-hidden": .ariaHidden, "itemprop": .itemprop, "role": .role, "content": .content,
        "property": .property, "name": .name, "data-testid": .dataTestid,
    ]
}

/// Every attribute a stage reads. The markup limiter cuts all others before libxml2 sees the
/// page: image sets, SVG path data and tracking attributes are a fifth of a page's markup, and
/// libxml2 would decode each value and the tree would copy it, for nothing. A stage that starts
/// reading another attribute adds it here; `HTMLTree.attribute(_:of:)` asserts it in debug builds.
enum ReadAttributes {
    static let names: [String] = [
        "class", "id", "href", "rel", "style", "hidden", "aria-hidden", "itemprop", "itemscope", "role",
        "content", "property", "name", "http-equiv", "charset", "data-testid", "title", "datetime", "type",
        "lang", "xml:lang", "align",
    ]

    private static let set = Set(names)

    static func contains(_ name: String) -> Bool {
        set.contains(name)
    }
}
