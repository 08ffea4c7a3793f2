import ArticleParser
import Foundation
import Testing

@Suite("Concurrent parsing")
struct ConcurrencyTests {
    private static func page(_ number: Int) -> String {
        """
        <html lang="en"><head><title>Story \(number) | Courier</title></head><body>
        <nav><a href="/">Home</a></nav>
        <article><h1>Story \(number)</h1>
        <p>Paragraph one of story \(number) tells what happened on the river bank this week.</p>
        <p>Paragraph two of story \(number) adds what the council said about the bridge.</p>
        </article><footer>© Courier</footer></body></html>
        """
    }

    @Test("200 concurrent parses of different pages give the same articles as sequential ones")
    func concurrentEqualsSequential() async throws {
        let pages = (0 ..< 200).map(Self.page)
        let parser = ArticleParser()
        let sequential = try pages.map { try parser.parse(html: $0) }
        let concurrent = try await withThrowingTaskGroup(of: (Int, Article).self) { group in
            for (index, page) in pages.enumerated() {
                group.addTask { (index, try parser.parse(html: page)) }
            }
            var results = [Article?](repeating: nil, count: pages.count)
            for try await (index, article) in group { results[index] = article }
            return results
        }
        #expect(concurrent == sequential.map { Optional($0) })
        #expect(sequential[7].title == "Story 7")
    }
}
