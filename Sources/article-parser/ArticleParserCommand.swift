import ArgumentParser

@main
struct ArticleParserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "article-parser",
        abstract: "Turns saved news-article pages into structured articles.",
        subcommands: [ExtractCommand.self, SummarizeCommand.self],
        defaultSubcommand: ExtractCommand.self
    )
}
