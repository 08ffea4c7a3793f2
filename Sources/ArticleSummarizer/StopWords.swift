/// Function words of English, German, French and Spanish: words that say little about what a
/// sentence is about, so they do not count when sentences are compared.
///
/// Lower-case, with apostrophes as typed ("don't", "l'"). Elided French and Italian articles
/// ("l'État") are split off by the tokenizer before the lookup.
enum StopWords {
    /// A language the summarizer has stop words for.
    enum Language: String, CaseIterable, Sendable {
        case english = "en", german = "de", french = "fr", spanish = "es"

        /// The language of a BCP 47 tag ("de-AT" is German), or `nil` when there is no list for it.
        init?(tag: String?) {
            guard let tag else { return nil }
            let primary = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? ""
            self.init(rawValue: String(primary))
        }
    }

    /// The stop words of `language`.
    static func words(for language: Language) -> Set<String> {
        switch language {
        case .english: english
        case .german: german
        case .french: french
        case .spanish: spanish
        }
    }

    /// The language whose stop words make up most of `tokens`; English when none stands out.
    static func guessLanguage<Tokens: Sequence>(of tokens: Tokens) -> Language
    where Tokens.Element == String {
        var counts = [Language: Int]()
        for token in tokens {
            for language in Language.allCases where words(for: language).contains(token) {
                counts[language, default: 0] += 1
            }
        }
        return Language.allCases.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }.flatMap {
            (counts[$0] ?? 0) > 0 ? $0 : nil
        } ?? .english
    }

    /// Every list together: the segmenter uses it to tell "U.S. The" (a new sentence) from
    /// "U.S. Army" (one name).
    static let anyLanguage: Set<String> = english.union(german).union(french).union(spanish)

    static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "although", "am", "among",
        "an", "and", "another", "any", "are", "around", "as", "at", "be", "because", "been",
        "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "don't", "down", "during", "each", "either", "even", "ever", "every",
        "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
        "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into",
        "is", "it", "it's", "its", "itself", "just", "may", "me", "might", "more", "most", "much",
        "must", "my", "myself", "neither", "no", "nor", "not", "now", "of", "off", "on", "once",
        "one", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "per",
        "said", "same", "says", "she", "should", "since", "so", "some", "such", "than", "that",
        "that's", "the", "their", "theirs", "them", "themselves", "then", "there", "these",
        "they", "this", "those", "though", "through", "thus", "to", "too", "under", "until",
        "up", "upon", "us", "very", "was", "we", "were", "what", "when", "where", "whether",
        "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without",
        "would", "yet", "you", "your", "yours", "yourself", "yourselves", "also", "still",
        "many", "several", "s", "t", "mr", "mrs", "ms", "dr",
    ]

    static let german: Set<String> = [
        "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander",
        "andere", "anderen", "auch", "auf", "aus", "bei", "beim", "bin", "bis", "bist", "da",
        "damit", "dann", "das", "dass", "daß", "dem", "den", "denn", "der", "des", "dessen",
        "dich", "die", "dies", "diese", "diesem", "diesen", "dieser", "dieses", "doch", "dort",
        "du", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "etwa",
        "euch", "euer", "für", "gegen", "hab", "habe", "haben", "hat", "hatte", "hätte", "hier",
        "hin", "ich", "ihm", "ihn", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "im", "in",
        "ins", "ist", "ja", "jede", "jedem", "jeden", "jeder", "jedoch", "jetzt", "kann", "kein",
        "keine", "können", "könnte", "man", "mehr", "mich", "mit", "muss", "musste", "nach",
        "nicht", "noch", "nun", "nur", "ob", "oder", "ohne", "schon", "sehr", "sein", "seine",
        "seinem", "seinen", "seiner", "seit", "sich", "sie", "sind", "so", "soll", "sollen",
        "sondern", "über", "um", "und", "uns", "unser", "unter", "vom", "von", "vor", "war",
        "waren", "warum", "was", "weil", "welche", "wenn", "wer", "werde", "werden", "wie",
        "wieder", "will", "wir", "wird", "wo", "wurde", "wurden", "zu", "zum", "zur", "zwar",
        "zwischen", "sagte", "laut", "bereits", "sowie", "einen", "gibt",
    ]

    static let french: Set<String> = [
        "à", "ai", "aient", "ait", "alors", "au", "aucun", "aussi", "autre", "aux", "avait",
        "avec", "avez", "avoir", "c", "ça", "ce", "ceci", "cela", "celle", "celui", "ces", "cet",
        "cette", "chez", "comme", "comment", "d", "dans", "de", "depuis", "des", "donc", "dont",
        "du", "elle", "elles", "en", "encore", "entre", "est", "et", "était", "été", "être", "eu",
        "eux", "fait", "il", "ils", "j", "je", "l", "la", "le", "les", "leur", "leurs", "lui",
        "m", "mais", "me", "même", "mes", "moi", "mon", "n", "ne", "ni", "nos", "notre", "nous",
        "on", "ont", "ou", "où", "par", "pas", "pendant", "peu", "peut", "plus", "pour",
        "pourquoi", "qu", "quand", "que", "quel", "quelle", "qui", "s", "sa", "sans", "se",
        "selon", "ses", "si", "son", "sont", "sous", "sur", "t", "ta", "te", "tes", "toi", "ton",
        "tous", "tout", "toute", "toutes", "très", "tu", "un", "une", "vers", "vos", "votre",
        "vous", "y", "a", "été", "sera", "ont", "aussi", "déjà", "après", "avant",
    ]

    static let spanish: Set<String> = [
        "a", "al", "algo", "algunos", "ante", "antes", "aquí", "así", "aunque", "bajo", "bien",
        "cada", "como", "con", "contra", "cual", "cuando", "de", "del", "desde", "donde", "dos",
        "durante", "e", "el", "él", "ella", "ellas", "ellos", "en", "entre", "era", "es", "esa",
        "esas", "ese", "eso", "esos", "esta", "está", "están", "estas", "este", "esto", "estos",
        "fue", "fueron", "ha", "había", "han", "hasta", "hay", "la", "las", "le", "les", "lo",
        "los", "más", "me", "mi", "mientras", "muy", "nada", "ni", "no", "nos", "nosotros", "o",
        "otra", "otro", "otros", "para", "pero", "poco", "por", "porque", "que", "qué", "quien",
        "se", "sea", "según", "ser", "si", "sí", "sido", "sin", "sobre", "su", "sus", "también",
        "tanto", "te", "tiene", "todo", "todos", "tras", "tu", "tú", "un", "una", "uno", "unos",
        "y", "ya", "yo", "dijo", "son", "sino", "puede", "será",
    ]
}
