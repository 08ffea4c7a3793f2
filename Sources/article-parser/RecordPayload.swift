import ArticleParser

/// The JSON shape of a record apart from `source`, which the writer puts first: either every
/// field of the article or `error`. A new optional field (a summary, say) is one more property
/// encoded when present.
struct RecordPayload: Encodable {
    var record: ExtractionRecord

    private enum Keys: String, CodingKey { case error, summary, url, warcRecordId }
    private enum ErrorKeys: String, CodingKey { case code, message }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeIfPresent(record.url, forKey: .url)
        try container.encodeIfPresent(record.warcRecordID, forKey: .warcRecordId)
        if let article = record.article {
            try article.encode(to: encoder)
            if let summary = record.summary { try container.encode(summary, forKey: .summary) }
        } else if let failure = record.failure {
            var nested = container.nestedContainer(keyedBy: ErrorKeys.self, forKey: .error)
            try nested.encode(failure.code, forKey: .code)
            try nested.encode(failure.message, forKey: .message)
        }
    }
}
