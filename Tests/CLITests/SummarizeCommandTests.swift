import Foundation
import Testing

/// Runs the built `article-parser summarize` (and `extract --summary`) the way users do.
@Suite("The summarize command")
struct SummarizeCommandTests {

    static let article = """
        The harbour reopened on Monday after the storm damaged three of its piers.

        Repairs to the piers will cost the town about two million pounds this year.

        Fishing boats returned to the harbour within hours of the reopening.
        """

    static func jsonLine(id: String, text: String) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: ["id": id, "text": text], options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    @Test("summarize prints the page's summary one sentence a line")
    func page() throws {
        let run = try CLI.run(["summarize", "--sentences", "2", CLI.seed.path])
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(!run.output.contains("No time to read?"))
    }

    @Test("summarize with several pages heads each summary with its path")
    func pages() throws {
        let run = try CLI.run(["summarize", "--sentences", "1", CLI.seed.path, CLI.seed.path])
        #expect(run.status == 0)
        #expect(run.output.components(separatedBy: "# \(CLI.seed.path)\n").count == 3)
    }

    @Test("summarize --jsonl writes an id and a summary a line")
    func jsonLines() throws {
        let input = try Self.jsonLine(id: "a", text: Self.article) + "\n" + Self.jsonLine(id: "b", text: Self.article)
        let run = try CLI.run(["summarize", "--jsonl", "--sentences", "2"], input: Data((input + "\n").utf8))
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(object["id"] as? String == "b")
        #expect((object["summary"] as? [String])?.count == 2)
    }

    @Test("summarize --jsonl --segment writes each text's sentences")
    func segment() throws {
        let input = try Self.jsonLine(id: "a", text: "Mr. Smith left. He was late.\n\nA heading")
        let run = try CLI.run(["summarize", "--jsonl", "--segment"], input: Data((input + "\n").utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["sentences"] as? [String] == ["Mr. Smith left.", "He was late.", "A heading"])
    }

    @Test("a line that is not JSON is reported, the others still come out, and the exit status is 1")
    func badLine() throws {
        let input = "not json\n" + (try Self.jsonLine(id: "a", text: Self.article)) + "\n"
        let run = try CLI.run(["summarize", "--jsonl"], input: Data(input.utf8))
        #expect(run.status == 1)
        #expect(run.output.split(separator: "\n").count == 1)
        #expect(run.errors.contains("line 1"))
    }

    @Test("extract --summary adds the summary's sentences to the JSON output")
    func extractSummary() throws {
        let run = try CLI.run(["extract", "--format", "jsonl", "--summary", "2", CLI.seed.path])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect((object["summary"] as? [String])?.count == 2)
    }

    @Test("extract without --summary adds no summary")
    func extractWithoutSummary() throws {
        let run = try CLI.run(["extract", "--format", "jsonl", CLI.seed.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["summary"] == nil)
    }
}
