import ArgumentParser
import ArticleParser
import Foundation

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show which containers were weighed as the article body, best first.",
        discussion: """
            For diagnosing a page whose body looks wrong: each line is a score and the element's \
            path. The first line is the container the paragraphs are read from.

            Example:
              article-parser explain saved-page.html
            """
    )

    @Argument(help: "The saved page.")
    var path: String

    @Option(help: "balanced, precision or recall.")
    var focus: ArticleParser.Focus = .balanced

    func run() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let candidates = try ArticleParser(options: .init(focus: focus)).explainContent(bytes: [UInt8](data))
        for candidate in candidates {
            print(String(format: "%10.0f  ", candidate.score) + candidate.path)
        }
    }
}
