import Foundation

/// News agencies and wire services. Their names in a byline or a dateline are sources, not
/// authors: the metadata stage keeps them out of `authors`, the attribution stage recognises
/// them in "(AP)" / "(dpa/ab)" tags.
/// Evidence: the agencies seen in ../shared/notes/nav-attribution-patterns.md and standard wire practice.
enum WireAgencies {
    /// Lower-cased names and abbreviations.
    static let names: Set<String> = [
        "ap", "associated press", "the associated press", "reuters", "thomson reuters", "afp",
        "agence france-presse", "agence france presse", "dpa", "deutsche presse-agentur", "sid", "efe",
        "upi", "united press international", "kna", "sda", "apa", "ansa", "epd", "kyodo", "jiji",
        "xinhua", "tass", "ria novosti", "interfax", "yonhap", "pti", "ians", "ani", "bloomberg",
        "cnn", "bbc", "aap", "cp", "the canadian press", "anp", "belga", "ctk", "pap", "tt", "ntb",
        "ritzau", "stt", "mti", "europa press", "notimex", "ap/dpa", "dpa/afp", "afp/dpa", "reuters/dpa",
        "dts", "ddp", "kathpress", "idea", "epd/kna", "red", "wire", "wires", "staff", "news desk",
        "共同", "時事", "新華社", "新华社",
        // Added for attributions: seen in sign-offs and datelines of the development corpora.
        "epdö", "ots", "ats", "dpa-afx", "spot", "spot on news",
    ]

    /// Whether the text (a byline part or a tag) is only an agency's name.
    static func isAgency(_ text: String) -> Bool {
        names.contains(text.lowercased().trimmingScalars(where: edges.contains))
    }

    /// Built once: making the union on every call cost more than the look-up.
    private static let edges = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)
}
