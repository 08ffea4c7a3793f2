import Testing

/// `--help` is documentation: real examples and the exit statuses.
@Suite("The command's help")
struct HelpTests {
    @Test("every command's --help shows a runnable example", arguments: [
        ["--help"], ["extract", "--help"], ["explain", "--help"],
    ])
    func examples(arguments: [String]) throws {
        let run = try CLI.run(arguments)
        #expect(run.status == 0)
        #expect(run.output.contains("Example"))
        #expect(run.output.contains("  article-parser "))
    }

    @Test("extract --help documents the exit statuses 0, 1 and 2")
    func exitStatuses() throws {
        let output = try CLI.run(["extract", "--help"]).output
        #expect(output.contains("0  every page was read"))
        #expect(output.contains("1  some pages failed"))
        #expect(output.contains("2  usage error"))
    }

    @Test("extract --help lists every format")
    func formats() throws {
        let output = try CLI.run(["extract", "--help"]).output
        for format in ["json", "jsonl", "text", "markdown"] {
            #expect(output.contains("\n  \(format) "), "missing \(format)")
        }
    }
}
