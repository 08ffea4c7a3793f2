/// Words that dates on news pages are written with: month names, the little words between the
/// parts of a date, time zone abbreviations, and the labels that tell a publication date from an
/// update. Evidence: the date lines of the development corpora (../shared/corpora) (en, de, fr,
/// es, it, pt, nl, pl, ru pages) and the metadata issue's list of formats.
enum DateVocabulary {
    /// Lower-cased month names and abbreviations → month number.
    static let months: [String: Int] = {
        let names: [[String]] = [
            // en, de, fr, es, it, pt, nl, pl (nominative and genitive)
            ["january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gennaio", "gen",
             "janeiro", "januari", "styczeń", "stycznia", "sty"],
            ["february", "feb", "februar", "feber", "février", "févr", "fevrier", "febrero", "febbraio",
             "fevereiro", "fev", "februari", "luty", "lutego", "lut"],
            ["march", "mar", "märz", "mär", "maerz", "mrz", "mars", "marzo", "março", "marco", "maart", "mrt",
             "marzec", "marca"],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia", "kwi"],
            ["may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja"],
            ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwiec", "czerwca", "cze"],
            ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipiec", "lipca", "lip"],
            ["august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpień", "sierpnia", "sie"],
            ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro",
             "wrzesień", "września", "wrz"],
            ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
             "październik", "października", "paź"],
            ["november", "nov", "novembre", "noviembre", "novembro", "listopad", "listopada", "lis"],
            ["december", "dec", "dezember", "dez", "décembre", "déc", "decembre", "diciembre", "dic",
             "dicembre", "dezembro", "grudzień", "grudnia", "gru"],
        ]
        // ru (nominative, genitive, abbreviations): "22 августа 2018, 17:05".
        let russian: [[String]] = [
            ["январь", "января", "янв"],
            ["февраль", "февраля", "фев"],
            ["март", "марта", "мар"],
            ["апрель", "апреля", "апр"],
            ["май", "мая"],
            ["июнь", "июня", "июн"],
            ["июль", "июля", "июл"],
            ["август", "августа", "авг"],
            ["сентябрь", "сентября", "сен", "сент"],
            ["октябрь", "октября", "окт"],
            ["ноябрь", "ноября", "ноя"],
            ["декабрь", "декабря", "дек"],
        ]
        var months: [String: Int] = [:]
        for (position, words) in names.enumerated() {
            for word in words + russian[position] { months[word] = position + 1 }
        }
        return months
    }()

    /// Words between day, month and year: "27 de noviembre de 2026", "le 27 novembre 2026".
    static let connectors: Set<String> = ["de", "del", "di", "of", "the", "im"]

    /// Words between a date and its time: "at 6:01 am", "um 10:30 Uhr", "à 9h", "alle 10:30".
    static let timeConnectors: Set<String> = [
        "t", "at", "um", "à", "a", "as", "às", "las", "alle", "ore", "om", "o", "godz", "kl", "klo", "uhr",
    ]

    /// Zone abbreviations pages print after a time → minutes east of UTC.
    static let zones: [String: Int] = [
        "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480,
        "pdt": -420, "bst": 60, "cet": 60, "cest": 120, "mez": 60, "mesz": 120, "eet": 120, "eest": 180,
    ]

    /// Words that mark a date as a later change, not the first publication.
    static let updateLabels: [String] = [
        "updated", "update", "modified", "last edited", "edited", "revised", "aktualisiert", "geändert",
        "zuletzt", "änderung", "mis à jour", "mise à jour", "modifié", "actualizado", "actualización",
        "aggiornato", "atualizado", "atualização", "bijgewerkt", "gewijzigd", "zaktualizowano", "aktualizacja",
    ]

    /// Words that mark a date as the moment the page was served: a forum's "Aktuelle Zeit:",
    /// "It is currently …".
    static let servedLabels: [String] = [
        "aktuelle zeit", "it is currently", "current time", "heute ist", "today is", "nous sommes le",
    ]

    /// Words that mark a date as the publication: "Published", "Veröffentlicht", "Publié le".
    static let publicationLabels: [String] = [
        "published", "posted", "veröffentlicht", "erschienen", "erstellt am", "publié", "publicado", "pubblicato",
        "gepubliceerd", "opublikowano", "publikacja",
    ]

    /// Parts of lower-cased class and id words of elements that print a date line
    /// ("entry-date", "itemPostDate", "postmeta", "submitted").
    static let dateLineWords: Set<String> = [
        "date", "time", "publish", "posted", "dateline", "datum", "meta", "byline", "fecha", "submitted",
    ]
}
