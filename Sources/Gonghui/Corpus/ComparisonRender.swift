import Foundation

/// A comparison as a terminal table, CSV, JSON or Markdown. Figures are written the way reports
/// write them (52.36万人, 86.6%); a cell with several values shows them all and a numbered note
/// lists their sources.
public enum ComparisonRender {
    /// 52.36万人 (+3.5%), 91.7% (+1.4个百分点).
    public static func cellText(_ cell: Comparison.Cell, note: Int?) -> String {
        var s = cell.values.map { ChineseNumberStyle.format($0.value, unit: $0.unit, qualifier: $0.qualifier) }.joined(separator: " | ")
        if let change = cell.change, let unit = cell.changeUnit {
            let sign = change > 0 ? "+" : ""
            s += " (" + (cell.changeIsApproximate ? "≈" : "") + sign + (unit == .pp ? ChineseNumberStyle.trimmed(change, places: 1) + "个百分点" : ChineseNumberStyle.trimmed(change, places: 1) + "%") + ")"
        }
        if let note { s += " [\(note)]" }
        return s
    }

    static func heading(_ t: Comparison.Table) -> String {
        "\(t.metricName) (\(t.metric))"
    }

    static func dimensionName(_ d: Comparison.Dimension) -> String {
        switch d {
        case .federation: return "工会"
        case .region: return "地区"
        case .year: return "年份"
        }
    }

    /// Notes for the cells with several values: (number, text), numbering the cells in order.
    static func notes(_ t: Comparison.Table, from first: Int) -> (numbers: [[Int?]], lines: [String]) {
        var n = first
        var lines: [String] = []
        let numbers: [[Int?]] = t.cells.enumerated().map { i, row in
            row.enumerated().map { j, cell in
                guard let cell, cell.values.count > 1 else { return nil }
                let place = t.rowDimension == .year ? "\(t.columns[j]) \(t.rows[i])年" : "\(t.rows[i]) \(t.columns[j])年"
                let values = cell.values.map { v in
                    ChineseNumberStyle.format(v.value, unit: v.unit, qualifier: v.qualifier) + " — "
                        + v.sources.map { "\(($0.path as NSString).lastPathComponent) «\($0.surface)»" }.joined(separator: "; ")
                }
                lines.append("[\(n)] \(place): " + values.joined(separator: "; "))
                n += 1
                return n - 1
            }
        }
        return (numbers, lines)
    }

    public static func table(_ c: Comparison) -> String {
        var out = ""
        var note = 1
        for t in c.tables {
            let (numbers, lines) = notes(t, from: note)
            note += lines.count
            var rows = [[dimensionName(t.rowDimension)] + t.columns]
            for (i, label) in t.rows.enumerated() {
                rows.append([label] + t.cells[i].enumerated().map { j, cell in cell.map { cellText($0, note: numbers[i][j]) } ?? "" })
            }
            out += heading(t) + "\n" + TextGrid.render(rows)
            for l in lines { out += l + "\n" }
            if t.unplaced > 0 { out += unplacedNote(t) + "\n" }
            out += "\n"
        }
        return out
    }

    public static func markdown(_ c: Comparison) -> String {
        var out = ""
        var note = 1
        for t in c.tables {
            let (numbers, lines) = notes(t, from: note)
            note += lines.count
            out += "### \(heading(t))\n\n"
            out += "| " + ([dimensionName(t.rowDimension)] + t.columns).map(escape).joined(separator: " | ") + " |\n"
            out += "|" + String(repeating: "---|", count: t.columns.count + 1) + "\n"
            for (i, label) in t.rows.enumerated() {
                let cells = t.cells[i].enumerated().map { j, cell in cell.map { cellText($0, note: numbers[i][j]) } ?? "" }
                out += "| " + ([label] + cells).map(escape).joined(separator: " | ") + " |\n"
            }
            if !lines.isEmpty { out += "\n" + lines.map { "- " + escape($0) }.joined(separator: "\n") + "\n" }
            if t.unplaced > 0 { out += "\n_" + unplacedNote(t) + "_\n" }
            out += "\n"
        }
        return out
    }

    static func escape(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }

    /// 另有2项数字缺少工会或年份，未列入。
    static func unplacedNote(_ t: Comparison.Table) -> String {
        let what = t.rowDimension == .region ? "地区" : "工会"
        return "另有\(t.unplaced)项数字缺少\(what)或年份，未列入。"
    }

    /// One row per value: Excel-ready (BOM, CRLF), long format.
    public static func csv(_ c: Comparison) -> String {
        var out = RecordCSV.byteOrderMark + RecordCSV.line(["metric", "metric_zh", "by", "row", "column", "value", "unit", "qualifier",
                                                              "display", "change", "change_unit", "change_approximate", "values_in_cell", "sources", "surfaces"])
        for t in c.tables {
            for (i, label) in t.rows.enumerated() {
                for (j, cell) in t.cells[i].enumerated() {
                    guard let cell else { continue }
                    for v in cell.values {
                        out += RecordCSV.line([t.metric, t.metricName, t.rowDimension.rawValue, label, t.columns[j], v.value.plainString,
                                               v.unit.rawValue, v.qualifier.rawValue, ChineseNumberStyle.format(v.value, unit: v.unit, qualifier: v.qualifier),
                                               cell.change?.plainString ?? "", cell.changeUnit?.rawValue ?? "",
                                               cell.change == nil ? "" : (cell.changeIsApproximate ? "true" : "false"), String(cell.values.count),
                                               v.sources.map(\.path).joined(separator: "; "), v.sources.map(\.surface).joined(separator: "; ")])
                    }
                }
            }
        }
        return out
    }

    public static func json(_ c: Comparison) -> String {
        let tables = c.tables.map { t -> String in
            var o = JSONObject()
            o.add("metric", t.metric)
            o.add("name", t.metricName)
            o.add("by", t.rowDimension.rawValue)
            o.add("columns", raw: "[" + t.columns.map { JSONText.quote($0) }.joined(separator: ", ") + "]")
            let rows = t.rows.enumerated().map { i, label -> String in
                var r = JSONObject()
                r.add("label", label)
                let cells = t.cells[i].enumerated().compactMap { j, cell -> String? in
                    guard let cell else { return nil }
                    var co = JSONObject()
                    co.add("column", t.columns[j])
                    co.add("values", raw: "[" + cell.values.map { v in
                        var vo = JSONObject()
                        vo.add("value", number: v.value.plainString)
                        vo.add("unit", v.unit.rawValue)
                        vo.add("qualifier", v.qualifier.rawValue)
                        vo.add("sources", raw: "[" + v.sources.map { s in
                            var so = JSONObject()
                            so.add("path", s.path)
                            so.add("surface", s.surface)
                            so.add("sentence", s.sentence)
                            return so.text
                        }.joined(separator: ", ") + "]")
                        return vo.text
                    }.joined(separator: ", ") + "]")
                    if let change = cell.change, let unit = cell.changeUnit {
                        co.add("change", number: change.plainString)
                        co.add("change_unit", unit.rawValue)
                        if cell.changeIsApproximate { co.add("change_approximate", raw: "true") }
                    }
                    return co.text
                }
                r.add("cells", raw: "[" + cells.joined(separator: ", ") + "]")
                return r.text
            }
            o.add("rows", raw: "[" + rows.joined(separator: ", ") + "]")
            o.add("unplaced", t.unplaced)
            return o.text
        }
        return "{\"tables\": [" + tables.joined(separator: ",\n") + "]}\n"
    }
}
