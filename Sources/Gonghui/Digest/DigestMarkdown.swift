import Foundation

/// Digests as Markdown that reads well as plain text: figures cite their sentences as [n],
/// listed at the end; charts become rows of text bars.
public enum DigestMarkdown {
    static let checkNames: [AuditFinding.Check: String] = [
        .share: "比例", .sum: "合计", .part: "部分大于整体", .growth: "增幅", .conflict: "数字不一致",
    ]

    public static func report(_ d: ReportDigest) -> String {
        var s = "# \(d.title)\n\n"
        s += meta(d).map { "- \($0)\n" }.joined() + "\n"
        if !d.sections.isEmpty {
            s += "## 主要数据\n\n"
            for section in d.sections {
                s += "### \(section.heading)\n\n"
                for f in section.figures { s += "- \(f.name)：\(f.display)\(year(f.year)) [\(f.citation + 1)]\n" }
                s += "\n"
            }
        }
        if !d.changes.isEmpty {
            s += "## 增减变化\n\n"
            for f in d.changes { s += "- \(f.name)：\(f.display)\(year(f.year)) [\(f.citation + 1)]\n" }
            s += "\n"
        }
        if !d.findings.isEmpty {
            s += "## 审计发现\n\n"
            for f in d.findings { s += finding(f, citations: d.citations, language: d.language) }
            s += "\n"
        }
        if !d.summary.isEmpty {
            s += "## 摘要\n\n" + d.summary.map { d.citations[$0] + " [\($0 + 1)]" }.joined(separator: "\n") + "\n\n"
        }
        if !d.keywords.isEmpty { s += "## 关键词\n\n" + d.keywords.joined(separator: " · ") + "\n\n" }
        if !d.citations.isEmpty {
            s += "## 原文\n\n" + d.citations.enumerated().map { k, s in "[\(k + 1)] " + (d.pageLabel(k).map { "(\($0)) " } ?? "") + s }.joined(separator: "\n") + "\n"
        }
        return s
    }

    static func meta(_ d: ReportDigest) -> [String] {
        var lines: [String] = []
        if let f = d.federation { lines.append("工会：\(f)" + (d.region.map { "（\($0)）" } ?? "")) }
        var when: [String] = []
        if let date = d.date { when.append("日期：\(date)") }
        if let y = d.years { when.append("数据年份：" + (y.count == 1 ? "\(y.lowerBound)年" : "\(y.lowerBound)–\(y.upperBound)年")) }
        if !when.isEmpty { lines.append(when.joined(separator: " · ")) }
        lines.append("来源：\(d.source)")
        return lines
    }

    static func year(_ y: Int?) -> String { y.map { "（\($0)年）" } ?? "" }

    static func finding(_ f: AuditFinding, citations: [String], language: DigestLanguage) -> String {
        let place = [f.federation, f.year.map { "\($0)年" }].compactMap { $0 }.joined(separator: " ")
        let refs = f.citations.compactMap { c in citations.firstIndex(of: c.sentence).map { "[\($0 + 1)]" } }.joined()
        return "- \(checkNames[f.check] ?? f.check.rawValue)（\(f.metric)）\(place.isEmpty ? "" : "，\(place)")：\(language.computation(f))\(refs.isEmpty ? "" : " " + refs)\n"
    }

    public static func corpus(_ d: CorpusDigest, catalog: MetricCatalog) -> String {
        var s = "# 工会数据摘要\n\n"
        s += "- 文档：\(d.documents)份 · 工会：\(d.federations.count)个"
        if let y = d.years { s += " · 年份：\(y.lowerBound)–\(y.upperBound)" }
        s += "\n\n"
        for section in d.sections {
            s += "## \(section.name)（\(section.metric)）\n\n"
            let table = ComparisonRender.markdown(Comparison(tables: [section.table]))
            // The renderer's own heading is replaced by this section's.
            s += table.split(separator: "\n", omittingEmptySubsequences: false).drop { !$0.hasPrefix("|") }.joined(separator: "\n")
            if let year = section.barYear, !section.bars.isEmpty {
                s += "\(year)年各工会：\n\n```\n" + textBars(section.bars) + "```\n\n"
            }
        }
        s += "## 审计发现\n\n"
        if d.findings.isEmpty { s += "未发现不一致。\n" }
        for f in d.findings {
            let place = [f.federation, f.year.map { "\($0)年" }].compactMap { $0 }.joined(separator: " ")
            s += "- \(checkNames[f.check] ?? f.check.rawValue)（\(catalog.metric(f.metric)?.name ?? f.metric)）\(place.isEmpty ? "" : "，\(place)")：\(d.language.computation(f))\n"
            for c in f.citations { s += "  - \((c.source as NSString).lastPathComponent)：\(c.sentence)\n" }
        }
        return s
    }

    /// Bars of █ characters, 30 for the longest.
    static func textBars(_ bars: [CorpusDigest.Bar]) -> String {
        guard let maxValue = bars.map(\.value).max(), maxValue > 0 else { return "" }
        let width = bars.map { TextGrid.displayWidth($0.label) }.max() ?? 0
        return bars.map { b in
            let n = Int((NSDecimalNumber(decimal: b.value).doubleValue / NSDecimalNumber(decimal: maxValue).doubleValue * 30).rounded())
            return b.label + String(repeating: " ", count: width - TextGrid.displayWidth(b.label) + 1)
                + String(repeating: "█", count: max(1, n)) + " " + ChineseNumberStyle.format(b.value, unit: b.unit) + "\n"
        }.joined()
    }
}
