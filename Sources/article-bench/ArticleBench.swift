@_spi(Benchmark) import ArticleParser
import Foundation

/// `swift run -c release article-bench [CORPUS_DIR ...]`: how fast the full extraction is next to
/// libxml2's own tree build, per stage, on two threads, with growing pages and over many pages.
/// A benchmark, not a test: it reports and never asserts a time. See docs/performance.md.
@main
struct ArticleBench {
    static func main() {
        let settings = Settings.parse(Array(CommandLine.arguments.dropFirst()))
        if case .singlePage(let path) = settings.mode {
            runSinglePage(path)
            return
        }
        var files: [String]
        if let list = settings.pagesFrom {
            guard let text = try? String(contentsOfFile: list, encoding: .utf8) else { fail("cannot read \(list)") }
            files = text.split(whereSeparator: { $0 == "\0" || $0 == "\n" }).map(String.init)
        } else {
            let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().path
            files = Corpus.files(in: settings.paths.isEmpty ? Corpus.defaultPaths(packageRoot: packageRoot) : settings.paths)
        }
        if let sample = settings.sample, sample < files.count {
            let step = Double(files.count) / Double(sample)
            files = (0 ..< sample).map { files[Int(Double($0) * step)] }
        }
        switch settings.mode {
        case .listPages:
            FileHandle.standardOutput.write(Data(files.joined(separator: "\0").utf8))
            return
        case .profilePass:
            let corpus = Corpus.load(files)
            let result = Passes.full(corpus.pages, parser: ArticleParser())
            print("extracted \(corpus.pages.count - result.failures) of \(corpus.pages.count) pages")
            return
        default:
            break
        }
        let corpus = Corpus.load(files)
        guard !corpus.pages.isEmpty else { fail("no pages found") }
        var report = Report(corpus: corpus, settings: settings)
        if case .throughput = settings.mode {
            report.throughputTSV()
            return
        }
        report.run()
    }

    /// Child process for the peak-RSS measurement: parse one page once, or nothing at all.
    static func runSinglePage(_ path: String?) {
        if let path {
            guard let data = FileManager.default.contents(atPath: path) else { exit(1) }
            _ = try? ArticleParser().parse(bytes: [UInt8](data))
        }
        print(Measurement.residentHighWaterBytes())
    }
}
