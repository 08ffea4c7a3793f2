/// Parts of class words of the small line inside a headline that is not the headline: the
/// kicker ("Ostland", "Corona-Pandemie"), a section label, a screen-reader prefix.
/// Evidence: German news CMS `dachzeile`/`spitzmarke`, `kicker`, `overline`, `eyebrow` in the
/// the annotated development pages, whose annotated titles leave them out.
enum TitleVocabulary {
    static let kickerWords: Set<String> = [
        "kicker", "dachzeile", "spitzmarke", "overline", "topline", "roofline", "eyebrow", "supertitle",
        "superline", "flag", "rubric", "sronly", "screenreader", "visuallyhidden",
    ]

    /// Lower-cased title segments WordPress themes put between the site's name and the headline
    /// ("Site » Blog Archive » Headline"), left at the front once the site name is cut.
    static let archiveSegments: [String] = ["blog archive", "blog archiv"]
}
