@testable import ArticleParser
import Foundation
import Testing

/// Parses an article whose body is the given paragraphs, each long enough to count as prose.
private func parse(_ paragraphs: [String], extra: String = "") throws -> Article {
    let body = paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
    return try ArticleParser().parse(html: "<html><body><article>\(body)\(extra)</article></body></html>")
}

private let filler = "The council said the work would take two years and cost less than first planned."

/// Runs the attribution stage alone on paragraphs, so short notes the body stage may drop as
/// fragments ("(ab)") are still seen.
private func split(_ texts: [String]) -> AttributionExtractor.Result {
    AttributionExtractor().extract(from: texts.map { Paragraph(text: $0) })
}

@Suite("Source attributions: families")
struct AttributionFamilyTests {
    @Test("A wire dateline's agency is a leading attribution and the place stays in the text")
    func apDateline() throws {
        let article = try parse(["RIVERTON, Wyo. (AP) — Town officials on Monday approved a new bridge over the river.", filler])
        #expect(article.attributions == [
            SourceAttribution(text: "AP", position: .leading, paragraphIndex: 0, dateline: "RIVERTON, Wyo."),
        ])
        #expect(article.paragraphs.first?.text == "RIVERTON, Wyo. — Town officials on Monday approved a new bridge over the river.")
    }

    @Test("A German dateline with a hyphen and a double place name is a leading attribution")
    func dpaDateline() throws {
        let article = try parse(["Berlin/Hamburg (dpa) - Der Vorstand will am Freitag über die neue Brücke entscheiden.", filler])
        #expect(article.attributions == [
            SourceAttribution(text: "dpa", position: .leading, paragraphIndex: 0, dateline: "Berlin/Hamburg"),
        ])
        #expect(article.paragraphs.first?.text == "Berlin/Hamburg - Der Vorstand will am Freitag über die neue Brücke entscheiden.")
    }

    @Test("A tag glued to the first word, as in (CNN)The, is leading and leaves no dateline")
    func cnnGlued() throws {
        let article = try parse(["(CNN)The museum will reopen on Friday after two years of repairs, officials said.", filler])
        #expect(article.attributions == [SourceAttribution(text: "CNN", position: .leading, paragraphIndex: 0)])
        #expect(article.paragraphs.first?.text == "The museum will reopen on Friday after two years of repairs, officials said.")
    }

    @Test("A dateline with a date and a UPI tag keeps the date in the dateline")
    func upiDatedDateline() throws {
        let article = try parse(["CITY, May 4 (UPI) — The agency reported a sharp rise in river traffic this spring.", filler])
        #expect(article.attributions.first?.dateline == "CITY, May 4")
        #expect(article.attributions.first?.text == "UPI")
    }

    @Test("A broadcaster's call sign in a dateline is a leading attribution")
    func callSign() throws {
        let article = try parse(["DAYTON, Ohio (WXPT) -- A bakery owner is changing her opening hours after a break-in.", filler])
        #expect(article.attributions == [
            SourceAttribution(text: "WXPT", position: .leading, paragraphIndex: 0, dateline: "DAYTON, Ohio"),
        ])
    }

    @Test("A trailing agency sign-off with editor initials is split off")
    func trailingAgencyInitials() throws {
        let article = try parse([filler, "Der Vorstand will am Freitag entscheiden. (dpa/ab)"])
        #expect(article.attributions == [SourceAttribution(text: "dpa/ab", position: .trailing, paragraphIndex: 1)])
        #expect(article.paragraphs[1].text == "Der Vorstand will am Freitag entscheiden.")
    }

    @Test("Editor initials alone at the end of the last paragraph are a trailing sign-off")
    func trailingInitials() throws {
        let article = try parse([filler, "Der Hafen rechnet mit einer weiteren Steigerung des Umschlags. (cm)"])
        #expect(article.attributions == [SourceAttribution(text: "cm", position: .trailing, paragraphIndex: 1)])
    }

    @Test("A descriptive source note that is a noun phrase is a trailing attribution")
    func descriptiveNote() throws {
        let article = try parse([filler, "Officials reiterate the importance of regional peace. (Policy outlook briefs.)"])
        #expect(article.attributions == [
            SourceAttribution(text: "Policy outlook briefs.", position: .trailing, paragraphIndex: 1),
        ])
    }

    @Test("A wire credit line on its own is a standalone attribution and its paragraph is dropped")
    func reportingCredit() throws {
        let article = try parse([filler, "Officials said the bridge would open in spring.", "(Reporting by Jane Doe; Editing by John Roe)"])
        #expect(article.attributions == [
            SourceAttribution(text: "Reporting by Jane Doe; Editing by John Roe", position: .standalone, paragraphIndex: 1),
        ])
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs[1].attribution == article.attributions.first)
    }

    @Test("Standalone source, via, initials, inputs and refiled notes are attributions", arguments: [
        "(Source: Regional Transport Authority)", "(Quelle: Stadtverwaltung)", "(Via Channel One and Channel Two)",
        "(ab)", "(With inputs from agencies)", "(This story has been refiled to fix a typo in paragraph 3)",
        "(Con información de Reuters y EFE)", "(mk/spot)", "(KNA, DR)",
        "(Dieser Abschnitt wurde beigesteuert von example.org)",
    ])
    func standaloneForms(note: String) {
        let result = split([filler, note])
        #expect(result.attributions == [
            SourceAttribution(text: String(note.dropFirst().dropLast()), position: .standalone, paragraphIndex: 0),
        ])
        #expect(result.paragraphs.map(\.text) == [filler])
    }

    @Test("Full-width parentheses around a Japanese agency are read like ASCII ones")
    func fullWidth() throws {
        let article = try parse([filler, "政府は新しい橋の建設を承認した。（共同）"])
        #expect(article.attributions == [SourceAttribution(text: "共同", position: .trailing, paragraphIndex: 1)])
    }

    @Test("A dateline's tag followed by a full stop is a leading attribution")
    func fullStopAfterTag() throws {
        let article = try parse(["Fulda (KNA/rm). Der Bischof sieht eine wachsende Müdigkeit in den Gemeinden.", filler])
        #expect(article.attributions == [
            SourceAttribution(text: "KNA/rm", position: .leading, paragraphIndex: 0, dateline: "Fulda"),
        ])
        #expect(article.paragraphs.first?.text == "Fulda. Der Bischof sieht eine wachsende Müdigkeit in den Gemeinden.")
    }

    @Test("A publisher's press service or domain in a dateline's tag is a leading attribution", arguments: [
        ("Telgte (kv-press). Die Kreisverbände laden zum Hoffest am Sonntag ein.", "kv-press"),
        ("Bremen (bvw-pressedienst) - Die Branche meldet ein ruhiges erstes Quartal.", "bvw-pressedienst"),
        ("Passau (bistumsbote.net/ab) Das Bistum lädt zum Sommerfest in den Domgarten ein.",
         "bistumsbote.net/ab"),
    ])
    func publisherTag(text: String, tag: String) throws {
        let article = try parse([text, filler])
        #expect(article.attributions.map(\.text) == [tag])
        #expect(article.attributions.first?.position == .leading)
    }

    @Test("A tag joining a publisher and an agency is a trailing attribution")
    func agencyList() throws {
        let article = try parse([filler, "Die Arbeiten sollen im Herbst beginnen, hieß es. (WZ mit dpa)"])
        #expect(article.attributions == [SourceAttribution(text: "WZ mit dpa", position: .trailing, paragraphIndex: 1)])
        #expect(article.paragraphs[1].text == "Die Arbeiten sollen im Herbst beginnen, hieß es.")
    }

    @Test("Capital initials after the last sentence are a writer's sign-off", arguments: ["KT", "RW", "J.P."])
    func capitalInitials(initials: String) throws {
        let article = try parse([filler, "Teachers will help students who fell behind during online teaching. (\(initials))"])
        #expect(article.attributions == [SourceAttribution(text: initials, position: .trailing, paragraphIndex: 1)])
    }

    @Test("A Chinese compiler's credit in full-width parentheses is a trailing attribution")
    func compilerCredit() throws {
        let article = try parse([filler, "研究团队已将结果发表在一份科学期刊上。（编译/王小明）"])
        #expect(article.attributions.map(\.text) == ["编译/王小明"])
    }

    @Test("An agency sign-off whose letters are a link is kept for the attribution stage")
    func linkedSignOff() throws {
        let article = try parse([filler, "Das Präsidium solle die Themen gemeinsam setzen, sagte sie."],
                                extra: "<p>(<a href='https://www.example.org/agentur/'>KNA</a>, DR)</p>")
        #expect(article.attributions == [SourceAttribution(text: "KNA, DR", position: .standalone, paragraphIndex: 1)])
        #expect(article.paragraphs.count == 2)
    }

    @Test("An agency tag with a date is a trailing attribution")
    func agencyWithDate() throws {
        let article = try parse([filler, "Er leitete zuletzt das Büro der Stiftung in Ramallah. (KNA 03.02.24)"])
        #expect(article.attributions.map(\.text) == ["KNA 03.02.24"])
    }
}

@Suite("Source attributions: not attributions")
struct AttributionTrapTests {
    /// The attribution stage leaves `text` whole and finds nothing in it.
    private func expectKept(_ text: String) {
        let result = split([filler, text])
        #expect(result.attributions.isEmpty)
        #expect(result.paragraphs.last?.text == text)
    }

    @Test("An acronym after its full name is not an agency tag")
    func acronym() {
        expectKept("The plan was backed by the Regional Transport Authority (RTA)")
    }

    @Test("A person's age is not an attribution")
    func age() {
        expectKept("The plan was backed by Mayor Jane Doe (54)")
    }

    @Test("A year in parentheses is not an attribution")
    func year() {
        expectKept("The bridge replaced one built during the war (1974)")
    }

    @Test("A match score is not an attribution")
    func score() {
        expectKept("The visitors won the final match (3-1)")
    }

    @Test("A picture pointer is not an attribution")
    func pictured() {
        expectKept("Jane Doe, the new harbour master (pictured)")
    }

    @Test("A party and state tag is not an attribution")
    func partyState() {
        expectKept("The bill was drafted by Rep. Jane Doe (R-Ohio)")
    }

    @Test("A stock ticker is not an attribution")
    func ticker() {
        expectKept("Shares of Example Corp. rose sharply (NYSE: EXC)")
    }

    @Test("A unit conversion is not an attribution")
    func unitConversion() {
        expectKept("The span will carry up to two thousand pounds (910 kilograms)")
    }

    @Test("A phone area code is not an attribution")
    func phoneCode() {
        expectKept("Call the city office for details (030)")
    }

    @Test("A social handle after a name is not an attribution")
    func handle() {
        expectKept("The plan was praised online by Jane Doe (@janedoe)")
    }

    @Test("An editorial aside that is a sentence is not an attribution")
    func asideSentence() {
        expectKept("Doe said the council had acted too late. (Doe declined to comment.)")
    }

    @Test("An aside naming an agency in a sentence is not an attribution")
    func asideAgency() {
        expectKept("Warnings went out overnight. (Flood warnings are issued by a separate agency.)")
    }

    @Test("A pointer to a graphic is not an attribution")
    func graphicPointer() {
        expectKept("Currency markets were volatile again today. (Graphic: Currency moves this year - here)")
    }

    @Test("An actor's name after a role is not an attribution")
    func actorName() {
        expectKept("Dr. Smith returns for a second season on the show. (Jane Doe)")
    }

    @Test("A score or record at a paragraph's start is not a dateline")
    func scoreAtStart() throws {
        let article = try parse(["Riverton (3-1): Doe scored two goals and Roe one in the second half of the game.", filler])
        #expect(article.attributions.isEmpty)
    }

    @Test("A bibliography entry with a year at its start is not a dateline")
    func bibliography() throws {
        let article = try parse(["Doe, J. (2012): A history of the river crossing and its ferries, Riverton Press.", filler])
        #expect(article.attributions.isEmpty)
    }

    @Test("A country after a place at a paragraph's start is not a dateline")
    func countryNotAgency() throws {
        let article = try parse(["Nordhafen (Dänemark) - Bei einem Sturm in der Hafenstadt sind drei Boote gesunken.", filler])
        #expect(article.attributions.isEmpty)
    }

    @Test("A photo credit is not a body attribution, in a paragraph or a caption")
    func photoCredits() throws {
        let article = try parse([filler, "(AP Photo/Jane Doe)", "Die Ministerin dringt auf eine schnelle Entscheidung. (Foto: dpa)"],
                                extra: "<figure><img src='a.jpg'><figcaption>A bridge at dusk. (AP Photo/Jane Doe)</figcaption></figure>")
        #expect(article.attributions.isEmpty)
    }

    @Test("A source note that credits a photo is not an attribution")
    func photoSourceNote() {
        expectKept("(Quelle: Foto Jane Doe)")
    }

    @Test("Initials opening a word, as in (ab)use, are not a leading tag")
    func initialsInWord() throws {
        let article = try parse(["(ab)use your source control by committing half-working code to reach the test server.", filler])
        #expect(article.attributions.isEmpty)
    }

    @Test("A country in capitals after a caption's dateline is not an agency")
    func countryInCapitals() throws {
        let article = try parse(["RIVERTON (CANADA), Sept. 29, 2020 -- A boy walks past the old ferry hall in Riverton.", filler])
        #expect(article.attributions.isEmpty)
    }

    @Test("An acronym that is also an agency's name, inside a sentence, is not an attribution")
    func agencyNamedAcronym() {
        expectKept("Die Demokratische Pendlerallianz (DPA) konnte ein Rathaus gewinnen")
    }

    @Test("An agency named mid-sentence is not an attribution")
    func agencyMidSentence() throws {
        let article = try parse(["Kurz nach dem Spiel meldete die Deutsche Presse-Agentur (dpa) eine Meldung dazu.", filler])
        #expect(article.attributions.isEmpty)
    }
}
