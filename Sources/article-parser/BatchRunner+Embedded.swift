import ArticleParser
import Foundation

extension BatchRunner {
    /// Parses a page that arrives with its own address and charset (a WARC response record or
    /// a `--records-from` line); `nil` for other inputs, which are files.
    static func extractEmbedded(_ input: Input, parser: ArticleParser) -> ExtractionRecord? {
        switch input.origin {
        case .warcRecord(let warc):
            var record = ExtractionRecord(input: input, url: warc.url, warcRecordID: warc.recordID)
            let limit = parser.options.maximumInputBytes
            switch warc.response.flatMap({ response in response.decodedBody(limit: limit).map { (response, $0) } }) {
            case .failure(let failure):
                record.failure = failure
            case .success(let (response, body)):
                record.fill(with: parse(body, url: warc.url, charset: response.charset, parser: parser))
            }
            return record
        case .inlinePage(let page):
            var record = ExtractionRecord(input: input)
            switch page.decoded() {
            case .failure(let failure):
                record.failure = failure
            case .success(let fields):
                record.url = fields.url
                // The page arrived as JSON text: its UTF-8 bytes are read as UTF-8 unless the line says otherwise.
                record.fill(with: parse(Data(fields.html.utf8), url: fields.url, charset: fields.charset ?? "UTF-8",
                                        parser: parser))
            }
            return record
        case .file, .standardInput, .unlistableFolder:
            return nil
        }
    }

    /// The page's article, read with `charset` (when given) as the encoding and `url` for links.
    private static func parse(_ body: Data, url: String?, charset: String?,
                              parser: ArticleParser) -> Result<Article, ExtractionRecord.Failure> {
        var options = parser.options
        if let charset { options.charset = charset }
        let pageURL = url.flatMap(URL.init(string:))
        do {
            return .success(try ArticleParser(options: options).parse(data: body, url: pageURL))
        } catch {
            return .failure(.init(code: error.code, message: error.message))
        }
    }
}

private extension ExtractionRecord {
    mutating func fill(with result: Result<Article, Failure>) {
        switch result {
        case .success(let article): self.article = article
        case .failure(let failure): self.failure = failure
        }
    }
}
