@testable import ArticleParser
import Testing

/// The tree built from libxml2's parse events must be the tree libxml2 itself would have built.
@Suite("Tree from parse events")
struct TreeBuilderTests {
    private func tree(_ html: String) throws -> HTMLTree {
        try HTMLDocument.parse(bytes: Array(html.utf8), charsetOverride: nil, maximumInputBytes: 1 << 20).tree
    }

    @Test("text split by an entity is one text node")
    func textMerges() throws {
        let built = try tree("<html><body><p>Fish &amp; chips</p></body></html>")
        #expect(built.nodes.filter(\.isText).map(\.text) == ["Fish & chips"])
    }

    @Test("a comment between two runs of text leaves two text nodes")
    func commentSplitsText() throws {
        let built = try tree("<html><body><p>before<!-- note -->after</p></body></html>")
        #expect(built.nodes.filter(\.isText).map(\.text) == ["before", "after"])
    }

    @Test("an attribute written without a value takes its name when HTML calls it boolean")
    func booleanAttributes() throws {
        // Straight to libxml2: the markup limiter would cut these attributes, which no stage reads.
        var warnings: [ParseWarning] = []
        let html = #"<html><body><select><option selected data-x>One</option></select><p>text</p></body></html>"#
        let built = try HTMLDocument.buildTree(utf8: Array(html.utf8), warnings: &warnings, deadline: Deadline(nil))
        let option = try #require(built.firstElement(named: "option"))
        // By name, not `attribute(_:of:)`: that is for the attributes the stages read.
        let values = Dictionary(uniqueKeysWithValues: built.attributes(of: option).map { ($0.name, $0.value) })
        #expect(values == ["selected": "selected", "data-x": ""])
    }

    @Test("a prefixed tag keeps only its local name")
    func prefixedTags() throws {
        let built = try tree(#"<html><body><fb:like href="x"></fb:like><p>text</p></body></html>"#)
        #expect(built.firstElement(named: "like") != nil)
        #expect(built.firstElement(named: "fb:like") == nil)
    }

    @Test("an element after the closing html tag opens a second root inside the first, or beside it after a doctype")
    func contentAfterTheRoot() throws {
        // libxml2 implies a new <html> for it and links it under the document's first child:
        // the first root, or the doctype node, whose sibling it then becomes.
        let plain = try tree("<html><body><p>story</p></body></html><script>late()</script>")
        let script = try #require(plain.firstElement(named: "script"))
        let secondRoot = Int(plain.nodes[script].parent)
        #expect(plain.nodes[secondRoot].name == "html")
        #expect(plain.nodes[secondRoot].parent == 0)
        #expect(Int(plain.nodes[0].end) == plain.nodes.count)

        let declared = try tree("<!DOCTYPE html><html><body><p>story</p></body></html><script>late()</script>")
        let lateScript = try #require(declared.firstElement(named: "script"))
        let sibling = Int(declared.nodes[lateScript].parent)
        #expect(declared.nodes[sibling].name == "html")
        #expect(declared.nodes[sibling].parent == HTMLTree.noNode)
        #expect(Int(declared.nodes[0].end) == sibling)
    }

    @Test("every node's subtree ends after its descendants and within its parent's")
    func subtreeEnds() throws {
        let built = try tree("<html><head><title>t</title></head><body><div><p>a<b>b</b></p><ul><li>x<li>y</ul></div></body></html>")
        for index in built.indices {
            let node = built.nodes[index]
            #expect(Int(node.end) > index)
            if node.parent >= 0 {
                #expect(node.end <= built.nodes[Int(node.parent)].end)
                #expect(node.depth == built.nodes[Int(node.parent)].depth + 1)
            }
        }
    }
}

@Suite("Story header quick tests")
struct StoryHeaderQuickTests {
    @Test("a text may open with a lead-in after white space and punctuation, and prose may not")
    func leadInOpeners() {
        #expect(StoryHeader.mayOpenWithLeadIn("  | By "))
        #expect(StoryHeader.mayOpenWithLeadIn("\n — Von Jana Beispiel"))
        #expect(!StoryHeader.mayOpenWithLeadIn("Council members met on Tuesday."))
        #expect(!StoryHeader.mayOpenWithLeadIn("   "))
    }
}
