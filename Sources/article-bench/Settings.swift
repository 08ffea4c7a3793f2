import Foundation

/// What `article-bench` was asked to do, read from its arguments.
struct Settings {
    enum Mode {
        /// The full report.
        case report
        /// Parse-only and full extraction throughput only, as tab-separated values (for
        /// `scripts/compare-peers.sh`).
        case throughput
        /// Print the page paths the run would read, NUL-separated, and exit.
        case listPages
        /// Extract every page once, no clocks: for `valgrind --tool=callgrind`.
        case profilePass
        /// Child process: extract one page once (or none, for the baseline) and exit.
        case singlePage(String?)
    }

    var mode = Mode.report
    var paths: [String] = []
    var pagesFrom: String?
    var repetitions = 5
    var memoryPages = 10_000
    var linearityPages = 30
    var sample: Int?
    var skipped: Set<String> = []

    static let usage = """
        usage: article-bench [options] [CORPUS_DIR_OR_FILE ...]
          Default pages: ../shared/corpora/trafilatura-eval/html and
          ../shared/corpora/readability/*/source.html when present, else Fixtures/.
        options:
          --repetitions N      timed repetitions per measurement, after one warm-up (default 5)
          --memory-pages N     extractions in the flat-memory run (default 10000)
          --linearity-pages N  pages repeated 1x, 2x, 4x in the linearity run (default 30)
          --sample N           use only N pages, evenly spaced over the sorted list
          --pages-from FILE    read page paths from FILE (NUL- or newline-separated)
          --skip SECTION       leave out a section: stages, threads, linearity, rss, memory
          --throughput         only parse-only and full extraction throughput, as TSV
          --list-pages         print the page paths (NUL-separated) and exit
          --profile-pass       extract every page once without clocks (for callgrind)
        """

    static func parse(_ arguments: [String]) -> Settings {
        var settings = Settings()
        var iterator = arguments.makeIterator()
        func value(_ flag: String) -> String {
            guard let next = iterator.next() else { fail("\(flag) needs a value") }
            return next
        }
        func number(_ flag: String) -> Int {
            guard let parsed = Int(value(flag)), parsed > 0 else { fail("\(flag) needs a positive number") }
            return parsed
        }
        while let argument = iterator.next() {
            switch argument {
            case "--repetitions": settings.repetitions = number(argument)
            case "--memory-pages": settings.memoryPages = number(argument)
            case "--linearity-pages": settings.linearityPages = number(argument)
            case "--sample": settings.sample = number(argument)
            case "--pages-from": settings.pagesFrom = value(argument)
            case "--skip": settings.skipped.insert(value(argument))
            case "--throughput": settings.mode = .throughput
            case "--list-pages": settings.mode = .listPages
            case "--profile-pass": settings.mode = .profilePass
            case "--single-page": settings.mode = .singlePage(value(argument))
            case "--baseline-process": settings.mode = .singlePage(nil)
            case "-h", "--help":
                print(usage)
                exit(0)
            default:
                if argument.hasPrefix("-") { fail("unknown option \(argument)") }
                settings.paths.append(argument)
            }
        }
        return settings
    }

    func runs(_ section: String) -> Bool { !skipped.contains(section) }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("article-bench: \(message)\n\(Settings.usage)\n".utf8))
    exit(2)
}
