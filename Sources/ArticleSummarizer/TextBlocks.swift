/// Plain text read as a page would show it: blocks separated by blank lines.
enum TextBlocks {
    /// The blocks of `text`, trimmed, without empty ones. Lines inside a block stay joined by
    /// their line breaks.
    static func split(_ text: String) -> [String] {
        var blocks: [String] = []
        var lines: [Substring] = []
        func flush() {
            let block = lines.joined(separator: "\n").trimmingWhitespace()
            if !block.isEmpty { blocks.append(block) }
            lines.removeAll()
        }
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if line.allSatisfy(\.isWhitespace) {
                flush()
            } else {
                lines.append(line)
            }
        }
        flush()
        return blocks
    }

    /// Whether `block` ends with sentence punctuation, before any closing quotes or brackets.
    static func endsLikeSentence(_ block: String) -> Bool {
        let last = block.unicodeScalars.reversed().first {
            !Punctuation.closers.contains($0) && !$0.isSpace
        }
        guard let last else { return false }
        return Punctuation.terminators.contains(last) || Punctuation.closedTerminators.contains(last)
    }
}

extension String {
    /// The string without white space at either end.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }),
              let last = scalars.lastIndex(where: { !$0.isSpace }) else { return "" }
        return String(scalars[first ... last])
    }
}
