import Foundation

/// Turns a byline as a page writes it into a list of people: lead-ins ("By", "Von", "Por"),
/// e-mail addresses, handles, links, dates, roles and job titles go; "and"/"und"/"&"/","
/// split names; wire agencies, organisations and the publisher are dropped; duplicates removed.
struct AuthorCleaner {
    /// The publication's name, which is never an author.
    var siteName: String?

    /// The people named in `bylines`, in order, without duplicates.
    func people(in bylines: [String]) -> [String] {
        var result: [String] = []
        var seen: Set<String> = []
        for byline in bylines {
            for name in names(in: byline) where seen.insert(name.lowercased()).inserted {
                result.append(name)
            }
        }
        return result
    }

    /// The names with a one-word name replaced by the fuller spelling another source gives the
    /// same person: a given name alone ("Todd" → "Todd Hollis") or a profile slug
    /// ("ariansommerfeld", "robert.steiner" → "Robert Steiner").
    static func completed(_ names: [String], by sources: [[String]]) -> [String] {
        let compact = { (text: String) in text.lowercased().filter(\.isLetter) }
        return names.map { name in
            guard !name.contains(" ") else { return name }
            let lower = name.lowercased()
            for other in sources.joined() where other.contains(" ") && other.split(separator: " ").count <= 4
                && other.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true }) {
                if compact(other) == compact(name) || other.lowercased().hasPrefix(lower + " ") { return other }
            }
            return name
        }
    }

    /// The printed names when a printed byline opens with the declared writers, in order, and
    /// names more people after them: "von Jana Beispiel, Tom Muster" over a declared "Jana
    /// Beispiel". A printed name stands for a declared one when they agree without case, or when
    /// it abbreviates the given name ("J. Beispiel" for "Jana Beispiel"). Nil when the byline
    /// names nobody new, names someone else first, or adds a name with an acronym in it ("ACLU
    /// Speech"): a desk or a project, no co-writer.
    static func extending(_ declared: [String], by printed: [String]) -> [String]? {
        guard printed.count > declared.count,
              zip(declared, printed).allSatisfy({ standsFor($1, $0) }) else { return nil }
        let added = printed.dropFirst(declared.count)
        guard added.allSatisfy({ name in
            let words = name.split(separator: " ")
            return (2 ... 4).contains(words.count) && !words.contains { word in
                word.filter(\.isLetter).count >= 2 && !word.contains(where: \.isLowercase)
            }
        }) else { return nil }
        return printed
    }

    /// Whether a printed name is the declared one: the same without case, or the same surname
    /// after the given name's initial.
    private static func standsFor(_ printed: String, _ declared: String) -> Bool {
        if printed.lowercased() == declared.lowercased() { return true }
        let shown = printed.lowercased().split(separator: " ")
        let full = declared.lowercased().split(separator: " ")
        guard shown.count == 2, full.count == 2, shown[0].count == 2, shown[0].last == "." else { return false }
        return shown[0].first == full[0].first && shown[1] == full[1]
    }

    /// Whether a site's name is written like a person's: two or three capitalised words of
    /// letters (a hyphen or an initial's point allowed), none an organisation word or an
    /// institution's ending. "Jana Beispiel" is; "Beispiel Zeitung", "Presse Nordstadt" are not.
    static func looksLikePersonalName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard (2 ... 3).contains(words.count) else { return false }
        return words.allSatisfy { word in
            word.first?.isUppercase == true && word.contains(where: \.isLowercase)
                && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." }
                && !BylineVocabulary.organisationWords.contains(word.lowercased())
                && !BylineVocabulary.endsLikeInstitution(word)
        }
    }

    /// "Dr. Jana Beispiel" → "Jana Beispiel": a site's name that is an academic title and a
    /// person's full name (``looksLikePersonalName(_:)``); nil for "Dr. Beispiel" and the rest.
    static func titledOwner(_ siteName: String) -> String? {
        var words = siteName.split(separator: " ")
        var titled = false
        while let first = words.first, BylineVocabulary.academicTitles.contains(first.lowercased()) {
            words.removeFirst()
            titled = true
        }
        let name = words.joined(separator: " ")
        guard titled, looksLikePersonalName(name) else { return nil }
        return name
    }

    /// "@JanaBeispiel" → "Jana Beispiel": a handle of two or three capitalised words run
    /// together, letters only, written like a person's name (``looksLikePersonalName(_:)``).
    static func nameSpelled(byHandle handle: String) -> String? {
        let letters = handle.hasPrefix("@") ? handle.dropFirst() : Substring(handle)
        guard letters.count <= 40, letters.first?.isUppercase == true, letters.allSatisfy(\.isLetter) else { return nil }
        var name = ""
        for character in letters {
            if character.isUppercase, !name.isEmpty { name.append(" ") }
            name.append(character)
        }
        return looksLikePersonalName(name) ? name : nil
    }

    /// "jana.beispiel" → "Jana Beispiel": a login of two lower-case words of letters joined by a
    /// point, the second of four letters or more and no common domain ending ("beispiel.info"),
    /// spelled as the name it is made of; nil for anything else.
    static func nameSpelled(byLogin login: String) -> String? {
        let parts = login.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count >= 2, parts[1].count >= 4, !domainEndings.contains(String(parts[1])),
              parts.allSatisfy({ $0.allSatisfy { $0.isLetter && $0.isLowercase } }) else { return nil }
        return parts.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// Domain endings of four letters or more that a site's address may end with.
    private static let domainEndings: Set<String> = ["info", "blog", "news", "shop", "online", "site", "wiki", "media", "club", "store", "swiss", "berlin", "wien"]

    /// "JANA BEISPIEL" → "Jana Beispiel": a name set in capitals, spelled as a name; any text
    /// with a lower-case letter stays as written.
    static func spelledFromCapitals(_ name: String) -> String {
        guard !name.contains(where: \.isLowercase) else { return name }
        return name.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }

    /// The names in one byline.
    func names(in byline: String) -> [String] {
        var words: [String] = []
        // "Jane Doe/dpa": a slash between names separates them like a comma.
        // Soft hyphens ("Mat\u{AD}thi\u{AD}as") are invisible and split no name.
        let spaced = Self.afterAuthorLabel(Self.afterDatedLeadIn(MetadataExtractor.decodingEntities(byline).removingSoftHyphens))
            .split(separator: "/", omittingEmptySubsequences: false).joined(separator: " / ")
        for word in spaced.collapsingWhitespace.split(separator: " ") {
            let lower = word.lowercased()
            if word.contains("@") || lower.hasPrefix("http") || lower.hasPrefix("www.") { continue }
            // A date or a count ends the names: "By Nathan Pryor March 25, 2015", with the month
            // or weekday before it.
            if word.first?.isNumber == true || word.last?.isNumber == true && word.contains(where: \.isLetter) == false {
                while let last = words.last?.lowercased().trimmingScalars(where: ScalarClass.isPunctuation),
                      DateVocabulary.months[last] != nil || BylineVocabulary.weekdays.contains(last) {
                    words.removeLast()
                }
                break
            }
            if let digit = word.firstIndex(where: \.isNumber), digit != word.startIndex,
               word.last == "." || !word.contains(where: \.isLowercase),
               word[..<digit].allSatisfy(\.isLetter), word[digit...].allSatisfy({ $0.isNumber || $0 == "." }) {
                // "Marchand22." is a name run into a date and "CC7567" a code; "walker1979" is
                // a handle and stays whole.
                words.append(String(word[..<digit]))
                break
            }
            words.append(String(word))
        }
        var parts: [[String]] = [[]]
        for word in words {
            var word = word
            var endsPart = false
            if let last = word.last, [",", ";", "|", "/", "·", "•"].contains(last) {
                word.removeLast()
                endsPart = true
            }
            let bare = word.lowercased().trimmingScalars(where: { Self.brackets.contains($0) })
            if BylineVocabulary.joiners.contains(bare) || ["|", "/", "·", "•", "-", "–", "—"].contains(word) {
                parts.append([])
                continue
            }
            if !word.isEmpty { parts[parts.count - 1].append(word) }
            if endsPart { parts.append([]) }
        }
        // "Example Gazette, Nordstadt, Examplia", "Beispiel Verlag GmbH, Nordstadt": a byline that
        // opens with the publication or a company names its address or desk after it, no person.
        if let first = parts.first(where: { !$0.isEmpty }), isPublisher(first.joined(separator: " "))
            || parts.count > 1 && (Self.isDomain(first.joined(separator: " "))
                || first.contains(where: { BylineVocabulary.organisationWords.contains($0.lowercased()) })) {
            return []
        }
        // "Von Apfel über Birne bis Zitrone": a range of things, a subheading that opens like a byline.
        if words.contains(where: { BylineVocabulary.rangeWords.contains($0) }) { return [] }
        return Self.droppingDatelinePlaces(parts.compactMap(person(from:)))
    }

    /// "Jana Beispiel, Nordstadt": a one-word part after a full name in the same byline is the
    /// dateline's place or a desk, not a co-writer (co-writers are named in full).
    private static func droppingDatelinePlaces(_ names: [String]) -> [String] {
        guard names.count > 1, let first = names.first, first.contains(" ") else { return names }
        return names.filter { $0.contains(" ") }
    }

    private func person(from part: [String]) -> String? {
        var words = part.map { $0.trimmingScalars(where: { Self.quotesAndBrackets.contains($0) }) }
            .filter { !$0.isEmpty }
        if let first = words.first?.lowercased().trimmingScalars(where: ScalarClass.isPunctuation),
           BylineVocabulary.creditWords.contains(first) || words.first == "©" {
            return nil
        }
        // "---- by Kenneth Marlowe": rules and dashes before the lead-in are no words.
        words = Self.droppingLeadIn(words.filter { $0.contains(where: { $0.isLetter || $0.isNumber }) })
        // "Tom Muster, PhD" and "Eva Probe, MA Example": a part that opens with a degree is no name.
        if let first = words.first, BylineVocabulary.degrees.contains(first.lowercased()) { return nil }
        // "Beispiel-Online-Experte Tom Muster": a compound that ends in a role is a title before the name.
        if words.count > 1, let first = words.first, first.contains("-"),
           let last = first.split(separator: "-").last, BylineVocabulary.roleWords.contains(last.lowercased()) {
            words.removeFirst()
        }
        // "Text und Interview: Jana Beispiel": a label left alone by a joiner names nobody.
        if words.count == 1, BylineVocabulary.labelWords.contains(words[0].lowercased().trimmingScalars(where: ScalarClass.isPunctuation)) {
            return nil
        }
        if let role = words.firstIndex(where: {
            BylineVocabulary.roleWords.contains($0.lowercased()) || BylineVocabulary.trailingPrepositions.contains($0)
        }) {
            guard role > 0 else { return nil }
            words = Array(words[..<role])
        }
        // "No Author": a negation left alone by a role word names nobody.
        if words.count == 1, BylineVocabulary.nobodyWords.contains(words[0].lowercased()) { return nil }
        words = droppingPublisherHandle(words)
        guard !words.isEmpty, words.count <= 5 else { return nil }
        if words.contains(where: { BylineVocabulary.organisationWords.contains($0.lowercased()) }) { return nil }
        if Self.isPhrase(words) || Self.isAccount(words) { return nil }
        // "Beispielverein e. V.": a registered association's ending written in two words.
        if zip(words, words.dropFirst()).contains(where: { $0.0.lowercased() == "e." && $0.1.lowercased().hasPrefix("v") }) { return nil }
        var name = words.joined(separator: " ").trimmingScalars(where: { Self.separators.contains($0) || ScalarClass.isSpace($0) })
        // Keep the point of "Jr." and "Joe S.", drop a sentence's full stop.
        if name.hasSuffix("."), (words.last?.count ?? 0) > 3 { name.removeLast() }
        guard name.count >= 2, name.count <= 60, name.contains(where: \.isLetter) else { return nil }
        // "index.php?title=…", "Hauptseite&old": an address's pieces, no name.
        if name.contains(where: { "?=&<>{}".contains($0) }) { return nil }
        if WireAgencies.isAgency(name) { return nil }
        if isPublisher(name) || Self.isDomain(name) { return nil }
        return name
    }

    /// "Tom examplegazette": a lower-case word that is the publication's name run together is its
    /// handle, printed beside the writer's name (a social link's text). A capitalised one
    /// ("Beispiel Blog Redaktion") is part of the name the page gives.
    private func droppingPublisherHandle(_ words: [String]) -> [String] {
        guard words.count > 1 else { return words }
        return words.filter { !($0.allSatisfy { !$0.isUppercase } && namesSite($0)) }
    }

    /// "deinen Beispielbloggern": a lower-case first word that is no name particle ("von", "de")
    /// before a capitalised word opens a phrase, not a name.
    private static func isPhrase(_ words: [String]) -> Bool {
        guard words.count > 1, let first = words.first, first.allSatisfy({ $0.isLowercase }),
              !BylineVocabulary.nameParticles.contains(first) else { return false }
        return words.dropFirst().contains { $0.first?.isUppercase == true }
    }

    /// "wpadmin": a CMS's default login names the site's account, not a person.
    private static func isAccount(_ words: [String]) -> Bool {
        guard words.count == 1, let word = words.first else { return false }
        if BylineVocabulary.defaultLogins.contains(word.lowercased()) { return true }
        return word.hasSuffix("admin") && word.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
    }

    /// Whether the name is the publication's, written as the site writes it or run together
    /// without its domain ending: "El Meridiano" on "ElMeridiano.com". A login written in lower
    /// case where the site capitalises its name ("von beispielfee" on a blog named "Beispielfee")
    /// is the account of the person the blog is named after (M49).
    private func isPublisher(_ name: String) -> Bool {
        if name != siteName, !name.contains(" "), name.contains(where: \.isLetter),
           name.allSatisfy({ $0.isLowercase || $0.isNumber }) { return false }
        return namesSite(name)
    }

    /// Whether the name is the site's own, whatever its case, or the site's run together.
    private func namesSite(_ name: String) -> Bool {
        guard let siteName else { return false }
        if name.lowercased() == siteName.lowercased() { return true }
        // "Ein Titel | Example Gazette": a site name that carries a page's title names the
        // publication in one of its parts. A dash joins an owner's name to a personal site's
        // ("Jana Beispiel - Example Blog"): that part stays a person.
        if siteName.contains(" | "),
           siteName.components(separatedBy: " | ").contains(where: { $0.lowercased() == name.lowercased() }) { return true }
        var site = siteName.lowercased()
        if let dot = site.lastIndex(of: "."), site[site.index(after: dot)...].allSatisfy(\.isLetter) {
            site = String(site[..<dot])
        }
        let compact = { (text: String) in text.lowercased().filter(\.isLetter) }
        return !compact(site).isEmpty && compact(name) == compact(site)
    }

    /// Whether the name is a web address without a scheme: "pfarrbrief.at", "MesOpinions.com".
    static func isDomain(_ name: String) -> Bool {
        guard !name.contains(" "), let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        let ending = name[name.index(after: dot)...]
        return (2 ... 6).contains(ending.count) && ending.allSatisfy { $0.isLetter && $0.isASCII }
    }

    /// "Posted on March 3, 2022 by Adi Marlow", "Veröffentlicht am 3. Mai 2020 von Jan Ostwald":
    /// when a byline opens with a publication verb and a date comes before a lower-case lead-in,
    /// the names are what follows it.
    static func afterDatedLeadIn(_ byline: String) -> String {
        let opening = byline.prefix(while: \.isLetter).lowercased()
        guard BylineVocabulary.publicationVerbs.contains(opening) else { return byline }
        for leadIn in [" by ", " von ", " par ", " por "] {
            guard let range = byline.lastByteRange(of: leadIn),
                  byline[..<range.lowerBound].contains(where: \.isNumber) else { continue }
            let rest = byline[range.upperBound...]
            if rest.first?.isLetter == true { return String(rest) }
        }
        return byline
    }

    /// "Datum: 19.11.2021 Autor: Fritz Amsler": a block of labelled lines names the author
    /// after its author label.
    static func afterAuthorLabel(_ byline: String) -> String {
        let lower = byline.lowercased()
        for label in BylineVocabulary.authorLabels {
            guard let range = lower.firstByteRange(of: " " + label) else { continue }
            let offset = lower.distance(from: lower.startIndex, to: range.upperBound)
            return String(byline.dropFirst(offset))
        }
        return byline
    }

    // Scalar sets are built once: building one per word cost more than the cleaning.
    private static let brackets = Set("()[]".unicodeScalars)
    private static let quotesAndBrackets = Set("\"'“”„«»()[]:".unicodeScalars)
    private static let separators = Set(",;:-–—|·•~!?".unicodeScalars)

    private static func droppingLeadIn(_ words: [String]) -> [String] {
        var words = words
        // "Ein Artikel von", "Eine Reportage von": a lead-in that names the kind of piece.
        if let length = StoryHeader.nounLeadInLength(words.prefix(4).joined(separator: " ")), length > 0 { words.removeFirst(3) }
        var changed = true
        while changed, !words.isEmpty {
            changed = false
            let text = words.joined(separator: " ").lowercased()
            for leadIn in BylineVocabulary.leadIns where text.hasPrefix(leadIn) {
                let count = leadIn.split(separator: " ").count
                let candidate = words.prefix(count).joined(separator: " ").lowercased()
                // Only whole words: "Bye" does not start with "By".
                guard candidate == leadIn || candidate == leadIn + ":" else { continue }
                words.removeFirst(count)
                changed = true
                break
            }
        }
        return words
    }
}
