import Foundation

/// Records and comparisons as workbooks (`--format xlsx`): one header row in Chinese
/// (`dictionaries/column-names.tsv`), figures as numbers.
public enum RecordWorkbook {
    /// A records sheet (the contract's fields, plus the metric's Chinese name) and a sources
    /// sheet (each input file and its number of records).
    public static func records(_ records: [MetricRecord], sources: [(path: String, records: Int)], dictionaries: Dictionaries) -> Workbook {
        let names = dictionaries.columnNames
        let catalog = dictionaries.metrics
        let header = RecordCSV.header.map { Workbook.Cell.text(names[$0] ?? $0) }
        let rows: [[Workbook.Cell]] = records.map { r in
            [.text(r.metric), .text(catalog.metric(r.metric)?.name ?? ""), .number(r.value), .text(r.unit.rawValue), .text(r.qualifier.rawValue),
             .text(r.kind.rawValue), .text(r.surface), .text(r.sentence), .number(Decimal(r.start)), .number(Decimal(r.end)),
             r.federation.map(Workbook.Cell.text) ?? .empty, r.region.map(Workbook.Cell.text) ?? .empty,
             r.year.map { .number(Decimal($0)) } ?? .empty, r.group.map(Workbook.Cell.text) ?? .empty,
             r.page.map { .number(Decimal($0)) } ?? .empty, .text(r.source ?? "")]
        }
        let sourceRows: [[Workbook.Cell]] = sources.map { [.text($0.path), .number(Decimal($0.records))] }
        return Workbook(sheets: [
            Workbook.Sheet(name: "records", rows: [header] + rows),
            Workbook.Sheet(name: "sources", rows: [[.text(names["source"] ?? "source"), .text(names["records"] ?? "records")]] + sourceRows),
        ])
    }

    /// One sheet per metric, rows × columns as in `compare`, a cell with one figure as a
    /// number in base units (人, 元); a notes sheet listing every cell with several figures and
    /// their sources.
    public static func comparison(_ c: Comparison, dictionaries: Dictionaries) -> Workbook {
        let names = dictionaries.columnNames
        var sheets: [Workbook.Sheet] = []
        var notes: [[Workbook.Cell]] = [[.text(names["note"] ?? "note"), .text(names["metric"] ?? "metric"), .text(names["federation"] ?? "federation"),
                                         .text(names["year"] ?? "year"), .text(names["value"] ?? "value"), .text(names["source"] ?? "source"), .text(names["surface"] ?? "surface")]]
        var note = 1
        for t in c.tables {
            var rows: [[Workbook.Cell]] = [[.text(ComparisonRender.dimensionName(t.rowDimension))] + t.columns.map { Workbook.Cell.text($0) }]
            for (i, label) in t.rows.enumerated() {
                var row: [Workbook.Cell] = [.text(label)]
                for (j, cell) in t.cells[i].enumerated() {
                    guard let cell else { row.append(.empty); continue }
                    if cell.values.count == 1 {
                        row.append(.number(cell.values[0].value))
                        continue
                    }
                    row.append(.text(ComparisonRender.cellText(cell, note: note)))
                    let place = t.rowDimension == .year ? (t.columns[j], t.rows[i]) : (t.rows[i], t.columns[j])
                    for v in cell.values {
                        for s in v.sources {
                            notes.append([.number(Decimal(note)), .text(t.metric), .text(place.0), .text(place.1), .number(v.value),
                                          .text((s.path as NSString).lastPathComponent), .text(s.surface)])
                        }
                    }
                    note += 1
                }
                rows.append(row)
            }
            sheets.append(Workbook.Sheet(name: t.metric, rows: rows))
        }
        sheets.append(Workbook.Sheet(name: "notes", rows: notes))
        return Workbook(sheets: sheets)
    }

    /// The audit's findings, one row per finding and cited sentence.
    public static func findings(_ findings: [AuditFinding], dictionaries: Dictionaries) -> Workbook {
        let names = dictionaries.columnNames
        let header: [Workbook.Cell] = ["check", "confidence", "federation", "year", "metric", "metric_zh", "computation", "source", "sentence"]
            .map { .text(names[$0] ?? $0) }
        var rows: [[Workbook.Cell]] = [header]
        for f in findings {
            for c in f.citations {
                rows.append([.text(f.check.rawValue), .text(f.confidence.rawValue), f.federation.map(Workbook.Cell.text) ?? .empty,
                             f.year.map { .number(Decimal($0)) } ?? .empty, .text(f.metric), .text(dictionaries.metrics.metric(f.metric)?.name ?? ""),
                             .text(f.computationZh.isEmpty ? f.computation : f.computationZh), .text((c.source as NSString).lastPathComponent), .text(c.sentence)])
            }
        }
        return Workbook(sheets: [Workbook.Sheet(name: "findings", rows: rows)])
    }
}
