import Foundation

/// Builds small WARC files from the fixture pages at test time: records as Common Crawl writes
/// them, plus the ways they go wrong.
enum WARCFixture {
    /// A fixture page: its folder name, bytes and the address it is archived under.
    struct Page {
        var name: String
        var html: Data
        var url: String { "https://\(name).example.org/story/\(name)" }
    }

    /// Read afresh on each use (a few small files): a process-wide cache of page bytes shows up
    /// in LeakSanitizer's report when it is first filled from a test's task.
    static var pages: [Page] {
        let folder = CLI.root.appendingPathComponent("Fixtures/pages")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()) ?? []
        return names.compactMap { name in
            (try? Data(contentsOf: folder.appendingPathComponent(name).appendingPathComponent("source.html")))
                .map { Page(name: name, html: $0) }
        }
    }

    /// How an HTTP body is sent.
    struct Body: OptionSet {
        let rawValue: Int
        static let chunked = Body(rawValue: 1)
        static let gzip = Body(rawValue: 2)
    }

    /// An HTTP response with `body`, as held in a `response` record's block.
    static func httpResponse(_ body: Data, contentType: String = "text/html; charset=UTF-8",
                             sent: Body = []) throws -> Data {
        var payload = body
        var headers = "HTTP/1.1 200 OK\r\nContent-Type: \(contentType)\r\n"
        if sent.contains(.gzip) {
            payload = try gzip(payload)
            headers += "Content-Encoding: gzip\r\n"
        }
        if sent.contains(.chunked) {
            var chunked = Data()
            var offset = 0
            while offset < payload.count {
                let size = min(1000, payload.count - offset)
                chunked.append(Data((String(size, radix: 16) + ";ext=1\r\n").utf8))
                chunked.append(payload[offset ..< offset + size])
                chunked.append(Data("\r\n".utf8))
                offset += size
            }
            chunked.append(Data("0\r\n\r\n".utf8))
            payload = chunked
            headers += "Transfer-Encoding: chunked\r\n"
        } else {
            headers += "Content-Length: \(payload.count)\r\n"
        }
        return Data((headers + "\r\n").utf8) + payload
    }

    /// One WARC record; `declaredLength` overrides the true Content-Length.
    static func record(type: String, url: String?, id: String, block: Data, version: String = "1.0",
                       declaredLength: Int? = nil) -> Data {
        var header = "WARC/\(version)\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:\(id)>\r\n"
        header += "WARC-Date: 2026-11-27T12:00:00Z\r\n"
        if let url { header += "WARC-Target-URI: \(version == "1.0" ? "<\(url)>" : url)\r\n" }
        header += "Content-Type: application/http; msgtype=response\r\n"
        header += "Content-Length: \(declaredLength ?? block.count)\r\n\r\n"
        return Data(header.utf8) + block + Data("\r\n\r\n".utf8)
    }

    /// A response record for a fixture page.
    static func pageRecord(_ page: Page, version: String = "1.0", sent: Body = []) throws -> Data {
        record(type: "response", url: page.url, id: "page-\(page.name)",
               block: try httpResponse(page.html, sent: sent), version: version)
    }

    /// A `warcinfo` record, a `request` record and a PNG response: all to be skipped.
    static func nonHTMLRecords() throws -> [Data] {
        [
            record(type: "warcinfo", url: nil, id: "info", block: Data("software: fixture\r\n".utf8)),
            record(type: "request", url: "https://example.org/a", id: "request",
                   block: Data("GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n".utf8)),
            record(type: "response", url: "https://example.org/logo.png", id: "png",
                   block: try httpResponse(Data([0x89, 0x50, 0x4E, 0x47, 0, 1, 2]), contentType: "image/png")),
        ]
    }

    /// `data` compressed as one gzip member, by the system's `gzip`.
    static func gzip(_ data: Data) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-c", "-n"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let writer = Thread {
            input.fileHandleForWriting.write(data)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let compressed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return compressed
    }

    /// The article of `page` parsed as a file with the same address and charset, as a JSON
    /// object without `source`.
    static func articleParsedAsFile(_ page: Page) throws -> NSDictionary {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("page.html")
        try page.html.write(to: file)
        let run = try CLI.run(["extract", "--format", "jsonl", "--url", page.url, "--charset", "UTF-8", file.path])
        var object = try run.jsonLines().first ?? [:]
        object["source"] = nil
        return object as NSDictionary
    }

    /// A JSON Lines object without the fields that say where the page came from.
    static func article(of object: [String: Any]) -> NSDictionary {
        var object = object
        for key in ["source", "url", "warcRecordId"] { object[key] = nil }
        return object as NSDictionary
    }
}
