/// Decides which sentences may stand in a summary at all: not page furniture, not a caption or
/// credit, not a fragment.
struct SentenceFilter {
    /// Sentences with fewer words are fragments: "Pictured.", "Read more here.", "Watch:".
    var minimumWords: Int

    /// Whether `sentence` may be chosen.
    func admits(_ sentence: String, words: [String]) -> Bool {
        guard words.count >= minimumWords else { return false }
        guard words.contains(where: { $0.unicodeScalars.contains { !$0.isDecimalDigit } }) else {
            return false
        }
        // a subheading, credit or caption run into the text: "Follow Jane on Twitter"
        guard TextBlocks.endsLikeSentence(sentence) else { return false }
        // a contact line: "Jane.Doe-INTERNET@example.co.uk", "Email us at news@example.org."
        if Self.containsEmailAddress(sentence) { return false }
        let lowered = Array(sentence.lowercased().utf8)
        if SentencePatterns.containsBoilerplate(lowered) { return false }
        if SentencePatterns.creditOpeningBytes.contains(where: { lowered.starts(with: $0) }) { return false }
        if isParenthetical(sentence) { return false }
        return true
    }

    /// Whether some word of `sentence` has the shape name@host.domain.
    static func containsEmailAddress(_ sentence: String) -> Bool {
        sentence.split(separator: " ").contains { word in
            guard let at = word.firstIndex(of: "@"), at != word.startIndex else { return false }
            return word[word.index(after: at)...].dropLast().contains(".")
        }
    }

    /// "(Reporting by Jane Doe; Editing by John Roe)": a whole sentence in brackets is a note
    /// or a credit, not part of the story.
    private func isParenthetical(_ sentence: String) -> Bool {
        guard let first = sentence.unicodeScalars.first, first == "(" || first == "[" else {
            return false
        }
        let trimmed = sentence.unicodeScalars.reversed().drop { Punctuation.terminators.contains($0) }
        return trimmed.first == ")" || trimmed.first == "]"
    }
}

/// Phrases that mark a sentence as page furniture rather than story. Lower-case; a sentence
/// containing one is never chosen. Each names the kind of block it comes from.
enum SentencePatterns {
    static let boilerplate: [String] = [
        // calls to action around the story
        "click here", "sign up for", "subscribe to our", "subscribe now", "our newsletter",
        "follow us on", "share this article", "read more:", "related:", "download our app",
        "melden sie sich", "abonnieren sie", "inscrivez-vous", "abonnez-vous", "suscríbete",
        // media players and embeds
        "media playback is", "your browser does not support", "enable javascript",
        "watch the video", "image caption", "image copyright", "getty images",
        // legal lines and ads
        "all rights reserved", "copyright ©", "©", "terms of use", "privacy policy", "cookie policy",
        "we use cookies", "alle rechte vorbehalten", "tous droits réservés",
        "todos los derechos reservados",
        // contact lines
        "contact the reporter", "contact the author", "email us at", "e-mail us at",
    ]

    /// The boilerplate phrases as UTF-8, grouped by their first byte.
    static let boilerplateByFirstByte: [[[UInt8]]] = {
        var buckets = [[[UInt8]]](repeating: [], count: 256)
        for phrase in boilerplate {
            let bytes = Array(phrase.utf8)
            buckets[Int(bytes[0])].append(bytes)
        }
        return buckets
    }()

    /// Whether lower-cased UTF-8 `text` contains a boilerplate phrase: one pass over the text,
    /// trying only the phrases that start with the byte at hand.
    static func containsBoilerplate(_ text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { bytes in
            for start in bytes.indices {
                for phrase in boilerplateByFirstByte[Int(bytes[start])]
                where start + phrase.count <= bytes.count {
                    var offset = 1
                    while offset < phrase.count, bytes[start + offset] == phrase[offset] { offset += 1 }
                    if offset == phrase.count { return true }
                }
            }
            return false
        }
    }

    static let creditOpeningBytes = creditOpenings.map { Array($0.utf8) }

    /// How credit and caption lines begin: "Reporting by ...", "Photo: ...", "Additional
    /// reporting by ...", "Foto: ...".
    static let creditOpenings: [String] = [
        "reporting by", "additional reporting", "editing by", "writing by", "compiled by",
        "photo:", "photos:", "picture:", "pictured:", "image:", "video:", "watch:", "listen:",
        "caption:", "credit:", "source:", "foto:", "bild:", "quelle:", "mitarbeit:",
        "crédit photo", "fuente:",
    ]
}

