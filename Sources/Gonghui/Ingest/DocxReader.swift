import Foundation

/// Reads the text of a Word (.docx) file: body paragraphs as lines, table rows as
/// tab-separated cells, text boxes once, deleted (tracked) text and field codes left out.
struct DocxReader: Sendable {
    let limits: IngestLimits

    func read(_ bytes: [UInt8], path: String) throws(GonghuiError) -> (text: String, title: String?, date: ReportDate?) {
        let archive = try ZipArchive.open(bytes, path: path, kind: ".docx")
        let documentXML = try extract("word/document.xml", from: archive, path: path, required: true)!
        let coreXML = try? extract("docProps/core.xml", from: archive, path: path, required: false)

        // Word never writes a DTD; one in a .docx can only be an entity attack (external files,
        // billion laughs). Refuse it before the parser sees it.
        if Self.declaresDoctype(documentXML) {
            throw GonghuiError(.brokenMarkup, "\(path): word/document.xml declares a DTD (<!DOCTYPE>), which Word files never do; refusing its entities")
        }
        let tree: XMLTree
        switch XMLTree.xml(documentXML) {
        case .success(let t): tree = t
        case .failure(let f):
            throw GonghuiError(.brokenMarkup, "\(path): word/document.xml is not well-formed XML (line \(f.line))")
        }
        guard let root = tree.root else {
            throw GonghuiError(.brokenMarkup, "\(path): word/document.xml has no root element")
        }
        var walker = Walker(maxDepth: limits.maxNestingDepth)
        try walker.block(root, depth: 0, path: path)
        var title: String?
        var date: ReportDate?
        if let coreXML = coreXML ?? nil, case .success(let core) = XMLTree.xml(coreXML), let r = core.root {
            (title, date) = Self.coreProperties(r)
        }
        return (walker.lines.joined(separator: "\n"), title, date)
    }

    static func declaresDoctype(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(4096)
        let marker = Array("<!DOCTYPE".utf8)
        guard head.count >= marker.count else { return false }
        for i in 0...(head.count - marker.count) where head[head.startIndex + i] == 0x3C {
            if (0..<marker.count).allSatisfy({ head[head.startIndex + i + $0] == marker[$0] }) { return true }
        }
        return false
    }

    /// Extracts one part, refusing to decompress more than the limit whatever the ZIP claims.
    /// What a ZIP that is not a Word document holds, by its telltale entries (nil: it looks like
    /// a damaged Word document).
    static func kind(of archive: ZipArchive) -> String? {
        if archive["xl/workbook.xml"] != nil { return "an Excel workbook (.xlsx)" }
        if archive["ppt/presentation.xml"] != nil { return "a PowerPoint presentation (.pptx)" }
        if archive["content.xml"] != nil { return "an OpenDocument file (.odt/.ods)" }
        if archive.contains(where: { $0.name.hasPrefix("word/") || $0.name == "[Content_Types].xml" }) { return nil }
        return "a ZIP archive (unpack it and give its folder)"
    }

    func extract(_ name: String, from archive: ZipArchive, path: String, required: Bool) throws(GonghuiError) -> [UInt8]? {
        guard let entry = archive[name] else {
            guard required else { return nil }
            if let other = Self.kind(of: archive) {
                throw GonghuiError(.unsupportedFormat, "\(path): \(other), not a Word document; Gonghui reads .txt, .html, .docx, .pdf, .doc, .rtf and .odt")
            }
            throw GonghuiError(.brokenContainer, "\(path): not a Word document (no \(name) in the archive)")
        }
        let limit = limits.maxDecompressedBytes
        if entry.uncompressedSize > limit {
            throw GonghuiError(.zipBomb, "\(path): \(name) would decompress to \(entry.uncompressedSize.byteDescription), over the \(limit.byteDescription) limit")
        }
        return try archive.extract(entry, limit: limit, path: path)
    }

    /// dc:title and dcterms:created/modified from docProps/core.xml.
    static func coreProperties(_ root: XMLNode) -> (String?, ReportDate?) {
        var title: String?
        var created: ReportDate?
        for child in root.children where child.kind == .element {
            let text = child.children.filter { $0.kind == .text }.map(\.text).joined()
            switch child.name {
            case "title": title = text.trimmingSpaces.isEmpty ? nil : text.trimmingSpaces
            case "created": created = ReportDate.parseISO(text)
            default: break
            }
        }
        return (title, created)
    }

    private struct Walker {
        let maxDepth: Int
        var lines: [String] = []

        init(maxDepth: Int) { self.maxDepth = maxDepth }

        /// Walks block-level content: paragraphs, tables, and containers of them.
        mutating func block(_ node: XMLNode, depth: Int, path: String) throws(GonghuiError) {
            if depth > maxDepth {
                throw GonghuiError(.brokenMarkup, "\(path): Word XML nested deeper than \(maxDepth) elements")
            }
            for child in node.children where child.kind == .element {
                switch child.name {
                case "p":
                    var text = ""
                    try inline(child, into: &text, depth: depth + 1, path: path)
                    lines.append(text)
                case "tbl":
                    try table(child, depth: depth + 1, path: path)
                case "AlternateContent":
                    // Choice and Fallback carry the same content; read only the first.
                    if let first = child.children.first(where: { $0.kind == .element }) {
                        try block(first, depth: depth + 1, path: path)
                    }
                case "sectPr", "delText", "instrText":
                    continue
                default:
                    try block(child, depth: depth + 1, path: path)
                }
            }
        }

        mutating func table(_ node: XMLNode, depth: Int, path: String) throws(GonghuiError) {
            for row in node.children where row.kind == .element && row.name == "tr" {
                var cells: [String] = []
                for cell in row.children where cell.kind == .element && cell.name == "tc" {
                    var inner = Walker(maxDepth: maxDepth)
                    try inner.block(cell, depth: depth + 2, path: path)
                    cells.append(inner.lines.map { $0.replacingOccurrences(of: "\t", with: " ") }
                        .filter { !$0.isEmpty }.joined(separator: " "))
                }
                lines.append(cells.joined(separator: "\t"))
            }
        }

        /// Collects the text of a paragraph's runs.
        func inline(_ node: XMLNode, into text: inout String, depth: Int, path: String) throws(GonghuiError) {
            if depth > maxDepth {
                throw GonghuiError(.brokenMarkup, "\(path): Word XML nested deeper than \(maxDepth) elements")
            }
            for child in node.children where child.kind == .element {
                switch child.name {
                case "t":
                    for t in child.children where t.kind == .text { text += t.text }
                case "tab": text += "\t"
                case "br", "cr": text += "\n"
                case "noBreakHyphen": text += "-"
                case "delText", "instrText", "pPr", "rPr", "fldChar":
                    continue
                case "AlternateContent":
                    if let first = child.children.first(where: { $0.kind == .element }) {
                        try inline(first, into: &text, depth: depth + 1, path: path)
                    }
                case "txbxContent":
                    // A text box inside a paragraph: its paragraphs follow as their own lines.
                    var inner = Walker(maxDepth: maxDepth)
                    try inner.block(child, depth: depth + 1, path: path)
                    for l in inner.lines where !l.isEmpty { text += "\n" + l }
                default:
                    try inline(child, into: &text, depth: depth + 1, path: path)
                }
            }
        }
    }
}
