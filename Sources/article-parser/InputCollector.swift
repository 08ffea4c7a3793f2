import ArgumentParser
import Foundation

/// One page to read: a file, or standard input.
enum Input {
    case file(String)
    case standardInput

    var source: String {
        switch self {
        case .file(let path): path
        case .standardInput: "-"
        }
    }

    func read() throws -> Data {
        switch self {
        case .file(let path): try Data(contentsOf: URL(fileURLWithPath: path))
        case .standardInput: FileHandle.standardInput.readDataToEndOfFile()
        }
    }
}

/// Expands the command line's paths into pages: folders recursively, in name order.
enum InputCollector {
    static let pageExtensions: Set<String> = ["html", "htm", "xhtml"]

    static func collect(_ paths: [String]) throws -> [Input] {
        if paths.isEmpty { return [.standardInput] }
        var inputs: [Input] = []
        let files = FileManager.default
        for path in paths {
            if path == "-" {
                inputs.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
                inputs.append(.file(path))  // reported as that page's error, the batch goes on
                continue
            }
            if !isDirectory.boolValue {
                inputs.append(.file(path))
                continue
            }
            let found = (files.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                .filter { pageExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
                .sorted()
            inputs.append(contentsOf: found.map { .file((path as NSString).appendingPathComponent($0)) })
        }
        return inputs
    }
}
