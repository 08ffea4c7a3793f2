import Foundation
import Testing

/// A saved page under `Fixtures/pages/<name>/` with its `expected.json`.
struct FixturePage: Sendable, CustomTestStringConvertible {
    struct Expectation: Decodable, Sendable {
        struct Link: Decodable, Sendable {
            var title: String?
            var url: String
        }

        var title: String?
        var url: String?
        var paragraphCount: Int?
        var paragraphs: [String]?
        var firstParagraph: String?
        var lastParagraph: String?
        var mustContain: [String]?
        var mustNotContain: [String]?
        var attributions: [String]?
        var authors: [String]?
        var datePublished: String?
        var previous: Link?
        var next: Link?
    }

    var name: String
    var folder: URL

    var testDescription: String { name }

    var sourceBytes: [UInt8] {
        get throws { [UInt8](try Data(contentsOf: folder.appendingPathComponent("source.html"))) }
    }

    var expectation: Expectation {
        get throws {
            try JSONDecoder().decode(Expectation.self, from: Data(contentsOf: folder.appendingPathComponent("expected.json")))
        }
    }

    /// The repository's `Fixtures/` folder, found from this file's path so tests run from anywhere.
    static let fixturesFolder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func named(_ name: String) -> FixturePage {
        FixturePage(name: name, folder: fixturesFolder.appendingPathComponent("pages").appendingPathComponent(name))
    }

    /// Every fixture page that has an `expected.json`.
    static let all: [FixturePage] = {
        let pages = fixturesFolder.appendingPathComponent("pages")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: pages.path)) ?? []
        return names.sorted().map(named).filter {
            FileManager.default.fileExists(atPath: $0.folder.appendingPathComponent("expected.json").path)
        }
    }()
}
