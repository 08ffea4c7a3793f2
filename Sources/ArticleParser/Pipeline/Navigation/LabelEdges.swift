/// A first look, on UTF-8 bytes, at whether a short text may start or end with a navigation
/// label: most links on a page are headlines and menu items, and saying so without building,
/// folding and lower-casing their text is most of the link stage's saving.
///
/// The answer is "no" only when ``NavigationLabel/match(in:)`` would find nothing in the
/// text with its whitespace folded: a label sits at an edge as a whole word, so an edge word of
/// Latin, Greek or Cyrillic letters that begins (or ends) no label, a CJK letter that begins
/// (or ends) none, or a digit or sign rules that edge out. Anything else (a combining mark,
/// another script) is "maybe", and the caller reads the text in full.
enum LabelEdges {
    /// Whether `bytes` (valid UTF-8, whitespace folded or not) may start or end with a label.
    static func mayHoldLabel(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        var end = bytes.count
        while start < end, let skipped = skippableLength(bytes, at: start) { start += skipped }
        while end > start, let skipped = skippableLengthBefore(bytes, end: end) { end -= skipped }
        // Nothing but white space and decoration: no label.
        guard start < end else { return false }
        return mayStart(bytes, start: start, end: end) || mayEnd(bytes, start: start, end: end)
    }

    /// ``mayHoldLabel(_:)`` for the last `count` characters of the text with its white space
    /// folded (the label a page prints before a link); nil when the text is only white space.
    /// Characters are counted as scalars while each is one (ASCII, simple letters, common
    /// punctuation); "maybe" at any other. The window is read in place: its white space
    /// unfolded says the same.
    static func tailMayHoldLabel(_ bytes: UnsafeBufferPointer<UInt8>, characters count: Int) -> Bool? {
        var characters = 0
        var pendingSpace = false
        var windowStart = bytes.count
        var index = bytes.count
        /// Counts the character starting at `position` (and the space folded after it); true
        /// when the window is full before it.
        func counts(from position: Int) -> Bool {
            if pendingSpace {
                characters += 1
                pendingSpace = false
                if characters == count { return true }
            }
            characters += 1
            windowStart = position
            return false
        }
        while index > 0, characters < count {
            // ASCII, most of what pages print before a link, without decoding.
            let byte = bytes[index - 1]
            if byte < 0x80 {
                index -= 1
                if byte == 0x20 || (0x09 ... 0x0D).contains(byte) {
                    pendingSpace = characters > 0
                    continue
                }
                if counts(from: index) { break }
                continue
            }
            let start = scalarStart(in: bytes, before: index)
            defer { index = start }
            let current = scalar(in: bytes, at: start)
            if current.isASCII ? current == " " || (0x09 ... 0x0D).contains(current.value) : current.properties.isWhitespace {
                pendingSpace = characters > 0
                continue
            }
            // The folding's break markers: dropped at the end, a line break or tab elsewhere.
            if current.value == 0xE000 || current.value == 0xE001 {
                if characters == 0 { continue }
                return true
            }
            guard current.isASCII || simpleLowercase(current) != nil || endsWord(current) else { return true }
            if counts(from: start) { break }
        }
        if characters == 0 { return nil }
        return mayHoldLabel(UnsafeBufferPointer(rebasing: bytes[windowStart...]))
    }

    // MARK: - Edges

    /// Whether a label may start the text at `start`, the first character after decoration.
    private static func mayStart(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        let first = scalar(in: bytes, at: start)
        if isWideLetter(first) { return wideFirstScalars.contains(first) }
        // Labels start with a letter: a text starting with a digit or a sign has none there.
        guard simpleLowercase(first) != nil else { return !(first.isASCII || isPlainSign(first)) }
        var wordEnd = start
        var isASCII = true
        while wordEnd < end {
            let next = scalar(in: bytes, at: wordEnd)
            guard simpleLowercase(next) != nil else { break }
            isASCII = isASCII && next.isASCII
            wordEnd += scalarLength(lead: bytes[wordEnd])
        }
        if wordEnd < end, !endsWord(scalar(in: bytes, at: wordEnd)) { return true }
        return isWord(bytes[start ..< wordEnd], isASCII: isASCII, in: firstWords)
    }

    /// Whether a label may end the text at `end`, after its last character but decoration.
    private static func mayEnd(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        let last = scalar(in: bytes, at: scalarStart(in: bytes, before: end))
        if isWideLetter(last) { return wideLastScalars.contains(last) }
        guard simpleLowercase(last) != nil else { return !(last.isASCII || isPlainSign(last)) }
        var wordStart = end
        var isASCII = true
        while wordStart > start {
            let previousStart = scalarStart(in: bytes, before: wordStart)
            let previous = scalar(in: bytes, at: previousStart)
            guard simpleLowercase(previous) != nil else { break }
            isASCII = isASCII && previous.isASCII
            wordStart = previousStart
        }
        if wordStart > start, !endsWord(scalar(in: bytes, at: scalarStart(in: bytes, before: wordStart))) { return true }
        return isWord(bytes[wordStart ..< end], isASCII: isASCII, in: lastWords)
    }

    /// Whether the letters `word`, lower-cased, are one of `words` (UTF-8, by length).
    private static func isWord(_ word: Slice<UnsafeBufferPointer<UInt8>>, isASCII: Bool,
                               in words: [[[UInt8]]]) -> Bool {
        if isASCII {
            guard word.count < words.count else { return false }
            for candidate in words[word.count] where candidate.indices.allSatisfy({ candidate[$0] == word[word.startIndex + $0] | 0x20 }) {
                return true
            }
            return false
        }
        var lowered: [UInt8] = []
        var index = word.startIndex
        while index < word.endIndex {
            let letter = scalar(in: word.base, at: index)
            index += scalarLength(lead: word.base[index])
            lowered.append(contentsOf: (simpleLowercase(letter) ?? letter).utf8)
        }
        return lowered.count < words.count && words[lowered.count].contains(lowered)
    }

    // MARK: - Vocabulary

    /// Every label, lower-cased, as ``NavigationLabel`` reads them.
    private static let labels = NavigationVocabulary.previousWords + NavigationVocabulary.nextWords
        + NavigationVocabulary.previousArticleLabels + NavigationVocabulary.nextArticleLabels

    /// The first and last words of the labels, as UTF-8, by length in bytes.
    private static let firstWords = byLength(labels.map { $0.prefix { $0 != " " } })
    private static let lastWords = byLength(labels.map { $0.reversed().prefix { $0 != " " }.reversed() })

    private static func byLength(_ words: [some Sequence<Character>]) -> [[[UInt8]]] {
        let encoded = Set(words.map { Array(String($0).utf8) })
        var table = Array(repeating: [[UInt8]](), count: (encoded.map(\.count).max() ?? 0) + 1)
        for word in encoded { table[word.count].append(word) }
        return table
    }

    /// The first and last letters of the labels written in CJK.
    private static let wideFirstScalars = Set(labels.compactMap(\.unicodeScalars.first).filter(isWideLetter))
    private static let wideLastScalars = Set(labels.compactMap(\.unicodeScalars.last).filter(isWideLetter))

    // MARK: - Bytes and scalars

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// A letter of ASCII, Latin, Greek or Cyrillic that is a character of its own, with its
    /// lower case, one scalar of the same blocks: a word of these lower-cases scalar by scalar,
    /// and compares with a label's letters byte for byte. Nil for any other scalar.
    private static func simpleLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if scalar.isASCII { return isLetter(UInt8(scalar.value)) ? Unicode.Scalar(UInt8(scalar.value) | 0x20) : nil }
        guard scalar.value < 0x500 else { return nil }
        let lower = simpleLowercases[Int(scalar.value) - 0x80]
        return lower == 0 ? nil : Unicode.Scalar(lower)
    }

    /// ``simpleLowercase(_:)`` from U+0080 to U+04FF; 0 for none.
    private static let simpleLowercases: [UInt32] = (UInt32(0x80) ..< 0x500).map { value in
        guard let scalar = Unicode.Scalar(value), isSimpleBlock(value) else { return 0 }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter: break
        default: return 0
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        guard lower.count == 1, let only = lower.first, only.isASCII || isSimpleBlock(only.value) else { return 0 }
        return only.value
    }

    /// Latin-1 and Latin Extended letters, Greek and Cyrillic without their combining marks:
    /// no letter there decomposes into another or joins its neighbour.
    private static func isSimpleBlock(_ value: UInt32) -> Bool {
        switch value {
        case 0xC0 ... 0x24F, 0x370 ... 0x3FF, 0x400 ... 0x482, 0x48A ... 0x4FF: true
        default: false
        }
    }

    /// Whether the scalar after (or before) a word of simple letters ends it where a character
    /// ends: ASCII, white space, decoration, a digit or a sign.
    private static func endsWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII || isWordBoundary(scalar) || isPlainSign(scalar)
    }

    /// Punctuation, symbols and digits: no label starts or ends with one, and none joins the
    /// character before it (marks, joiners and emoji modifiers do, and are not these).
    private static func isPlainSign(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .otherSymbol,
             .decimalNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Kana, CJK ideographs and Hangul syllables: letters without case or decomposition, so a
    /// label's edge letter is one of them only as that very scalar.
    private static func isWideLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3041 ... 0x3096, 0x30A1 ... 0x30FA, 0x3400 ... 0x4DBF, 0x4E00 ... 0x9FFF, 0xAC00 ... 0xD7A3: true
        default: false
        }
    }

    /// White space or decoration, trimmed from label texts; a word ends at one. The folding's
    /// break markers count too: it turns them into line breaks or drops them.
    private static func isWordBoundary(_ scalar: Unicode.Scalar) -> Bool {
        decorationScalars.contains(scalar.value) || scalar.properties.isWhitespace
            || scalar.value == 0xE000 || scalar.value == 0xE001
    }

    private static let decorationScalars = Set(NavigationVocabulary.decoration.flatMap(\.unicodeScalars).map(\.value))

    private static let asciiSkippable: [Bool] = (0 ..< 128).map { byte in
        let character = Character(Unicode.Scalar(UInt8(byte)))
        return NavigationVocabulary.decoration.contains(character) || character.isWhitespace
    }

    /// The byte length of the white space or decoration scalar at `index`, or nil. None of
    /// them joins a neighbour into one character, so each is a character trimmed on its own.
    private static func skippableLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        if lead < 0x80 { return asciiSkippable[Int(lead)] ? 1 : nil }
        return isWordBoundary(scalar(in: bytes, at: index)) ? scalarLength(lead: lead) : nil
    }

    private static func skippableLengthBefore(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        let last = bytes[end - 1]
        if last < 0x80 { return asciiSkippable[Int(last)] ? 1 : nil }
        let start = scalarStart(in: bytes, before: end)
        return isWordBoundary(scalar(in: bytes, at: start)) ? end - start : nil
    }

    private static func scalarLength(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    private static func scalarStart(in bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Int {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// The scalar whose encoding starts at `index` (the bytes are valid UTF-8).
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar {
        let lead = bytes[index]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let length = min(scalarLength(lead: lead), bytes.count - index)
        var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1 ..< max(length, 1) { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
