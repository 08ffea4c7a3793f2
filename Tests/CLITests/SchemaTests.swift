import Foundation
import Testing

/// `docs/article.schema.json` describes what the CLI really writes.
@Suite("The JSON Schema of the CLI's output")
struct SchemaTests {
    @Test("every JSON Lines record of real pages conforms to the schema")
    func articleRecords() throws {
        let check = try SchemaCheck(schemaAt: CLI.schema)
        let run = try CLI.run(["extract", "--format", "jsonl", CLI.seed.path, CLI.kinds.path, CLI.tree.path])
        let records = try run.jsonLines()
        #expect(records.count == 6)
        for record in records {
            #expect(check.problems(with: record) == [], "\(record["source"] ?? "?")")
        }
    }

    @Test("the elements of a JSON array conform to the schema, error records included")
    func jsonArrayRecords() throws {
        let check = try SchemaCheck(schemaAt: CLI.schema)
        let run = try CLI.run(["extract", CLI.kinds.path, "/nonexistent/page.html"])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [Any])
        #expect(array.count == 2)
        for element in array {
            #expect(check.problems(with: element) == [])
        }
    }

    @Test("an error record conforms to the schema as an error record")
    func errorRecord() throws {
        let check = try SchemaCheck(schemaAt: CLI.schema)
        let run = try CLI.run(["extract", "--format", "jsonl", "-"], input: Data())
        let record = try #require(try run.jsonLines().first)
        #expect(record.keys.sorted() == ["error", "source"])
        #expect(check.problems(with: record) == [])
    }

    @Test("the checker rejects a record with a missing field, an unknown field and a wrong enum value")
    func checkerRejects() throws {
        let check = try SchemaCheck(schemaAt: CLI.schema)
        let run = try CLI.run(["extract", "--format", "jsonl", CLI.kinds.path])
        var record = try #require(try run.jsonLines().first)
        #expect(check.problems(with: record) == [])
        record["title"] = nil
        #expect(!check.problems(with: record).isEmpty)
        record["title"] = "Back again"
        record["surprise"] = true
        #expect(!check.problems(with: record).isEmpty)
        record["surprise"] = nil
        var encoding = try #require(record["encoding"] as? [String: Any])
        encoding["rule"] = "guesswork"
        record["encoding"] = encoding
        #expect(!check.problems(with: record).isEmpty)
    }
}
