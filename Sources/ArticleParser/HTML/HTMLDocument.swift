internal import CLibXML2

/// Globals in Swift are initialised lazily and exactly once, even under concurrent first use,
/// which is the guarantee `xmlInitParser()` needs.
private let libxml2Initialized: Bool = {
    xmlInitParser()
    return true
}()

/// A parsed page: the tree copied out of libxml2, how its bytes were decoded, and what the
/// parser had to give up on.
///
/// This is the only type that talks to libxml2. `parse` creates a parser context, builds the
/// libxml2 tree from UTF-8 that the decoder produced, copies it into an ``HTMLTree`` and frees
/// both context and document before it returns, so nothing libxml2 owns escapes.
struct HTMLDocument: Sendable {
    var tree: HTMLTree
    var encoding: DetectedEncoding
    var warnings: [ParseWarning]

    /// libxml2's HTML parser options: recover from errors, never touch the network, keep quiet,
    /// store short strings inline, let our decoder own the encoding, and lift the 256-level and
    /// 10 MB text-node limits that otherwise drop the rest of a page without a word.
    static let parserOptions: Int32 = {
        let html: [htmlParserOption] = [
            HTML_PARSE_RECOVER, HTML_PARSE_NONET, HTML_PARSE_NOERROR, HTML_PARSE_NOWARNING,
            HTML_PARSE_COMPACT, HTML_PARSE_IGNORE_ENC,
        ]
        let htmlBits = html.reduce(UInt32(0)) { $0 | $1.rawValue }
        return Int32(bitPattern: htmlBits) | hugeOption
    }()

    /// `XML_PARSE_HUGE`, named for the tests that turn it off.
    static let hugeOption = Int32(bitPattern: XML_PARSE_HUGE.rawValue)

    /// Decodes and parses a saved page.
    ///
    /// - Parameter timeLimit: How long decoding, parsing and copying may take in all; past it the
    ///   parse stops with ``ArticleParseError/timeLimitExceeded(limit:)``. `nil` means no limit.
    static func parse(
        bytes: some Collection<UInt8>,
        charsetOverride: String?,
        maximumInputBytes: Int,
        timeLimit: Duration? = nil,
        stages: StageObserver? = nil
    ) throws(ArticleParseError) -> HTMLDocument {
        let deadline = Deadline(timeLimit)
        guard !bytes.isEmpty else { throw .emptyInput }
        guard bytes.count <= maximumInputBytes, bytes.count < Int(Int32.max) else {
            throw .inputTooLarge(limit: maximumInputBytes)
        }
        let raw = Array(bytes)
        if BinarySniffer.looksBinary(raw) { throw .notHTML }
        let decoded = TextDecoder.decode(raw, charsetOverride: charsetOverride)
        var warnings = decoded.warnings
        if decoded.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C }) {
            throw .emptyInput
        }
        stages?.finished(.decoding)
        try deadline.check()
        let limited = MarkupLimiter().limit(decoded.utf8, deadline: deadline)
        if limited.isExpired { throw deadline.exceeded }
        warnings += limitWarnings(limited)
        // Decoding can triple the size (windows-1252 to UTF-8); libxml2 takes an `int` length.
        guard limited.utf8.count < Int(Int32.max) else { throw .inputTooLarge(limit: maximumInputBytes) }
        try deadline.check()
        let tree = try buildTree(utf8: limited.utf8, warnings: &warnings, deadline: deadline)
        guard !tree.isEmpty else { throw .unreadableMarkup }
        stages?.finished(.parseAndCopy)
        return HTMLDocument(tree: tree, encoding: decoded.encoding, warnings: warnings)
    }

    /// Runs libxml2 over UTF-8 bytes and copies the result into an ``HTMLTree``.
    ///
    /// `options` and `encoding` exist so tests can provoke libxml2's own early stops and its
    /// encoding errors (which bypass `HTML_PARSE_NOERROR`); callers use the defaults.
    static func buildTree(
        utf8: [UInt8],
        warnings: inout [ParseWarning],
        deadline: Deadline,
        options: Int32 = parserOptions,
        encoding: String = "UTF-8"
    ) throws(ArticleParseError) -> HTMLTree {
        _ = libxml2Initialized
        clibxml2_silence_errors_on_this_thread()
        // The parser context holds its own copy of the input and its buffers: it is freed as
        // soon as the document is built, so that the copy into Swift does not add to the peak.
        let outcome: (document: htmlDocPtr?, expired: Bool, stoppedWith: Int32?)
        do {
            guard let context = htmlNewParserCtxt() else { return HTMLTree() }
            defer { htmlFreeParserCtxt(context) }
            clibxml2_silence_context(context)
            var watch = clibxml2_watch()
            watch.deadline = deadline.nanoseconds ?? 0
            let parsed: htmlDocPtr? = withUnsafeMutablePointer(to: &watch) { watchPointer in
                clibxml2_watch_context(context, watchPointer)
                defer { context.pointee._private = nil }
                return utf8.withUnsafeBufferPointer { buffer in
                    buffer.withMemoryRebound(to: CChar.self) { characters in
                        htmlCtxtReadMemory(context, characters.baseAddress, Int32(characters.count), nil, encoding, options)
                    }
                }
            }
            let stopped = clibxml2_context_stopped(context) != 0 ? clibxml2_context_error_number(context) : nil
            outcome = (parsed, watch.expired != 0, stopped)
        }
        if outcome.expired {
            if let parsed = outcome.document { xmlFreeDoc(parsed) }
            throw deadline.exceeded
        }
        guard let document = outcome.document else { return HTMLTree() }
        defer { xmlFreeDoc(document) }

        if let errorNumber = outcome.stoppedWith {
            warnings.append(ParseWarning(
                code: .parserStoppedEarly,
                message: "The HTML parser stopped before the end of the page (libxml2 error \(errorNumber)); text after that point may be missing."
            ))
        }
        return try copyTree(of: document, deadline: deadline)
    }

    /// The warnings for what the markup limiter cut.
    private static func limitWarnings(_ limited: MarkupLimiter.Result) -> [ParseWarning] {
        var warnings: [ParseWarning] = []
        if limited.droppedAttributes > 0 {
            warnings.append(ParseWarning(
                code: .attributesDropped,
                message: "\(limited.droppedAttributes) attributes past the first \(MarkupLimiter.maximumAttributesPerTag) of a tag were dropped."
            ))
        }
        if limited.flattenedElements > 0 {
            warnings.append(ParseWarning(
                code: .nestingFlattened,
                message: "\(limited.flattenedElements) elements nested deeper than \(MarkupLimiter.maximumDepth) levels were flattened; their text is kept."
            ))
        }
        return warnings
    }

    /// Copies a libxml2 document into Swift values with an iterative walk: a recursive one
    /// overflows the stack on deeply nested pages.
    /// The index of a class or id value in the tree's table of distinct values, adding it
    /// (split into words) the first time it is seen.
    private static func classValue(_ value: String, in tree: inout HTMLTree, known: inout [String: Int32]) -> Int32 {
        if let index = known[value] { return index }
        let index = Int32(tree.classValueWords.count)
        tree.classValueWords.append(Selectors.words(of: value))
        known[value] = index
        return index
    }

    private static func copyTree(of document: htmlDocPtr, deadline: Deadline) throws(ArticleParseError) -> HTMLTree {
        var tree = HTMLTree()
        tree.nodes.reserveCapacity(4096)
        var current: xmlNodePtr? = document.pointee.children
        var openParent: Int32 = HTMLTree.noNode
        var depth: Int32 = 0
        var steps = 0
        var classValues: [String: Int32] = [:]

        while let node = current {
            steps += 1
            if steps & 0xFFF == 0 { try deadline.check() }
            var descend = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let index = Int32(tree.nodes.count)
                let attributeStart = Int32(tree.attributes.count)
                var property = node.pointee.properties
                while let attribute = property {
                    if let name = attribute.pointee.name {
                        var copied = HTMLTree.Attribute(name: String(cString: name), value: attributeValue(attribute))
                        if copied.name == "class" || copied.name == "id" {
                            copied.classValue = Self.classValue(copied.value, in: &tree, known: &classValues)
                        }
                        tree.attributes.append(copied)
                    }
                    property = attribute.pointee.next
                }
                let name = node.pointee.name.map { String(cString: $0) } ?? ""
                tree.nodes.append(HTMLTree.Node(
                    kind: .element, name: name, text: "", parent: openParent, depth: depth,
                    end: index + 1, attributeStart: attributeStart,
                    attributeCount: Int32(tree.attributes.count) - attributeStart, tagKinds: Tags.kinds(of: name)
                ))
                if node.pointee.children != nil {
                    descend = true
                    openParent = index
                    depth += 1
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content, content.pointee != 0 {
                    let index = Int32(tree.nodes.count)
                    tree.nodes.append(HTMLTree.Node(
                        kind: .text, name: "", text: String(cString: content), parent: openParent,
                        depth: depth, end: index + 1, attributeStart: 0, attributeCount: 0
                    ))
                }
            default:
                break  // comments, processing instructions and the DTD carry no article text
            }

            if descend {
                current = node.pointee.children
                continue
            }
            // Move to the next sibling, closing every element whose last child we just left.
            var position = node
            current = nil
            while true {
                if let sibling = position.pointee.next {
                    current = sibling
                    break
                }
                guard let parent = position.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE,
                      openParent != HTMLTree.noNode else { break }
                tree.nodes[Int(openParent)].end = Int32(tree.nodes.count)
                openParent = tree.nodes[Int(openParent)].parent
                depth -= 1
                position = parent
            }
        }
        // Close anything left open (a document whose walk ended inside an element).
        while openParent != HTMLTree.noNode {
            tree.nodes[Int(openParent)].end = Int32(tree.nodes.count)
            openParent = tree.nodes[Int(openParent)].parent
        }
        return tree
    }

    /// The value of an attribute: the text of its children, without asking libxml2 to allocate.
    private static func attributeValue(_ attribute: xmlAttrPtr) -> String {
        var child = attribute.pointee.children
        guard let first = child else { return "" }
        if first.pointee.next == nil {
            return first.pointee.content.map { String(cString: $0) } ?? ""
        }
        var value = ""
        while let part = child {
            if let content = part.pointee.content { value += String(cString: content) }
            child = part.pointee.next
        }
        return value
    }
}
