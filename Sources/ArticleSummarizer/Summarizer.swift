import ArticleParser

/// Builds extractive summaries of articles: the few sentences that best stand for the whole.
///
/// Each sentence gets a score from its place in the story (news puts the gist first), its
/// centrality (how much it shares with the rest of the article) and its overlap with the
/// headline; the best one is chosen, then greedily the ones that cover most of the rest of the
/// article per word, and all are returned in article order. Captions, headings, credits, page
/// furniture and fragments are never chosen. The same input always gives the same summary.
///
/// This module only sees ``ArticleParser/Article`` values and plain text, never HTML.
public struct Summarizer: Sendable {
    /// Settings for the summarizer; every property has a sensible default.
    public struct Options: Sendable, Equatable {
        /// The language of the text as a BCP 47 tag ("en", "de-AT"), for its stop words and
        /// word endings. `nil` uses the article's own `language`, and when that is `nil` too,
        /// the language whose stop words the text uses most (English, German, French, Spanish).
        public var language: String? = nil
        /// Sentences with fewer words than this are fragments and never chosen. Default 6.
        public var minimumWords = 6
        /// How much the place in the story counts: the first sentence scores this much, the
        /// fourth half as much. Default 0.1: centrality carries most of the signal once the
        /// headline sentence is gone (see docs/summarizer.md); raise it for wire copy whose
        /// first sentence is a complete summary.
        public var positionWeight = 0.1
        /// How much sharing words with the rest of the article counts. Default 1.
        public var centralityWeight = 1.0
        /// How much sharing words with the headline counts. Default 0.5.
        public var headlineWeight = 0.5
        /// How the sentences after the best one are chosen. Default ``Selection/coverage``.
        public var selection = Selection.coverage
        /// With ``Selection/maximalMarginalRelevance``: how strongly similarity to an already
        /// chosen sentence lowers a candidate's score, from 0 (not at all) to 1 (by the full
        /// cosine similarity). Default 1.
        public var redundancyPenalty = 1.0

        /// Ways to add sentences to a summary once the best-scored one is chosen.
        public enum Selection: String, Sendable, Equatable, CaseIterable {
            /// The sentence that covers the most of the article the summary does not stand for
            /// yet, per word (a saturated coverage function, after Lin and Bilmes 2011): the
            /// summary reaches more of the story in fewer words.
            case coverage
            /// The best score minus the similarity to the closest chosen sentence, weighted by
            /// ``Summarizer/Options/redundancyPenalty`` (Carbonell and Goldstein 1998).
            case maximalMarginalRelevance
        }

        /// The default settings.
        public init() {}
    }

    /// The settings this summarizer uses.
    public var options: Options

    /// A summarizer with the given settings, or the defaults.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The `sentences` sentences that best stand for `article`, in article order.
    ///
    /// Only running text and list items are read: headings, captions, quotations set apart,
    /// code and table rows are not, and source attributions were already split off by the
    /// parser. The summary is shorter than asked when the article has fewer eligible
    /// sentences, and empty when `sentences` is not positive or the article has no prose.
    public func summarize(_ article: Article, sentences count: Int = 3) -> Summary {
        guard count > 0 else { return Summary(sentences: []) }
        let segmenter = SentenceSegmenter()
        var candidates: [SummaryCandidate] = []
        var allWords: [String] = []
        for (index, paragraph) in article.paragraphs.enumerated() where Self.isProse(paragraph.kind) {
            for span in segmenter.ranges(in: paragraph.text) {
                let words = Tokenizer.words(in: span.text)
                if allWords.count < Self.wordsForLanguageGuess { allWords.append(contentsOf: words) }
                candidates.append(SummaryCandidate(text: span.text, paragraphIndex: index, words: words))
            }
        }
        let language = StopWords.Language(tag: options.language ?? article.language)
            ?? StopWords.guessLanguage(of: allWords)
        let filter = SentenceFilter(minimumWords: options.minimumWords)
        let eligible = candidates.filter { filter.admits($0.text, words: $0.words) }
        guard !eligible.isEmpty else { return Summary(sentences: []) }

        let tokenizer = Tokenizer(language: language)
        let scorer = SentenceScorer(options: options)
        let scored = scorer.score(eligible, tokenizer: tokenizer, title: article.title)
        let picks = SentenceSelector(selection: options.selection, redundancyPenalty: options.redundancyPenalty)
            .select(count, scores: scored.scores, similarity: scored.similarity, coverage: scored.coverage,
                    words: eligible.map(\.words.count))
        return Summary(sentences: picks.map { pick in
            SummarySentence(text: eligible[pick.index].text,
                            paragraphIndex: eligible[pick.index].paragraphIndex,
                            score: pick.score)
        })
    }

    /// The summary of plain text, whose blocks separated by blank lines are its paragraphs.
    ///
    /// As in an article, a sentence without sentence-final punctuation (a subheading, a
    /// caption, a credit such as "Follow Jane on Twitter") is never chosen. `title` is the
    /// headline, or `nil` when there is none. Empty when the text has no prose.
    public func summarize(text: String, title: String? = nil, sentences count: Int = 3) -> Summary {
        let paragraphs = TextBlocks.split(text).map { Paragraph(text: $0) }
        return summarize(Article(title: title, paragraphs: paragraphs), sentences: count)
    }

    /// Running text and list items; the other kinds are titles, captions, pull quotes and data.
    static func isProse(_ kind: Paragraph.Kind) -> Bool {
        switch kind {
        case .paragraph, .listItem: true
        case .heading, .quote, .preformatted, .tableRow, .caption: false
        }
    }

    /// Enough words to tell the language by its stop words.
    static let wordsForLanguageGuess = 400
}

/// A sentence that may be chosen, with its words.
struct SummaryCandidate {
    var text: String
    var paragraphIndex: Int
    var words: [String]
}
