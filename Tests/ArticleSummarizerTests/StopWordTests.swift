@testable import ArticleSummarizer
import Testing

@Suite("Stop words and terms")
struct StopWordTests {
    @Test("function words are not terms, in each of the four languages", arguments: [
        ("en", "the of and was"), ("de", "der die und nicht"), ("fr", "le la et dans"), ("es", "el los y para"),
    ])
    func functionWords(tag: String, words: String) throws {
        let language = try #require(StopWords.Language(tag: tag))
        #expect(Tokenizer(language: language).terms(in: words).isEmpty)
    }

    @Test("a regional tag selects its language's list")
    func regionalTag() {
        #expect(StopWords.Language(tag: "de-AT") == .german)
        #expect(StopWords.Language(tag: "pt-BR") == nil)
    }

    @Test("the language is guessed from the stop words a text uses")
    func guess() {
        let words = Tokenizer.words(in: "Le conseil a voté le budget et les travaux commencent dans la ville")
        #expect(StopWords.guessLanguage(of: words) == .french)
    }

    @Test("inflected forms share a stem")
    func stems() {
        let tokenizer = Tokenizer(language: .english)
        #expect(tokenizer.stem("talks") == tokenizer.stem("talking"))
    }

    @Test("a French elided article is split off its word")
    func elision() {
        #expect(Tokenizer.words(in: "l'État") == ["état"])
    }
}
