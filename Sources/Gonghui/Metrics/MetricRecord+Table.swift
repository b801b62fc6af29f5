/// Records as a table for reading in a terminal: metric names in Chinese, figures in Chinese
/// style (1778万人, 8.4亿元, 86.6%), columns aligned by display width (a Han character takes
/// two cells).
public enum RecordTable {
    public static func render(_ records: [MetricRecord], catalog: MetricCatalog) -> String {
        let header = ["指标", "数值", "类型", "年份", "工会", "地区", "原文"]
        var rows = [header]
        for r in records {
            rows.append([
                (catalog.metric(r.metric)?.name ?? r.metric),
                ChineseNumberStyle.format(r.value, unit: r.unit, qualifier: r.qualifier, change: r.kind == .change),
                r.kind == .change ? "变化" : "",
                r.year.map { String($0) } ?? "",
                r.federation ?? "",
                r.region ?? "",
                String(r.surface.unicodeScalars.prefix(24)),
            ])
        }
        var widths = [Int](repeating: 0, count: header.count)
        for row in rows { for (i, c) in row.enumerated() { widths[i] = max(widths[i], displayWidth(c)) } }
        var out = ""
        for (n, row) in rows.enumerated() {
            var line = ""
            for (i, c) in row.enumerated() {
                line += c
                if i < row.count - 1 { line += String(repeating: " ", count: widths[i] - displayWidth(c) + 2) }
            }
            out += line.trimmingTrailingSpaces + "\n"
            if n == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
    }

    /// Terminal cells: East Asian wide characters take two.
    public static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { w, u in
            let v = u.value
            let wide = (v >= 0x1100 && v <= 0x115F) || (v >= 0x2E80 && v <= 0xA4CF) || (v >= 0xAC00 && v <= 0xD7A3)
                || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFE30 && v <= 0xFE4F) || (v >= 0xFF00 && v <= 0xFF60)
                || (v >= 0xFFE0 && v <= 0xFFE6) || (v >= 0x20000 && v <= 0x3FFFD)
            return w + (wide ? 2 : 1)
        }
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
