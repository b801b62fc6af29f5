import XMLBridge

/// A parsed HTML or XML document from libxml2, walked read-only. Owns the C document.
final class XMLTree {
    private let doc: OpaquePointer

    private init(_ doc: OpaquePointer) { self.doc = doc }
    deinit { gh_doc_free(doc) }

    /// Parses an HTML page already decoded to UTF-8; recovers from broken markup.
    static func html(utf8 bytes: [UInt8]) -> XMLTree? {
        let d = bytes.withUnsafeBufferPointer { b in
            b.withMemoryRebound(to: CChar.self) { c in gh_html_parse_utf8(c.baseAddress, Int32(c.count)) }
        }
        return d.map(XMLTree.init)
    }

    /// Parses XML with network, DTD loading and entity substitution off.
    static func xml(_ bytes: [UInt8]) -> Result<XMLTree, XMLParseFailure> {
        var line: Int32 = 0
        let d = bytes.withUnsafeBufferPointer { b in
            b.withMemoryRebound(to: CChar.self) { c in gh_xml_parse(c.baseAddress, Int32(c.count), &line) }
        }
        guard let d else { return .failure(XMLParseFailure(line: Int(line))) }
        return .success(XMLTree(d))
    }

    var root: XMLNode? { gh_doc_root(doc).map { XMLNode(pointer: $0, tree: self) } }
}

struct XMLParseFailure: Error { var line: Int }

/// A node of an XMLTree; valid while the tree is alive (it keeps the tree alive).
struct XMLNode {
    let pointer: OpaquePointer
    let tree: XMLTree

    enum Kind { case element, text, other }

    var kind: Kind {
        switch gh_node_kind(pointer) {
        case 1: return .element
        case 3, 4: return .text
        default: return .other
        }
    }

    /// Local name of an element, lowercased for HTML by libxml2 already.
    var name: String { gh_node_name(pointer).map { String(cString: $0) } ?? "" }

    var text: String { gh_node_text(pointer).map { String(cString: $0) } ?? "" }

    func attribute(_ name: String) -> String? {
        guard let p = gh_node_attribute(pointer, name) else { return nil }
        defer { gh_free(p) }
        return String(cString: p)
    }

    var children: XMLChildren { XMLChildren(first: gh_node_first_child(pointer), tree: tree) }
}

struct XMLChildren: Sequence {
    let first: OpaquePointer?
    let tree: XMLTree

    struct Iterator: IteratorProtocol {
        var current: OpaquePointer?
        let tree: XMLTree
        mutating func next() -> XMLNode? {
            guard let c = current else { return nil }
            current = gh_node_next(c)
            return XMLNode(pointer: c, tree: tree)
        }
    }

    func makeIterator() -> Iterator { Iterator(current: first, tree: tree) }
}
