import Foundation

/// One line of `--records-from`: a JSON object `{"url": ..., "html": ..., "charset": ...}`,
/// kept as read so workers decode it in parallel.
struct InlinePage: Sendable {
    /// The line's position among the lines read, from 1.
    var lineNumber: Int
    var line: Data

    private struct Fields: Decodable {
        var url: String?
        var html: String
        var charset: String?
    }

    /// The line's page, or why the line is not one.
    func decoded() -> Result<(url: String?, html: String, charset: String?), ExtractionRecord.Failure> {
        guard let fields = try? JSONDecoder().decode(Fields.self, from: line) else {
            return .failure(.init(code: "badRecord",
                                  message: "Line \(lineNumber) is not a JSON object with a string \"html\"."))
        }
        return .success((fields.url, fields.html, fields.charset))
    }
}
