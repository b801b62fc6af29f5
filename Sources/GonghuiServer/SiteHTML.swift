import Foundation
import Gonghui
import GonghuiStore

/// The pages of the web app as HTML: pure functions from what the database returned to markup.
/// The digests' stylesheet and charts, no script, no external asset; every piece of report text
/// goes through `e` (HTML escaping), attribute values included.
enum SiteHTML {
    static let style = DigestHTML.style + """

        header.site{background:#8b1a1a}
        header.site nav{max-width:52rem;margin:0 auto;display:flex;flex-wrap:wrap;gap:.1rem 1.1rem;padding:.55rem 1rem}
        header.site a{color:#fff;text-decoration:none;font-weight:600}
        header.site a.here{text-decoration:underline;text-underline-offset:.3em}
        form.filters{display:flex;flex-wrap:wrap;gap:.5rem .7rem;align-items:flex-end;margin:.8rem 0;padding:.6rem .7rem;background:#f0ece4;border-radius:4px}
        form.filters label{display:flex;flex-direction:column;font-size:.8rem;color:#555}
        form.filters select,form.filters input[type=text],form.filters input[type=search]{font:inherit;font-size:.95rem;padding:.2rem .3rem;width:11rem;max-width:100%}
        form.filters select[multiple]{height:7.5rem;width:14rem}
        form.filters button{font:inherit;padding:.25rem .9rem}
        table.list td{white-space:normal;text-align:left}
        table.list td.n{text-align:right;white-space:nowrap}
        @media (max-width:40rem){
        table.list,table.list tbody,table.list tr,table.list td{display:block;min-width:0}
        table.list thead{display:none}
        table.list tr{border-bottom:1px solid #ddd;padding:.4rem 0}
        table.list td,table.list td.n{border:none;padding:.05rem 0;text-align:left;position:static;white-space:normal}
        table.list td[data-h]:not(:first-child)::before{content:attr(data-h) "：";color:#777;font-size:.85rem}
        table.list td:first-child{font-weight:600}
        table.list td:empty{display:none}
        }
        mark{background:#ffe58f;padding:0 .08em;border-radius:2px}
        mark:target{background:#ffb347;outline:2px solid #d68910}
        mark a{color:inherit;text-decoration:none}
        .text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.9;border-top:1px solid #ddd;padding-top:.6rem}
        .pager{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;margin:.8rem 0;color:#555}
        .downloads a{margin-right:1.2rem}
        .error{background:#fdecea;border-left:4px solid #b3261e;padding:.6rem .8rem}
        dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;font-size:.9rem;color:#444}
        dl.meta dt{color:#777}
        dl.meta dd{margin:0;overflow-wrap:anywhere}
        """

    enum Section: String, CaseIterable {
        case documents, records, compare, audit, digest
        var path: String { self == .documents ? "/" : "/" + rawValue }
        var title: String {
            switch self {
            case .documents: return "文档"
            case .records: return "数字"
            case .compare: return "比较"
            case .audit: return "审计"
            case .digest: return "摘要"
            }
        }
    }

    static func e(_ s: String) -> String { DigestHTML.e(s) }

    /// `refresh`: seconds after which the browser reloads the page (a result being computed).
    static func page(title: String, section: Section?, body: String, refresh: Int? = nil) -> String {
        let nav = Section.allCases.map { s in
            "<a href=\"\(s.path)\"\(s == section ? " class=\"here\"" : "")>\(s.title)</a>"
        }.joined()
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"/>"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
            + (refresh.map { "<meta http-equiv=\"refresh\" content=\"\($0)\"/>" } ?? "")
            + "<title>\(e(title)) · Gonghui</title><style>\(style)</style></head>\n"
            + "<body><header class=\"site\"><nav>\(nav)</nav></header><main>\n\(body)</main></body></html>\n"
    }

    static func error(_ message: String, status: Int) -> String {
        page(title: status == 404 ? "未找到" : "请求有误", section: nil,
             body: "<h1>\(status == 404 ? "未找到" : "请求有误")</h1>\n<p class=\"error\">\(e(message))</p>\n<p><a href=\"/\">返回文档列表</a></p>\n")
    }

    // MARK: Pieces

    /// An address with these parameters (empty ones left out), escaped for a query string.
    static func href(_ path: String, _ parameters: [(String, String?)]) -> String {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let query = parameters.compactMap { name, value -> String? in
            guard let value, !value.isEmpty else { return nil }
            return name + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }.joined(separator: "&")
        return query.isEmpty ? path : path + "?" + query
    }

    static func textField(_ name: String, label: String, value: String?, list: String? = nil, placeholder: String = "") -> String {
        "<label>\(e(label))<input type=\"text\" name=\"\(name)\" value=\"\(e(value ?? ""))\""
            + (list.map { " list=\"\($0)\"" } ?? "") + (placeholder.isEmpty ? "" : " placeholder=\"\(e(placeholder))\"") + "/></label>"
    }

    static func dataList(_ id: String, _ values: [String]) -> String {
        "<datalist id=\"\(id)\">" + values.map { "<option value=\"\(e($0))\"></option>" }.joined() + "</datalist>"
    }

    static func select(_ name: String, label: String, options: [(value: String, label: String)], chosen: Set<String>, multiple: Bool = false, any: String? = "全部") -> String {
        var s = "<label>\(e(label))<select name=\"\(name)\"\(multiple ? " multiple=\"multiple\"" : "")>"
        if let any, !multiple { s += "<option value=\"\">\(e(any))</option>" }
        for o in options {
            s += "<option value=\"\(e(o.value))\"\(chosen.contains(o.value) ? " selected=\"selected\"" : "")>\(e(o.label))</option>"
        }
        return s + "</select></label>"
    }

    static func metricOptions(_ ids: [String], catalog: MetricCatalog) -> [(value: String, label: String)] {
        ids.map { id in (id, metricName(id, catalog: catalog)) }
    }

    /// "第2/7页 · 共312份" with links to the pages before and after, keeping the filters.
    static func pager(total: Int, page: Int, pageSize: Int, noun: String, link: (Int) -> String) -> String {
        let pages = max(1, (total + pageSize - 1) / pageSize)
        var s = "<p class=\"pager\"><span>共\(total)\(noun) · 第\(min(page, pages))/\(pages)页</span>"
        if page > 1 { s += "<a href=\"\(e(link(min(page, pages + 1) - 1)))\">← 上一页</a>" }
        if page < pages { s += "<a href=\"\(e(link(page + 1)))\">下一页 →</a>" }
        return s + "</p>\n"
    }

    /// A table of items: a header row, then each row's cells (already HTML); on a phone each row
    /// becomes a card whose cells are labelled by their column.
    static func list(_ headers: [String], numeric: Set<Int> = [], rows: [[String]]) -> String {
        var s = "<div class=\"table-wrap\"><table class=\"list\"><thead><tr>" + headers.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>"
        for row in rows {
            s += "<tr>" + row.enumerated().map { i, cell in
                "<td\(numeric.contains(i) ? " class=\"n\"" : "") data-h=\"\(e(headers[i]))\">\(cell)</td>"
            }.joined() + "</tr>"
        }
        return s + "</tbody></table></div>\n"
    }

    /// A record's metric (and group), its figure linked to `href`, its year and its place.
    static func recordCells(_ r: MetricRecord, href: String, catalog: MetricCatalog) -> [String] {
        [e(metricName(r.metric, catalog: catalog)) + (r.group.map { " · " + e($0) } ?? "") + (r.isPart ? "<span class=\"notes\">（其中）</span>" : "")
            + (r.inSample ? "<span class=\"notes\">（调查样本）</span>" : ""),
         "<a href=\"\(e(href))\">\(e(figure(r)))</a>", r.year.map(String.init) ?? "", e([r.federation, r.region].compactMap { $0 }.joined(separator: " / "))]
    }

    static func figure(_ r: MetricRecord) -> String {
        ChineseNumberStyle.format(r.value, unit: r.unit, qualifier: r.qualifier, change: r.kind == .change)
    }

    /// The sentence with the figure's words marked (its first occurrence).
    static func sentence(_ r: MetricRecord) -> String {
        guard !r.surface.isEmpty, let range = r.sentence.range(of: r.surface) else { return e(r.sentence) }
        return e(String(r.sentence[..<range.lowerBound])) + "<mark>" + e(r.surface) + "</mark>" + e(String(r.sentence[range.upperBound...]))
    }

    static func recordAnchor(_ r: MetricRecord) -> String { "r\(r.start)" }

    static func documentLink(_ id: Int64, anchor: String? = nil) -> String { "/documents/\(id)" + (anchor.map { "#" + $0 } ?? "") }

    static func metricName(_ id: String, catalog: MetricCatalog) -> String {
        (catalog.metric(id)?.name).map { "\($0)（\(id)）" } ?? id
    }

    /// The text of a document with each record's words marked in place, each mark an anchor
    /// (`#r<start>`) that lists and tables link to. Offsets are Unicode scalars (the contract's).
    static func markedText(_ text: String, records: [MetricRecord], catalog: MetricCatalog) -> String {
        // One mark per stretch: records sharing words (one figure, two metrics) share a mark;
        // a record inside another's stretch is not marked twice.
        var marks: [(start: Int, end: Int, titles: [String])] = []
        for r in records.sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) }) where r.end > r.start {
            let title = (catalog.metric(r.metric)?.name ?? r.metric) + " " + figure(r) + (r.year.map { "（\($0)年）" } ?? "")
            if let last = marks.last, r.start < last.end {
                if r.start == last.start { marks[marks.count - 1].titles.append(title) }
                continue
            }
            marks.append((r.start, r.end, [title]))
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + marks.count * 80)
        var k = 0
        var pending = ""
        func flush() { out += e(pending); pending = "" }
        for (i, scalar) in text.unicodeScalars.enumerated() {
            if k < marks.count, i == marks[k].start {
                flush()
                out += "<mark id=\"r\(marks[k].start)\" title=\"\(e(marks[k].titles.joined(separator: "；")))\">"
            }
            pending.unicodeScalars.append(scalar)
            if k < marks.count, i + 1 == marks[k].end {
                flush()
                out += "</mark>"
                k += 1
            }
        }
        flush()
        if k < marks.count, marks[k].start < text.unicodeScalars.count { out += "</mark>" }  // a mark past the text's end
        return out
    }
}
