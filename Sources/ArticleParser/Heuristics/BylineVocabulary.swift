/// Words of bylines: what precedes or follows a name without being one. Evidence: the bylines
/// of the development corpora (../shared/corpora) ("By Erin Example", "Von Rolf Muster
/// und Sebastian Beispiel", "Par Sébastien Exemple", "Brenda Sample, MA Health News").
enum BylineVocabulary {
    /// Lower-cased lead-ins dropped from the start of a byline, longest first.
    static let leadIns: [String] = [
        "last updated:", "last updated", "post author by", "post author", "written and edited by", "written by", "~", "posted by", "published by", "reported by", "story by",
        "text and photos by", "text by", "recipe by", "pressemitteilung von", "words by", "article by", "report by", "by", "from",
        "eingestellt von", "geschrieben von", "verfasst von", "ein beitrag von", "ein kommentar von", "ein gastbeitrag von",
        "beitrag von", "text von", "text:", "autor:", "autorin:", "autoren:", "author:", "authors:",
        "von", "vom", "par", "écrit par", "por", "escrito por", "di", "scritto da", "door", "geschreven door",
        "autor", "autorin", "author", "auteur", "interview", "redakteur", "redakteurin", "de",
    ]

    /// Lower-cased labels that introduce the author inside a block of labelled lines.
    static let authorLabels: [String] = ["autor:", "autorin:", "autoren:", "author:", "auteur:", "text:", "redaktion:"]

    /// Lower-cased verbs that open a "Posted on <date> by <name>" line.
    static let publicationVerbs: Set<String> = [
        "posted", "published", "written", "veröffentlicht", "geschrieben", "erstellt", "eingestellt", "publié",
        "écrit", "publicado", "escrito", "pubblicato", "scritto", "gepubliceerd", "geplaatst",
    ]

    /// Lower-cased words that separate several names.
    static let joiners: Set<String> = ["and", "und", "&", "et", "y", "e", "en", "i", "og", "och", "with", "mit", "avec", "con"]

    /// Lower-cased words after which the rest of a byline part is a title, a role or a place:
    /// "Jane Doe, Senior Correspondent", "Jana Beispiel Example Health News".
    static let roleWords: Set<String> = [
        "correspondent", "reporter", "editor", "writer", "columnist", "contributor", "staff", "senior",
        "chief", "director", "producer", "photographer", "analyst", "professor", "president", "founder",
        "ceo", "redakteur", "redakteurin", "korrespondent", "korrespondentin", "chefredakteur",
        "chefredakteurin", "autor", "autorin", "journalist", "journalistin", "journaliste", "rédacteur",
        "rédactrice", "correspondant", "correspondante", "periodista", "redactor", "redactora", "giornalista",
        "inviato", "inviata", "jornalista", "verslaggever", "redacteur", "dziennikarz", "dziennikarka",
        "leiter", "leiterin", "projektleiter", "projektleiterin", "sprecher", "sprecherin", "pressesprecher",
        "pressesprecherin", "referent", "referentin", "spokesperson", "spokesman", "spokeswoman",
        "experte", "expertin", "gastautor", "gastautorin", "publicado", "publicada", "publié", "publiée", "pubblicato",
        "health", "news", "updated", "published", "aktualisiert", "veröffentlicht", "follow", "twitter", "email", "e-mail", "read", "more", "articles",
        "posts", "view", "all", "profile", "zuletzt", "geändert", "lesezeit", "mehr", "publisher", "herausgeber", "google+", "stand", "hace", "quelle", "source", "fuente", "datum", "illustration", "illustrationen", "fotos", "photos", "posted", "publiziert", "gepostet", "geschrieben", "author", "autor", "|", "—", "–", "-", "·", "•", "/", "(", ")",
    ]

    /// Prepositions that end a name when written in lower case: "Jane Doe at 10:30", "Jan Ostwald im
    /// Gespräch", "Ana Ruiz el 3 de mayo", "Posted by Tom Muster under Allgemein".
    static let trailingPrepositions: Set<String> = [
        "at", "on", "in", "im", "am", "um", "le", "el", "il", "em", "op", "dnia", "for", "für", "zu",
        "vor", "hace", "ago", "under", "aus",
    ]

    /// Lower-cased first words of a credit that names no author: a photo or a source.
    static let creditWords: Set<String> = [
        "foto", "fotos", "photo", "photos", "bild", "bilder", "image", "images", "©", "copyright", "quelle",
        "source", "illustration", "grafik", "video", "фото",
    ]

    /// Lower-cased labels that, left alone in a byline part, name nobody: "Text und Interview: …".
    static let labelWords: Set<String> = ["text", "texte", "interview", "foto", "fotos", "photo", "photos", "bilder"]

    /// Degrees and honorifics that stand alone after a comma: "Tom Muster, PhD".
    static let degrees: Set<String> = [
        "phd", "ph.d.", "md", "m.d.", "ma", "msc", "bsc", "mba", "rn", "rd", "mph", "dipl.", "jr", "sr",
    ]

    /// Lower-cased words of a rights notice, which a copyright line may hold where a name would
    /// be: "Copyright 2026 All Rights Reserved", "© 2026 Alle Rechte vorbehalten".
    static let rightsWords: Set<String> = [
        "all", "rights", "reserved", "alle", "rechte", "vorbehalten", "tous", "droits", "réservés", "derechos", "reservados",
    ]

    /// Lower-cased academic titles written before a name: "Dr. Jana Beispiel", "Prof. Dr. Tom Muster".
    static let academicTitles: Set<String> = ["dr.", "prof.", "dipl.-ing.", "mag.", "dr.-ing.", "priv.-doz."]

    /// Abbreviated weekdays that precede a date: "Tom Muster Fr, 3. Mai".
    static let weekdays: Set<String> = [
        "mo", "di", "mi", "do", "fr", "sa", "so", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "lun",
        "mar", "mer", "jeu", "ven", "sam", "dim", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
        "samstag", "sonntag", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Lower-cased kinds of piece that open a German byline: "Ein Artikel von", "Eine Reportage von".
    static let pieceNouns: Set<String> = [
        "artikel", "beitrag", "gastbeitrag", "blogbeitrag", "kommentar", "interview", "bericht", "essay", "text",
        "reportage", "feature", "porträt", "gespräch", "podcast", "video", "film", "rezension", "kritik", "analyse",
        "kolumne", "glosse", "nachruf",
    ]

    /// Lower-cased endings of words that name an institution, not a person, in a copyright line:
    /// "Landeshauptstadt Beispielburg", "Beispielschule", "Example Images", "Handballbund".
    static let institutionEndings: [String] = [
        "stadt", "schule", "bund", "verband", "verein", "forum", "redaktion", "images", "haus", "amt", "ministerium",
        "institut", "zentrum", "gemeinde", "kreis", "werk", "bank", "gruppe", "akademie", "universität", "hochschule",
        "stiftung", "kirche", "museum", "theater", "klinik", "club", "shop", "store", "studio", "studios", "press",
    ]

    /// Whether a word of a name ends like an institution ("Beispielschule", "Handballbund").
    static func endsLikeInstitution(_ word: some StringProtocol) -> Bool {
        let lower = word.lowercased()
        return institutionEndings.contains { lower.hasSuffix($0) }
    }

    /// Lower-cased labels, alone in their text, over the contact person of a press release.
    /// Each holds one of `LastResortAuthors.contactLabelStems` ("ntakt", "ntact", "nsprech").
    static let contactLabels: Set<String> = [
        "pressekontakt", "kontakt", "ansprechpartner", "ansprechpartnerin", "press contact", "media contact",
        "contact presse", "contacto de prensa",
    ]

    /// Labels that name the writer or the editor in charge under a Chinese news story, before a
    /// colon: "责任编辑" (editor in charge), "作者" (author), "记者" (reporter), "编辑" (editor).
    static let chineseAuthorLabels: [String] = ["责任编辑", "作者", "记者", "编辑"]

    /// Lower-cased phrases of a wiki's page information that date the last edit: "last edited
    /// 2026-03-01 by …", "Zuletzt geändert am … von …".
    static let editLabels: [String] = ["last edited", "last modified", "zuletzt geändert", "zuletzt bearbeitet"]

    /// Lower-cased negations that, left alone before a role word, name nobody: "No Author".
    static let nobodyWords: Set<String> = [
        "no", "none", "kein", "keine", "n/a", "null", "nobody", "niemand", "anonymous", "anonym", "anónimo", "anonimo",
        "anonyme", "benutzername", "username",
    ]

    /// Lower-case words of a range ("von … bis …") that no byline holds.
    static let rangeWords: Set<String> = ["bis"]

    /// Lower-case particles that may open a name: "von der Beispiel", "de la Muestra".
    static let nameParticles: Set<String> = [
        "von", "van", "vom", "zu", "de", "der", "den", "del", "della", "di", "da", "du", "des", "la", "le", "ten", "ter",
        "al", "el", "bin", "ibn", "dos", "das", "do", "mc",
    ]

    /// Lower-cased default logins of blog and CMS installations: the site's account, not a person.
    /// A lower-case login ending in "admin" ("wpadmin", "blogadmin") is one too (`AuthorCleaner`).
    static let defaultLogins: Set<String> = ["webmaster", "root", "admin", "administrator"]

    /// Lower-cased words that make a name an organisation rather than a person.
    static let organisationWords: Set<String> = [
        "gmbh", "inc", "inc.", "ltd", "ltd.", "llc", "ag", "verlag", "zeitung", "media", "medien", "press", "presse",
        "newsroom", "online", "desk", "team", "agenturen", "magazin", "magazine", "agency", "agencies", "agentur", "foundation", "corporation",
        "corp", "company", "co.", "group", "ug", "e.v.", "kg", "sa", "s.a.", "srl", "s.l.", "plc",
        "wikipedia", "contributors", "admin", "administrator", "login", "kiosques", "unknown",
        "sign", "control", "cc", "share", "comments", "search", "subscribe", "newsletter", "menu",
    ]
}

extension BylineVocabulary {
    /// Parts of lower-cased class and id words of elements that print a byline ("author vcard",
    /// "td-post-author-name", "itemPoster"). Evidence: WordPress, Blogger and news CMS bylines.
    static let bylineWords: Set<String> = [
        "author", "byline", "autor", "writer", "creator", "verfasser", "auteur", "firma", "contributor",
        "poster", "username",
    ]

    /// Class and id words that, beside a byline word, name the writer's biography or picture
    /// ("author-bio", "author-description", "author-avatar"): its text is about the writer.
    static let biographyWords: Set<String> = ["bio", "biography", "description", "desc", "avatar", "about"]
}
