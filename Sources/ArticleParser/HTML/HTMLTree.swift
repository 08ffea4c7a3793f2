/// A parsed page as plain Swift values: every element and text node in document order.
///
/// ``TreeBuilder`` fills it from libxml2's parse events inside one parse call, so no libxml2
/// pointer ever outlives the parse. Nodes are stored in preorder: a node's
/// descendants are exactly the indices `index + 1 ..< node.end`, and a reverse loop over the
/// array visits children before their parents, which makes bottom-up sums a single pass.
struct HTMLTree: Sendable {
    struct Node: Sendable {
        enum Kind: UInt8, Sendable { case element, text }

        var kind: Kind
        /// Lower-cased tag name for elements; empty for text.
        var name: String
        /// The text of a text node (entities decoded); empty for elements.
        var text: String
        var parent: Int32
        var depth: Int32
        /// One past the index of the last descendant.
        var end: Int32
        var attributeStart: Int32
        var attributeCount: Int32
        /// The tag-name sets of ``Tags`` this element's tag is in; empty for text.
        var tagKinds: Tags.Kinds = []
        /// The tag as one byte, for the names the stages test; `.other` for text.
        var tag: TagName = .other

        var isElement: Bool { kind == .element }
        var isText: Bool { kind == .text }
    }

    struct Attribute: Sendable {
        var name: String
        var value: String
        /// For `class` and `id`: the index of this value in ``HTMLTree/classValueWords``, shared
        /// by every element that carries the same string; -1 for other attributes.
        var classValue: Int32 = -1
        /// The name as one byte, for the names the stages test on every element.
        var key: AttributeName = .other
    }

    var nodes: [Node] = []
    var attributes: [Attribute] = []
    /// The lower-case words of every distinct `class` and `id` value on the page, split once
    /// when the tree is built: pages repeat the same strings on hundreds of elements, and each
    /// stage keeps its verdicts in an array by ``Attribute/classValue`` instead of hashing the
    /// strings again.
    var classValueWords: [[String]] = []

    /// The words of a `class` or `id` attribute (split now for any other attribute).
    func classWords(of attribute: Attribute) -> [String] {
        attribute.classValue >= 0 ? classValueWords[Int(attribute.classValue)] : Selectors.words(of: attribute.value)
    }

    static let noNode: Int32 = -1

    /// Whether the node is an element. Ask the tree, not the node: a computed property of a
    /// node read from the array copies the node, and its strings, on the way.
    func isElement(_ index: Int) -> Bool { nodes[index].kind == .element }

    /// Whether the node is text (see ``isElement(_:)``).
    func isText(_ index: Int) -> Bool { nodes[index].kind == .text }

    var isEmpty: Bool { nodes.isEmpty }
    var indices: Range<Int> { nodes.indices }

    /// Read in place: `tree[index].end` borrows the node instead of copying its strings.
    subscript(index: Int) -> Node {
        _read { yield nodes[index] }
    }

    /// The value of an attribute on an element, or nil when the element does not have it.
    func attribute(_ name: String, of index: Int) -> String? {
        assert(ReadAttributes.contains(name), "\(name) is cut before parsing: add it to ReadAttributes")
        let count = Int(nodes[index].attributeCount)
        guard count > 0 else { return nil }
        let start = Int(nodes[index].attributeStart)
        // Lengths first: comparing two different short strings is a call into the runtime.
        let length = name.utf8.count
        for position in start ..< start + count
        where attributes[position].name.utf8.count == length && attributes[position].name == name {
            return attributes[position].value
        }
        return nil
    }

    /// The value of an attribute the stages test on every element, found by its one-byte name.
    func attribute(_ key: AttributeName, of index: Int) -> String? {
        let start = Int(nodes[index].attributeStart)
        for position in start ..< start + Int(nodes[index].attributeCount) where attributes[position].key == key {
            return attributes[position].value
        }
        return nil
    }

    func hasAttribute(_ key: AttributeName, on index: Int) -> Bool {
        attribute(key, of: index) != nil
    }

    func hasAttribute(_ name: String, on index: Int) -> Bool {
        attribute(name, of: index) != nil
    }

    /// The attributes of an element, in source order.
    func attributes(of index: Int) -> ArraySlice<Attribute> {
        let start = Int(nodes[index].attributeStart)
        return attributes[start ..< start + Int(nodes[index].attributeCount)]
    }

    /// The element's children, in order.
    func children(of index: Int) -> ChildSequence {
        ChildSequence(tree: self, parent: index)
    }

    /// The indices of every descendant, in document order.
    func descendants(of index: Int) -> Range<Int> {
        (index + 1) ..< Int(nodes[index].end)
    }

    /// The first element with the given tag name, in document order.
    func firstElement(named name: String, within range: Range<Int>? = nil) -> Int? {
        for index in range ?? nodes.indices where nodes[index].kind == .element && nodes[index].name == name {
            return index
        }
        return nil
    }

    /// The first element with the given tag, in document order: one byte compared per node.
    func firstElement(_ tag: TagName, within range: Range<Int>? = nil) -> Int? {
        precondition(tag != .other, "only the tags of TagName can be found by their byte")
        for index in range ?? nodes.indices where nodes[index].tag == tag { return index }
        return nil
    }

    /// Every element with one of the given tag names, in document order.
    func elements(named names: Set<String>, within range: Range<Int>? = nil) -> [Int] {
        var found: [Int] = []
        for index in range ?? nodes.indices where nodes[index].kind == .element && names.contains(nodes[index].name) {
            found.append(index)
        }
        return found
    }

    /// The concatenated text of all text nodes under `index`, as in the DOM's `textContent`.
    func textContent(of index: Int) -> String {
        if nodes[index].kind == .text { return nodes[index].text }
        var result = ""
        for position in descendants(of: index) where nodes[position].kind == .text {
            result += nodes[position].text
        }
        return result
    }

    /// The nearest ancestor (or the node itself) that satisfies `predicate`.
    func closest(from index: Int, where predicate: (Node) -> Bool) -> Int? {
        var current = Int32(index)
        while current != HTMLTree.noNode {
            // The node is lent to the predicate, not copied: a copy would retain its strings.
            if predicate(nodes[Int(current)]) { return Int(current) }
            current = nodes[Int(current)].parent
        }
        return nil
    }

    struct ChildSequence: Sequence {
        let tree: HTMLTree
        let parent: Int

        struct Iterator: IteratorProtocol {
            let tree: HTMLTree
            var position: Int
            let end: Int

            mutating func next() -> Int? {
                guard position < end else { return nil }
                let current = position
                position = Int(tree.nodes[current].end)
                return current
            }
        }

        func makeIterator() -> Iterator {
            Iterator(tree: tree, position: parent + 1, end: Int(tree.nodes[parent].end))
        }
    }
}
