/// Tuning numbers of the content stages, each with the reason it has the value it has.
enum Thresholds {
    /// A block with fewer visible characters is a fragment (a label, a date, a button), not a
    /// paragraph, unless it ends a sentence and is at least `minimumSentenceLength` long.
    static let paragraphLength: Int32 = 80
    static let minimumSentenceLength: Int32 = 20
    /// A CJK or Hangul character counts this many times toward those lengths: it carries about as
    /// much as three Latin letters, and CJK pages often set lines without sentence marks.
    static let cjkCharacterWeight: Int32 = 3
    /// A heading at least this long that ends a sentence is a standfirst set in heading markup
    /// ("<h2>The minister said on Monday that …</h2>" under the headline), and reads as prose.
    static let proseHeadingLength: Int32 = 150
    /// Plain blocks above the story's first sentence shorter than this are kickers and labels.
    static let kickerLength = 30
    /// Above this share of link text a block is a list of links, not prose.
    static let maximumLinkDensity: Double = 0.35
    /// How much a character of furniture inside a candidate costs against a character of prose.
    /// Above 1 the locator prefers tight containers; below 1 it prefers complete ones.
    static let furnitureCost: Double = 1.25
    /// Short text that is not a link (a date, a label, an ingredient) costs this share of what
    /// link text costs: it is less often furniture than a list of links.
    static let plainFurnitureShare: Double = 0.25
    /// What a container's name as the story's body ("entry-content", `<article>`) is worth, in
    /// characters of prose: enough to win for a short story against a wordy sidebar, too little to
    /// outweigh real text elsewhere.
    static let storyNameBonus: Double = 150
    /// A sibling container joins the story when its balance of prose over furniture is at least
    /// this many characters and this share of the story's own, looking this many levels up.
    static let satelliteMinimum: Double = 50
    static let satelliteShare: Double = 0.1
    static let satelliteLevels = 5
    /// The recall focus scales the satellite minimum and share down by this.
    static let recallSatelliteScale = 0.25
    /// The precision focus keeps a container below the story only when its text is at least
    /// this share of the story's.
    static let trailingSatelliteShare = 0.25
    /// An `<article>` or `<main>` with fewer characters is a teaser card or a panel, not a story:
    /// it does not keep a furniture-named box around it ("sidebar", "widget") from being furniture.
    static let storyMarkerMinimum: Int32 = 500
    /// A `<form>` with fewer characters is a rating, contact or sign-up box, and furniture; one
    /// with more wraps the page (ASP.NET pages put everything in one form).
    static let pageFormMinimum: Int32 = 2000
    /// A JSON-LD `articleBody` of at least this many characters replaces the markup's body when the
    /// markup holds less than this share of it (a script-filled page).
    static let structuredBodyMinimum = 200
    static let structuredBodyShare = 0.25
    /// Of the markup's paragraphs, up to this many at the start, each of this many characters or
    /// more, stay in front of a declared body that lacks them (a standfirst).
    static let structuredLeadParagraphs = 2
    static let structuredLeadLength = 100
    /// A contact label this close to the body's end, followed only by lines this short (in UTF-8
    /// bytes), starts the contact block of a press release.
    static let contactBlockWindow = 6
    static let contactLineLength = 300
    /// A closing block of up to `appealLength` UTF-8 bytes with an appeal's words is an appeal; a
    /// longer one, up to `openingAppealLength`, only when its first `appealOpening` characters have them.
    static let appealLength = 240
    static let openingAppealLength = 600
    static let appealOpening = 40
    /// A story's last block of one word up to this many UTF-8 bytes is a tag or a label.
    static let loneWordLength = 24
    /// A body with at least this many `<p>` paragraphs holding this share of its plain paragraphs'
    /// characters is written in `<p>` elements; the precision focus drops its loose `<div>` text.
    static let looseTextParagraphs = 3
    static let looseTextShare = 0.85
    /// The balanced focus drops such loose text up to this many UTF-8 bytes: longer, it is as
    /// likely a paragraph the page forgot to wrap.
    static let looseTextLength = 250
    /// A container whose own class or role names furniture ("widget", "sidebar") is chosen as the
    /// story only when it beats the best plain container by this factor's inverse. Themes wrap
    /// whole stories in "widgets"; comment threads are long and read like prose.
    static let furnitureContainerWeight: Double = 0.25
}
