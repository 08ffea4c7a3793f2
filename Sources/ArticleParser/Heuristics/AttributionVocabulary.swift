/// The closed set of forms a parenthetical source takes in body text, beyond the agency names
/// in ``WireAgencies``. Matched on one paragraph's edges, lower-cased, never searched for in
/// the document at large.
/// Evidence: ../shared/notes/nav-attribution-patterns.md (part 2) and the Attribution tests.
enum AttributionVocabulary {
    /// How a credit line opens: "(Reporting by Jane Doe; Editing by John Roe)", "(Source: ...)",
    /// "(Quelle: ...)", "(Via ...)", "(With inputs from ...)", "(This story has been refiled ...)".
    static let creditPrefixes: [String] = [
        "reporting by", "additional reporting by", "writing by", "editing by", "compiled by",
        "reported by", "source:", "sources:", "source :", "quelle:", "quellen:", "quelle :",
        "fuente:", "fuentes:", "via ", "with inputs from", "with input from", "with agency inputs",
        "mit material von", "mit material der", "material von", "this story has been",
        "this article has been", "this story was", "this article was", "updates with", "corrects ",
        "courtesy of", "credit to", "sent in by", "mit freundlicher genehmigung",
        // Other languages of the development corpora: "(Con información de Reuters y EFE)",
        // a Chinese compiler's credit "（编译/Name）", "(Avec AFP)", "(Źródło: ...)".
        "con información de", "con informacion de", "com informações de", "avec afp", "avec l'afp",
        "avec agences", "avec reuters", "d'après afp", "fonte:", "źródło:", "bron:", "编译/", "编译：",
        "编译:", "来源：", "来源:",
    ]

    /// Labels that open a source note, looked past to see whether a picture is credited:
    /// "(Quelle: Foto Jane Doe)" is a photo credit (seen under a page's lead picture).
    static let sourceLabels: [String] = ["source:", "source :", "quelle:", "quelle :", "fuente:", "credit:"]

    /// Phrases saying who supplied the text, anywhere in a parenthesis that is a paragraph of
    /// its own: "(Dieser Abschnitt wurde beigesteuert von example.org)", "(Originally published by ...)".
    static let contributorPhrases: [String] = [
        "beigesteuert von", "zur verfügung gestellt von", "contributed by", "originally published",
        "ursprünglich erschienen", "erstmals erschienen",
    ]

    /// Words joining several sources in one tag: "(WZ mit dpa)", "(KNA, DR)", "(mit AFP)" (German
    /// regional and church news sites). Matched with a space on each side.
    static let tagConnectors: [String] = [" mit ", " with ", " avec ", " con ", ", ", " und ", " and ", " y ", " et "]

    /// How a publisher's own press service ends when it stands in a dateline's tag slot:
    /// "Telgte (kv-press).", "Bremen (bvw-pressedienst) -" (an association's and a press
    /// service's own news pages).
    static let pressServiceEndings: [String] = ["-press", "-presse", "-pressedienst", "pressedienst"]

    /// How a photo or image credit opens: "(AP Photo/Jane Doe)", "(Foto: ...)", "(Image credit:
    /// ...)". These belong to pictures, never to the body's sources.
    static let photoCreditPrefixes: [String] = [
        "photo", "ap photo", "foto", "image", "bild", "picture", "pic:", "credit:", "graphic",
        "grafik", "illustration", "video", "screenshot", "map:", "karte:",
    ]

    /// Nouns naming where information came from. A descriptive note at a paragraph's end
    /// ("(Policy outlook briefs.)", the seed page) needs one of them.
    static let sourceNouns: Set<String> = [
        "analysis", "analyses", "report", "reports", "brief", "briefs", "briefing", "briefings",
        "notes", "insights", "assessment", "assessments", "coverage", "disclosure", "disclosures",
        "documents", "data", "statement", "statements", "sources", "interviews", "records",
        "filings", "release", "releases", "reporting", "research", "studies", "study", "survey",
        "surveys", "accounts", "testimony", "transcripts", "commentary", "observations",
        "estimates", "memo", "memos", "dispatches", "wires", "agencies", "figures",
    ]

    /// Words that make a parenthetical a sentence (an editorial aside such as "(Doe declined to
    /// comment.)"), not a source note.
    static let sentenceWords: Set<String> = [
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "did", "does", "do",
        "can", "could", "said", "says", "told", "declined", "denies", "denied", "refused", "added",
        "noted", "not", "this", "that", "we", "i", "he", "she", "they", "it",
    ]

    /// Lower-case short words that look like editor initials but are not: "(sic)", "(ca)".
    static let notInitials: Set<String> = ["sic", "ca", "etc", "ff", "lol", "am", "pm", "ok", "vs", "aka", "cf", "eg", "ie"]

    /// Small words a dateline may hold between place names: "Frankfurt am Main".
    static let datelineConnectors: Set<String> = ["am", "an", "im", "de", "del", "la", "le", "sur", "upon", "on", "der", "of"]

    /// The longest a dateline before a leading tag may be: "RIVERTON, Wyo.", "CITY, May 4",
    /// "Berlin/Hamburg" are far shorter; a sentence is not.
    static let maximumDatelineLength = 60

    /// The longest a leading tag may be: agency names and "dpa/lno" are short.
    static let maximumTagLength = 40

    /// What may follow a leading tag before the text: "—", "–", "-", "--", ".-", ":", and a full
    /// stop after a dateline ("Fulda (KNA/rm). Der Bischof ...", German church press).
    static let leadingSeparators: [String] = ["--", ".-", "—", "–", "―", "-", ":", "."]
}
