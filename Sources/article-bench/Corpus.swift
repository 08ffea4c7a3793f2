import Foundation

/// The pages a benchmark run reads, loaded into memory before any clock starts.
struct Corpus {
    struct Page: Sendable {
        var path: String
        var bytes: [UInt8]
    }

    var pages: [Page]
    var totalBytes: Int { pages.reduce(0) { $0 + $1.bytes.count } }

    /// The default pages: the shared development corpora next to the repository when present,
    /// else the package's own fixtures.
    static func defaultPaths(packageRoot: String) -> [String] {
        let shared = packageRoot + "/../shared/corpora"
        var paths: [String] = []
        let trafilatura = shared + "/trafilatura-eval/html"
        if FileManager.default.fileExists(atPath: trafilatura) { paths.append(trafilatura) }
        let readability = shared + "/readability"
        if FileManager.default.fileExists(atPath: readability) { paths.append(readability) }
        return paths.isEmpty ? [packageRoot + "/Fixtures"] : paths
    }

    /// Files named on the command line, and in each directory: its `.html`/`.htm` files plus the
    /// `source.html` of each subfolder, at any depth (the fixture and readability layouts).
    /// `expected.html` files are reference answers, not pages, and are skipped.
    static func files(in arguments: [String]) -> [String] {
        var files: [String] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                FileHandle.standardError.write(Data("article-bench: no such file or folder: \(argument)\n".utf8))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(argument)
                continue
            }
            let root = URL(fileURLWithPath: argument)
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
            else { continue }
            var found: [String] = []
            for case let url as URL in walker {
                let name = url.lastPathComponent
                let isPage = name == "source.html"
                    || (url.deletingLastPathComponent().standardizedFileURL == root.standardizedFileURL
                        && ["html", "htm"].contains(url.pathExtension.lowercased()))
                if isPage, name != "expected.html" { found.append(url.path) }
            }
            files.append(contentsOf: found.sorted())
        }
        return files
    }

    static func load(_ files: [String]) -> Corpus {
        let pages = files.compactMap { path -> Page? in
            guard let data = FileManager.default.contents(atPath: path), !data.isEmpty else { return nil }
            return Page(path: path, bytes: [UInt8](data))
        }
        return Corpus(pages: pages)
    }
}
