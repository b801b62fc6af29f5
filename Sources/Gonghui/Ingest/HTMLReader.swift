import Foundation

/// Turns a web page into the text a reader sees: article blocks as lines, table rows as
/// tab-separated cells, with scripts, styles and site chrome (navigation, headers, footers,
/// share bars, sidebars) left out.
struct HTMLReader: Sendable {
    let chrome: HTMLChrome
    let limits: IngestLimits

    /// Reads a page already decoded to a Swift string.
    func read(_ page: String, path: String) throws(GonghuiError) -> (text: String, title: String?, date: ReportDate?) {
        // The page is decoded already; a charset declaration left in it would make libxml2
        // re-decode the UTF-8 we hand over.
        let cleaned = Self.removingCharsetDeclarations(page)
        guard let tree = XMLTree.html(utf8: Array(cleaned.utf8)), let root = tree.root else {
            throw GonghuiError(.brokenMarkup, "\(path): no HTML content could be parsed")
        }
        var walker = Walker(chrome: chrome, maxDepth: limits.maxNestingDepth)
        try walker.visit(root, depth: 0, path: path)
        let title = walker.h1 ?? walker.title.map(Self.trimSiteName)
        return (walker.finish(), title?.isEmpty == false ? title : nil, walker.date)
    }

    /// "工会动态 - 某某市总工会" → "工会动态": page titles usually append the site's name.
    static func trimSiteName(_ title: String) -> String {
        for sep in [" - ", "_", " | ", "|", " — ", "--"] {
            if let r = title.range(of: sep) {
                let head = String(title[..<r.lowerBound]).trimmingSpaces
                if head.count >= 4 { return head }
            }
        }
        return title.trimmingSpaces
    }

    /// Removes <meta charset> / http-equiv charset tags and the XML declaration's encoding.
    static func removingCharsetDeclarations(_ page: String) -> String {
        var out = ""
        out.reserveCapacity(page.utf8.count)
        var rest = page[...]
        while let r = rest.range(of: "<meta", options: [.caseInsensitive]) {
            out += rest[..<r.lowerBound]
            guard let close = rest[r.upperBound...].firstIndex(of: ">") else { rest = rest[r.lowerBound...]; break }
            let tag = rest[r.lowerBound...close]
            if tag.range(of: "charset", options: .caseInsensitive) == nil { out += tag }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        if out.hasPrefix("<?xml"), let end = out.range(of: "?>") {
            out.removeSubrange(out.startIndex..<end.upperBound)
        }
        return out
    }

    private struct Walker {
        let chrome: HTMLChrome
        let maxDepth: Int
        var out: [UInt16] = []
        var title: String?
        var h1: String?
        var date: ReportDate?
        /// Inside a table cell, block breaks become spaces so the row stays on one line.
        var cellDepth = 0
        var rowCells: [Int] = []
        var preDepth = 0
        /// Link density of the line being built: navigation lists and "上一篇" lines are
        /// mostly link text, article paragraphs almost never are.
        var anchorDepth = 0
        var lineStart = 0
        var lineAnchorUnits = 0

        init(chrome: HTMLChrome, maxDepth: Int) {
            self.chrome = chrome
            self.maxDepth = maxDepth
        }

        mutating func visit(_ node: XMLNode, depth: Int, path: String) throws(GonghuiError) {
            if depth > maxDepth {
                throw GonghuiError(.brokenMarkup, "\(path): HTML nested deeper than \(maxDepth) elements")
            }
            switch node.kind {
            case .text:
                appendText(node.text)
            case .other:
                return
            case .element:
                let name = node.name.lowercased()
                if name == "title" {
                    if title == nil { title = collectText(node) }
                    return
                }
                if name == "meta" {
                    noteMeta(node)
                    return
                }
                if name == "head" {
                    // Only the title and metadata of the head matter.
                    for child in node.children where child.kind == .element {
                        let n = child.name.lowercased()
                        if n == "title", title == nil { title = collectText(child) }
                        if n == "meta" { noteMeta(child) }
                    }
                    return
                }
                if chrome.skipsTag(name) { return }
                if chrome.isChrome(class: node.attribute("class"), id: node.attribute("id")) { return }
                if name == "h1", h1 == nil {
                    let t = collectText(node).trimmingSpaces
                    if !t.isEmpty { h1 = t }
                }
                switch name {
                case "br":
                    lineBreak()
                    return
                case "tr":
                    lineBreak()
                    rowCells.append(0)
                    for child in node.children { try visit(child, depth: depth + 1, path: path) }
                    rowCells.removeLast()
                    lineBreak()
                    return
                case "a":
                    anchorDepth += 1
                    for child in node.children { try visit(child, depth: depth + 1, path: path) }
                    anchorDepth -= 1
                    return
                case "td", "th":
                    if !rowCells.isEmpty {
                        if rowCells[rowCells.count - 1] > 0 { trimTrailingSpace(); out.append(0x09) }
                        rowCells[rowCells.count - 1] += 1
                    }
                    cellDepth += 1
                    for child in node.children { try visit(child, depth: depth + 1, path: path) }
                    cellDepth -= 1
                    trimTrailingSpace()
                    return
                default:
                    break
                }
                let block = HTMLChrome.blockTags.contains(name)
                if name == "pre" { preDepth += 1 }
                if block { lineBreak() }
                for child in node.children { try visit(child, depth: depth + 1, path: path) }
                if block { lineBreak() }
                if name == "pre" { preDepth -= 1 }
            }
        }

        mutating func noteMeta(_ node: XMLNode) {
            guard date == nil else { return }
            let key = (node.attribute("name") ?? node.attribute("property") ?? node.attribute("itemprop") ?? "").lowercased()
            guard HTMLChrome.dateMetaNames.contains(key), let content = node.attribute("content") else { return }
            date = ReportDate.parseISO(content)
        }

        func collectText(_ node: XMLNode) -> String {
            var s = ""
            func walk(_ n: XMLNode, _ depth: Int) {
                guard depth < 64 else { return }
                switch n.kind {
                case .text: s += n.text
                case .element: for c in n.children { walk(c, depth + 1) }
                case .other: break
                }
            }
            walk(node, 0)
            return s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }

        mutating func appendText(_ text: String) {
            if preDepth > 0 {
                for u in text.utf16 {
                    if u == 0x0A && cellDepth > 0 { out.append(0x20) } else if u != 0x0D { out.append(u) }
                }
                return
            }
            // HTML collapses runs of ASCII whitespace; other spaces (&nbsp;, 　) are content.
            for u in text.utf16 {
                if u == 0x20 || u == 0x0A || u == 0x0D || u == 0x09 || u == 0x0C {
                    if let last = out.last, last != 0x20, last != 0x0A, last != 0x09 { out.append(0x20) }
                } else {
                    out.append(u)
                    if anchorDepth > 0 { lineAnchorUnits += 1 }
                }
            }
        }

        mutating func trimTrailingSpace() {
            while let last = out.last, last == 0x20 { out.removeLast() }
        }

        mutating func lineBreak() {
            if cellDepth > 0 {
                if let last = out.last, last != 0x20, last != 0x09 { out.append(0x20) }
                return
            }
            trimTrailingSpace()
            dropLineIfMostlyLinks()
            if let last = out.last, last != 0x0A { out.append(0x0A) }
            lineStart = out.count
            lineAnchorUnits = 0
        }

        /// Removes the current line when at least 60% of its visible text is link text.
        mutating func dropLineIfMostlyLinks() {
            guard lineAnchorUnits > 0, lineStart <= out.count else { return }
            var visible = 0
            for u in out[lineStart...] where u != 0x20 && u != 0x09 && u != 0xA0 && u != 0x3000 { visible += 1 }
            if visible > 0 && lineAnchorUnits * 10 >= visible * 6 {
                out.removeSubrange(lineStart...)
            }
        }

        mutating func finish() -> String {
            trimTrailingSpace()
            dropLineIfMostlyLinks()
            return String(decoding: out, as: UTF16.self)
        }
    }
}

/// What counts as site chrome in a page, from `dictionaries/html-chrome.tsv`.
public struct HTMLChrome: Sendable {
    /// Elements whose whole content is never article text.
    public var skippedTags: Set<String>
    /// class/id words that mark navigation, footers, share bars, comment boxes…
    public var chromeTokens: Set<String>

    static let blockTags: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table",
        "section", "article", "blockquote", "pre", "center", "address", "hr", "main", "figure",
        "figcaption", "caption", "tbody", "thead", "tfoot", "body", "html", "header", "footer", "nav",
    ]
    static let dateMetaNames: Set<String> = [
        "publishdate", "pubdate", "publish_date", "publishtime", "article:published_time", "datepublished",
        "date", "dc.date", "dc.date.issued", "firstpublishedtime", "createdate",
    ]

    public init(skippedTags: Set<String>, chromeTokens: Set<String>) {
        self.skippedTags = skippedTags
        self.chromeTokens = chromeTokens
    }

    func skipsTag(_ name: String) -> Bool { skippedTags.contains(name) }

    /// True when a class or id, split into words at - _ and spaces, names a chrome part.
    func isChrome(class cls: String?, id: String?) -> Bool {
        for value in [cls, id] {
            guard let value, !value.isEmpty else { continue }
            for word in value.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }) {
                if chromeTokens.contains(String(word)) { return true }
            }
        }
        return false
    }
}

extension String {
    var trimmingSpaces: String {
        var s = self[...]
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}

extension ReportDate {
    /// Reads the leading date of "2020-12-15 21:44:31", "2020/12/15", "2020-12".
    static func parseISO(_ s: String) -> ReportDate? {
        let digits = s.split(whereSeparator: { !$0.isNumber }).prefix(3).compactMap { Int($0) }
        guard let y = digits.first, (1900...2100).contains(y) else { return nil }
        let m = digits.count > 1 && (1...12).contains(digits[1]) ? digits[1] : nil
        let d = m != nil && digits.count > 2 && (1...31).contains(digits[2]) ? digits[2] : nil
        return ReportDate(year: y, month: m, day: d)
    }
}
