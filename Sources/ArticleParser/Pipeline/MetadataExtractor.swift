import Foundation

/// The metadata fields of an article and where each came from.
struct Metadata {
    var title: String?
    var authors: [String] = []
    var datePublished: String?
    var dateModified: String?
    var siteName: String?
    var language: String?
    var description: String?
    var imageURL: URL?
    var canonicalURL: URL?
    var tags: [String] = []
    var section: String?
    var provenance: [MetadataField: MetadataSource] = [:]
    /// The story's text as the page's JSON-LD states it (`articleBody`), for the content stage.
    var articleBody: String?
}

/// Reads every metadata source of a page (JSON-LD, OpenGraph and `article:*`, Twitter cards,
/// `<meta name>` families, microdata, `<time>`, bylines, date lines, the URL) in one pass and
/// decides each field by the evidence, recording where the value came from.
struct MetadataExtractor {
    var links: LinkResolver
    /// The address the page was saved from, for dates in its path.
    var pageURL: URL? = nil
    /// Publication dates after this moment (plus a day for time zones) are rejected.
    var now = Date()

    func extract(from tree: HTMLTree) -> Metadata {
        let sources = MetadataSources(tree: tree)
        let entities = sources.jsonLDBlocks.flatMap { JSONLDReader().entities(in: $0) }
        let story = Self.story(among: entities, sources: sources)
        let page = entities.first { $0.isPage }
        var metadata = Metadata()
        var decision = Decision(metadata: metadata)

        let siteNames: [(String?, MetadataSource)] = [
            (story?.publisherName, .jsonLD),
            (sources.first(["og:site_name"])?.value, .openGraph),
            (entities.first { $0.types.contains("website") }?.name, .jsonLD),
            (sources.first(MetadataKeys.siteName)?.value, .meta),
            (entities.first { !$0.types.isDisjoint(with: ["organization", "newsmediaorganization"]) }?.name, .jsonLD),
        ]
        decision.decide(.siteName, \.siteName, (siteNames + [(sources.logoHeadings.first, .visibleText)])
            .map { ($0.0.flatMap(Self.cleanSiteName), $0.1) })
        let siteName = decision.metadata.siteName

        let declaredTitles: [(String?, MetadataSource)] = [
            (story?.headline, .jsonLD),
            (sources.first(["og:title"])?.value, .openGraph),
            (sources.first(["twitter:title"])?.value, .openGraph),
            (sources.first(MetadataKeys.title)?.value, .meta),
            (sources.microdata["headline"]?.first, .microdata),
        ]
        let title = TitleExtractor(siteName: siteName).headline(
            declared: Self.present(declaredTitles), documentTitle: sources.documentTitle, headings: sources.headings,
            primaryCount: sources.primaryHeadings.count)
        decision.decide(.title, \.title, [(title?.text, title?.source ?? .visibleText)])

        let descriptions: [(String?, MetadataSource)] = [
            (sources.first(["og:description"])?.value, .openGraph),
            (sources.first(["description"])?.value, .meta),
            (sources.first(["twitter:description"])?.value, .openGraph),
            (sources.first(MetadataKeys.description)?.value, .meta),
            (story?.description, .jsonLD),
            (sources.microdata["description"]?.first, .microdata),
        ]
        // Descriptions stay as declared: a CMS that escaped twice declared the entities too.
        decision.decide(.description, \.description, descriptions)

        let languages: [(String?, MetadataSource)] = [
            (sources.htmlLanguage, .meta),
            (sources.first(["content-language", "dc.language", "dcterms.language", "language"])?.value, .meta),
            (sources.first(["og:locale"])?.value, .openGraph),
            (story?.language ?? page?.language, .jsonLD),
            (sources.microdata["inlanguage"]?.first, .microdata),
        ]
        decision.decide(.language, \.language, languages.map { ($0.0.flatMap(Self.languageTag), $0.1) })

        let images: [(String?, MetadataSource)] = [
            (sources.first(["og:image", "og:image:url", "og:image:secure_url"])?.value, .openGraph),
            (sources.first(["twitter:image", "twitter:image:src"])?.value, .openGraph),
            (story?.image, .jsonLD),
            (sources.first(["image", "thumbnail", "thumbnailurl", "parsely-image-url", "sailthru.image.full"])?.value, .meta),
        ]
        decision.decide(.imageURL, \.imageURL, images.map { (links.resolve($0.0), $0.1) })
        let addresses: [(String?, MetadataSource)] = [
            (sources.canonicalHref, .meta), (sources.first(["og:url"])?.value, .openGraph), (story?.url, .jsonLD),
        ]
        decision.decide(.canonicalURL, \.canonicalURL, addresses.map { (links.resolve($0.0), $0.1) })
        let sections: [(String?, MetadataSource)] = [
            (sources.first(["article:section"])?.value, .openGraph),
            (story?.section, .jsonLD),
            (sources.first(["parsely-section", "section", "sailthru.section", "category"])?.value, .meta),
        ]
        decision.decide(.section, \.section, sections)
        let tagLists: [([String], MetadataSource)] = [
            (sources["article:tag"], .openGraph),
            (story?.keywords ?? [], .jsonLD),
            (sources["keywords"] + sources["news_keywords"] + sources["parsely-tags"] + sources["sailthru.tags"], .meta),
        ]
        decision.decideList(.tags, \.tags, tagLists.map { (Self.tags(from: $0.0), $0.1) })

        // A publisher declared as a person is the site's owner, who writes its posts: their name
        // as the site's is no reason to drop it from the bylines.
        // So is a site named like a person whose story the JSON-LD says that person wrote, when
        // no organisation of the JSON-LD bears the name (M47).
        let ownerWrites = story?.publisherIsPerson == true && siteName == story?.publisherName
            || siteName.map { site in
                AuthorCleaner.looksLikePersonalName(site) && story?.authors.contains { $0.isPerson && $0.name == site } == true
                    && !entities.contains { !$0.types.isDisjoint(with: JSONLDReader.organisationTypes) && $0.name == site }
            } == true
        let cleaner = AuthorCleaner(siteName: ownerWrites ? nil : siteName)
        let labelled = zip(sources["twitter:label1"], sources["twitter:data1"])
            .filter { MetadataKeys.authorLabels.contains($0.0.lowercased()) }.map(\.1)
        var authorLists: [([String], MetadataSource)] = [
            (story.map { $0.authors.filter(\.isPerson).map(\.name) } ?? [], .jsonLD),
            (page.map { $0.authors.filter(\.isPerson).map(\.name) } ?? [], .jsonLD),
        ]
        // One meta key at a time: pages that fill several disagree more often than they complete each other.
        for key in MetadataKeys.author {
            authorLists.append((sources[key].filter { !$0.contains("://") }, Self.source(ofKey: key)))
        }
        authorLists.append((labelled, .meta))
        authorLists.append((sources.microdataAuthors, .microdata))
        authorLists += (sources.bylines + sources.leadInBylines).map { ([$0], .visibleText) }
        if sources.primaryHeadings.isEmpty {
            authorLists += sources.leadInBylinesWithoutHeadline.map { ([$0], .visibleText) }
        }
        authorLists += sources.datedBylines.prefix(1).map { ([$0], .visibleText) }
        authorLists.append((sources.signOffs, .visibleText))
        authorLists.append(([sources.postAuthorName].compactMap { $0 }, .visibleText))
        // Lists are cleaned only until one names somebody; all of them only to complete a
        // one-word name. Pages with comments have hundreds of "author" elements.
        let people = authorLists.lazy.map { (cleaner.people(in: $0.0), $0.1) }
        decision.decideList(.authors, \.authors, people)
        if decision.metadata.authors.contains(where: { !$0.contains(" ") }) {
            decision.metadata.authors = AuthorCleaner.completed(decision.metadata.authors, by: people.map(\.0))
        }
        // A printed byline that names the declared writers first and more people after them (M48).
        if decision.metadata.provenance[.authors] != .visibleText, !decision.metadata.authors.isEmpty,
           let printed = authorLists.lazy.filter({ $0.1 == .visibleText && !$0.0.isEmpty }).first.map({ cleaner.people(in: $0.0) }),
           let extended = AuthorCleaner.extending(decision.metadata.authors, by: printed) {
            decision.metadata.authors = extended
        }
        if decision.metadata.authors.isEmpty {
            // The press contact first, then the editor a label or a wiki's page information
            // names, then the copyright holder: the first that names one person.
            let found = LastResortAuthors.candidates(in: tree)
            if let named = [found.contact, found.editor, found.copyrightHolder].lazy.compactMap({ $0 })
                .map({ cleaner.people(in: [$0]) }).first(where: { $0.count == 1 }) {
                decision.metadata.authors = named
                decision.metadata.provenance[.authors] = .visibleText
            }
        }
        // The writer's social handle in camel case, when the page prints the name it spells (M52).
        if decision.metadata.authors.isEmpty, let handle = sources.first(["twitter:creator"])?.value,
           let name = AuthorCleaner.nameSpelled(byHandle: handle), cleaner.people(in: [name]) == [name],
           LastResortAuthors.printsAlone(name, in: tree) {
            decision.metadata.authors = [name]
            decision.metadata.provenance[.authors] = .openGraph
        }
        // A site named with an academic title and a full name is its owner's, who wrote the page (M50).
        if decision.metadata.authors.isEmpty, let owner = siteName.flatMap(AuthorCleaner.titledOwner) {
            decision.metadata.authors = [owner]
            decision.metadata.provenance[.authors] = decision.metadata.provenance[.siteName]
        }
        if decision.metadata.authors.count == 1, let given = decision.metadata.authors.first, !given.contains(" "),
           let fuller = LastResortAuthors.fullerSpelling(of: given, in: tree) {
            decision.metadata.authors = [fuller]
        }

        let dates = DateDecision(now: now)
        let candidates = Self.publishedCandidates(story: story, page: page, sources: sources, canonical: decision.metadata.canonicalURL, pageURL: pageURL)
        var published = dates.first(candidates)
        let declared = candidates.filter { $0.2 == .value && $0.1 != .visibleText }
        // Each list is built once: reading its labels lower-cases every visible date line.
        let modifiedCandidates = Self.modifiedCandidates(story: story, page: page, sources: sources)
        let printedCandidates = Self.printedCandidates(sources: sources)
        let printedDates = dates.all(printedCandidates)
        let addressDate = dates.first([decision.metadata.canonicalURL, pageURL].map { ($0?.path, .url, .path) })?.date
        let changes = dates.all(modifiedCandidates.filter { $0.1 != .visibleText })
        if let machine = published, machine.source != .visibleText, machine.source != .url,
           let confirmed = dates.confirmed(declared, by: printedDates, changes: changes),
           DateDecision.daysApart(confirmed.date, machine.date) != 0 {
            // The page declares several publication dates and prints one of them.
            published = confirmed
        } else if let machine = published, machine.source != .visibleText, machine.source != .url {
            let printed = dates.first(printedCandidates)?.date
            published = dates.inPrintedZone(machine, printed: printed)
            // A declared day without a time, one day off a printed date with its time: the printed
            // moment is the more precise and the page's own.
            if machine.date.secondOfDay == nil, let printed, printed.secondOfDay != nil, DateDecision.daysApart(printed, machine.date) == 1 {
                published = (printed, .visibleText)
            }
            // A page that prints the machine value's own day keeps it.
            if let current = published, current.date == machine.date, printed.map({ DateDecision.daysApart($0, machine.date) != 0 }) ?? true {
                let stated = addressDate
                    ?? dates.first(sources.printedAfterHeadline.map { ($0, .visibleText, .publishedLine) })?.date
                published = dates.onStatedDay(current, stated: stated)
            }
            let declaredChange = dates.first(modifiedCandidates
                .filter { $0.1 != .visibleText })
            // A modification stamped the same day as the publication is the same save, not a change.
            let declaresChange = declaredChange.map {
                $0.date.timestamp > machine.date.timestamp && DateDecision.daysApart($0.date, machine.date) >= 1
            } ?? false
            published = dates.headerDate(overruling: published ?? machine, declaresChange: declaresChange,
                                         printed: sources.labelledDates + sources.printedAfterHeadline)
            // The page's `<time datetime>` stamps, all on one day, over a lone declared date more
            // than a day away that the page prints nowhere.
            let printsMachineDay = printedDates.contains { DateDecision.daysApart($0, machine.date) == 0 }
            let stamps = dates.all(sources.stampedTimes.map { ($0, .visibleText, .value) })
            if !declaresChange, let stamp = stamps.first, published?.date == machine.date, !printsMachineDay,
               stamps.allSatisfy({ DateDecision.daysApart($0, stamp) == 0 }), DateDecision.daysApart(stamp, machine.date) > 1 {
                published = (stamp, .visibleText)
            }
            // A page that shows its readers only the day of its last change, unlabelled, dates
            // the story by it: the declared first publication is a draft's or an older version's.
            if declaresChange, let change = declaredChange, published?.date == machine.date, !printsMachineDay,
               let shown = Self.firstShownDate(in: sources, dates: dates), DateDecision.daysApart(shown, change.date) == 0 {
                published = change
            }
        }
        // A printed date the story's address confirms, over another printed first.
        if let current = published, current.source == .visibleText,
           let path = addressDate, DateDecision.daysApart(path, current.date) != 0,
           let confirmed = dates.all(candidates.filter { $0.1 == .visibleText }).first(where: { DateDecision.daysApart($0, path) == 0 }) {
            published = (confirmed, .visibleText)
        }
        if let published {
            decision.metadata.datePublished = published.date.iso
            decision.metadata.provenance[.datePublished] = published.source
        }
        if let modified = dates.first(modifiedCandidates, notBefore: published?.date) {
            decision.metadata.dateModified = modified.date.iso
            decision.metadata.provenance[.dateModified] = modified.source
        }
        metadata = decision.metadata
        metadata.articleBody = story?.articleBody
            ?? entities.compactMap(\.articleBody).max { $0.utf8.count < $1.utf8.count }
        return metadata
    }

    // MARK: - Choosing the story's JSON-LD object

    /// The article object that describes this page: among article-typed objects, the one whose
    /// headline matches the page's title or `<h1>`, else the least nested, else the first.
    static func story(among entities: [JSONLDEntity], sources: MetadataSources) -> JSONLDEntity? {
        let articles = entities.filter(\.isArticle)
        guard !articles.isEmpty else { return nil }
        let titles = Set(([sources.first(["og:title"])?.value, sources.documentTitle].compactMap { $0 } + sources.headings)
            .map { $0.lowercased() })
        func matches(_ entity: JSONLDEntity) -> Bool {
            guard let headline = (entity.headline ?? entity.name)?.lowercased() else { return false }
            return titles.contains { $0 == headline || $0.hasPrefix(headline) }
        }
        let shallowest = articles.map(\.depth).min() ?? 0
        return articles.first(where: matches) ?? articles.first { $0.depth == shallowest }
    }

    // MARK: - Dates

    private static func publishedCandidates(story: JSONLDEntity?, page: JSONLDEntity?, sources: MetadataSources,
                                            canonical: URL?, pageURL: URL?) -> [(String?, MetadataSource, DateDecision.Kind)] {
        var candidates: [(String?, MetadataSource, DateDecision.Kind)] = [
            (story?.datePublished, .jsonLD, .value),
            (page?.datePublished, .jsonLD, .value),
        ]
        candidates += metaValues(MetadataKeys.publishedDate, in: sources).map { ($0.0, $0.1, .value) }
        for value in sources.microdata["datepublished", default: []] + sources.microdata["datecreated", default: []] {
            candidates.append((value, .microdata, .value))
        }
        for time in sources.times where !time.isUpdate {
            candidates.append((time.value, .visibleText, .value))
        }
        for line in sources.dateLines {
            candidates.append((line, .visibleText, .publishedLine))
        }
        for url in [canonical, pageURL] {
            candidates.append((url?.path, .url, .path))
        }
        // An unclassed text is a date line when its date comes early; a date deep in a sentence
        // ("Abbildung: Ausschnitt einer farbigen Luftaufnahme bei St. Blasien vom 31.05.2021") is the text's subject.
        for text in sources.textsNearHeadline {
            candidates.append((firstWords(9, of: text), .visibleText, .publishedLine))
        }
        for text in sources.openingDates {
            candidates.append((text, .visibleText, .value))
        }
        return candidates
    }

    /// The first `count` words of a text whose words are single spaces apart (a folded text).
    /// Cut on the bytes; a space before a non-ASCII byte, which may be a combining mark that
    /// makes one character with it, sends the text to the character split.
    /// The first date the story shows its readers without an update label: the lines printed
    /// after the headline, then the start of the first header texts that hold a date.
    private static func firstShownDate(in sources: MetadataSources, dates: DateDecision) -> ParsedDate? {
        let lines = sources.printedAfterHeadline + sources.headerDateTexts.prefix(6).map { firstWords(9, of: $0) }
        return dates.first(lines.map { ($0, .visibleText, .publishedLine) })?.date
    }

    static func firstWords(_ count: Int, of text: String) -> String {
        let cut: Int? = ByteSearch.withBytes(of: text) { bytes in
            var spaces = 0
            for position in bytes.indices where bytes[position] == 0x20 {
                if position + 1 < bytes.count, bytes[position + 1] >= 0x80 { return nil }
                spaces += 1
                if spaces == count { return position }
            }
            return bytes.count
        }
        guard let cut else { return text.split(separator: " ").prefix(count).joined(separator: " ") }
        return cut == text.utf8.count ? text : String(text[..<text.utf8.index(text.utf8.startIndex, offsetBy: cut)])
    }

    /// The dates the page prints for its readers: `<time>` texts, date lines and short texts
    /// beside the headline, labelled updates aside.
    private static func printedCandidates(sources: MetadataSources) -> [(String?, MetadataSource, DateDecision.Kind)] {
        var candidates: [(String?, MetadataSource, DateDecision.Kind)] = []
        for time in sources.times where !time.isUpdate {
            candidates.append((time.context, .visibleText, .publishedLine))
        }
        candidates += (sources.dateLines + sources.textsNearHeadline).map { ($0, .visibleText, .publishedLine) }
        return candidates
    }

    private static func modifiedCandidates(story: JSONLDEntity?, page: JSONLDEntity?, sources: MetadataSources) -> [(String?, MetadataSource, DateDecision.Kind)] {
        var candidates: [(String?, MetadataSource, DateDecision.Kind)] = [
            (story?.dateModified, .jsonLD, .value),
            (page?.dateModified, .jsonLD, .value),
        ]
        candidates += metaValues(MetadataKeys.modifiedDate, in: sources).map { ($0.0, $0.1, .value) }
        for value in sources.microdata["datemodified", default: []] { candidates.append((value, .microdata, .value)) }
        for time in sources.times where time.isUpdate {
            candidates.append((time.value, .visibleText, .value))
        }
        for line in sources.dateLines { candidates.append((line, .visibleText, .updateLine)) }
        return candidates
    }

    /// Every value of the keys, in key order, with the family each key belongs to.
    private static func metaValues(_ keys: [String], in sources: MetadataSources) -> [(String, MetadataSource)] {
        keys.flatMap { key in sources[key].map { ($0, source(ofKey: key)) } }
    }

    /// OpenGraph for `og:`, `article:` and `twitter:` keys, plain meta for the rest.
    private static func source(ofKey key: String) -> MetadataSource {
        key.hasPrefix("og:") || key.hasPrefix("article:") || key.hasPrefix("twitter:") ? .openGraph : .meta
    }

    // MARK: - Cleaning values

    private static func present(_ candidates: [(String?, MetadataSource)]) -> [(String, MetadataSource)] {
        candidates.compactMap { value, source in value.map { (decodingEntities($0), source) } }
    }

    private static func cleanSiteName(_ name: String) -> String? {
        let name = decodingEntities(name).collapsingWhitespace
        guard !name.isEmpty, name.count <= 80, !name.contains("://") else { return nil }
        return name
    }

    /// A BCP 47 tag from `en_US`, `EN-us`, `de`: language lower-cased, region upper-cased.
    static func languageTag(_ value: String) -> String? {
        let first = value.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).first.map(String.init) ?? ""
        let parts = first.replacingOccurrences(of: "_", with: "-").split(separator: "-").map(String.init)
        guard let language = parts.first, (2 ... 3).contains(language.count), language.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            return nil
        }
        var tag = [language.lowercased()]
        for part in parts.dropFirst() {
            guard (1 ... 8).contains(part.count), part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { break }
            tag.append(part.count == 2 ? part.uppercased() : part.count == 4 ? part.prefix(1).uppercased() + part.dropFirst().lowercased() : part.lowercased())
        }
        return tag.joined(separator: "-")
    }

    private static func tags(from values: [String]) -> [String] {
        var seen: Set<String> = []
        var result: [String] = []
        for value in values {
            for part in value.split(whereSeparator: { $0 == "," || $0 == ";" }) {
                let tag = decodingEntities(String(part)).collapsingWhitespace
                if !tag.isEmpty, tag.count <= 80, seen.insert(tag.lowercased()).inserted { result.append(tag) }
            }
        }
        return result
    }

    /// `&oacute;`, `&uuml;`, `&ccedil;`: a letter and a named accent, composed.
    private static func decodingAccents(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let marks: [String: Character] = ["acute": "\u{301}", "grave": "\u{300}", "uml": "\u{308}", "circ": "\u{302}",
                                          "tilde": "\u{303}", "cedil": "\u{327}", "ring": "\u{30A}"]
        var output = ""
        var rest = Substring(text)
        while let start = rest.firstIndex(of: "&") {
            output += rest[..<start]
            let tail = rest[rest.index(after: start)...]
            if let semicolon = tail.prefix(8).firstIndex(of: ";"), let letter = tail.first, letter.isLetter,
               let mark = marks[String(tail[tail.index(after: tail.startIndex) ..< semicolon])] {
                output += String([letter, mark]).precomposedStringWithCanonicalMapping
                rest = tail[tail.index(after: semicolon)...]
            } else {
                output += "&"
                rest = tail
            }
        }
        return output + rest
    }

    /// Decodes the entities a CMS escaped twice (`&amp;quot;` arrives as `&quot;`).
    static func decodingEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = Self.decodingAccents(JSONLDReader.decodingEntities(text))
        guard result.contains("&#") else { return result }
        var output = ""
        var rest = Substring(result)
        while let start = rest.firstByteRange(of: "&#") {
            output += rest[..<start.lowerBound]
            let tail = rest[start.upperBound...]
            guard let semicolon = tail.prefix(10).firstIndex(of: ";") else {
                output += "&#"
                rest = tail
                continue
            }
            let body = tail[..<semicolon]
            let value = body.first == "x" || body.first == "X" ? UInt32(body.dropFirst(), radix: 16) : UInt32(body)
            if let value, let scalar = Unicode.Scalar(value), value != 0 {
                output.unicodeScalars.append(scalar)
            } else {
                output += "&#" + body + ";"
            }
            rest = tail[tail.index(after: semicolon)...]
        }
        output += rest
        result = output
        return result
    }
}

/// Records the first present value of a field with its source.
private struct Decision {
    var metadata: Metadata

    mutating func decide<Value>(_ field: MetadataField, _ keyPath: WritableKeyPath<Metadata, Value?>,
                                _ candidates: [(Value?, MetadataSource)]) {
        for case let (value?, source) in candidates {
            metadata[keyPath: keyPath] = value
            metadata.provenance[field] = source
            return
        }
    }

    mutating func decideList<S: Sequence>(_ field: MetadataField, _ keyPath: WritableKeyPath<Metadata, [String]>,
                                          _ candidates: S) where S.Element == ([String], MetadataSource) {
        for (values, source) in candidates where !values.isEmpty {
            metadata[keyPath: keyPath] = values
            metadata.provenance[field] = source
            return
        }
    }
}
