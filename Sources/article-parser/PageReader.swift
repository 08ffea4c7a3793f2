import ArticleParser
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a page's bytes, inflating gzip, and names what went wrong when it cannot.
enum PageReader {
    static func read(_ input: Input, limit: Int) -> Result<Data, ExtractionRecord.Failure> {
        let raw: Data
        switch input.origin {
        case .unlistableFolder(_, let reason):
            return .failure(.init(code: "unlistableFolder", message: reason))
        case .warcRecord, .inlinePage:
            // Read by BatchRunner.extractEmbedded, with their own address and charset.
            return .failure(.init(code: "unreadableFile", message: "The record is not a file."))
        case .standardInput:
            raw = FileHandle.standardInput.readDataToEndOfFile()
        case .file(let path):
            switch readFile(path, limit: limit) {
            case .success(let bytes): raw = bytes
            case .failure(let failure): return .failure(failure)
            }
        }
        guard Gzip.isCompressed(raw) else { return .success(raw) }
        do {
            return .success(try Gzip.inflate(raw, limit: limit))
        } catch .tooLarge(let limit) {
            return .failure(.init(code: ArticleParseError.inputTooLarge(limit: limit).code,
                                  message: "Once inflated, " + ArticleParseError.inputTooLarge(limit: limit).message.lowercasedFirst))
        } catch {
            return .failure(.init(code: "corruptGzip", message: "The gzip data is corrupt or cut short."))
        }
    }

    private static func readFile(_ path: String, limit: Int) -> Result<Data, ExtractionRecord.Failure> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let reason = errno
            if reason == ENOENT || reason == ENOTDIR {
                return .failure(.init(code: "fileNotFound", message: "No such file."))
            }
            return .failure(.init(code: "unreadableFile", message: "The file cannot be opened: \(String(cString: strerror(reason)))."))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var status = stat()
        if fstat(descriptor, &status) == 0 {
            if (status.st_mode & S_IFMT) == S_IFDIR {
                return .failure(.init(code: "unreadableFile", message: "The path is a folder."))
            }
            if Int(status.st_size) > limit {
                let error = ArticleParseError.inputTooLarge(limit: limit)
                return .failure(.init(code: error.code, message: error.message))
            }
        }
        do {
            return .success(try handle.readToEnd() ?? Data())
        } catch {
            return .failure(.init(code: "unreadableFile", message: "The file cannot be read."))
        }
    }
}

extension String {
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
