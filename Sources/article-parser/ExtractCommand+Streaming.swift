import ArgumentParser
import Foundation

extension ExtractCommand {
    /// `--paths-from` and `--records-from` replace the paths, and exclude each other and `--url`.
    func validateStreaming() throws {
        if pathsFrom != nil, recordsFrom != nil {
            throw ValidationError("--paths-from and --records-from cannot be combined.")
        }
        if pathsFrom != nil || recordsFrom != nil, !paths.isEmpty || !warcFiles.isEmpty {
            throw ValidationError("--paths-from and --records-from replace the paths; give no paths or --warc.")
        }
        if url != nil, pathsFrom != nil || recordsFrom != nil || !warcFiles.isEmpty || paths.contains(where: WARCReader.isWARC) {
            throw ValidationError("--url names one page's address; WARC records and streamed records carry their own.")
        }
    }

    /// The input stream: the paths and WARC files, or the lines of `--paths-from`/`--records-from`;
    /// `nil` (after a message) when that file cannot be opened.
    func streamingInputs() -> InputCollector? {
        let limit = parserOptions().maximumInputBytes
        if let name = pathsFrom ?? recordsFrom {
            guard let lines = LineReader(path: name) else {
                FileHandle.standardError.write(Data("article-parser: cannot open \(name).\n".utf8))
                return nil
            }
            return pathsFrom != nil
                ? InputCollector([], warcPaths: [], pathsFrom: lines, limit: limit)
                : InputCollector([], warcPaths: [], recordsFrom: lines, limit: limit)
        }
        return InputCollector(paths, warcPaths: warcFiles, limit: limit)
    }
}
