// The libFuzzer target over `ArticleParser.parse(bytes:)`. It is compiled for real only with
// `-DFUZZING` and `-sanitize=fuzzer` (see scripts/fuzz.sh); a plain build gets a stub `main`.
#if FUZZING
import ArticleParser
import Foundation

private let parser: ArticleParser = {
    var options = ArticleParser.Options()
    options.timeLimit = .seconds(5)
    return ArticleParser(options: options)
}()

private let pageURL = URL(string: "https://example.test/news/story.html")

/// One input: any outcome but a crash, a sanitizer report or a timeout is fine.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = try? parser.parse(bytes: bytes, url: pageURL)
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links executables with `--defsym main=FuzzArticleParser_main`, so libFuzzer's own
/// `main` is never reached; this hands control to its driver instead.
@_cdecl("FuzzArticleParser_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments, fuzzOneInput)
}
#else
import Foundation

/// Without `-DFUZZING` this target is the concurrency check: it parses pages serially, then on
/// 64 threads at once, and compares the JSON byte for byte (see scripts/concurrency-check.sh).
@main
enum FuzzArticleParser {
    static func main() {
        // Everything is released before exit, so valgrind's leak check sees only real leaks.
        exit(run(Array(CommandLine.arguments.dropFirst())))
    }

    private static func run(_ arguments: [String]) -> Int32 {
        guard arguments.first == "concurrency", arguments.count > 1 else {
            print("usage: FuzzArticleParser concurrency <files or folders>...  (fuzzing: scripts/fuzz.sh)")
            return 2
        }
        return ConcurrencyCheck(paths: Array(arguments.dropFirst())).run(threads: 64) ? 0 : 1
    }
}
#endif
