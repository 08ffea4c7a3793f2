import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One page to read: a file, standard input, or a folder that could not be listed.
struct Input: Sendable {
    enum Origin: Sendable {
        case file(String)
        case standardInput
        /// A folder the walk could not open; it becomes that input's error, and the batch goes on.
        case unlistableFolder(String, reason: String)
        /// An HTML response record of a WARC file, or a record that could not be read.
        case warcRecord(WARCRecord)
        /// A line of `--records-from`.
        case inlinePage(InlinePage)
    }

    var origin: Origin
    /// Where the output goes under `--output`: the path below the folder given on the command
    /// line, or the file's own name for a file given directly.
    var relativePath: String

    /// The path as given on the command line (joined with the path inside a folder), or "-".
    var source: String {
        switch origin {
        case .file(let path), .unlistableFolder(let path, _): path
        case .standardInput, .inlinePage: "-"
        case .warcRecord(let record): record.source
        }
    }
}

/// The command line's paths as a lazy stream of pages: files as given, folders walked
/// recursively in name order one folder listing at a time, so 100,000 pages never sit in memory.
struct InputCollector: Sequence, IteratorProtocol {
    /// The file name endings read from folders. A file named on the command line is read whatever
    /// its name, and gzip data is recognised by its first bytes, not its name.
    static let pageSuffixes = [".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".xhtml.gz"]

    private var arguments: [String]
    private var nextArgument = 0
    /// Open folders, innermost last: each with its sorted entries still to visit.
    private var folders: [(path: String, relative: String, entries: [String], next: Int)] = []

    // WARC files and the streaming modes (`--warc`, `--paths-from`, `--records-from`).
    private var warcPaths: Set<String> = []
    private var warc: WARCReader?
    private var warcLimit = 256 << 20
    private var pathLines: LineReader?
    private var recordLines: LineReader?
    private var recordLineNumber = 0

    init(_ paths: [String]) {
        arguments = paths.isEmpty ? ["-"] : paths
    }

    /// The paths, then `warcPaths` read as WARC files whatever their names; with `pathsFrom`
    /// (a file, or "-" for standard input) the paths are read from it one a line instead, and
    /// with `recordsFrom` its lines are the pages. `limit` caps a WARC record's size.
    init(_ paths: [String], warcPaths: [String], pathsFrom: LineReader? = nil, recordsFrom: LineReader? = nil,
         limit: Int) {
        arguments = paths + warcPaths
        if arguments.isEmpty, pathsFrom == nil, recordsFrom == nil { arguments = ["-"] }
        self.warcPaths = Set(warcPaths)
        pathLines = pathsFrom
        recordLines = recordsFrom
        warcLimit = limit
    }

    static func isPage(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return pageSuffixes.contains { lowered.hasSuffix($0) } && !name.hasPrefix(".")
    }

    /// Counts the pages without keeping them, for the progress line's total.
    static func count(_ paths: [String]) -> Int {
        var collector = InputCollector(paths)
        var total = 0
        while collector.next() != nil { total += 1 }
        return total
    }

    mutating func next() -> Input? {
        if let recordLines {
            guard let line = recordLines.next() else { return nil }
            recordLineNumber += 1
            return Input(origin: .inlinePage(InlinePage(lineNumber: recordLineNumber, line: Data(line))),
                         relativePath: "record-\(recordLineNumber)")
        }
        while true {
            if let record = warc?.next() {
                let name = (record.source as NSString).lastPathComponent
                return Input(origin: .warcRecord(record), relativePath: name + "/record-\(record.index)")
            }
            warc = nil
            if let input = nextInFolders() { return input }
            guard let path = nextPath() else { return nil }
            if path == "-" { return Input(origin: .standardInput, relativePath: "stdin") }
            if warcPaths.contains(path) || WARCReader.isWARC(path), !Self.isDirectory(path, followingLinks: true) {
                warc = WARCReader(path: path, limit: warcLimit)
                continue
            }
            guard Self.isDirectory(path, followingLinks: true) else {
                // Missing and unreadable files become that page's error when read.
                return Input(origin: .file(path), relativePath: (path as NSString).lastPathComponent)
            }
            if let failure = open(folder: path, relative: "") { return failure }
        }
    }

    /// The next command-line path, or the next non-empty line of `--paths-from`.
    private mutating func nextPath() -> String? {
        if let pathLines {
            while let line = pathLines.next() {
                let path = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
                if !path.isEmpty { return path }
            }
            return nil
        }
        guard nextArgument < arguments.count else { return nil }
        nextArgument += 1
        return arguments[nextArgument - 1]
    }

    private mutating func nextInFolders() -> Input? {
        while let top = folders.indices.last {
            let folder = folders[top]
            guard folder.next < folder.entries.count else {
                folders.removeLast()
                continue
            }
            folders[top].next += 1
            let name = folder.entries[folder.next]
            let path = (folder.path as NSString).appendingPathComponent(name)
            let relative = folder.relative.isEmpty ? name : folder.relative + "/" + name
            // Linked folders are not followed: a link back up the tree would never end.
            if Self.isDirectory(path, followingLinks: false) {
                if let failure = open(folder: path, relative: relative) { return failure }
            } else if Self.isPage(name) {
                return Input(origin: .file(path), relativePath: relative)
            }
        }
        return nil
    }

    /// Pushes a folder's sorted listing, or returns the error input when it cannot be listed.
    private mutating func open(folder path: String, relative: String) -> Input? {
        do {
            let entries = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
            folders.append((path, relative, entries, 0))
            return nil
        } catch {
            return Input(origin: .unlistableFolder(path, reason: "The folder cannot be listed."),
                         relativePath: relative)
        }
    }

    private static func isDirectory(_ path: String, followingLinks: Bool) -> Bool {
        var status = stat()
        let result = followingLinks ? stat(path, &status) : lstat(path, &status)
        return result == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
}
