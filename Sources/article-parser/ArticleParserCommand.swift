import ArgumentParser
import Foundation

@main
struct ArticleParserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "article-parser",
        abstract: "Turns saved news-article pages into structured articles.",
        discussion: """
            Examples:
              article-parser extract Fixtures/pages/courier-2026-11-20-north-korea-russia/source.html
              article-parser extract --format jsonl --jobs 2 saved-pages/ > articles.jsonl
              article-parser explain saved-page.html

            Exit status: 0 when every page was read, 1 when some failed, 2 for a usage error.
            """,
        subcommands: [ExtractCommand.self, SummarizeCommand.self, ExplainCommand.self],
        defaultSubcommand: ExtractCommand.self
    )

    /// Runs the command, with exit status 2 for usage errors (ArgumentParser's default is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
