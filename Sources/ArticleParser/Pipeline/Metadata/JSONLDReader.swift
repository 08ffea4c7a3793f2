import Foundation

/// One schema.org object of a JSON-LD block: its types and the values the metadata stage reads.
struct JSONLDEntity {
    var types: Set<String>
    /// How many objects and arrays enclose it (0 for a block's top level or an `@graph` member).
    var depth: Int
    var headline: String?
    var name: String?
    var datePublished: String?
    var dateModified: String?
    var description: String?
    var image: String?
    var url: String?
    var language: String?
    var section: String?
    var keywords: [String] = []
    /// Author names with whether each is a person (not an organisation).
    var authors: [(name: String, isPerson: Bool)] = []
    var publisherName: String?
    /// Whether the publisher is typed as a person: a personal site whose owner writes its posts.
    var publisherIsPerson = false
    /// The story's full text, for pages whose visible body is filled in by scripts.
    var articleBody: String?

    var isArticle: Bool { !types.isDisjoint(with: JSONLDReader.articleTypes) }
    var isPage: Bool { !types.isDisjoint(with: JSONLDReader.pageTypes) }
}

/// Reads `<script type="application/ld+json">` blocks leniently: comments, trailing commas,
/// raw newlines in strings, HTML entities, wrappers and missing closing brackets are repaired
/// before parsing. The walk over the parsed value is iterative and depth-bounded, and
/// `JSONSerialization` refuses nesting past 512 levels with an error, so no page can crash it.
struct JSONLDReader {
    /// schema.org types of a story. Evidence: the list plus the types seen in the corpora.
    static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "liveblogposting",
        "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
        "askpublicnewsarticle", "satiricalarticle", "techarticle", "scholarlyarticle", "report",
        "socialmediaposting", "discussionforumposting", "posting", "review", "recipe", "howto",
        "medicalwebpage", "videoobject", "podcastepisode", "creativework",
    ]
    /// Types that describe the page around the story; read only for what the story lacks.
    static let pageTypes: Set<String> = [
        "webpage", "itempage", "aboutpage", "collectionpage", "profilepage", "qapage", "faqpage",
    ]
    /// Types of an organisation: a name one of them bears is no person's.
    static let organisationTypes: Set<String> = [
        "organization", "newsmediaorganization", "corporation", "localbusiness", "ngo", "governmentorganization",
    ]
    static let maximumDepth = 32

    /// Every typed object in the block, in document order; empty when the text cannot be read.
    func entities(in text: String) -> [JSONLDEntity] {
        guard let root = Self.parse(text) else { return [] }
        var byID: [String: [String: Any]] = [:]
        var found: [([String: Any], Int)] = []
        var stack: [(Any, Int)] = [(root, 0)]
        while let (value, depth) = stack.popLast() {
            guard depth <= Self.maximumDepth else { continue }
            if let array = value as? [Any] {
                for element in array.reversed() { stack.append((element, depth)) }
            } else if let object = value as? [String: Any] {
                if let id = object["@id"] as? String, object.count > 1, byID[id] == nil { byID[id] = object }
                if object["@type"] != nil { found.append((object, depth)) }
                for key in object.keys.sorted().reversed() where key != "@context" {
                    guard let child = object[key] else { continue }
                    let childDepth = key == "@graph" ? depth : depth + 1
                    if child is [Any] || child is [String: Any] { stack.append((child, childDepth)) }
                }
            }
        }
        return found.map { Self.entity(from: $0.0, depth: $0.1, byID: byID) }
    }

    // MARK: - Reading one object

    private static func entity(from object: [String: Any], depth: Int, byID: [String: [String: Any]]) -> JSONLDEntity {
        var entity = JSONLDEntity(types: Set(strings(object["@type"]).map { $0.lowercased() }), depth: depth)
        entity.headline = string(object["headline"])
        entity.name = string(object["name"])
        entity.datePublished = string(object["datePublished"]) ?? string(object["dateCreated"])
            ?? string(object["uploadDate"])
        entity.dateModified = string(object["dateModified"])
        entity.articleBody = object["articleBody"] as? String ?? Self.stepsBody(object, byID: byID)
        entity.description = string(object["description"])
        entity.image = url(object["image"], byID: byID) ?? url(object["thumbnailUrl"], byID: byID)
        entity.url = string(object["url"])
        entity.language = string(object["inLanguage"]) ?? string(resolved(object["inLanguage"], byID)?["alternateName"])
        entity.section = strings(object["articleSection"]).first
        entity.keywords = strings(object["keywords"]).flatMap { $0.split(separator: ",") }
            .map { String($0).collapsingWhitespace }.filter { !$0.isEmpty }
        for author in list(object["author"]) + list(object["creator"]) {
            if let name = author as? String {
                entity.authors.append((name, true))
            } else if let person = resolved(author, byID), let name = string(person["name"]) ?? joinedName(person) {
                let types = Set(strings(person["@type"]).map { $0.lowercased() })
                // A person named by their login, "jana.beispiel", is "Jana Beispiel" (M60).
                let spelled = types.contains("person") ? AuthorCleaner.nameSpelled(byLogin: name) ?? name : name
                entity.authors.append((spelled, !types.contains("organization") && !types.contains("newsmediaorganization")))
            }
        }
        if let publisher = list(object["publisher"]).first.flatMap({ resolved($0, byID) }) {
            entity.publisherName = string(publisher["name"])
            entity.publisherIsPerson = strings(publisher["@type"]).contains { $0.lowercased() == "person" }
        } else if let publisher = list(object["publisher"]).first as? String {
            entity.publisherName = publisher
        }
        return entity
    }

    /// A how-to's or recipe's text as one declared body, one step a line: its description,
    /// then each step (`step` of a HowTo, `recipeInstructions` of a Recipe), sections opened. The
    /// page's markup may hold none of it when scripts draw the steps.
    private static func stepsBody(_ object: [String: Any], byID: [String: [String: Any]]) -> String? {
        guard object["step"] != nil || object["recipeInstructions"] != nil else { return nil }
        var lines: [String] = []
        if let description = object["description"] as? String { lines.append(description) }
        var pending = list(object["step"]) + list(object["recipeInstructions"])
        pending.reverse()
        // Sections hold steps and steps hold directions: a stack, bounded like the page walk.
        var visited = 0
        while let item = pending.popLast(), visited < maximumSteps {
            visited += 1
            if let text = item as? String {
                lines.append(text)
            } else if let step = resolved(item, byID) {
                if let text = step["text"] as? String { lines.append(text) }
                pending.append(contentsOf: list(step["itemListElement"]).reversed())
            }
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    /// Steps read from one how-to or recipe, at most.
    static let maximumSteps = 500

    private static func resolved(_ value: Any?, _ byID: [String: [String: Any]]) -> [String: Any]? {
        guard let object = value as? [String: Any] else { return nil }
        if object.count <= 2, let id = object["@id"] as? String, let target = byID[id] { return target }
        return object
    }

    private static func joinedName(_ person: [String: Any]) -> String? {
        let parts = [string(person["givenName"]), string(person["familyName"])].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    private static func list(_ value: Any?) -> [Any] {
        if let array = value as? [Any] { return array }
        return value.map { [$0] } ?? []
    }

    static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String:
            let folded = text.collapsingWhitespace
            return folded.isEmpty ? nil : folded
        case let number as NSNumber:
            return number.stringValue
        case let array as [Any]:
            return array.lazy.compactMap { string($0) }.first
        case let object as [String: Any]:
            return string(object["@value"])
        default:
            return nil
        }
    }

    private static func strings(_ value: Any?) -> [String] {
        list(value).compactMap { string($0) }
    }

    private static func url(_ value: Any?, byID: [String: [String: Any]]) -> String? {
        for item in list(value) {
            if let text = item as? String { return text }
            if let object = resolved(item, byID), let link = string(object["url"]) ?? string(object["contentUrl"]) {
                return link
            }
        }
        return nil
    }

    // MARK: - Lenient parsing

    /// The parsed block: as written, else repaired, else repaired after decoding HTML entities.
    static func parse(_ text: String) -> Any? {
        // Most blocks are valid JSON: repair only when parsing fails, and only as far as needed.
        let attempts: [() -> String] = [{ text }, { repaired(text) }, { repaired(decodingEntities(text)) }]
        for attempt in attempts {
            if let value = try? JSONSerialization.jsonObject(with: Data(attempt().utf8)) { return value }
        }
        return nil
    }

    /// Removes what browsers tolerate and JSON does not, in one pass over the text.
    static func repaired(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        // Wrappers: an HTML comment or CDATA section around the block.
        var start = 0
        var end = scalars.count
        func trimWrapper(_ prefix: String, _ suffix: String) {
            let source = String(String.UnicodeScalarView(scalars[start ..< end])).trimmingWhitespaceAndNewlines
            var inner = Substring(source)
            if inner.hasPrefix(prefix) { inner = inner.dropFirst(prefix.count) }
            if inner.hasSuffix(suffix) { inner = inner.dropLast(suffix.count) }
            scalars = Array(inner.unicodeScalars)
            start = 0
            end = scalars.count
        }
        trimWrapper("<!--", "-->")
        trimWrapper("<![CDATA[", "]]>")
        trimWrapper("//<![CDATA[", "//]]>")

        var output = String.UnicodeScalarView()
        var closers: [Unicode.Scalar] = []
        var inString = false
        var index = start
        while index < end {
            let scalar = scalars[index]
            let next = index + 1 < end ? scalars[index + 1] : " "
            if inString {
                switch scalar {
                case "\\":
                    output.append(scalar)
                    if index + 1 < end { output.append(next) }
                    index += 2
                    continue
                case "\"":
                    inString = false
                    output.append(scalar)
                case "\n", "\r", "\t":
                    output.append(" ")
                default:
                    output.append(scalar)
                }
                index += 1
                continue
            }
            switch scalar {
            case "\"":
                inString = true
                output.append(scalar)
            case "/" where next == "/":
                while index < end, scalars[index] != "\n" { index += 1 }
                continue
            case "/" where next == "*":
                index += 2
                while index + 1 < end, !(scalars[index] == "*" && scalars[index + 1] == "/") { index += 1 }
                index += 2
                continue
            case "{", "[":
                closers.append(scalar == "{" ? "}" : "]")
                output.append(scalar)
            case "}", "]":
                while let last = output.last, last.properties.isWhitespace { output.removeLast() }
                if output.last == "," { output.removeLast() }
                if !closers.isEmpty { closers.removeLast() }
                output.append(scalar)
            default:
                output.append(scalar)
            }
            index += 1
        }
        if inString { output.append("\"") }
        while let last = output.last, last.properties.isWhitespace || last == "," { output.removeLast() }
        for closer in closers.reversed() { output.append(closer) }
        return String(output)
    }

    /// `&quot;` and friends, for blocks a CMS escaped as if they were HTML.
    static func decodingEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = text
        for (entity, character) in [("&quot;", "\""), ("&#34;", "\""), ("&#039;", "'"), ("&#39;", "'"),
                                    ("&apos;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&nbsp;", " "), ("&amp;", "&")] {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        return result
    }
}
