/// Records as CSV that Excel opens correctly: UTF-8 with a byte order mark, CRLF line ends,
/// RFC 4180 quoting, a header row. The contract's fields, plus the metric's Chinese name.
public enum RecordCSV {
    public static let byteOrderMark = "\u{FEFF}"

    public static let header = ["metric", "metric_zh", "value", "unit", "qualifier", "kind", "surface", "sentence",
                                "start", "end", "federation", "region", "year", "group", "page", "source"]

    public static func headerLine() -> String { byteOrderMark + line(header) }

    public static func row(_ r: MetricRecord, catalog: MetricCatalog) -> String {
        line([r.metric, catalog.metric(r.metric)?.name ?? "", r.value.plainString, r.unit.rawValue, r.qualifier.rawValue,
              r.kind.rawValue, r.surface, r.sentence, String(r.start), String(r.end), r.federation ?? "", r.region ?? "",
              r.year.map { String($0) } ?? "", r.group ?? "", r.page.map { String($0) } ?? "", r.source ?? ""])
    }

    static func line(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: ",") + "\r\n"
    }

    static func quote(_ field: String) -> String {
        // A leading = + - @ would make Excel read a formula; those fields are quoted too.
        let needs = field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            || field.first.map { "=+-@".contains($0) && !$0.isNumber } == true && Double(field) == nil
        guard needs else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
