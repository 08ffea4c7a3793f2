import Foundation

/// Everything on a page that can state a metadata field, gathered in one pass over the tree:
/// `<meta>` tags (by `property`, `name`, `itemprop` or `http-equiv`, all values kept in order),
/// `<title>`, `<html lang>`, `rel=canonical`, JSON-LD blocks, microdata, `<time>` elements,
/// headings, visible bylines and date lines.
struct MetadataSources {
    /// Lower-cased keys (`og:title`, `article:tag`, `dc.creator`) → values in page order.
    private(set) var meta: [String: [String]] = [:]
    var documentTitle: String?
    var htmlLanguage: String?
    var canonicalHref: String?
    var jsonLDBlocks: [String] = []
    /// `itemprop` values of body elements, by lower-cased property.
    private(set) var microdata: [String: [String]] = [:]
    /// Names from `itemprop=author` elements.
    var microdataAuthors: [String] = []
    /// `<time>` elements outside page furniture: the `datetime` value or the text, and the
    /// text of the element around them (which says "Updated" or "Published"), and whether that
    /// text labels the date as an update.
    var times: [(value: String, context: String, isUpdate: Bool)] = []
    /// `<h1>` texts outside page furniture.
    var primaryHeadings: [String] = []
    /// `<h1>` texts that are the site's logo: a link home, or a class naming the site.
    var logoHeadings: [String] = []
    /// Other headings marked as the headline by class (`entry-title`, `headline`).
    var markedHeadings: [String] = []
    /// `<h1>` texts, then the marked headings.
    var headings: [String] { primaryHeadings + markedHeadings }
    /// Texts of byline elements and `rel=author` links outside page furniture.
    var bylines: [String] = []
    /// Short texts of elements whose class names a date.
    var dateLines: [String] = []
    /// The texts of `<time>` elements and date lines in the story's header, between the `<h1>`
    /// and the first long text, updates aside: the story's own date as its readers see it.
    var printedAfterHeadline: [String] = []
    /// Whether the walk is between the `<h1>` and the first long text after it.
    private var isInStoryHeader: Bool { !primaryHeadings.isEmpty && !proseHasBegun && printedAfterHeadline.count < 4 }
    private var proseHasBegun = false
    /// Whether a text as long as prose has been met anywhere: on a page without an `<h1>`, the
    /// story's prose begins there for its sign-off.
    private var longTextSeen = false
    /// The end of the page's masthead: a `<header>` outside any `<article>` that closes before the
    /// `<h1>` (or on a page without one). Its date is the day the page was served, not the story's.
    private var mastheadUntil = -1
    /// The end of the page's own `<footer>` (one outside any `<article>`): its "by" lines credit
    /// the theme and the host ("Theme: Graphy by Example Studio"), not the story's writer.
    private var siteFooterUntil = -1
    /// Names that sign the story off: a paragraph after the prose that is only an emphasised name.
    private(set) var signOffs: [String] = []

    /// The name a paragraph signs off with: all its text emphasised (`<b>`, `<strong>`, `<i>`,
    /// `<em>`), two or three capitalised words, and the last thing in its parent: a subheading
    /// or a label has its section or table after it.
    /// `<p><b><i>Jana Beispiel</i></b></p>` after the last paragraph of the story.
    private static func signOff(_ index: Int, in tree: HTMLTree) -> String? {
        let end = Int(tree[index].end)
        guard end - index <= 8 else { return nil }
        var text = ""
        for position in index + 1 ..< end where tree.isText(position) {
            guard tree[position].text.contains(where: { !$0.isWhitespace }) else { continue }
            // An emphasis element between the text and the paragraph.
            var holder = Int(tree[position].parent)
            while holder > index, !emphasisNames.contains(tree[holder].name) { holder = Int(tree[holder].parent) }
            guard holder > index else { return nil }
            text += " " + tree[position].text
        }
        let words = text.split(whereSeparator: \.isWhitespace)
        guard (2 ... 3).contains(words.count), words.allSatisfy({ word in
            word.first?.isUppercase == true && word.contains(where: \.isLowercase)
                && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." || $0 == "'" }
        }) else { return nil }
        let parent = Int(tree[index].parent)
        guard parent >= 0 else { return nil }
        // A name set flush right signs off wherever it stands: footnotes may follow it (M55).
        if isFlushRight(index, in: tree) { return words.joined(separator: " ") }
        // Nothing but white space after it in its parent.
        for next in end ..< Int(tree[parent].end) where tree.isElement(next) || tree[next].text.contains(where: { !$0.isWhitespace }) {
            return nil
        }
        return words.joined(separator: " ")
    }

    private static let emphasisNames: Set<String> = ["b", "strong", "i", "em"]

    /// Whether a paragraph is set flush right: `align="right"` or `text-align: right` in its style.
    private static func isFlushRight(_ index: Int, in tree: HTMLTree) -> Bool {
        if tree.attribute("align", of: index)?.lowercased() == "right" { return true }
        guard let style = tree.attribute("style", of: index)?.lowercased() else { return false }
        return style.replacingOccurrences(of: " ", with: "").contains("text-align:right")
    }

    /// The story's `<h1>` (the first with text) and its parent, or -1.
    private var headlineIndex = -1
    private var headlineParentIndex = -1
    /// The story's headline as its `<h1>` reads.
    private var headlineText: String?

    init(tree: HTMLTree) {
        classKindCache = ClassValueVerdicts(tree: tree)
        furnitureCache = ClassValueVerdicts(tree: tree)
        postAuthorCache = ClassValueVerdicts(tree: tree)
        var excludedUntil = -1
        var panelUntil = -1
        var articleUntil = -1
        var svgUntil = -1
        // The element that holds the headline is never furniture, whatever its class says
        // ("has-sidebar", "no-sidebar" wrap whole pages).
        // An empty `<h1>` (a logo's image, a placeholder) is no headline.
        let headline = tree.indices.first { tree[$0].tag == .h1 && Self.text(of: $0, in: tree) != nil } ?? -1
        let headlineParent = headline >= 0 ? Int(tree[headline].parent) : -1
        (headlineIndex, headlineParentIndex) = (headline, headlineParent)
        headlineText = headline >= 0 ? Self.text(of: headline, in: tree) : nil
        let story = Self.storyArticle(headline: headline, in: tree)
        for index in tree.indices where tree.isElement(index) {
            // Fields, not a copy of the node: a copy retains its strings.
            let tag = tree[index].tag
            let end = Int(tree[index].end)
            if tag == .svg { svgUntil = max(svgUntil, end) }
            if tag == .article, index >= articleUntil { articleUntil = end }
            if tag == .header, index >= articleUntil, headline < 0 || end <= headline { mastheadUntil = end }
            if tag == .footer, index >= articleUntil { siteFooterUntil = max(siteFooterUntil, end) }
            if index >= excludedUntil, !(index < headline && headline < end),
               isFurniture(index, in: tree, insideArticle: index < articleUntil,
                           besideHeadline: StoryHeader.isBesideHeadline(index, headline: headline, parent: headlineParent, in: tree)) {
                excludedUntil = end
                // A sidebar that opens with the story's headline is the story's own panel: its
                // `<time>` is the story's; its headings and names stay out.
                if opensWithHeadline(index, in: tree) { panelUntil = end }
            }
            let isExcluded = index < excludedUntil
            if postAuthorName == nil, tree[index].attributeCount > 0 { readPostAuthorComment(index, in: tree) }
            switch tag {
            case .meta:
                readMeta(index, in: tree)
            case _ where !isExcluded && tree.hasAttribute(.property, on: index) && tree.hasAttribute(.content, on: index):
                readMeta(index, in: tree)
            case .title where index >= svgUntil:
                if documentTitle == nil { documentTitle = Self.text(of: index, in: tree) }
            case .html:
                if htmlLanguage == nil {
                    htmlLanguage = (tree.attribute("lang", of: index) ?? tree.attribute("xml:lang", of: index))?
                        .trimmingCharacters(in: .whitespaces).nonEmpty
                }
            case .link:
                let relation = tree.attribute("rel", of: index)?.lowercased().split(separator: " ") ?? []
                if canonicalHref == nil, relation.contains("canonical"), let href = tree.attribute("href", of: index) {
                    canonicalHref = href
                    let path = Self.addressPath(href.drop { $0 == " " })
                    ownPath = path.utf8.count > 1 ? path : nil
                }
            case .script:
                if tree.attribute("type", of: index)?.lowercased().trimmingScalars(where: ScalarClass.isSpace) == "application/ld+json" {
                    jsonLDBlocks.append(tree.textContent(of: index))
                }
            case .time where (!isExcluded || index < panelUntil) && index >= mastheadUntil && !Self.isInOtherStory(index, story: story, headline: headline, in: tree):
                let value = tree.attribute("datetime", of: index)?.nonEmpty ?? Self.datedText(of: index, in: tree)
                if let value {
                    let parent = Int(tree[index].parent)
                    let context = parent >= 0 && tree[parent].end - Int32(parent) < 40 ? Self.datedText(of: parent, in: tree) : nil
                    let line = context ?? Self.datedText(of: index, in: tree) ?? ""
                    times.append((value, line, DateDecision.isUpdateLine(line)))
                    if let stamp = tree.attribute("datetime", of: index)?.nonEmpty, !StoryHeader.namesUpdate(index, in: tree),
                       !DateDecision.isUpdateLine(context ?? "") {
                        stampedTimes.append(stamp)
                    }
                    if isInStoryHeader, !StoryHeader.namesUpdate(context == nil ? index : parent, in: tree),
                       let printed = context ?? Self.datedText(of: index, in: tree) {
                        printedAfterHeadline.append(printed)
                    }
                }
            case .p where !isExcluded && (proseHasBegun || headline < 0 && longTextSeen) && signOffs.isEmpty && index >= siteFooterUntil:
                if let name = Self.signOff(index, in: tree) { signOffs.append(name) }
            case .h1 where !isExcluded:
                if let text = Self.headingText(of: index, in: tree) {
                    if Self.isSiteLogo(index, in: tree) { logoHeadings.append(text) } else { primaryHeadings.append(text) }
                }
            default:
                break
            }
            if !isExcluded, let property = tree.attribute(.itemprop, of: index)?.lowercased() {
                readMicrodata(property, index, in: tree, isExcluded: isExcluded)
            }
            guard !isExcluded, tag != .meta, tag != .script else { continue }
            readVisible(index, in: tree)
            readTextNearHeadline(index, in: tree)
        }
    }

    /// Short visible texts right after the first `<h1>`, then right before it: where a date line
    /// sits when no class names it.
    var textsNearHeadline: [String] { textsAfterHeadline + textsBeforeHeadline.reversed() + textsAfterMarkedHeading }
    /// On a page without an `<h1>`, the first short texts with a number after the heading whose
    /// class marks it as the headline (`<h2 class="post-title">`): where its date line sits.
    private var textsAfterMarkedHeading: [String] = []
    /// Bylines printed after the date of a header line: in the first short texts after the
    /// `<h1>`, the closest before it, and (after a lead-in or label) the first date lines
    /// (``StoryHeader/bylineAfterDate(_:needsLeadIn:)``).
    var datedBylines: [String] {
        (headerTexts.prefix(6) + textsBeforeHeadline.suffix(3).reversed()).compactMap { StoryHeader.bylineAfterDate($0) }
            + dateLines.prefix(3).compactMap { StoryHeader.bylineAfterDate($0, needsLeadIn: true) }
    }
    /// The short texts with a number between the `<h1>` and the first long text after it.
    private var headerTexts: [String] = []
    /// The header texts that hold a date no update label names: not after a label in the text
    /// just before it ("<em>Last updated:</em> 7 May 2026", "Updated <time>…</time>").
    private(set) var headerDateTexts: [String] = []
    /// Short texts after the `<h1>` that open with "By", "Von", "Par", "Por": bylines without a class.
    private(set) var leadInBylines: [String] = []
    /// The same lead-in bylines met before any `<h1>`: the page's byline only when it has no `<h1>`.
    private(set) var leadInBylinesWithoutHeadline: [String] = []
    private var textsAfterHeadline: [String] = []
    private var classKindCache: ClassValueVerdicts<ClassKinds>
    private var furnitureCache: ClassValueVerdicts<FurnitureName>
    private var textsBeforeHeadline: [String] = []

    private mutating func readTextNearHeadline(_ index: Int, in tree: HTMLTree) {
        guard textsAfterHeadline.count < 40, !tree[index].tagKinds.contains(.neverContent) else { return }
        // Children by index: this runs for every element, and a child sequence copies the tree.
        var next = index + 1
        let end = Int(tree[index].end)
        while next < end {
            let child = next
            next = Int(tree[child].end)
            guard tree.isText(child) else { continue }
            if tree[child].text.utf8.count > StoryHeader.proseLength {
                longTextSeen = true
                if !primaryHeadings.isEmpty { proseHasBegun = true }
            }
            if openingDates.count < 3, tree[child].text.utf8.count > 60, let opening = Self.datedOpening(tree[child].text) {
                openingDates.append(opening)
            }
            // Anything this stage keeps is at most 200 characters; long runs of text are prose.
            guard tree[child].text.utf8.count <= 2000 else { continue }
            // In text whose every scalar is a character of its own (Latin, punctuation), the
            // bytes rule out long texts (and blank ones) before they are folded and count the
            // short ones; the count stops past 200.
            let simple = HeaderTextBytes.simpleVisibleCount(tree[child].text)
            if let simple, simple > 200 || simple == 0 { continue }
            // Only a lead-in or a number makes a text count here: test both on the raw scalars
            // before folding, since most text nodes of a page have neither.
            guard leadInBylines.count < 3 && StoryHeader.mayOpenWithLeadIn(tree[child].text)
                    || HeaderTextBytes.holdsNumber(tree[child].text) else { continue }
            let text = tree[child].text.collapsingWhitespace
            // Every test below reads at most 200 characters; a longer text counts as 201.
            let length = simple != nil ? text.unicodeScalars.count : HeaderTextBytes.characterCount(text, upTo: 200)
            if leadInBylines.count < 3, length <= 80, index >= siteFooterUntil, StoryHeader.startsWithLeadIn(text),
               !Self.continuesSentence(child, text: text, in: tree) {
                if primaryHeadings.isEmpty {
                    if leadInBylinesWithoutHeadline.count < 3 { leadInBylinesWithoutHeadline.append(text) }
                } else {
                    leadInBylines.append(text)
                }
            }
            // A label that is a link's text ("Autoren" in a menu) points to a list of writers.
            if !primaryHeadings.isEmpty, leadInBylines.count < 3, length <= 16, tree[index].tag != .a,
               StoryHeader.isBareAuthorLabel(text),
               let name = StoryHeader.textAfter(tree[index].end - Int32(index) == 2 ? index : child, in: tree, text: Self.spacedText(of:in:)) {
                leadInBylines.append(text + " " + name)
            }
            // A credits box names the writer after a label in its own element:
            // `<div class="credit-label">Interview</div><div class="credit-text">JANA BEISPIEL</div>` (M59).
            if leadInBylines.count < 3, length <= 16, tree[index].end - Int32(index) == 2, StoryHeader.isCreditLabel(text),
               isCredit(index, in: tree), let name = StoryHeader.textAfter(index, in: tree, text: Self.spacedText(of:in:)) {
                leadInBylines.append(text + " " + AuthorCleaner.spelledFromCapitals(name))
            }
            // A bare lead-in alone in its element beside the headline, just before it, names the
            // element after it: "<span>by</span> <h3>Name</h3> <h1>…" (M54).
            if headlineIndex > index, leadInBylines.count < 3, length <= 8, tree[index].end - Int32(index) == 2,
               StoryHeader.isBesideHeadline(index, headline: headlineIndex, parent: headlineParentIndex, in: tree),
               StoryHeader.isBareLeadIn(text), let name = StoryHeader.textAfter(index, in: tree, text: Self.spacedText(of:in:)) {
                leadInBylines.append(text + " " + name)
            }
            if !primaryHeadings.isEmpty, leadInBylines.count < 3, length <= 24, StoryHeader.isBareLeadIn(text),
               let byline = StoryHeader.byline(from: text, in: tree[index].end - Int32(index) == 2 ? Int(tree[index].parent) : index,
                                               alone: tree[index].end - Int32(index) == 2, of: tree, text: Self.spacedLine(of:in:)) {
                leadInBylines.append(byline)
            }
            guard length >= 6, length <= 200,
                  simple != nil ? HeaderTextBytes.holdsNumber(text) : text.contains(where: \.isNumber) else { continue }
            if primaryHeadings.isEmpty {
                textsBeforeHeadline.append(text)
                if !markedHeadings.isEmpty, textsAfterMarkedHeading.count < 3 { textsAfterMarkedHeading.append(text) }
                if textsBeforeHeadline.count > 12 { textsBeforeHeadline.removeFirst() }
            } else {
                textsAfterHeadline.append(text)
                if !proseHasBegun, index >= siteFooterUntil {
                    headerTexts.append(text)
                    if !Self.followsUpdateLabel(child, in: tree) { headerDateTexts.append(text) }
                }
            }
        }
    }

    /// Whether the text just before a node (a text or an element), a few nodes back at most, is
    /// an update label alone: "Updated", "Zuletzt aktualisiert:" in their own element or text node.
    private static func followsUpdateLabel(_ node: Int, in tree: HTMLTree) -> Bool {
        var position = node - 1
        while position >= max(0, node - 4) {
            defer { position -= 1 }
            guard tree.isText(position) else { continue }
            let before = tree[position].text
            guard before.contains(where: { !$0.isWhitespace }) else { continue }
            return before.utf8.count <= 40 && !HeaderTextBytes.holdsNumber(before) && DateDecision.isUpdateLine(before)
        }
        return false
    }

    /// Whether a text that opens with a lower-case lead-in continues a sentence: its element
    /// has text before it ("… wird das <span>Labor</span> von Beispiel GmbH umgesetzt").
    private static func continuesSentence(_ text: Int, text value: String, in tree: HTMLTree) -> Bool {
        guard value.first?.isLowercase == true else { return false }
        let parent = Int(tree[text].parent)
        guard parent >= 0 else { return false }
        return (parent + 1 ..< text).contains { tree.isText($0) && tree[$0].text.contains(where: { $0.isLetter || $0.isNumber }) }
    }

    /// The name of the story's writer as a comment of theirs shows it: WordPress marks the
    /// comments of the post's author "bypostauthor" and names the account in "comment-author-<slug>".
    /// The shown name is the comment's text whose letters are the slug's ("TomMuster" or
    /// "Tom Muster" for "tommuster"); a last resort for pages that print no byline.
    private(set) var postAuthorName: String?
    private var postAuthorCache: ClassValueVerdicts<Bool>

    private mutating func readPostAuthorComment(_ index: Int, in tree: HTMLTree) {
        let start = Int(tree[index].attributeStart)
        for position in start ..< start + Int(tree[index].attributeCount)
        where tree.attributes[position].key == .class && tree.attributes[position].classValue >= 0 {
            let attribute = tree.attributes[position]
            guard postAuthorCache.verdict(on: attribute, { tree.classWords(of: $0).contains("bypostauthor") }) else { continue }
            guard let slug = attribute.value.split(separator: " ").first(where: { $0.hasPrefix("comment-author-") })?
                .dropFirst("comment-author-".count), !slug.isEmpty else { continue }
            let key = Self.compact(slug)
            for inner in tree.descendants(of: index) where tree.isText(inner) && tree[inner].text.utf8.count <= 60 {
                let text = tree[inner].text.collapsingWhitespace
                if !text.isEmpty, Self.compact(text) == key {
                    postAuthorName = text
                    return
                }
            }
        }
    }

    /// The letters and digits of a name, lower-cased: "Jana Beispiel" and "jana-beispiel" agree.
    private static func compact(_ text: some StringProtocol) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) })
    }

    /// The `datetime` values of `<time>` elements outside furniture and other stories' cards,
    /// updates aside.
    var stampedTimes: [String] = []

    /// Short texts that open with a publication label and hold a date, or a label alone followed by
    /// its date in the next element: "Erstellt am: 14.03.2024",
    /// `<span>Erschienen am:</span> <h2>13.10.2021</h2>`.
    private(set) var labelledDates: [String] = []

    private static func opensWithPublicationLabel(_ raw: String) -> Bool {
        // Most texts fail on their first letter, before any folding.
        guard let first = raw.unicodeScalars.first(where: { $0.isASCII ? $0 != " " && ($0.value < 0x09 || $0.value > 0x0D) : !$0.properties.isWhitespace }),
              labelInitials.contains(first) else { return false }
        let head = raw.drop { $0.isWhitespace }.prefix(24).lowercased()
        return DateVocabulary.publicationLabels.contains { head.hasPrefix($0) }
    }

    private static let labelInitials = Set(DateVocabulary.publicationLabels.compactMap(\.unicodeScalars.first)
        + DateVocabulary.publicationLabels.compactMap { $0.uppercased().unicodeScalars.first })

    /// The text of the element right after this one under the same parent, white space skipped.
    private static func nextSiblingText(of index: Int, in tree: HTMLTree) -> String? {
        var next = Int(tree[index].end)
        while next < tree.indices.upperBound, tree[next].parent == tree[index].parent {
            if tree.isElement(next) { return tree[next].end - Int32(next) <= 4 ? datedText(of: next, in: tree) : nil }
            guard tree[next].text.allSatisfy(\.isWhitespace) else { return nil }
            next += 1
        }
        return nil
    }

    /// The first words of texts that open with a number and go on as prose: where a press
    /// release or a column puts its dateline ("27.1.2022 - Bei der Feier …",
    /// "(21. November 2022) Mieter der Altstadt …").
    private(set) var openingDates: [String] = []

    /// The first three words of a text that opens with a digit, or a parenthesis and a digit.
    private static func datedOpening(_ raw: String) -> String? {
        guard HeaderTextBytes.mayOpenWithDigit(raw) else { return nil }
        let text = raw.drop { $0.isWhitespace }
        let body = text.first == "(" ? text.dropFirst() : text
        guard let first = body.unicodeScalars.first, first.value >= 0x30, first.value <= 0x39 else { return nil }
        return body.prefix(60).split(whereSeparator: \.isWhitespace).prefix(3).joined(separator: " ")
    }

    subscript(key: String) -> [String] { meta[key] ?? [] }

    /// The first value of the first key that has one.
    func first(_ keys: [String]) -> (key: String, value: String)? {
        for key in keys { if let value = meta[key]?.first { return (key, value) } }
        return nil
    }

    // MARK: - Readers

    private mutating func readMeta(_ index: Int, in tree: HTMLTree) {
        guard let content = tree.attribute("content", of: index)?.collapsingWhitespace, !content.isEmpty else { return }
        let declared = [tree.attribute("property", of: index), tree.attribute("name", of: index),
                        tree.attribute("itemprop", of: index), tree.attribute("http-equiv", of: index)]
        var keys: Set<String> = []
        for value in declared.compactMap({ $0 }) {
            // Some pages list several properties in one attribute: `property="dc:title og:title"`.
            for key in value.lowercased().split(separator: " ") {
                var key = String(key)
                if key.hasPrefix("dc:") || key.hasPrefix("dcterms:") { key = key.replacingOccurrences(of: ":", with: ".") }
                if keys.insert(key).inserted { meta[key, default: []].append(content) }
            }
        }
    }

    private mutating func readMicrodata(_ property: String, _ index: Int, in tree: HTMLTree, isExcluded: Bool) {
        for key in property.split(separator: " ").map(String.init) {
            if key == "author" || key == "creator" {
                guard !isExcluded else { continue }
                var name: String?
                if tree.hasAttribute("itemscope", on: index) {
                    for inner in tree.descendants(of: index) where tree.isElement(inner)
                        && tree.attribute("itemprop", of: inner)?.lowercased() == "name" {
                        name = tree.attribute("content", of: inner)?.collapsingWhitespace.nonEmpty ?? Self.text(of: inner, in: tree)
                        break
                    }
                }
                if name == nil {
                    name = tree.attribute("content", of: index)?.collapsingWhitespace.nonEmpty ?? Self.text(of: index, in: tree)
                }
                if let name, name.count <= 100 { microdataAuthors.append(name) }
                continue
            }
            guard ["datepublished", "datemodified", "datecreated", "headline", "description", "inlanguage"].contains(key) else { continue }
            let value = tree.attribute("content", of: index)?.collapsingWhitespace.nonEmpty
                ?? tree.attribute("datetime", of: index)?.nonEmpty
                ?? (tree[index].name == "abbr" ? tree.attribute("title", of: index) : nil) ?? Self.text(of: index, in: tree)
            if let value { microdata[key, default: []].append(value) }
        }
    }

    private mutating func readVisible(_ index: Int, in tree: HTMLTree) {
        let name = tree[index].name
        if tree[index].tag == .a, let relation = tree.attribute(.rel, of: index)?.lowercased(),
           relation.split(separator: " ").contains("author"), let text = Self.spacedText(of: index, in: tree), text.count <= 80 {
            bylines.append(text)
            return
        }
        if tree[index].tag == .a, let name = Self.profileLinkName(index, in: tree) {
            bylines.append(name)
            return
        }
        // Only small elements can be a byline or a date line; judge their class words once per string.
        guard tree[index].end - Int32(index) < 60 else { return }
        var kinds = ClassKinds()
        // By position: a copy of each attribute would retain its strings, on every element.
        let start = Int(tree[index].attributeStart)
        for position in start ..< start + Int(tree[index].attributeCount) {
            let key = tree.attributes[position].key
            guard key == .class || key == .id || key == .dataTestid else { continue }
            kinds.formUnion(classKinds(of: tree.attributes[position], in: tree))
        }
        if tree[index].end - Int32(index) <= 4, index + 1 < Int(tree[index].end), tree.isText(index + 1), Self.opensWithPublicationLabel(tree[index + 1].text),
           let text = Self.datedText(of: index, in: tree), text.count <= 60 {
            if text.contains(where: \.isNumber) {
                labelledDates.append(text)
            } else if let date = Self.nextSiblingText(of: index, in: tree), date.count <= 30 {
                labelledDates.append(text + " " + date)
            }
        }
        guard !kinds.isEmpty else { return }
        // An author box names the writer in the heading it opens with; without one, an element
        // classed as the writer's biography ("author-bio") holds sentences about them, no byline.
        // A byline inside a link is a teaser's: the card of another story names its writer.
        if kinds.contains(.byline), Self.enclosing(.a, of: index, in: tree) == nil, let text = Self.headingOpening(index, in: tree)
            ?? (kinds.contains(.biography) ? nil : Self.spacedText(of: index, in: tree)), text.count <= 120 {
            bylines.append(text)
        }
        if kinds.contains(.dateLine), index >= mastheadUntil, let text = Self.datedText(of: index, in: tree), text.count <= 160 {
            dateLines.append(text)
            // A date line beside the headline, just before it, is the header's too.
            if isInStoryHeader || index < headlineIndex && StoryHeader.isBesideHeadline(index, headline: headlineIndex, parent: headlineParentIndex, in: tree),
               !StoryHeader.namesUpdate(index, in: tree), !Self.followsUpdateLabel(index, in: tree) { printedAfterHeadline.append(text) }
        }
        if name.hasPrefix("h"), name.count == 2, kinds.contains(.headline),
           let text = Self.headingText(of: index, in: tree) {
            markedHeadings.append(text)
        }
    }

    /// The name a link to a writer's profile page shows: the address has an author directory and
    /// a slug ("/autoren/jana-beispiel-123", "/author/tom_muster"), and one of the link's texts
    /// opens with the slug's first word ("Jana Beispiel"); a picture credit beside it does not.
    private static func profileLinkName(_ index: Int, in tree: HTMLTree) -> String? {
        // Most links name no author directory: rule them out before folding the address.
        guard let raw = tree.attribute("href", of: index), raw.utf8.count <= 300,
              raw.contains("aut") || raw.contains("Aut") || raw.contains("AUT") else { return nil }
        let href = raw.lowercased()
        guard let directory = profileDirectories.first(where: { href.contains($0) }),
              let range = href.range(of: directory) else { return nil }
        let slug = href[range.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard let first = slug.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).first, first.count >= 2 else { return nil }
        for position in tree.descendants(of: index) where tree.isText(position) && tree[position].text.utf8.count <= 80 {
            let text = tree[position].text.collapsingWhitespace
            guard let word = text.split(separator: " ").first, text.contains(" ") else { continue }
            if foldedForAddress(word) == first { return text }
        }
        return nil
    }

    private static let profileDirectories = ["/author/", "/authors/", "/autor/", "/autoren/", "/autorin/", "/auteur/", "/autore/"]

    /// A word as an address spells it: lower case, umlauts and ß written out, accents dropped.
    private static func foldedForAddress(_ word: Substring) -> String {
        var folded = ""
        for character in word.lowercased() {
            switch character {
            case "ä": folded += "ae"
            case "ö": folded += "oe"
            case "ü": folded += "ue"
            case "ß": folded += "ss"
            default: folded += String(character).folding(options: .diacriticInsensitive, locale: nil)
            }
        }
        return folded
    }

    /// What a class or id string's words say for bylines, date lines and headlines.
    struct ClassKinds: OptionSet {
        let rawValue: UInt8
        static let byline = ClassKinds(rawValue: 1)
        static let dateLine = ClassKinds(rawValue: 2)
        static let headline = ClassKinds(rawValue: 4)
        /// The writer's biography: "author-bio", "author-description".
        static let biography = ClassKinds(rawValue: 8)
        /// A line of a credits box: "credit-row__label".
        static let credit = ClassKinds(rawValue: 16)
    }

    private mutating func classKinds(of attribute: HTMLTree.Attribute, in tree: HTMLTree) -> ClassKinds {
        classKindCache.verdict(on: attribute) { attribute in
            var kinds = ClassKinds()
            let words = tree.classWords(of: attribute)
            for word in words {
                if ByteSearch.containsAny(of: Self.bylineWordBytes, in: word) { kinds.insert(.byline) }
                if ByteSearch.containsAny(of: Self.dateLineWordBytes, in: word) { kinds.insert(.dateLine) }
                if Self.headlineWords.contains(word) { kinds.insert(.headline) }
                if word.hasPrefix("credit") { kinds.insert(.credit) }
            }
            // "writer-bio-name" is the name inside the biography box.
            if words.contains(where: Self.biographyWords.contains), !words.contains("name") {
                kinds.insert(.biography)
            }
            return kinds
        }
    }

    /// Whether an element's class or id names a line of a credits box ("credit-row__label").
    private mutating func isCredit(_ index: Int, in tree: HTMLTree) -> Bool {
        let start = Int(tree[index].attributeStart)
        for position in start ..< start + Int(tree[index].attributeCount)
        where tree.attributes[position].key == .class || tree.attributes[position].key == .id {
            if classKinds(of: tree.attributes[position], in: tree).contains(.credit) { return true }
        }
        return false
    }

    /// Whether an `<h1>` is the site's name rather than the story's: it links home (`rel=home`,
    /// `href="/"`) or it or its parent has a class like `site-title`, `logo`, `brand`.
    private static func isSiteLogo(_ index: Int, in tree: HTMLTree) -> Bool {
        let parent = Int(tree[index].parent)
        for element in [index, parent] where element >= 0 {
            for attribute in tree.attributes(of: element) where attribute.name == "class" || attribute.name == "id" {
                if tree.classWords(of: attribute).contains(where: { ["site", "logo", "brand", "blogtitle", "sitename"].contains($0) }) {
                    return true
                }
            }
        }
        for inner in tree.descendants(of: index) where tree[inner].name == "a" {
            if tree.attribute("rel", of: inner)?.lowercased() == "home" { return true }
            let href = tree.attribute("href", of: inner)?.trimmingCharacters(in: .whitespaces) ?? ""
            if href == "/" { return true }
            if let link = URL(string: href), link.host != nil, link.path.isEmpty || link.path == "/", link.query == nil {
                return true
            }
        }
        return false
    }

    /// Navigation, sidebars, comments and teaser lists: dates and names there belong to other pages.
    /// Inside an `<article>`, an `<aside>` holds the story's own byline and date, so only class
    /// words count there.
    /// Beside the headline, "teaser" words name the story's own header line (``StoryHeader``).
    private mutating func isFurniture(_ index: Int, in tree: HTMLTree, insideArticle: Bool, besideHeadline: Bool) -> Bool {
        switch tree[index].tag {
        case .html, .body, .main, .article: return false
        case .nav, .aside, .menu: if !insideArticle { return true }
        default: break
        }
        // `classValue` is set on exactly the class and id attributes.
        let start = Int(tree[index].attributeStart)
        for position in start ..< start + Int(tree[index].attributeCount) where tree.attributes[position].classValue >= 0 {
            let verdict = furnitureCache.verdict(on: tree.attributes[position]) {
                Self.furnitureName(in: $0.value, words: tree.classWords(of: $0))
            }
            // A block classed as a teaser that holds an `<h1>` is the story's own block.
            // So is a teaser-classed block neither in nor around a link: a teaser of another story links to it.
            if verdict == .other || (verdict == .teaser && !besideHeadline
                && tree.firstElement(.h1, within: tree.descendants(of: index)) == nil
                && (Self.linksElsewhere(index, in: tree, ownPath: ownPath)
                    || Self.enclosing(.a, of: index, in: tree).map { Self.leadsElsewhere($0, in: tree, ownPath: ownPath) } == true)) {
                return true
            }
        }
        return false
    }

    /// Whether a block's first text is the story's headline, repeated: a sticky panel beside the
    /// story that shows its title, lede and date. Only the first few nodes are read.
    private func opensWithHeadline(_ index: Int, in tree: HTMLTree) -> Bool {
        guard let headlineText, headlineText.utf8.count >= 12 else { return false }
        let end = min(Int(tree[index].end), index + 40)
        for position in index + 1 ..< end where tree.isText(position) {
            let text = tree[position].text
            guard text.contains(where: { !$0.isWhitespace }) else { continue }
            return text.utf8.count <= headlineText.utf8.count * 2 && text.collapsingWhitespace == headlineText
        }
        return false
    }

    /// Whether a block links to another page: a teaser card links to its story. A jump within
    /// the page ("#comments") or to the writer's profile ("/autor/jana-beispiel") is the story's
    /// own header line linking its parts, and an `<a>` without an address links nowhere.
    /// A link to the page's own address (its `rel=canonical` path) leads nowhere else either: a
    /// list of the site's latest stories holds this one's card.
    private static func linksElsewhere(_ index: Int, in tree: HTMLTree, ownPath: Substring?) -> Bool {
        var position = index + 1
        let end = Int(tree[index].end)
        while let link = tree.firstElement(.a, within: position ..< end) {
            position = link + 1
            if leadsElsewhere(link, in: tree, ownPath: ownPath) { return true }
        }
        return false
    }

    /// Whether one `<a>` leads to another page (see ``linksElsewhere(_:in:ownPath:)``).
    private static func leadsElsewhere(_ link: Int, in tree: HTMLTree, ownPath: Substring?) -> Bool {
        guard let href = tree.attribute(.href, of: link) else { return false }
        let address = href.drop { $0 == " " }
        guard let first = address.utf8.first, first != UInt8(ascii: "#") else { return false }
        let folded = LabelSearch(address)
        if folded.firstOffset(of: scriptScheme) == 0 || folded.firstOffset(of: profileDirectoryBytes) != nil { return false }
        if let ownPath, addressPath(address) == ownPath { return false }
        return true
    }

    private static let scriptScheme = [Array("javascript:".utf8)]
    private static let profileDirectoryBytes = profileDirectories.map { Array($0.utf8) }

    /// The path of an address, absolute or relative to the site's root, without query, fragment
    /// or a closing slash: "https://example.org/news/ferry/?ref=1" is "/news/ferry".
    static func addressPath(_ href: some StringProtocol) -> Substring {
        var rest = Substring(href)
        let slash = UInt8(ascii: "/")
        // After "scheme://" or a protocol-relative "//", the host runs to the next slash.
        var bytes = rest.utf8
        if let colon = bytes.firstIndex(where: { $0 == slash || $0 == UInt8(ascii: ":") }) {
            var start = colon
            if bytes[colon] == UInt8(ascii: ":") { start = bytes.index(after: colon) }
            let afterFirst = start < bytes.endIndex ? bytes.index(after: start) : start
            if start < bytes.endIndex, bytes[start] == slash, afterFirst < bytes.endIndex, bytes[afterFirst] == slash {
                let host = bytes.index(after: afterFirst)
                rest = bytes[host...].firstIndex(of: slash).map { rest[$0...] } ?? ""
                bytes = rest.utf8
            }
        }
        let end = bytes.firstIndex { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") || $0 <= 0x20 } ?? bytes.endIndex
        rest = rest[..<end]
        while rest.utf8.count > 1, rest.utf8.last == slash { rest = rest.dropLast() }
        return rest
    }

    /// The path of the page's own address (``addressPath(_:)`` of `rel=canonical`), when it has
    /// more than the root.
    private var ownPath: Substring?

    /// The story's `<article>`: the one that holds the headline, else the first after it.
    private static func storyArticle(headline: Int, in tree: HTMLTree) -> Int? {
        guard headline >= 0 else { return nil }
        if let holder = enclosing(.article, of: headline, in: tree) { return holder }
        return tree.firstElement(.article, within: Int(tree[headline].end) ..< tree.indices.upperBound)
    }

    /// Whether an element sits in an `<article>` other than the story's, on a page whose story is
    /// an `<article>`: a teaser card of another story.
    private static func isInOtherStory(_ index: Int, story: Int?, headline: Int, in tree: HTMLTree) -> Bool {
        guard let story, let card = enclosing(.article, of: index, in: tree), card != story else { return false }
        return !(card < headline && headline < Int(tree[card].end))
    }

    /// The nearest ancestor (not the element itself) with the given tag.
    private static func enclosing(_ tag: TagName, of index: Int, in tree: HTMLTree) -> Int? {
        let parent = Int(tree[index].parent)
        return parent >= 0 ? tree.closest(from: parent) { $0.tag == tag } : nil
    }

    /// What a class or id value names, judged once per distinct value.
    private enum FurnitureName { case none, teaser, other }

    private static func furnitureName(in value: String, words: [String]) -> FurnitureName {
        var name = FurnitureName.none
        for word in StoryHeader.furnitureWords(of: value, words: words) where furnitureWords.contains(word) {
            if !StoryHeader.headerTeaserWords.contains(word) { return .other }
            name = .teaser
        }
        return name
    }

    private static let bylineWordBytes = BylineVocabulary.bylineWords.map { Array($0.utf8) }
    private static let headlineWords = WordTable(words: ["headline", "title", "entry", "post"])
    private static let biographyWords = WordTable(words: Array(BylineVocabulary.biographyWords))
    private static let dateLineWordBytes = DateVocabulary.dateLineWords.map { Array($0.utf8) }

    private static let furnitureWords = WordTable(words: [
        "sidebar", "comments", "comment", "related", "recommended", "teaser", "teasers",
        "nav", "navigation", "menu", "popular", "mostread", "trending", "breadcrumb",
        "breadcrumbs", "kommentare", "respond",
    ])

    /// A heading's text without its kicker, section label or screen-reader prefix:
    /// `<h1><span class="kicker">Ostland</span> Neue Aufgaben</h1>` is "Neue Aufgaben".
    private static func headingText(of index: Int, in tree: HTMLTree) -> String? {
        var text = ""
        var skipUntil = -1
        for position in tree.descendants(of: index) {
            if position < skipUntil { continue }
            if tree.isText(position) {
                text += tree[position].text
                continue
            }
            for attribute in tree.attributes(of: position) where attribute.name == "class" {
                if tree.classWords(of: attribute).contains(where: { word in
                    TitleVocabulary.kickerWords.contains { word.contains($0) }
                }) {
                    skipUntil = Int(tree[position].end)
                }
            }
        }
        return text.collapsingWhitespace.nonEmpty ?? Self.text(of: index, in: tree)
    }

    /// The text, with a space where one text node ends and the next begins with a digit:
    /// `<span class="day">17</span><span class="year">2016</span>` is "17 2016", not "172016".
    private static func datedText(of index: Int, in tree: HTMLTree) -> String? {
        var text = ""
        for position in tree.descendants(of: index) where tree.isText(position) {
            let part = tree[position].text
            if let last = text.unicodeScalars.last, let first = part.unicodeScalars.first,
               CharacterSet.decimalDigits.contains(last), CharacterSet.decimalDigits.contains(first) {
                text += " "
            }
            text += part
        }
        return text.collapsingWhitespace.nonEmpty
    }

    /// The text with a space between text nodes: "Author" and "Jana Beispiel" in two spans
    /// must not run together.
    private static func spacedText(of index: Int, in tree: HTMLTree) -> String? {
        spacedText(of: index, in: tree, endingAtLineBreak: false)
    }

    /// ``spacedText(of:in:)``, stopping at the first `<br>` after some text when asked.
    private static func spacedText(of index: Int, in tree: HTMLTree, endingAtLineBreak: Bool) -> String? {
        var parts: [String] = []
        var hasText = false
        for position in tree.descendants(of: index) {
            if tree.isText(position) {
                parts.append(tree[position].text)
                if endingAtLineBreak, !hasText { hasText = tree[position].text.contains { !$0.isWhitespace } }
            } else if endingAtLineBreak, hasText, tree[position].tag == .br {
                break
            }
        }
        return parts.joined(separator: " ").collapsingWhitespace.nonEmpty
    }

    /// The text of the heading an element opens with, before any other text: an author box
    /// names the writer in a heading and goes on with a bio
    /// (`<div class="author-description"><h3>Jana Beispiel</h3><p>A science writer …</p></div>`).
    private static func headingOpening(_ index: Int, in tree: HTMLTree) -> String? {
        for position in tree.descendants(of: index) {
            if tree.isText(position) {
                if tree[position].text.contains(where: { !$0.isWhitespace }) { return nil }
                continue
            }
            let name = tree[position].name
            if name.utf8.count == 2, name.hasPrefix("h"), let level = name.last, ("2" ... "6").contains(level) {
                return text(of: position, in: tree)
            }
        }
        return nil
    }

    /// The spaced text up to the first line break after some text: a byline's names end where
    /// a `<br>` starts the dateline ("Von Jana Beispiel und Tom Muster<br>Nairobi").
    private static func spacedLine(of index: Int, in tree: HTMLTree) -> String? {
        spacedText(of: index, in: tree, endingAtLineBreak: true)
    }

    private static func text(of index: Int, in tree: HTMLTree) -> String? {
        tree.textContent(of: index).collapsingWhitespace.nonEmpty
    }
}

extension String {
    /// The string, or nil when it is empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
