import Foundation

/// Reads an OpenDocument text (.odt: LibreOffice, WPS) like a .docx: the ZIP's content.xml,
/// headings and paragraphs as lines, table rows as tab-separated cells, with the same limits
/// (decompressed size, nesting) and no DTD.
struct ODTReader: Sendable {
    let limits: IngestLimits

    func read(_ bytes: [UInt8], path: String) throws(GonghuiError) -> String {
        let archive = try ZipArchive.open(bytes, path: path, kind: ".odt")
        guard archive["content.xml"] != nil else {
            throw GonghuiError(.brokenContainer, "\(path): not an OpenDocument text (no content.xml in the archive)")
        }
        let content = try DocxReader(limits: limits).extract("content.xml", from: archive, path: path, required: true)!
        if DocxReader.declaresDoctype(content) {
            throw GonghuiError(.brokenMarkup, "\(path): content.xml declares a DTD (<!DOCTYPE>), which OpenDocument files never do; refusing its entities")
        }
        let tree: XMLTree
        switch XMLTree.xml(content) {
        case .success(let t): tree = t
        case .failure(let f): throw GonghuiError(.brokenMarkup, "\(path): content.xml is not well-formed XML (line \(f.line))")
        }
        guard let root = tree.root else { throw GonghuiError(.brokenMarkup, "\(path): content.xml has no root element") }
        var lines: [String] = []
        try block(root, into: &lines, depth: 0, path: path)
        return lines.joined(separator: "\n")
    }

    func block(_ node: XMLNode, into lines: inout [String], depth: Int, path: String) throws(GonghuiError) {
        guard depth <= limits.maxNestingDepth else {
            throw GonghuiError(.brokenMarkup, "\(path): OpenDocument XML nested deeper than \(limits.maxNestingDepth) elements")
        }
        for child in node.children where child.kind == .element {
            switch child.name {
            case "p", "h":
                var text = ""
                try inline(child, into: &text, depth: depth + 1, path: path)
                lines.append(text)
            case "table-row":
                var cells: [String] = []
                for cell in child.children where cell.kind == .element && cell.name == "table-cell" {
                    var inner: [String] = []
                    try block(cell, into: &inner, depth: depth + 2, path: path)
                    cells.append(inner.map { $0.replacingOccurrences(of: "\t", with: " ") }.filter { !$0.isEmpty }.joined(separator: " "))
                }
                lines.append(cells.joined(separator: "\t"))
            case "tracked-changes", "annotation", "table-columns", "table-column", "sequence-decls", "font-face-decls", "automatic-styles":
                continue
            default:
                try block(child, into: &lines, depth: depth + 1, path: path)
            }
        }
    }

    func inline(_ node: XMLNode, into text: inout String, depth: Int, path: String) throws(GonghuiError) {
        guard depth <= limits.maxNestingDepth else {
            throw GonghuiError(.brokenMarkup, "\(path): OpenDocument XML nested deeper than \(limits.maxNestingDepth) elements")
        }
        for child in node.children {
            switch child.kind {
            case .text: text += child.text
            case .element:
                switch child.name {
                case "s": text += String(repeating: " ", count: max(1, Int(child.attribute("c") ?? "1") ?? 1))
                case "tab": text += "\t"
                case "line-break": text += "\n"
                case "note", "annotation", "bookmark", "bookmark-start", "bookmark-end": continue
                default: try inline(child, into: &text, depth: depth + 1, path: path)
                }
            case .other: continue
            }
        }
    }
}
