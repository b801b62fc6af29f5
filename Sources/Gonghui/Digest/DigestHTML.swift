import Foundation

/// Digests as one self-contained HTML file: inline CSS and SVG, no script, no network; it reads
/// on a phone, prints on A4, and falls back through the common Chinese fonts. The markup is
/// well-formed XML (every element closed), so any XML parser can read it.
public enum DigestHTML {
    package static let style = """
        :root{color-scheme:light}
        body{margin:0;background:#f6f5f2;color:#222;font:16px/1.7 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif}
        main{max-width:52rem;margin:0 auto;padding:1.5rem 1rem 3rem;background:#fff}
        h1{font-size:1.6rem;line-height:1.3;margin:.2rem 0 .6rem;color:#8b1a1a}
        h2{font-size:1.2rem;border-bottom:2px solid #8b1a1a;padding-bottom:.2rem;margin-top:2rem}
        h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
        .meta{color:#555;font-size:.9rem;margin:0;padding:0;list-style:none}
        ul.figures{padding-left:1.1rem}
        .figure{font-weight:600;white-space:nowrap}
        sup a,a.cite{color:#8b1a1a;text-decoration:none;font-size:.75em}
        table{border-collapse:collapse;min-width:100%;font-size:.9rem;margin:0}
        th,td{border:1px solid #ddd;padding:.3rem .45rem;text-align:right;vertical-align:top;white-space:nowrap}
        th:first-child,td:first-child{text-align:left;white-space:normal;min-width:7em;position:sticky;left:0;background:#fff}
        thead th:first-child{background:#f0ece4}
        thead th{background:#f0ece4}
        .conflict{background:#fff4e5}
        .notes{font-size:.82rem;color:#555}
        .chart{width:100%;height:auto;max-width:640px;display:block;margin:.8rem 0;font-size:20px}
        .chart text{fill:#333}
        .chart-title{font-weight:600;font-size:21px}
        .chart-note{font-size:.82rem;color:#555;margin:-.4rem 0 .8rem}
        .finding{background:#fff4e5;border-left:4px solid #d68910;padding:.4rem .7rem;margin:.5rem 0;list-style:none}
        .keywords span{display:inline-block;background:#f0ece4;border-radius:3px;padding:0 .45rem;margin:0 .3rem .3rem 0}
        ol.sources{font-size:.85rem;color:#444}
        .table-wrap{overflow-x:auto;max-width:100%;margin:.6rem 0;-webkit-overflow-scrolling:touch}
        .page{color:#777;white-space:nowrap}
        @media print{body{background:#fff}main{max-width:none;padding:0}h2{break-after:avoid}.chart,table{break-inside:avoid}}
        """

    static func page(title: String, body: String) -> String {
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"/>"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
            + "<title>\(DigestChart.escape(title))</title><style>\(style)</style></head>\n<body><main>\n\(body)</main></body></html>\n"
    }

    package static func e(_ s: String) -> String { DigestChart.escape(s) }

    static func cite(_ n: Int) -> String { "<sup><a class=\"cite\" href=\"#s\(n + 1)\">[\(n + 1)]</a></sup>" }

    public static func report(_ d: ReportDigest) -> String {
        var b = "<h1>\(e(d.title))</h1>\n<ul class=\"meta\">" + DigestMarkdown.meta(d).map { "<li>\(e($0))</li>" }.joined() + "</ul>\n"
        if !d.sections.isEmpty {
            b += "<h2>主要数据</h2>\n"
            for section in d.sections {
                b += "<h3>\(e(section.heading))</h3>\n<ul class=\"figures\">"
                for f in section.figures {
                    b += "<li>\(e(f.name))：<span class=\"figure\">\(e(f.display))</span>\(e(DigestMarkdown.year(f.year)))\(cite(f.citation))</li>"
                }
                b += "</ul>\n"
            }
        }
        if !d.changes.isEmpty {
            b += "<h2>增减变化</h2>\n<ul class=\"figures\">"
            for f in d.changes { b += "<li>\(e(f.name))：<span class=\"figure\">\(e(f.display))</span>\(e(DigestMarkdown.year(f.year)))\(cite(f.citation))</li>" }
            b += "</ul>\n"
        }
        if !d.findings.isEmpty {
            b += "<h2>审计发现</h2>\n<ul>"
            for f in d.findings {
                let refs = f.citations.compactMap { c in d.citations.firstIndex(of: c.sentence).map(cite) }.joined()
                let place = [f.federation, f.year.map { "\($0)年" }].compactMap { $0 }.joined(separator: " ")
                b += "<li class=\"finding\"><strong>\(e(DigestMarkdown.checkNames[f.check] ?? f.check.rawValue))</strong>（\(e(f.metric))）\(e(place.isEmpty ? "" : "，" + place))：\(e(d.language.computation(f)))\(refs)</li>"
            }
            b += "</ul>\n"
        }
        if !d.summary.isEmpty {
            b += "<h2>摘要</h2>\n" + d.summary.map { "<p>\(e(d.citations[$0]))\(cite($0))</p>" }.joined(separator: "\n") + "\n"
        }
        if !d.keywords.isEmpty {
            b += "<h2>关键词</h2>\n<p class=\"keywords\">" + d.keywords.map { "<span>\(e($0))</span>" }.joined() + "</p>\n"
        }
        if !d.citations.isEmpty {
            b += "<h2>原文</h2>\n<ol class=\"sources\">" + d.citations.enumerated().map { k, s in "<li id=\"s\(k + 1)\">\(d.pageLabel(k).map { "<span class=\"page\">\($0)</span> " } ?? "")\(e(s))</li>" }.joined() + "</ol>\n"
        }
        return page(title: d.title, body: b)
    }

    public static func corpus(_ d: CorpusDigest, catalog: MetricCatalog) -> String {
        page(title: "工会数据摘要", body: corpusBody(d, catalog: catalog))
    }

    /// The corpus digest without its page around it; `link` gives, where it can, the address of
    /// the sentence a figure or finding comes from (the web app's document pages).
    package static func corpusBody(_ d: CorpusDigest, catalog: MetricCatalog, link: SentenceLink? = nil) -> String {
        var b = "<h1>工会数据摘要</h1>\n<ul class=\"meta\"><li>文档：\(d.documents)份 · 工会：\(d.federations.count)个"
        if let y = d.years { b += " · 年份：\(y.lowerBound)–\(y.upperBound)" }
        b += "</li></ul>\n"
        var note = 1
        for section in d.sections { b += self.section(section, note: &note, link: link) }
        b += "<h2>审计发现</h2>\n" + findings(d.findings, language: d.language, catalog: catalog, link: link)
        return b
    }

    /// Audit findings, each with the sentences it comes from.
    package static func findings(_ findings: [AuditFinding], language: DigestLanguage, catalog: MetricCatalog, link: SentenceLink? = nil) -> String {
        var b = findings.isEmpty ? "<p>未发现不一致。</p>\n" : ""
        b += "<ul>"
        for f in findings {
            let place = [f.federation, f.year.map { "\($0)年" }].compactMap { $0 }.joined(separator: " ")
            b += "<li class=\"finding\"><strong>\(e(DigestMarkdown.checkNames[f.check] ?? f.check.rawValue))</strong>（\(e(catalog.metric(f.metric)?.name ?? f.metric))）\(e(place.isEmpty ? "" : "，" + place))：\(e(language.computation(f)))"
            if f.confidence == .weak, let doubt = f.doubt { b += "<br/><span class=\"notes\">\(e(doubt))</span>" }
            b += "<ul>" + f.citations.map { c in
                let sentence = link?(c.source, c.sentence).map { "<a href=\"\(e($0))\">\(e(c.sentence))</a>" } ?? e(c.sentence)
                return "<li>\(e((c.source as NSString).lastPathComponent))：\(sentence)</li>"
            }.joined() + "</ul></li>"
        }
        return b + "</ul>\n"
    }

    /// One metric: its heading, its table, and its charts (the latest year's bars, the years' lines).
    package static func section(_ section: CorpusDigest.Section, note: inout Int, link: SentenceLink? = nil) -> String {
        var b = "<h2 id=\"\(e(section.metric))\">\(e(section.name))（\(e(section.metric))）</h2>\n"
        b += table(section.table, note: &note, link: link)
        if let year = section.barYear, !section.bars.isEmpty {
            b += DigestChart.bars(section.bars, title: "\(section.name)，\(year)年") + "\n"
        }
        if section.lines.count >= 1, let unit = section.unit {
            b += DigestChart.lines(section.lines, unit: unit, title: "\(section.name)，逐年") + "\n"
        }
        return b
    }

    /// The address of a sentence of a source (path, sentence), if there is one to go to.
    package typealias SentenceLink = (_ source: String, _ sentence: String) -> String?

    /// A comparison table, with notes for cells holding several values.
    package static func table(_ t: Comparison.Table, note: inout Int, link: SentenceLink? = nil) -> String {
        let (numbers, lines) = ComparisonRender.notes(t, from: note)
        note += lines.count
        var s = "<div class=\"table-wrap\"><table><thead><tr><th>\(e(ComparisonRender.dimensionName(t.rowDimension)))</th>"
        s += t.columns.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>"
        for (i, label) in t.rows.enumerated() {
            s += "<tr><td>\(e(label))</td>"
            for (j, cell) in t.cells[i].enumerated() {
                guard let cell else { s += "<td></td>"; continue }
                let values = cell.values.map { "\($0.value.plainString)" }.joined(separator: " ")
                s += "<td\(cell.isConflict ? " class=\"conflict\"" : "") data-label=\"\(e(label))\" data-column=\"\(e(t.columns[j]))\" data-values=\"\(values)\">"
                let text = e(ComparisonRender.cellText(cell, note: numbers[i][j]))
                // A cell goes to the sentence of its first figure (the notes name the others).
                if let source = cell.values.first?.sources.first, let href = link?(source.path, source.sentence) {
                    s += "<a href=\"\(e(href))\">\(text)</a></td>"
                } else {
                    s += text + "</td>"
                }
            }
            s += "</tr>"
        }
        s += "</tbody></table></div>\n"
        if !lines.isEmpty { s += "<p class=\"notes\">" + lines.map(e).joined(separator: "<br/>") + "</p>\n" }
        return s
    }
}
