/// Words that end in a full stop without ending a sentence, grouped by how the period behaves.
///
/// All entries are lower-case and written without their final period ("e.g", "u.s", "z").
/// Single letters ("J." in "J. K. Rowling", "z." in "z. B.") and dotted acronyms of short
/// pieces ("U.S.", "a.m.", "EE.UU.") are recognised by shape, so they are not listed here.
enum Abbreviations {
    /// Titles and words that always lead into what follows: after them a period never ends the
    /// sentence ("Mr. Smith", "Gov. Miller", "vgl. Kapitel", "z.B. Äpfel").
    static let leading: Set<String> = [
        // English titles and ranks
        "mr", "mrs", "ms", "messrs", "dr", "prof", "gov", "sen", "rep", "reps", "pres", "supt",
        "gen", "col", "lt", "maj", "capt", "cpt", "cmdr", "sgt", "cpl", "pvt", "adm", "brig",
        "rev", "hon", "fr", "sr", "st", "mt", "ft", "pt", "atty", "insp", "det", "ald",
        // English words that introduce what follows
        "e.g", "i.e", "cf", "vs", "approx", "viz", "incl", "esp", "dept", "univ", "assn",
        // German
        "hr", "hrn", "z.b", "z.t", "d.h", "u.a", "o.ä", "vgl", "bzw", "ggf", "evtl",
        "inkl", "zzgl", "sog", "ca", "bspw", "allg", "abs", "str", "geb", "gest", "dipl",
        "ing", "jh", "jhd", "tel", "zb", "dh",
        // French
        "mme", "mmes", "mlle", "mlles", "mgr", "pr", "av", "bd", "env", "éd",
        // Spanish
        "sra", "sras", "srta", "srtas", "sres", "dña", "ud", "uds", "vd", "vds", "aprox",
        "pág", "págs", "avda", "dpto", "excmo", "excma", "ilmo", "lic", "arq", "gral",
        // Italian
        "sig", "sigg", "sig.ra", "dott", "dott.ssa", "avv", "egr", "gent",
    ]

    /// Words that lead into a number: "No. 10", "Nr. 5", "p. 12", "Art. 3", "Vol. 2". Before
    /// anything else they are ordinary words ("He said no. Then ...").
    static let beforeNumber: Set<String> = [
        "no", "nos", "nr", "nrn", "n", "nº", "núm", "art", "arts", "p", "pp", "vol", "vols",
        "fig", "figs", "ch", "chap", "sec", "ed", "op", "tel", "s", "bd", "kap", "ziff",
    ]

    /// Abbreviated month names: "Jan. 5", "am 3. Okt. 2024", "le 5 janv. 2024". Before a number
    /// or a lower-case word they continue the sentence; otherwise they may end it.
    static let months: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mär", "okt", "dez", "janv", "févr", "avr", "juil", "déc", "ene", "abr", "dic",
    ]

    /// Abbreviations that often end a sentence: "... and so on, etc. The ..." but also "Acme
    /// Inc. said". After them a period ends the sentence only when the next word is a
    /// capitalised function word ("The", "Die", "Le", "El") or opens a quotation.
    static let ambiguous: Set<String> = [
        "etc", "inc", "ltd", "co", "corp", "jr", "bros", "llc", "plc", "usw", "u.ä", "ff",
        "al", "cie", "sa", "s.a", "gmbh", "ag", "ph.d", "phd",
    ]

    /// Full month names in the four languages of the stop-word lists, for the German ordinal
    /// date "am 3. Oktober", where the period after the number is no full stop.
    static let monthNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
        "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
        "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "setiembre", "octubre", "noviembre", "diciembre",
    ]
}
