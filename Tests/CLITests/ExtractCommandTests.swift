import Foundation
import Testing

/// The output formats, run through the built binary.
@Suite("The extract command's formats")
struct ExtractCommandTests {
    @Test("text output prints the title and the body")
    func textOutput() throws {
        let run = try CLI.run(["extract", "--format", "text", CLI.seed.path])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix(CLI.seedTitle))
        #expect(run.output.contains("Recent movements on the global stage"))
        #expect(!run.output.contains("No time to read?"))
    }

    @Test("JSON output for one page is a single object with its source first")
    func jsonSingle() throws {
        let run = try CLI.run(["extract", CLI.seed.path])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("{\n  \"source\" : \"\(CLI.seed.path)\","))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect((object["title"] as? String)?.hasPrefix(CLI.seedTitle) == true)
    }

    @Test("JSON output for several pages is an array with one element per page")
    func jsonArray() throws {
        let run = try CLI.run(["extract", CLI.seed.path, CLI.kinds.path])
        #expect(run.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        #expect(array.map { $0["source"] as? String } == [CLI.seed.path, CLI.kinds.path])
    }

    @Test("JSON output for a folder is an array even when the folder holds one page")
    func jsonArrayForFolder() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: CLI.kinds, to: folder.appendingPathComponent("only.html"))
        let run = try CLI.run(["extract", folder.path])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        #expect(array.count == 1)
    }

    @Test("JSON Lines output has one compact object per input with its source")
    func jsonLines() throws {
        let run = try CLI.run(["extract", "--format", "jsonl", CLI.seed.path, CLI.kinds.path])
        #expect(run.status == 0)
        let objects = try run.jsonLines()
        #expect(objects.map { $0["source"] as? String } == [CLI.seed.path, CLI.kinds.path])
        #expect((objects[0]["paragraphs"] as? [Any])?.count == 5)
        #expect(objects[0]["text"] is String)
    }

    @Test("Markdown output opens with YAML front matter holding the metadata")
    func markdownFrontMatter() throws {
        let run = try CLI.run(["extract", "--format", "markdown", CLI.kinds.path])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("---\ntitle: \"Every kind of block\"\nauthors: [\"Ada Example\"]\n"))
        #expect(run.output.contains("\nsiteName: \"The Test Gazette\"\n"))
        #expect(run.output.contains("\nsource: \"\(CLI.kinds.path)\"\n---\n\n# Every kind of block\n"))
    }

    @Test("Markdown output renders headings, lists and code by kind")
    func markdownKinds() throws {
        let output = try CLI.run(["extract", "--format", "markdown", CLI.kinds.path]).output
        #expect(output.contains("\n## A subheading inside the story\n"))
        #expect(output.contains("\n- The first item of a bulleted list in the story\n- The second item"))
        #expect(output.contains("\n```\nlet answer = 42\nprint(answer)\n```\n"))
    }

    @Test("Markdown output shows source attributions and the previous and next links")
    func markdownAttributionsAndLinks() throws {
        let output = try CLI.run(["extract", "--format", "markdown", CLI.kinds.path]).output
        #expect(output.contains("as briefs often do. *(Policy outlook briefs.)*\n"))
        #expect(output.hasSuffix("""
            Previous: [The earlier story](<https://gazette.example/2026/11/19/earlier>)  
            Next: [The later story](<https://gazette.example/2026/11/21/later>)

            """))
    }

    @Test("--url resolves the page's relative links against the given address")
    func baseURL() throws {
        let page = #"<html><head><title>T</title></head><body><article><h1>A story with a relative link</h1><p>The council met on Tuesday evening to discuss the plan in detail with residents.</p></article><a rel="next" href="/2026/later">Next Article: Later</a></body></html>"#
        let run = try CLI.run(["extract", "--format", "jsonl", "--url", "https://gazette.example/2026/story"],
                              input: Data(page.utf8))
        let object = try #require(try run.jsonLines().first)
        #expect((object["next"] as? [String: Any])?["url"] as? String == "https://gazette.example/2026/later")
    }
}
