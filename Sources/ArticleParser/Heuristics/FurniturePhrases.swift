/// Whole-block texts that label page furniture rather than say anything: the headings of
/// "related" boxes, ad markers, share and comment prompts. Compared lower-cased, with trailing
/// colons, arrows and ellipses removed.
/// Evidence: the leaked segments of the segment-annotated development corpus ("Mehr zum Thema", "Auch
/// interessant", "Zobacz także", "Reklama"); Fixtures/pages/*related*.
enum FurniturePhrases {
    static let labels: Set<String> = [
        // English
        "advertisement", "advertising", "sponsored", "sponsored content", "related", "related articles",
        "related stories", "related posts", "related content", "related news", "read more", "read also",
        "read next", "see also", "more stories", "more news", "more on this story", "more from",
        "you may also like", "you might also like", "recommended", "recommended for you", "most read",
        "most popular", "trending", "share", "share this", "share this article", "share this post",
        "share on facebook", "share on twitter", "tweet", "comments", "leave a comment", "leave a reply",
        "post a comment", "subscribe", "sign up", "newsletter", "follow us", "tags", "topics",
        "click here", "continue reading", "print", "email", "back to top", "back to previous page", "top stories", "latest news",
        "was this article helpful?", "was this helpful?", "also read", "don't miss", "editor's picks",
        "about the author", "about the authors", "external content", "show image", "show picture",
        // German
        "anzeige", "werbung", "mehr zum thema", "auch interessant", "das könnte sie auch interessieren",
        "das könnte dich auch interessieren", "lesen sie auch", "lies auch", "weiterlesen", "weitere themen",
        "weitere artikel", "weitere beiträge", "weitere informationen", "weiterführende informationen",
        "ähnliche beiträge", "ähnliche artikel", "verwandte artikel", "passend zum thema", "meistgelesen",
        "meist gelesen", "teilen", "artikel teilen", "beitrag teilen", "jetzt teilen", "kommentare",
        "kommentieren", "kommentar schreiben", "schreibe einen kommentar", "hinterlasse einen kommentar",
        "newsletter abonnieren", "zum newsletter", "schlagworte", "themen", "mehr dazu", "zurück", "zurück zur vorherigen seite",
        "zurück zur übersicht", "nach oben", "drucken", "empfohlene beiträge", "top themen",
        "war der artikel nützlich?", "ist dieser beitrag hilfreich?", "möchten sie den artikel teilen?",
        "mehr aus dem web", "auch lesenswert", "beliebte beiträge", "neueste beiträge",
        "alle angaben ohne gewähr", "angaben ohne gewähr", "über den autor", "über die autorin", "über die autoren", "zum weiterlesen", "schon gelesen?",
        "verwandte themen", "externer inhalt", "externe inhalte", "bild anzeigen", "bild vergrößern",
        "weiterführender link", "weiterführende links", "verwandte themenbereiche",
        // French, Spanish, Italian, Portuguese, Dutch, Polish
        "publicité", "lire aussi", "à lire aussi", "voir aussi", "sur le même sujet", "articles similaires",
        "partager", "commentaires", "publicidad", "lee también", "leer más", "noticias relacionadas",
        "compartir", "comentarios", "pubblicità", "leggi anche", "articoli correlati", "condividi",
        "à propos de l'auteur", "sobre el autor", "notas relacionadas", "artículos relacionados",
        "contenu externe", "contenido externo",
        "publicidade", "leia também", "veja também", "advertentie", "lees ook", "gerelateerde artikelen",
        "reklama", "zobacz także", "zobacz też", "czytaj także", "czytaj też", "czytaj więcej",
        "udostępnij", "komentarze", "polecane",
    ]

    /// How short blocks that list topics or point elsewhere begin: "Themen: Klima, Energie",
    /// "Mehr zum Thema auf example.org", "Neueste Artikel aus der Rubrik".
    static let labelPrefixes: [String] = [
        "weiterlesen ", "tags:", "tag:", "themen:", "thema:", "schlagworte:", "schlagwörter:", "stichworte:", "temas:",
        "topics:", "topic:", "kategorie:", "kategorien:", "categories:", "category:", "filed under",
        "veröffentlicht in", "abgelegt unter", "posted in",
        "mots-clés", "étiquettes:", "tematy:", "tagi:", "mehr zum thema", "mehr zu ", "mehr von ",
        "weitere aktuelle", "weitere artikel", "weitere beiträge", "weitere themen", "neueste artikel",
        "neueste beiträge", "noch mehr ", "vorschau auf den nächsten", "lesen sie auch", "lesen sie mehr",
        "read more", "more from", "more about", "related:", "see also:", "más sobre", "lee también",
        "ver también", "vea también", "puedes ver", "leia também", "czytaj także", "zobacz także",
        "last modified", "zuletzt geändert", "quellen ausblenden", "quellen anzeigen",
        // Ad markers opening a sponsored line: "ANZEIGE – …", "*Werbung. …", "Advertisement: …".
        "anzeige -", "anzeige –", "anzeige:", "*anzeige", "werbung:", "*werbung", "advertisement:",
        "sponsored:", "publicidad:",
    ]

    /// How the lines that point to other stories begin when they are not sentences of the story:
    /// "Das könnte Sie auch interessieren:", "You may also enjoy". Ending a sentence, the same
    /// words are the story's ("You might also try the ferry.").
    static let pointerPrefixes: [String] = [
        "sie könnten auch", "das könnte sie auch", "das könnte dich auch", "das thema könnte",
        "diese artikel könnten", "you may also", "you might also", "te puede interesar", "vous aimerez aussi",
    ]

    /// Whether a short block begins with one of the label prefixes, or with a pointer prefix and
    /// does not end a sentence.
    static func startsWithLabel(_ text: String) -> Bool {
        guard text.utf8.count <= 90 else { return false }
        let lowered = text.lowercasedQuickly
        if labelPrefixes.contains(where: { lowered.hasPrefix($0) }) { return true }
        guard let last = lowered.last, last != ".", last != "!" else { return false }
        return pointerPrefixes.contains { lowered.hasPrefix($0) }
    }

    private static let dashes: Set<Character> = ["-", "–", "—", "*"]

    /// Whether a block's whole text is one of the labels.
    static func isLabel(_ text: String) -> Bool {
        guard text.utf8.count <= 60 else { return false }
        var key = text.lowercasedQuickly
        // "(Anzeige)", "(Alle Angaben ohne Gewähr)": a label in parentheses is the label.
        if key.hasPrefix("("), key.hasSuffix(")") { key = String(key.dropFirst().dropLast()) }
        while let last = key.last, ":»›>…→|".contains(last) || last == " " || last == "." || dashes.contains(last) {
            key.removeLast()
        }
        // "- Anzeige -", "* Advertisement": a marker set off by dashes or a star.
        while let first = key.first, dashes.contains(first) || first == " " { key.removeFirst() }
        return labels.contains(key)
    }
}
