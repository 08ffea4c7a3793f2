import Foundation

/// Short blocks whose words, not their markup, show they are furniture: picture credits,
/// date lines and the calls to action that close many stories. Each test is cheap and looks at
/// one block's text only.
/// Evidence: the leaked segments of the segment-annotated development corpus ("Foto: Verband/Jane Doe",
/// "Erstellt am Freitag 12. März 2021", "Get the print edition for the full story.").
enum FurnitureText {
    /// How a picture credit starts, lower-cased.
    static let creditPrefixes: [String] = [
        "beitragsbild", "titelbild", "vorschaubild", "symbolbild", "foto:", "fotos:", "foto :", "bild:", "bilder:", "titelbild:", "photo:", "photos:", "image:",
        "images:", "credit:", "credits:", "photo credit", "image credit", "bildquelle", "fotoquelle",
        "quelle:", "source:", "źródło:", "zdjęcie:", "fot.", "imagen:", "foto de", "crédito", "crédit",
        "©", "(c)", "copyright", "(foto:", "(bild:", "(photo:", "(crédito", "(image:", "(credit:", "(credits:",
        // French sets a space before the colon; Finnish says "kuva".
        "photo :", "(photo :", "kuva:", "kuvat:", "(kuva:",
    ]

    /// Stock and agency names that alone make a block a credit.
    static let creditWords: [String] = [
        "getty images", "istock", "shutterstock", "adobe stock", "fotolia", "unsplash", "pixabay",
        "imago", "picture alliance", "picture-alliance", "dpa", "afp", "reuters", "ap photo", "epa",
        "keystone", "alamy", "depositphotos", "123rf", "thinkstock", "clipdealer", "colourbox",
    ]

    /// Words that open a source note about a picture: "(Quelle: Foto Jane Doe)".
    private static let creditPrefixBytes = creditPrefixes.map { Array($0.utf8) }

    static let pictureWords: [String] = ["foto", "photo", "bild", "image", "grafik", "illustration"]

    static func isCredit(_ text: String) -> Bool {
        guard text.utf8.count <= 140 else { return false }
        let lowered = text.lowercasedQuickly
        // Prefixes by bytes, as ``ByteSearch`` searches: grapheme-aware `hasPrefix` cost more
        // than the rest of the paragraph's tests.
        if ByteSearch.startsWithAny(of: creditPrefixBytes, text: lowered) { return true }
        // "(Quelle: …)" names a source; it is a picture credit only when it names a photographer
        // or an agency the way credits do, "(Quelle: Hartmann/Unsplash/DJV)", or says it credits
        // a picture, "(Quelle: Foto Jane Doe)".
        if lowered.hasPrefix("(quelle:") || lowered.hasPrefix("(source:") {
            let named = lowered.drop { $0 != ":" }.dropFirst().drop(while: \.isWhitespace)
            return lowered.contains("/") || creditWords.contains(where: { lowered.contains($0) })
                || pictureWords.contains(where: { named.hasPrefix($0) })
        }
        // "Lakeside Park/Getty Images", "AFP / LUCA MARTINI": short, a slash, an agency.
        guard text.utf8.count <= 80 else { return false }
        let hasSeparator = lowered.contains("/") || lowered.contains("|")
        return (hasSeparator || lowered.split(separator: " ").count <= 3)
            && creditWords.contains(where: { lowered.contains($0) })
            && !ContentLocator.hasSentencePunctuation(text)
    }

    /// Credit markers that end a caption: "The bridge at dusk. Foto: Jane Doe/Agency".
    static let captionCreditMarkers: [String] = [
        "foto:", "fotos:", "bild:", "photo:", "photos:", "image:", "credit:", "quelle:", "source:",
        "(foto:", "(bild:", "(photo:", "(quelle:", "(image:", "©", "(ap photo", "(reuters", "(afp",
        "photo :", "(photo :", "kuva:", "kuvat:", "(kuva:",
    ]

    /// A caption without the picture credit at its end; the caption itself when it has none.
    static func removingCredit(fromCaption caption: String) -> String {
        let lowered = caption.lowercasedQuickly
        var cut: String.Index?
        for marker in captionCreditMarkers {
            guard let range = lowered.lastByteRange(of: marker), range.lowerBound > lowered.startIndex else {
                continue
            }
            let before = lowered[lowered.index(before: range.lowerBound)]
            guard before == " " || before == "\n" else { continue }
            if let earlier = cut, earlier <= range.lowerBound { continue }
            cut = range.lowerBound
        }
        guard let cut else { return caption }
        // Same offset in the original: lower-casing kept every character's length here.
        let offset = lowered.distance(from: lowered.startIndex, to: cut)
        guard offset <= caption.count else { return caption }
        let kept = caption.prefix(offset).trimmingCharacters(in: .whitespacesAndNewlines)
        return kept.isEmpty ? caption : kept
    }

    /// A short paragraph without the picture credit at its end, when the credit follows a finished
    /// sentence or a separator ("The pass at dawn. © AFP / Jane Doe", "… at dawn | © Agency"):
    /// captions the markup does not name as captions. A copyright year ("© 2003 Jane Doe")
    /// signs a text, and a marker inside a parenthesis ("(All photos: …)") credits the page.
    static func removingCredit(fromShortParagraph text: String) -> String {
        guard text.utf8.count <= shortCaptionLength, mayHoldCreditMarker(text) else { return text }
        let kept = removingCredit(fromCaption: text)
        guard kept.utf8.count < text.utf8.count, let last = kept.unicodeScalars.last,
              creditSeparators.contains(last) else { return text }
        let credit = text.unicodeScalars.dropFirst(kept.unicodeScalars.count).drop { $0 == " " || $0 == "\n" }
        if credit.first == "©", let next = credit.dropFirst().first(where: { $0 != " " }),
           ("0" ... "9").contains(next) {
            return text
        }
        // "(Reuters)" closing a report is the agency's sign-off, for the attribution stage.
        if credit.first == "(" {
            let lowered = String(String.UnicodeScalarView(credit)).lowercasedQuickly
            guard pictureWords.contains(where: { lowered.contains($0) }) || lowered.contains("credit") else { return text }
        }
        return kept
    }

    /// Whether the text has a ":", "(" or "©", which every marker of ``captionCreditMarkers``
    /// holds: most short paragraphs have none, and the marker search lower-cases the text.
    private static func mayHoldCreditMarker(_ text: String) -> Bool {
        ByteSearch.withBytes(of: text) { bytes in
            for (position, byte) in bytes.enumerated() {
                if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "(") { return true }
                // © is C2 A9.
                if byte == 0xC2, position + 1 < bytes.count, bytes[position + 1] == 0xA9 { return true }
            }
            return false
        }
    }

    /// Paragraphs up to this many bytes can be captions set as plain paragraphs.
    static let shortCaptionLength = 200
    private static let creditSeparators: Set<Unicode.Scalar> = [".", ",", "|", ")", "!", "?", ";", ":", "–", "-"]

    /// The text without the lines of PHP's diagnostics printed into the page ("Warning: Undefined
    /// variable $post in /var/www/…/single.php on line 12"): a server's error output, never the
    /// page's text, whether it fills a block or sits between a story's lines. Asked of every
    /// block, so a byte search for " on line " decides first.
    static func removingServerDiagnostics(_ text: String) -> String {
        guard ByteSearch.containsAny(of: diagnosticPlace, in: text) else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let kept = lines.filter { !isServerDiagnostic($0) }
        return kept.count == lines.count ? text : kept.joined(separator: "\n")
    }

    private static func isServerDiagnostic(_ line: Substring) -> Bool {
        guard diagnosticLabels.contains(where: { line.hasPrefix($0) }),
              let place = line.range(of: " on line ", options: .backwards) else { return false }
        let number = line[place.upperBound...].trimmingCharacters(in: .whitespaces)
        return !number.isEmpty && number.unicodeScalars.allSatisfy { ("0" ... "9").contains($0) }
    }

    private static let diagnosticPlace = [Array(" on line ".utf8)]
    private static let diagnosticLabels = [
        "Warning:", "Notice:", "Deprecated:", "Strict Standards:", "Fatal error:", "Parse error:",
        "Catchable fatal error:", "Recoverable fatal error:",
    ]

    /// Words of date lines and view counters.
    static let dateLineWords: [String] = [
        "veröffentlicht", "aktualisiert", "erstellt am", "zuletzt aktualisiert", "published", "updated", "posted on",
        "publié", "mis à jour", "publicado", "actualizado", "pubblicato", "opublikowano", "aufrufe",
        "views", "lesezeit", "reading time", "min read", "min. lesezeit", "uhr", "czytania",
        "temps de lecture", "tiempo de lectura",
        "veröffentlichung", "publiziert", "release date", "publication date", "date de publication",
        "fecha de publicación",
    ]

    /// A short block that is mostly a date, a time or a reading-time note.
    static func isDateLine(_ text: String) -> Bool {
        guard text.utf8.count <= 80 else { return false }
        let (digits, letters) = digitsAndLetters(of: text)
        guard digits >= 2 else { return false }
        let lowered = text.lowercasedQuickly
        if dateLineWords.contains(where: { lowered.contains($0) }) && letters <= 40 { return true }
        // "05:28", "27.11.2026", "2026-11-27 09:30": digits and separators, at most a month name.
        return letters <= 12 && digits >= 4
    }

    /// "3:59 PM", "9:05": a time of day alone, with a one-digit hour. Not when it fills a table
    /// cell: a timetable's cells are its data.
    static func isTimeAlone(_ text: String) -> Bool {
        guard text.utf8.count <= 12, text.contains(":") else { return false }
        let (digits, letters) = digitsAndLetters(of: text)
        return digits == 3 && letters <= 2
    }

    /// How many ASCII digits and how many letters of any script a short text has.
    private static func digitsAndLetters(of text: String) -> (digits: Int, letters: Int) {
        var digits = 0
        var letters = 0
        for scalar in text.unicodeScalars {
            if ("0" ... "9").contains(scalar) { digits += 1 } else if scalar.properties.isAlphabetic { letters += 1 }
        }
        return (digits, letters)
    }

    /// Words of the appeals that end a story: subscribe, support, follow, comment.
    static let callToActionWords: [String] = [
        "subscribe", "subscriber", "newsletter", "sign up", "support us", "support our", "donate",
        "follow us", "enjoyed reading", "hear what you think", "letter to the editor", "full story",
        "abonnier", "abonnent", "abo ", "unterstütze", "unterstützen sie", "spende", "folge uns",
        "folgen sie uns", "gefällt dir", "gefällt ihnen", "jetzt anmelden", "jetzt registrieren",
        "abonnez", "abonnement", "soutenez", "suscríbete", "suscribirse", "apoya", "hacemos periodismo",
        "zasubskrybuj", "wesprzyj", "puede escribirnos", "cancela cuando quieras",
        "download the", "síguenos", "siguenos", "nuestro canal", "follow the",
        "únete", "unete a", "subskrypcj", "telegram", "whatsapp",
        "nicht eingeloggt", "mit diesem button", "bezahlschranke", "paywall", "fan-shop",
        "learn more about", "get the latest", "kennt ihr schon", "kennen sie schon",
    ]

    /// An appeal to the reader rather than part of the story; only trusted at a story's end.
    static func isCallToAction(_ text: String) -> Bool {
        // A parenthetical note is for the attribution stage to judge: "(Via the club's newsletter)".
        guard !(text.hasPrefix("(") && text.hasSuffix(")")) else { return false }
        let length = text.utf8.count
        if length <= Thresholds.appealLength { return holdsAppeal(text) }
        // A longer block is an appeal when it opens with one: "Like our magazine? We chose not
        // to put up a paywall …, so we need your support."
        return length <= Thresholds.openingAppealLength && holdsAppeal(String(text.prefix(Thresholds.appealOpening)))
    }

    private static func holdsAppeal(_ text: String) -> Bool {
        let lowered = text.lowercasedQuickly
        return callToActionWords.contains(where: { lowered.contains($0) })
    }

    /// Words of the rights and citation notes that close a story: a licence, a reservation of
    /// rights, a suggested citation.
    static let rightsWords: [String] = [
        "cc-by", "cc by", "licensed under", "under the license", "under a license", "unter der lizenz",
        "lizenziert unter", "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
        "todos los derechos reservados", "tutti i diritti riservati", "wszelkie prawa zastrzeżone",
        "chroniony prawem autorskim", "suggested citation", "cite this", "zitiervorschlag", "zitierweise",
    ]

    /// A one-line note on the story's rights or how to cite it; only trusted at a story's end.
    /// A block of several lines is a fact box ("Published … / Licence: … / Downloads: …").
    static func isRightsNotice(_ text: String) -> Bool {
        guard text.utf8.count <= 300, !text.contains("\n") else { return false }
        let lowered = text.lowercasedQuickly
        return rightsWords.contains(where: { lowered.contains($0) })
    }

    /// Headings of the contact block under press releases and institutional news, lower-cased:
    /// the labels over a contact person, and the broader ones over an office or a form.
    static let contactLabels: [String] = Array(BylineVocabulary.contactLabels) + [
        "medienkontakt", "pressestelle", "kontaktieren sie uns", "contact", "contacto",
    ]

    /// "Kontakt", "Ansprechpartner für Rückfragen:", "Media contact": a short block naming a contact.
    static func isContactLabel(_ text: String) -> Bool {
        guard text.utf8.count <= 2 * contactLabelLength else { return false }
        var label = text.lowercasedQuickly.trimmingWhitespaceAndNewlines
        if label.hasSuffix(":") { label = String(label.dropLast()).trimmingWhitespaceAndNewlines }
        guard label.count <= contactLabelLength else { return false }
        return contactLabels.contains { label == $0 || label.hasPrefix($0 + " ") }
    }

    /// Characters a contact label has at most ("Ansprechpartnerin für Fragen zum Haushalt").
    static let contactLabelLength = 45

    /// Field names of a contact line, lower-case ASCII.
    static let contactFieldWords: Set<[UInt8]> = Set(
        ["tel", "telefon", "fon", "fax", "e-mail", "email", "phone", "mail"].map { Array($0.utf8) })

    /// "Telefon: 030 … Fax: 030 … E-Mail: …": a short block with two contact fields and six
    /// digits. On bytes: the field names are ASCII, and most blocks fail the digit count at once.
    static func isContactLine(_ text: String) -> Bool {
        guard text.utf8.count <= 300 else { return false }
        return ByteSearch.withBytes(of: text) { bytes in
            guard bytes.lazy.filter({ (0x30 ... 0x39).contains($0) }).count >= 6 else { return false }
            var fields = 0
            var word: [UInt8] = []
            for byte in bytes + [0x20] {
                let lower = byte | 0x20
                if (0x61 ... 0x7A).contains(lower) || byte == UInt8(ascii: "-") {
                    if word.count <= 8 { word.append(byte == UInt8(ascii: "-") ? byte : lower) }
                    continue
                }
                while word.last == UInt8(ascii: "-") { word.removeLast() }
                while word.first == UInt8(ascii: "-") { word.removeFirst() }
                if contactFieldWords.contains(word) { fields += 1 }
                word.removeAll(keepingCapacity: true)
            }
            return fields >= 2
        }
    }

    /// "Kommentare (RSS) | Trackback | Permalink", "Impressum · Datenschutz · ©
    /// 2026 …": three or more short fields between bars or dots, none a sentence. Only trusted
    /// at a story's end, where themes print their meta and footer lines.
    static func isFieldLine(_ text: String) -> Bool {
        guard text.utf8.count <= 200, !text.contains("\n") else { return false }
        let fields = text.split(whereSeparator: { $0 == "|" || $0 == "·" || $0 == "•" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        return fields.count >= 3 && fields.allSatisfy { field in
            guard let last = field.last, field.count <= 40 else { return false }
            return last != "." && last != "!" && last != "?"
        }
    }

    /// The link words that end a teaser's excerpt, lower-cased: "… the council voted. More",
    /// "… hat entschieden. Weiterlesen". ("Learn more" ends help texts, which are the page's own.)
    static let readMoreWords: [[UInt8]] = [
        "more", "read more", "continue reading", "mehr", "mehr lesen", "weiterlesen", "zum artikel",
        "artikel lesen", "mehr erfahren", "lire la suite", "leer más", "seguir leyendo", "leggi tutto",
        "czytaj więcej", "lees meer", "leia mais", "ler mais",
    ].map { Array($0.utf8) }

    /// An excerpt that points to another page: a sentence or two ending, after its last full stop
    /// or ellipsis, with a read-more word. A sentence of the story ends with its own punctuation.
    /// On bytes from the end: most blocks fail at their last letter.
    static func isTeaserExcerpt(_ text: String) -> Bool {
        guard text.utf8.count <= 600 else { return false }
        return ByteSearch.withBytes(of: text) { bytes in
            var end = bytes.count
            // Trailing spaces, arrows and dots after the link word: "more »", "mehr…".
            while end > 0 {
                let byte = bytes[end - 1]
                if byte == 0x20 || byte == 0x0A || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ">") {
                    end -= 1
                } else if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80 || bytes[end - 2] == 0x86,
                          byte == 0xA6 || byte == 0xBA || byte == 0x92 {
                    end -= 3 // …, ›, →
                } else if end >= 2, bytes[end - 2] == 0xC2, byte == 0xBB {
                    end -= 2 // »
                } else {
                    break
                }
            }
            guard let word = readMoreWords.first(where: { endsWith($0, bytes, at: end) }) else { return false }
            var position = end - word.count
            guard position > 0, bytes[position - 1] == 0x20 else { return false }
            while position > 0, bytes[position - 1] == 0x20 || bytes[position - 1] == 0x0A { position -= 1 }
            guard position > 0 else { return false }
            let mark = bytes[position - 1]
            if ".!?\")".utf8.contains(mark) { return true }
            // …, “, ” end in A6, 9C, 9D after E2 80; » is C2 BB.
            guard position >= 2 else { return false }
            if position >= 3, bytes[position - 3] == 0xE2, bytes[position - 2] == 0x80 { return [0xA6, 0x9C, 0x9D].contains(mark) }
            return bytes[position - 2] == 0xC2 && mark == 0xBB
        }
    }

    /// Whether `bytes[..<end]` ends with `word`, ASCII letters compared without case.
    private static func endsWith(_ word: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
        guard end >= word.count else { return false }
        let start = end - word.count
        for offset in word.indices {
            let byte = bytes[start + offset]
            let folded = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            if folded != word[offset] { return false }
        }
        return true
    }

    /// A download link's line: "Programme (PDF, 240 KB)", "Download (1,2 MB)". A sentence that
    /// mentions a size goes on after it ("files over 50 MB are skipped"); a size alone is a cell of
    /// a table of files.
    static func isDownloadLine(_ text: String) -> Bool {
        guard text.utf8.count <= 200 else { return false }
        return ByteSearch.withBytes(of: text) { bytes in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A || bytes[end - 1] == UInt8(ascii: ")") { end -= 1 }
            // The unit: KB, MB, GB, in any case, or KiB, MiB, GiB.
            guard end >= 2, bytes[end - 1] | 0x20 == UInt8(ascii: "b") else { return false }
            var unitStart = end - 1
            if bytes[unitStart - 1] | 0x20 == UInt8(ascii: "i") { unitStart -= 1 }
            guard unitStart >= 1, "kmg".utf8.contains(bytes[unitStart - 1] | 0x20) else { return false }
            var position = unitStart - 1
            if position > 0, bytes[position - 1] == 0x20 { position -= 1 }
            let numberEnd = position
            while position > 0, (0x30 ... 0x39).contains(bytes[position - 1]) || bytes[position - 1] == UInt8(ascii: ".")
                    || bytes[position - 1] == UInt8(ascii: ",") { position -= 1 }
            guard position < numberEnd, (0x30 ... 0x39).contains(bytes[position]) else { return false }
            return position > 0 && (bytes[position - 1] == 0x20 || bytes[position - 1] == UInt8(ascii: "("))
        }
    }

    /// Words that label a figure, lower-case ASCII, the abbreviations with their full stop.
    static let figureLabels: [[UInt8]] = ["abbildung", "abb.", "figure", "fig.", "figura", "figur"].map { Array($0.utf8) }

    /// "Figure 3: The valley in May", "Abbildung: …": a figure's caption set as a plain paragraph,
    /// a label and its number before a colon. A sentence about a figure ("Figure 3 shows …") has no
    /// colon there.
    static func opensWithFigureLabel(_ text: String) -> Bool {
        ByteSearch.withBytes(of: text) { bytes in
            guard let label = figureLabels.first(where: { label in
                bytes.count > label.count && zip(bytes, label).allSatisfy { ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }
            }) else { return false }
            var position = label.count
            while position < bytes.count, bytes[position] == 0x20 || (0x30 ... 0x39).contains(bytes[position])
                    || bytes[position] == UInt8(ascii: ".") { position += 1 }
            return position < bytes.count && bytes[position] == UInt8(ascii: ":")
        }
    }
}
