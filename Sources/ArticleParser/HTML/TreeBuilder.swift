internal import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds an ``HTMLTree`` straight from libxml2's parse events, so libxml2 never allocates a
/// tree of its own that would have to be copied and freed.
///
/// It reproduces the tree libxml2's SAX2 handlers would have built: adjacent character data
/// of one kind (text, or a script or style block) merges into one node until an element,
/// comment, processing instruction or the other kind intervenes; text outside any element is dropped; an
/// attribute written without a value gets its own name as value when HTML calls it boolean
/// (`hidden`, `checked`), else an empty one; and an element that opens after the root has
/// closed goes inside the root, or beside the root when the page has a doctype.
struct TreeBuilder {
    private(set) var tree = HTMLTree()
    private var openParent: Int32 = HTMLTree.noNode
    private var depth: Int32 = 0
    /// The text node that the next character data of the same kind may extend, or -1.
    private var openText = -1
    private var openTextIsCDATA = false
    /// Elements whose closing must also stretch closed ancestors (re-opened roots).
    private var reattached: Set<Int32> = []
    private var classValues = ClassValueInterner()
    private var tagNames = NameCache(transform: TreeBuilder.localName)
    private var attributeNames = NameCache()
    /// Whether the document's first child is the root element (no doctype, comment or
    /// processing instruction before it): only then does libxml2 re-open the root.
    private var rootComesFirst: Bool?

    init() {
        tree.nodes.reserveCapacity(4096)
    }

    /// The tag name as libxml2's tree stores it: without a namespace prefix (`fb:like` is
    /// `like`) unless the name starts or ends with the colon.
    private static func localName(_ name: String) -> String {
        guard let colon = name.utf8.firstIndex(of: UInt8(ascii: ":")), colon != name.utf8.startIndex,
              name.utf8.index(after: colon) != name.utf8.endIndex else { return name }
        return String(name[name.utf8.index(after: colon)...])
    }

    mutating func start(_ name: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, hasDTD: Bool) {
        openText = -1
        let index = Int32(tree.nodes.count)
        let attributeStart = Int32(tree.attributes.count)
        if let attributes {
            var position = 0
            while let attributeName = attributes[position] {
                let value = attributes[position + 1]
                let known = attributeNames.name(attributeName)
                let copiedName = known.string
                let key = known.attribute
                if key == .class || key == .id {
                    let bytes = value.map { UnsafeBufferPointer(start: $0, count: Int(xmlStrlen($0))) } ?? UnsafeBufferPointer(start: nil, count: 0)
                    let interned = classValues.intern(bytes)
                    if interned.isNew { tree.classValueWords.append(Selectors.words(of: classValues.values[Int(interned.index)])) }
                    tree.attributes.append(HTMLTree.Attribute(
                        name: copiedName, value: classValues.values[Int(interned.index)], classValue: interned.index, key: key))
                } else {
                    let copiedValue: String
                    if let value {
                        copiedValue = String(cString: value)
                    } else {
                        copiedValue = htmlIsBooleanAttr(attributeName) != 0 ? copiedName : ""
                    }
                    tree.attributes.append(HTMLTree.Attribute(name: copiedName, value: copiedValue, key: key))
                }
                position += 2
            }
        }
        var parent = openParent
        var nodeDepth = depth
        if parent == HTMLTree.noNode, rootComesFirst == nil { rootComesFirst = !hasDTD }
        if parent == HTMLTree.noNode, rootComesFirst == true, !hasDTD, let root = tree.nodes.indices.first {
            // libxml2 puts an element that opens after the root closed inside the root.
            parent = Int32(root)
            nodeDepth = tree.nodes[root].depth + 1
            reattached.insert(index)
        }
        let tag = tagNames.name(name)
        let tagName = tag.string
        tree.nodes.append(HTMLTree.Node(
            kind: .element, name: tagName, text: "", parent: parent, depth: nodeDepth,
            end: index + 1, attributeStart: attributeStart,
            attributeCount: Int32(tree.attributes.count) - attributeStart, tagKinds: tag.kinds, tag: tag.tag
        ))
        openParent = index
        depth = nodeDepth + 1
    }

    mutating func end() {
        openText = -1
        guard openParent != HTMLTree.noNode else { return }
        let closing = openParent
        let count = Int32(tree.nodes.count)
        tree.nodes[Int(closing)].end = count
        if reattached.contains(closing) {
            var ancestor = tree.nodes[Int(closing)].parent
            while ancestor != HTMLTree.noNode {
                if tree.nodes[Int(ancestor)].end < count { tree.nodes[Int(ancestor)].end = count }
                ancestor = tree.nodes[Int(ancestor)].parent
            }
            openParent = HTMLTree.noNode
            depth = 0
        } else {
            openParent = tree.nodes[Int(closing)].parent
            depth -= 1
        }
    }

    mutating func text(_ bytes: UnsafePointer<xmlChar>, length: Int32, cdata: Bool) {
        guard openParent != HTMLTree.noNode, length > 0 else { return }
        let text = String(decoding: UnsafeBufferPointer(start: bytes, count: Int(length)), as: UTF8.self)
        if openText >= 0, openTextIsCDATA == cdata {
            tree.nodes[openText].text += text
            return
        }
        let index = Int32(tree.nodes.count)
        tree.nodes.append(HTMLTree.Node(
            kind: .text, name: "", text: text, parent: openParent,
            depth: depth, end: index + 1, attributeStart: 0, attributeCount: 0
        ))
        openText = Int(index)
        openTextIsCDATA = cdata
    }

    /// A comment or processing instruction: no node, but the next text starts a new one.
    mutating func boundary() {
        openText = -1
        if openParent == HTMLTree.noNode, rootComesFirst == nil { rootComesFirst = false }
    }

    /// The finished tree, with anything left open closed at the end.
    mutating func finish() -> HTMLTree {
        while openParent != HTMLTree.noNode { end() }
        return tree
    }
}

/// Tag or attribute names by libxml2's pointer. The parser hands out names from its
/// dictionary, one pointer per distinct name for the whole parse, so the pointer finds the
/// string made before; the bytes are still compared, so a pointer that ever held another
/// name can never return the wrong one.
private struct NameCache {
    struct Entry {
        var pointer: UnsafePointer<xmlChar>?
        /// The name's bytes as libxml2 gave them, NUL-terminated.
        var raw: [CChar]
        var string: String
        var kinds: Tags.Kinds
        var tag: TagName
        var attribute: AttributeName
    }

    /// Made from the name's text on a miss: tag names drop their namespace prefix.
    let transform: (String) -> String
    /// A page has a few dozen distinct names of each kind; at 1,024 slots two names that the
    /// page alternates between rarely share one and evict each other.
    private var entries = [Entry](repeating: Entry(pointer: nil, raw: [0], string: "", kinds: [], tag: .other, attribute: .other), count: 1024)

    init(transform: @escaping (String) -> String = { $0 }) {
        self.transform = transform
    }

    /// The name at `pointer` with its tag kinds.
    mutating func name(_ pointer: UnsafePointer<xmlChar>) -> (string: String, kinds: Tags.Kinds, tag: TagName, attribute: AttributeName) {
        // Fibonacci hashing: the dictionary's names sit close together in memory, and the low
        // address bits alone put many of them in the same slots.
        let slot = Int(truncatingIfNeeded: (UInt64(UInt(bitPattern: pointer)) &* 0x9E37_79B9_7F4A_7C15) >> 54)
        if entries[slot].pointer == pointer, Self.equal(entries[slot].raw, pointer) {
            return (entries[slot].string, entries[slot].kinds, entries[slot].tag, entries[slot].attribute)
        }
        let raw = String(cString: pointer)
        let string = transform(raw)
        let entry = Entry(pointer: pointer, raw: Array(raw.utf8CString), string: string, kinds: Tags.kinds(of: string),
                          tag: TagName(string), attribute: AttributeName(string))
        entries[slot] = entry
        return (string, entry.kinds, entry.tag, entry.attribute)
    }

    /// Whether the NUL-terminated name at `pointer` is `raw`: `strcmp` stops at the first
    /// difference or NUL, so it never reads past either name's end.
    private static func equal(_ raw: [CChar], _ pointer: UnsafePointer<xmlChar>) -> Bool {
        raw.withUnsafeBufferPointer { bytes in
            pointer.withMemoryRebound(to: CChar.self, capacity: 1) { strcmp(bytes.baseAddress!, $0) == 0 }
        }
    }
}
