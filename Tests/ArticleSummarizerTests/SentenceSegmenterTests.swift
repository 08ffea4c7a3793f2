import ArticleSummarizer
import Testing

/// One row of the segmenter's table: the sentences a text must split into. Unless `text` is
/// given, the input is the sentences joined by single spaces.
struct SegmentationCase: CustomTestStringConvertible, Sendable {
    var text: String
    var sentences: [String]

    init(_ sentences: String..., text: String? = nil) {
        self.sentences = sentences
        self.text = text ?? sentences.joined(separator: " ")
    }

    var testDescription: String { text.count > 60 ? String(text.prefix(60)) + "…" : text }
}

@Suite("Sentence segmentation")
struct SentenceSegmenterTests {
    @Test("each tricky text splits into exactly its sentences", arguments: SegmentationCase.table)
    func table(_ row: SegmentationCase) {
        #expect(SentenceSegmenter().sentences(in: row.text) == row.sentences)
    }

    @Test("the table covers at least 150 cases")
    func tableSize() {
        #expect(SegmentationCase.table.count >= 150)
    }

    @Test("white space alone has no sentences")
    func blank() {
        #expect(SentenceSegmenter().sentences(in: " \n\n\t ").isEmpty)
    }
}

extension SegmentationCase {
    static let table: [SegmentationCase] = basics + titles + abbreviations + numbers + punctuation
        + links + lists + paragraphs + quotedHeadings + german + french + spanish + cjk + others

    static let basics: [SegmentationCase] = [
        SegmentationCase("The council met on Tuesday.", "It approved the budget."),
        SegmentationCase("Is it over?", "Nobody knows."),
        SegmentationCase("Stop!", "Police shouted at the driver."),
        SegmentationCase("What?!", "That cannot be true."),
        SegmentationCase("One sentence without a full stop"),
        SegmentationCase("A single sentence."),
        SegmentationCase("First.", "Second.", "Third."),
        SegmentationCase("It rained.", text: "  It rained.  "),
        SegmentationCase("He left.", "She stayed.", text: "He left.   She stayed."),
        SegmentationCase("He left.", "She stayed.", text: "He left.\tShe stayed."),
        SegmentationCase("Why not? he asked, and left."),
        SegmentationCase("Wow! what a match that was."),
        SegmentationCase("The end.", "5 people were hurt."),
        SegmentationCase("Prices rose.", "£5m was spent on repairs."),
        SegmentationCase("Sales fell.", "$3bn was wiped off the value."),
        SegmentationCase("They won 3-1.", "The coach was delighted."),
        SegmentationCase("It was a record.", "#MeToo trended all day."),
    ]

    static let titles: [SegmentationCase] = [
        SegmentationCase("Mr. Smith arrived late."),
        SegmentationCase("Mrs. Jones and Ms. Brown met Dr. Patel."),
        SegmentationCase("Gov. Newsom signed the bill on Friday."),
        SegmentationCase("Sen. Warren and Rep. Ocasio-Cortez spoke."),
        SegmentationCase("Prof. Lee teaches physics.", "She won a prize."),
        SegmentationCase("Gen. Milley testified.", "Col. Davis did not."),
        SegmentationCase("Capt. Hook and Sgt. Pepper were invented."),
        SegmentationCase("The Rev. Al Sharpton spoke at St. Paul's cathedral."),
        SegmentationCase("Lt. Gov. Patrick said no."),
        SegmentationCase("They asked Dr. Fauci.", "He declined."),
        SegmentationCase("Messrs. Smith and Jones are partners."),
        SegmentationCase("J. K. Rowling wrote the books."),
        SegmentationCase("George W. Bush was president.", "He lives in Texas."),
        SegmentationCase("The film stars Samuel L. Jackson."),
        SegmentationCase("Franklin D. Roosevelt won four elections."),
        SegmentationCase("Mt. Everest is tall.", "Climbers know it."),
        SegmentationCase("Pres. Lincoln was shot in 1865."),
    ]

    static let abbreviations: [SegmentationCase] = [
        SegmentationCase("Bring fruit, e.g. apples or pears."),
        SegmentationCase("The capital, i.e. Paris, was quiet."),
        SegmentationCase("Apples, pears, etc. are sold here."),
        SegmentationCase("They sell apples, pears, etc.", "The shop opens at nine."),
        SegmentationCase("He moved to the U.S. last year."),
        SegmentationCase("He moved to the U.S.", "The move went well."),
        SegmentationCase("The U.S. Army confirmed the report."),
        SegmentationCase("She works for the U.N. in Geneva."),
        SegmentationCase("Talks with the U.K. Government stalled."),
        SegmentationCase("Acme Inc. said profits rose."),
        SegmentationCase("Profits rose at Acme Inc.", "The shares jumped."),
        SegmentationCase("Smith & Co. won the contract."),
        SegmentationCase("Martin Luther King Jr. led the march."),
        SegmentationCase("It opens at 9 a.m. on Monday."),
        SegmentationCase("It opens at 9 a.m.", "The queue starts earlier."),
        SegmentationCase("The match ends at 10 p.m. local time."),
        SegmentationCase("He has a Ph.D. in chemistry."),
        SegmentationCase("The deal vs. the alternative was clear."),
        SegmentationCase("See the figures, cf. the annex."),
        SegmentationCase("It costs approx. five pounds."),
        SegmentationCase("Results (see Fig. 3) were clear."),
        SegmentationCase("Read p. 12 first."),
        SegmentationCase("He lives at No. 10 Downing Street."),
        SegmentationCase("He said no.", "Then he left."),
        SegmentationCase("Ships like the H.M.S. Victory are rare."),
        SegmentationCase("Smith et al. found the effect."),
    ]

    static let numbers: [SegmentationCase] = [
        SegmentationCase("Growth was 3.5% last year."),
        SegmentationCase("The train leaves at 10.30 tomorrow."),
        SegmentationCase("Pi is about 3.14159.", "Everyone knows it."),
        SegmentationCase("It cost £37.5m.", "Critics called it waste."),
        SegmentationCase("Version 2.0.1 fixed the bug."),
        SegmentationCase("He was born in 1990.", "He moved in 2005."),
        SegmentationCase("The vote was 7-2.", "It passed."),
        SegmentationCase("Turnout reached 61.4 per cent."),
        SegmentationCase("He arrived on Jan. 5 with his family."),
        SegmentationCase("The deadline is Sept. 30, officials said."),
        SegmentationCase("It happened on Dec. 25.", "Nobody was hurt."),
        SegmentationCase("Scores: 1.5, 2.5 and 3.5 points."),
        SegmentationCase("The temperature hit 40.2C.", "Records fell."),
        SegmentationCase("Shares fell 0.5.", "Bonds rose."),
        SegmentationCase("The year was 2001.", "That changed everything."),
        SegmentationCase("He ran 100m in 9.58 seconds."),
    ]

    static let punctuation: [SegmentationCase] = [
        SegmentationCase("He said \"yes.\"", "Then he left."),
        SegmentationCase("She said: \"We will win.", "\"We always do.\""),
        SegmentationCase("\"It's over,\" he said.", "\"We lost.\""),
        SegmentationCase("He called it “a disgrace.”", "Others agreed."),
        SegmentationCase("He asked 'why?'", "Nobody replied."),
        SegmentationCase("(This is an aside.)", "The story goes on."),
        SegmentationCase("The plan failed (again.)", "Officials met."),
        SegmentationCase("They agreed [in principle.]", "Talks go on."),
        SegmentationCase("“Stop!” he shouted at the crowd."),
        SegmentationCase("\"Why?\" she asked."),
        SegmentationCase("I was going to... but I didn't."),
        SegmentationCase("I waited...", "Then it came."),
        SegmentationCase("I waited…", "Then it came."),
        SegmentationCase("The word … was cut from the quote."),
        SegmentationCase("Wait for it... 5 minutes passed."),
        SegmentationCase("He left?!", "Unbelievable."),
        SegmentationCase("The group (the U.N.C.L.E.).", "Then the film began."),
        SegmentationCase("He cited \"Yes\".", "The judge agreed."),
        SegmentationCase("It was «très bien.»", "Then they ate."),
        SegmentationCase("The crowd chanted.", "“We want more!”"),
        SegmentationCase("He said it was “over”.", "But it was not."),
        SegmentationCase("We launched 27 services in 2016. \"", "At Glasgow, numbers grew.",
                         text: "We launched 27 services in 2016. \" At Glasgow, numbers grew."),
    ]

    static let links: [SegmentationCase] = [
        SegmentationCase("Visit www.example.com for details."),
        SegmentationCase("Visit www.example.com.", "It has details."),
        SegmentationCase("See https://example.org/a.b/c.html now."),
        SegmentationCase("Write to jane.doe@example.co.uk today."),
        SegmentationCase("Write to jane.doe@example.co.uk.", "She replies fast."),
        SegmentationCase("The site bbc.co.uk was down."),
        SegmentationCase("Open the file report.pdf first."),
        SegmentationCase("He posted on example.com.", "Then he deleted it."),
        SegmentationCase("Call 0800.123.456 for help."),
    ]

    static let lists: [SegmentationCase] = [
        SegmentationCase("1. Preheat the oven."),
        SegmentationCase("2. Mix the flour and the eggs."),
        SegmentationCase("10. Serve warm."),
        SegmentationCase("Steps:", "1. Mix.", "2. Bake.", text: "Steps:\n1. Mix.\n2. Bake."),
        SegmentationCase("Mix the flour.", "2. Bake the cake."),
        SegmentationCase("a) First point.", "b) Second point."),
        SegmentationCase("• Turnout was high.", "• Results came late.", text: "• Turnout was high.\n• Results came late."),
        SegmentationCase("- First item", "- Second item", text: "- First item\n- Second item"),
    ]

    static let paragraphs: [SegmentationCase] = [
        SegmentationCase("A heading", "The story starts here.", text: "A heading\n\nThe story starts here."),
        SegmentationCase("First paragraph ends without a stop", "Second one.",
                         text: "First paragraph ends without a stop\n\nSecond one."),
        SegmentationCase("Mr.", "Smith arrived.", text: "Mr.\n\nSmith arrived."),
        SegmentationCase("Line one", "line two", text: "Line one\nline two"),
        SegmentationCase("One.", "Two.", text: "One.\r\nTwo."),
        SegmentationCase("It ended in the U.S.", "The next part began.",
                         text: "It ended in the U.S.\n\nThe next part began."),
        SegmentationCase("A caption without a stop", "Text.", text: "A caption without a stop\n\n\n\nText."),
        SegmentationCase("One.", "Two.", text: "One.\u{2029}Two."),
        SegmentationCase("Follow Richard on Twitter", text: "Follow Richard on Twitter\n"),
    ]

    /// Subheadings run into the text as a short phrase in single quotes.
    static let quotedHeadings: [SegmentationCase] = [
        SegmentationCase("They got out at about 06:30.", "'Young children'", "Police are treating it as wilful."),
        SegmentationCase("The mayor was not there.", "‘Lucky family’", "Critics say the move would hurt."),
        SegmentationCase("'Islamic-themed assemblies'", "The council said it would help."),
        SegmentationCase("'Fake' news spread fast."),
        SegmentationCase("'Project Fear' was the phrase he used."),
        SegmentationCase("'We will never give up on this town again' Smith told the crowd."),
        SegmentationCase("He appeared at Medway Magistrates' Court on Tuesday."),
        SegmentationCase("She said it was 'Plan B' Officials had drawn up."),
        SegmentationCase("Die Polizei kam um sechs Uhr.", "‚Kleine Kinder‘", "Die Ermittlungen laufen."),
        SegmentationCase("Der Zug fuhr ab.", "‹Grosse Pläne›", "Die Stadt investiert weiter."),
        SegmentationCase("La policía llegó tarde.", "‘Sin salida’", "El incendio fue intencionado."),
    ]

    static let german: [SegmentationCase] = [
        SegmentationCase("Er kaufte z. B. Äpfel und Birnen."),
        SegmentationCase("Er kaufte z.B. Äpfel."),
        SegmentationCase("Sie wohnt in der Hauptstr. 5 in Berlin."),
        SegmentationCase("Das Haus Nr. 12 brannte ab."),
        SegmentationCase("Es gab Äpfel, Birnen usw.", "Die Kinder aßen alles."),
        SegmentationCase("Es gab Äpfel, Birnen usw. auf dem Markt."),
        SegmentationCase("Die Sitzung am 3. Oktober fiel aus."),
        SegmentationCase("Er kam am 1. Mai zurück."),
        SegmentationCase("Das Spiel endete 2:1.", "Die Fans jubelten."),
        SegmentationCase("Dr. Müller operierte.", "Der Patient lebt."),
        SegmentationCase("Prof. Dr. Schmidt hielt den Vortrag."),
        SegmentationCase("Das ist bzw. war ein Problem."),
        SegmentationCase("Siehe dazu vgl. Kapitel 3."),
        SegmentationCase("Das heißt d. h. nichts."),
        SegmentationCase("Er verdient ca. 3.000 Euro."),
        SegmentationCase("Die Inflation lag bei 2,5 Prozent.", "Das ist viel."),
        SegmentationCase("„Wir schaffen das.“", "Das sagte sie oft."),
        SegmentationCase("Was nun?", "Niemand wusste es."),
        SegmentationCase("Hr. Meier ist da.", "Er wartet."),
        SegmentationCase("Sie arbeitet bei der Firma GmbH.", "Die Firma wächst."),
        SegmentationCase("Der Vertrag gilt u.a. für Berlin."),
        SegmentationCase("Es kamen ca. 200 Leute.", "Alle blieben lange."),
        SegmentationCase("Er wurde am 12. Dezember 1990 geboren."),
    ]

    static let french: [SegmentationCase] = [
        SegmentationCase("M. Dupont est arrivé.", "Il était en retard."),
        SegmentationCase("Mme Martin et Mlle Durand sont là."),
        SegmentationCase("Mme. Martin est partie."),
        SegmentationCase("Il a acheté des pommes, des poires, etc.", "Le marché était plein."),
        SegmentationCase("Qui vient ?", "Personne.", text: "Qui vient ? Personne."),
        SegmentationCase("C'est fini !", "Rentrez chez vous.", text: "C'est fini ! Rentrez chez vous."),
        SegmentationCase("« C'est la vie. »", "Il a souri.", text: "« C'est la vie. » Il a souri."),
        SegmentationCase("Le taux est de 3,5 %.", "C'est élevé."),
        SegmentationCase("Il est né le 5 janv. 1990 à Lyon."),
        SegmentationCase("L'État a répondu.", "Les syndicats non."),
        SegmentationCase("Voir p. 45 du rapport."),
        SegmentationCase("Il habite av. Foch depuis dix ans."),
        SegmentationCase("Le Dr Martin opère.", "Le patient va bien."),
        SegmentationCase("Il est parti...", "Elle est restée."),
    ]

    static let spanish: [SegmentationCase] = [
        SegmentationCase("El Sr. García llegó tarde."),
        SegmentationCase("La Sra. López y la Srta. Pérez hablaron."),
        SegmentationCase("¿Qué pasó?", "Nadie lo sabe."),
        SegmentationCase("¡Qué golazo!", "El estadio estalló."),
        SegmentationCase("Viajó a EE.UU. en mayo."),
        SegmentationCase("Compró frutas, verduras, etc.", "El mercado cerró."),
        SegmentationCase("Compró frutas, verduras, etc. Luego volvió a casa."),
        SegmentationCase("La inflación fue del 3,5 %.", "El Gobierno reaccionó."),
        SegmentationCase("Lo dijo el Dr. Ruiz en la rueda de prensa."),
        SegmentationCase("Vive en la Avda. de la Paz."),
        SegmentationCase("El partido terminó 2-0.", "El técnico sonrió."),
        SegmentationCase("Ver pág. 10 del informe."),
        SegmentationCase("Cuesta aprox. diez euros."),
        SegmentationCase("Llegó el 5 de ene. de 2020 a Madrid."),
        SegmentationCase("«Es un día histórico», dijo.", "Todos aplaudieron."),
    ]

    static let cjk: [SegmentationCase] = [
        SegmentationCase("今天下雨了。", "我们待在家里。", text: "今天下雨了。我们待在家里。"),
        SegmentationCase("你好吗？", "我很好！", text: "你好吗？我很好！"),
        SegmentationCase("東京は晴れです。", "明日は雨です。", text: "東京は晴れです。明日は雨です。"),
        SegmentationCase("彼は「行く。」と言った。", "そして去った。", text: "彼は「行く。」と言った。そして去った。"),
        SegmentationCase("会议结束了！", "大家都走了。", text: "会议结束了！ 大家都走了。"),
        SegmentationCase("오늘은 맑습니다.", "내일은 비가 옵니다."),
        SegmentationCase("价格上涨了3.5%。", "市场反应平淡。", text: "价格上涨了3.5%。市场反应平淡。"),
        SegmentationCase("他说：“好。”", "然后走了。", text: "他说：“好。”然后走了。"),
        SegmentationCase("本当？", "うそ！", text: "本当？うそ！"),
        SegmentationCase("这是第一段", "这是第二段。", text: "这是第一段\n\n这是第二段。"),
    ]

    static let others: [SegmentationCase] = [
        SegmentationCase("Это первое предложение.", "Это второе."),
        SegmentationCase("Ο καιρός είναι καλός.", "Πάμε βόλτα."),
        SegmentationCase("هل أنت بخير؟", "نعم.", text: "هل أنت بخير؟ نعم."),
        SegmentationCase("यह पहला वाक्य है।", "यह दूसरा है।", text: "यह पहला वाक्य है। यह दूसरा है।"),
        SegmentationCase("Il sig. Rossi è arrivato.", "Era tardi."),
        SegmentationCase("Dit is een zin.", "Dit is er nog een."),
        SegmentationCase("The firm, Acme Ltd. of Leeds, won."),
        SegmentationCase("He takes vitamin C.", "The body needs it."),
        SegmentationCase("He bought a Model T.", "It broke."),
        SegmentationCase("Plan B was ready.", "Plan C was not."),
        SegmentationCase("He wrote ch. 4 in a week."),
        SegmentationCase("Oil hit $100.", "Stocks fell."),
        SegmentationCase("The score was 2–1.", "\"A fair result,\" he said."),
        SegmentationCase("She won gold.", "'It is a dream,' she said."),
        SegmentationCase("Police said the man, 45, was arrested.", "He was later released."),
        SegmentationCase("The B.B.C. reported it first."),
        SegmentationCase("Jan. 1 is a holiday."),
        SegmentationCase("Officials met in Jan.", "The talks failed."),
        SegmentationCase("It was 5 ft. tall."),
        SegmentationCase("Ask the Dept. of Health."),
    ]
}
