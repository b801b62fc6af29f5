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
        return TextGrid.render(rows)
    }
}
