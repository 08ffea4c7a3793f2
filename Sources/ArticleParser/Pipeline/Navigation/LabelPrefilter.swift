/// Tells from a link's bytes whether it may carry a navigation label: in its text, in the text
/// just before it, or in its title attribute, the three places ``AdjacentLinkExtractor`` reads.
/// A link with no label and no `rel` or class direction is never a candidate, and most links
/// are such; this lets the extractor pass them without building their texts.
struct LabelPrefilter {
    /// Reused for every link: the texts are gathered here rather than into new strings.
    private var buffer: [UInt8] = []

    /// False only when none of the three places holds a label.
    mutating func mayHaveLabel(_ link: Int, after previousLinkEnd: Int, in tree: HTMLTree) -> Bool {
        if let title = tree.attribute("title", of: link), ByteSearch.withBytes(of: title, LabelEdges.mayHoldLabel) {
            return true
        }
        buffer.removeAll(keepingCapacity: true)
        for index in tree.descendants(of: link) where tree.isText(index) {
            buffer.append(0x20)
            buffer.append(contentsOf: tree[index].text.utf8)
        }
        return buffer.withUnsafeBufferPointer(LabelEdges.mayHoldLabel)
            || mayHaveLabel(before: link, after: previousLinkEnd, in: tree)
    }

    /// The bytes of `AdjacentLinkExtractor.labelBefore`: the text after the previous link in the
    /// link's parent, or in its grandparent when the parent has none.
    private mutating func mayHaveLabel(before link: Int, after previousLinkEnd: Int, in tree: HTMLTree) -> Bool {
        var found = false
        AdjacentLinkExtractor.forEachStretchBefore(link, after: previousLinkEnd, in: tree) { stretch in
            buffer.removeAll(keepingCapacity: true)
            for index in stretch where tree.isText(index) { buffer.append(contentsOf: tree[index].text.utf8) }
            let characters = AdjacentLinkExtractor.labelBeforeLength
            guard let holds = buffer.withUnsafeBufferPointer({ LabelEdges.tailMayHoldLabel($0, characters: characters) }) else {
                return false
            }
            found = holds
            return true
        }
        return found
    }
}
