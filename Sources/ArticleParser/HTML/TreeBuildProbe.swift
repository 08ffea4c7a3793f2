internal import CLibXML2

/// `xmlInitParser()` once, lazily and thread-safely, as `HTMLDocument` does.
private let probeInitialized: Bool = {
    xmlInitParser()
    return true
}()

/// libxml2's tree build alone, with nothing of ours around it: the baseline the benchmark
/// compares a full extraction with. Used only by `ArticleParser.Benchmark`.
enum TreeBuildProbe {
    /// Builds libxml2's tree from raw page bytes (libxml2 chooses the encoding, as it would if
    /// it were the whole extractor) and frees it. Returns the number of element nodes, so the
    /// work cannot be optimised away.
    static func buildAndFree(rawBytes: [UInt8]) -> Int {
        build(rawBytes, encoding: nil, options: HTMLDocument.parserOptions & ~Int32(HTML_PARSE_IGNORE_ENC.rawValue))
    }

    /// Builds libxml2's tree from UTF-8 the decoder produced, with the options `HTMLDocument`
    /// uses, and frees it: the libxml2 share of the parse+copy stage.
    static func buildAndFree(decodedUTF8 utf8: [UInt8]) -> Int {
        build(utf8, encoding: "UTF-8", options: HTMLDocument.parserOptions)
    }

    private static func build(_ bytes: [UInt8], encoding: String?, options: Int32) -> Int {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return 0 }
        _ = probeInitialized
        clibxml2_silence_errors_on_this_thread()
        guard let context = htmlNewParserCtxt() else { return 0 }
        defer { htmlFreeParserCtxt(context) }
        clibxml2_silence_context(context)
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                htmlCtxtReadMemory(context, characters.baseAddress, Int32(characters.count), nil, encoding, options)
            }
        }
        guard let document else { return 0 }
        defer { xmlFreeDoc(document) }
        return elementCount(document)
    }

    /// Counts elements with an iterative walk (the same pointer chasing the copy starts with).
    private static func elementCount(_ document: htmlDocPtr) -> Int {
        var count = 0
        var current: xmlNodePtr? = document.pointee.children
        while let node = current {
            if node.pointee.type == XML_ELEMENT_NODE { count += 1 }
            if let child = node.pointee.children, node.pointee.type == XML_ELEMENT_NODE {
                current = child
                continue
            }
            var position: xmlNodePtr? = node
            current = nil
            while let here = position {
                if let sibling = here.pointee.next {
                    current = sibling
                    break
                }
                position = here.pointee.parent
                if position.map({ UnsafeMutableRawPointer($0) == UnsafeMutableRawPointer(document) }) ?? true { break }
            }
        }
        return count
    }
}
