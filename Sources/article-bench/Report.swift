@_spi(Benchmark) import ArticleParser
import Foundation

/// Runs the benchmark's sections in order and prints each as it finishes.
struct Report {
    let corpus: Corpus
    let settings: Settings
    let parser = ArticleParser()

    var megabytes: Double { Double(corpus.totalBytes) / 1_000_000 }

    mutating func run() {
        printHeader()
        throughput()
        // Each section appears as it ends, also when the output goes to a file.
        fflush(nil)
        if settings.runs("stages") { stages(); fflush(nil) }
        if settings.runs("threads") { threads(); fflush(nil) }
        if settings.runs("linearity") { linearity(); fflush(nil) }
        if settings.runs("rss") { peakRSS(); fflush(nil) }
        if settings.runs("memory") { flatMemory() }
        print("\nload average at the end: \(Measurement.loadAverage())")
    }

    private func printHeader() {
        let sizes = corpus.pages.map(\.bytes.count).sorted()
        print("article-bench: \(corpus.pages.count) pages, \(ArticleBenchFormat.mb(corpus.totalBytes)) "
              + "(median page \(ArticleBenchFormat.kb(sizes[sizes.count / 2])), largest \(ArticleBenchFormat.kb(sizes.last ?? 0)))")
        print("repetitions: \(settings.repetitions) after one warm-up; medians shown; "
              + "\(ProcessInfo.processInfo.activeProcessorCount) cores; load average \(Measurement.loadAverage())")
    }

    // MARK: - Throughput

    /// Parse-only and full extraction, alternating in each repetition so drift hits both alike.
    private func measureThroughput() -> (parse: (wall: Samples, cpu: Samples), full: (wall: Samples, cpu: Samples),
                                         ratio: (wall: Samples, cpu: Samples), failures: Int) {
        _ = Passes.parseOnly(corpus.pages)
        var failures = Passes.full(corpus.pages, parser: parser).failures
        var parseWall = Samples(), parseCPU = Samples(), fullWall = Samples(), fullCPU = Samples()
        var ratioWall = Samples(), ratioCPU = Samples()
        for _ in 0 ..< settings.repetitions {
            let parse = Passes.parseOnly(corpus.pages)
            let full = Passes.full(corpus.pages, parser: parser)
            failures = full.failures
            parseWall.add(parse.wall); parseCPU.add(parse.cpu)
            fullWall.add(full.wall); fullCPU.add(full.cpu)
            ratioWall.add(parse.wall / full.wall); ratioCPU.add(parse.cpu / full.cpu)
        }
        return ((parseWall, parseCPU), (fullWall, fullCPU), (ratioWall, ratioCPU), failures)
    }

    private func throughput() {
        let measured = measureThroughput()
        let pages = Double(corpus.pages.count)
        print("\n== Throughput, 1 thread (full extraction = metadata, body, attributions, links)")
        print("pass              pages/s    MB/s wall   MB/s CPU   wall s    CPU s")
        for (name, wall, cpu) in [("parse-only", measured.parse.wall, measured.parse.cpu),
                                  ("full extraction", measured.full.wall, measured.full.cpu)] {
            print(name.padding(toLength: 16, withPad: " ", startingAt: 0)
                  + pad(format(pages / wall.median, 1), 9) + pad(format(megabytes / wall.median, 1), 12)
                  + pad(format(megabytes / cpu.median, 1), 11) + pad(format(wall.median, 3), 9)
                  + pad(format(cpu.median, 3), 9) + "  " + wall.spread)
        }
        print("full / parse-only throughput: \(format(measured.ratio.wall.median)) (wall), "
              + "\(format(measured.ratio.cpu.median)) (CPU), median of per-repetition ratios")
        print("pages without an article (noArticleBody etc.): \(measured.failures)")
    }

    /// Tab-separated throughput for `scripts/compare-peers.sh`: name, pages, bytes, wall s, CPU s.
    func throughputTSV() {
        let measured = measureThroughput()
        let count = corpus.pages.count, bytes = corpus.totalBytes
        print("ArticleParser (full extraction)\t\(count)\t\(bytes)\t\(measured.full.wall.median)\t\(measured.full.cpu.median)")
        print("libxml2 parse-only (tree build + free)\t\(count)\t\(bytes)\t\(measured.parse.wall.median)\t\(measured.parse.cpu.median)")
    }

    // MARK: - Stages

    private func stages() {
        print("\n== Time per stage (thread CPU, summed over all pages, median of \(settings.repetitions))")
        var mismatches = 0
        for page in corpus.pages {
            var times = ArticleParser.StageTimes()
            let staged = try? parser.parseMeasuringStages(bytes: page.bytes, times: &times)
            let whole = try? parser.parse(bytes: page.bytes)
            if staged != whole { mismatches += 1 }
        }
        var perStage: [ArticleParser.Stage: Samples] = [:]
        var libxml2 = Samples()
        var totals = Samples()
        for repetition in 0 ... settings.repetitions {
            var times = ArticleParser.StageTimes()
            for page in corpus.pages {
                _ = try? parser.parseMeasuringStages(bytes: page.bytes, times: &times)
                parser.measureTreeBuild(ofDecoded: page.bytes, into: &times)
            }
            guard repetition > 0 else { continue }  // the warm-up
            for stage in ArticleParser.Stage.allCases {
                perStage[stage, default: Samples()].add(Double(times.nanoseconds[stage] ?? 0) / 1e9)
            }
            totals.add(Double(times.nanoseconds.values.reduce(0, +)) / 1e9)
            libxml2.add(Double(times.libxml2Nanoseconds) / 1e9)
        }
        let total = ArticleParser.Stage.allCases.reduce(0.0) { $0 + perStage[$1]!.median }
        print("stage             CPU s    share    MB/s")
        for stage in ArticleParser.Stage.allCases {
            let seconds = perStage[stage]!.median
            print(stage.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0) + pad(format(seconds, 3), 7)
                  + pad(format(100 * seconds / total, 1) + "%", 9) + pad(format(megabytes / seconds, 1), 9))
        }
        print("total".padding(toLength: 16, withPad: " ", startingAt: 0) + pad(format(total, 3), 7)
              + pad("100.0%", 9) + pad(format(megabytes / total, 1), 9))
        let build = libxml2.median
        let ours = perStage[.parseAndCopy]!.median
        print("  parseAndCopy (libxml2's parse events into our HTMLTree) \(format(ours, 3)) s vs libxml2 building "
              + "and freeing its own tree from the same decoded UTF-8 \(format(build, 3)) s (ratio \(format(ours / build, 2)))")
        print("staged run vs parse(bytes:): \(mismatches) pages with a different Article (must be 0)")
    }

    // MARK: - Threads

    private func threads() {
        print("\n== Threads (full extraction, same pages; load average before: \(Measurement.loadAverage()))")
        _ = Passes.full(corpus.pages, parser: parser, threads: 2)
        var one = Samples(), two = Samples(), speedups = Samples()
        var oneCPU = Samples(), twoCPU = Samples()
        for _ in 0 ..< settings.repetitions {
            let single = Passes.full(corpus.pages, parser: parser, threads: 1)
            let double = Passes.full(corpus.pages, parser: parser, threads: 2)
            one.add(single.wall); two.add(double.wall); speedups.add(single.wall / double.wall)
            oneCPU.add(single.cpu); twoCPU.add(double.cpu)
        }
        let pages = Double(corpus.pages.count)
        print("1 thread:  \(format(megabytes / one.median, 1)) MB/s, \(format(pages / one.median, 1)) pages/s, "
              + "CPU \(format(oneCPU.median, 2)) s for \(format(one.median, 2)) s wall")
        print("2 threads: \(format(megabytes / two.median, 1)) MB/s, \(format(pages / two.median, 1)) pages/s, "
              + "CPU \(format(twoCPU.median, 2)) s for \(format(two.median, 2)) s wall "
              + "(\(format(twoCPU.median / two.median)) cores busy on average, of 2)")
        print("speed-up 2 threads over 1: \(format(speedups.median)) wall (median of per-repetition ratios; "
              + "min \(format(speedups.values.min() ?? 0)), max \(format(speedups.values.max() ?? 0)))")
        print("CPU per page, 2 threads vs 1: \(format(twoCPU.median / oneCPU.median))× "
              + "(1.00 = no contention between threads; the wall speed-up is then capped only by free cores)")
        print("load average after: \(Measurement.loadAverage())")
    }

    // MARK: - Linearity

    private func linearity() {
        let sorted = corpus.pages.sorted { $0.bytes.count < $1.bytes.count }
        let count = min(settings.linearityPages, sorted.count)
        let step = Double(sorted.count) / Double(count)
        let sample = (0 ..< count).map { sorted[Int((Double($0) + 0.5) * step)] }
        let factors = [1, 2, 4]
        let variants = sample.map { page in factors.map { repeatedPage(page.bytes, times: $0) } }
        print("\n== Linearity: \(count) pages evenly spread by size, body repeated 1×, 2×, 4× (thread CPU)")
        // perPage[page][factor]
        var perPage = [[Samples]](repeating: [Samples](repeating: Samples(), count: factors.count), count: count)
        for repetition in 0 ... settings.repetitions {
            for (pageIndex, pageVariants) in variants.enumerated() {
                for (factorIndex, bytes) in pageVariants.enumerated() {
                    let start = Measurement.threadCPUSeconds()
                    _ = try? parser.parse(bytes: bytes)
                    let seconds = Measurement.threadCPUSeconds() - start
                    if repetition > 0 { perPage[pageIndex][factorIndex].add(seconds) }
                }
            }
        }
        let sums = factors.indices.map { factor in perPage.reduce(0.0) { $0 + $1[factor].median } }
        let nodes = factors.indices.map { factor in variants.reduce(0) { $0 + ArticleParser.copiedNodeCount(bytes: $1[factor]) } }
        for (index, factor) in factors.enumerated() {
            print("\(factor)×: \(format(sums[index], 3)) s CPU, cost \(format(sums[index] / sums[0]))× "
                  + "(tree nodes \(format(Double(nodes[index]) / Double(nodes[0])))×)")
        }
        var worst: (ratio: Double, path: String, size: Int) = (0, "", 0)
        for (pageIndex, page) in sample.enumerated() {
            let ratio = perPage[pageIndex][2].median / perPage[pageIndex][0].median
            if ratio > worst.ratio { worst = (ratio, page.path, page.bytes.count) }
        }
        print("worst single page at 4×: \(format(worst.ratio))× (\(shortName(worst.path)), "
              + "\(ArticleBenchFormat.kb(worst.size)))")
    }

    // MARK: - Memory

    private func peakRSS() {
        print("\n== Peak RSS, one page per fresh process (bar: ≤ 3 × page size + 30 MB)")
        let baseline = Measurement.peakResidentBytes(ofChildWith: ["--baseline-process"]) ?? 0
        print("process that parses nothing: \(ArticleBenchFormat.mb(baseline))")
        let sorted = corpus.pages.sorted { $0.bytes.count < $1.bytes.count }
        let picks = [sorted[sorted.count / 2]] + sorted.suffix(3).reversed()
        print("page size    peak RSS    over baseline    bar        page")
        for page in picks {
            let peak = Measurement.peakResidentBytes(ofChildWith: ["--single-page", page.path]) ?? 0
            let bar = 3 * page.bytes.count + 30_000_000
            print(pad(ArticleBenchFormat.kb(page.bytes.count), 9) + pad(ArticleBenchFormat.mb(peak), 12)
                  + pad(ArticleBenchFormat.mb(peak - baseline), 17) + pad(ArticleBenchFormat.mb(bar), 11) + "  " + shortName(page.path)
                  + (peak <= bar ? "" : "  OVER"))
        }
    }

    private func flatMemory() {
        let total = settings.memoryPages
        print("\n== Flat memory: \(total) extractions in this process, cycling through the pages")
        let checkpoints = Set((1 ... 5).map { $0 * total / 5 } + [total / 10])
        var readings: [(Int, Int)] = []
        for done in 1 ... total {
            _ = try? parser.parse(bytes: corpus.pages[(done - 1) % corpus.pages.count].bytes)
            if checkpoints.contains(done) { readings.append((done, Measurement.residentBytes())) }
        }
        print(readings.map { "after \($0.0): \(ArticleBenchFormat.mb($0.1))" }.joined(separator: ", "))
        if let first = readings.first, let last = readings.last {
            print("growth from \(first.0) (after warm-up) to \(last.0): \(ArticleBenchFormat.mb(last.1 - first.1)) "
                  + "(pages held in memory by the benchmark: \(ArticleBenchFormat.mb(corpus.totalBytes)))")
        }
        print("peak RSS of this process: \(ArticleBenchFormat.mb(Measurement.peakResidentBytes()))")
    }

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

/// A page's file name, with its folder when the name is the fixture layout's `source.html`.
func shortName(_ path: String) -> String {
    let parts = path.split(separator: "/")
    guard let last = parts.last else { return path }
    return last == "source.html" && parts.count > 1 ? parts[parts.count - 2] + "/" + last : String(last)
}

enum ArticleBenchFormat {
    static func mb(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_000_000) }
    static func kb(_ bytes: Int) -> String { String(format: "%.0f KB", Double(bytes) / 1000) }
}
