internal import CLibXML2

/// Globals in Swift are initialised lazily and exactly once, even under concurrent first use,
/// which is the guarantee `xmlInitParser()` needs.
private let libxml2Initialized: Bool = {
    xmlInitParser()
    return true
}()

/// A parsed page: the tree built from libxml2's parse events, how its bytes were decoded, and
/// what the parser had to give up on.
///
/// This is the only type that talks to libxml2. `parse` creates a parser context, runs it over
/// the UTF-8 that the decoder produced with its events going to a ``TreeBuilder``, and frees
/// context and (empty) document before it returns, so nothing libxml2 owns escapes.
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
        // libxml2 reports the parse as events and `TreeBuilder` builds the tree from them:
        // libxml2 builds no tree of its own, so nothing is copied or freed node by node.
        var builder = TreeBuilder()
        // The builder is reached through a pointer: a class would pay an exclusivity check
        // on every event.
        let outcome: (document: htmlDocPtr?, expired: Bool, stoppedWith: Int32?)? = withUnsafeMutablePointer(to: &builder) { builderPointer in
            var sink = clibxml2_sink()
            sink.receiver = UnsafeMutableRawPointer(builderPointer)
            sink.start = { receiver, name, attributes, hasDTD in
                guard let receiver, let name else { return }
                receiver.assumingMemoryBound(to: TreeBuilder.self).pointee
                    .start(name, UnsafeMutablePointer(mutating: attributes), hasDTD: hasDTD != 0)
            }
            sink.end = { receiver in
                guard let receiver else { return }
                receiver.assumingMemoryBound(to: TreeBuilder.self).pointee.end()
            }
            sink.text = { receiver, text, length, cdata in
                guard let receiver, let text else { return }
                receiver.assumingMemoryBound(to: TreeBuilder.self).pointee.text(text, length: length, cdata: cdata != 0)
            }
            sink.boundary = { receiver in
                guard let receiver else { return }
                receiver.assumingMemoryBound(to: TreeBuilder.self).pointee.boundary()
            }

            guard let context = htmlNewParserCtxt() else { return nil }
            defer { htmlFreeParserCtxt(context) }
            clibxml2_silence_context(context)
            var watch = clibxml2_watch()
            watch.deadline = deadline.nanoseconds ?? 0
            let parsed: htmlDocPtr? = withUnsafeMutablePointer(to: &sink) { sinkPointer in
                watch.sink = sinkPointer
                return withUnsafeMutablePointer(to: &watch) { watchPointer in
                    clibxml2_watch_context(context, watchPointer)
                    defer { context.pointee._private = nil }
                    return utf8.withUnsafeBufferPointer { buffer in
                        buffer.withMemoryRebound(to: CChar.self) { characters in
                            htmlCtxtReadMemory(context, characters.baseAddress, Int32(characters.count), nil, encoding, options)
                        }
                    }
                }
            }
            let stopped = clibxml2_context_stopped(context) != 0 ? clibxml2_context_error_number(context) : nil
            return (parsed, watch.expired != 0, stopped)
        }
        guard let outcome else { return HTMLTree() }
        // The document holds no more than the doctype: the elements went to the builder.
        if let parsed = outcome.document { xmlFreeDoc(parsed) }
        if outcome.expired { throw deadline.exceeded }
        guard outcome.document != nil else { return HTMLTree() }

        if let errorNumber = outcome.stoppedWith {
            warnings.append(ParseWarning(
                code: .parserStoppedEarly,
                message: "The HTML parser stopped before the end of the page (libxml2 error \(errorNumber)); text after that point may be missing."
            ))
        }
        try deadline.check()
        return builder.finish()
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
}
