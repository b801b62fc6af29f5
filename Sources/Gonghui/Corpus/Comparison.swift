import Foundation

/// Metric values side by side across federations (or regions) and years, with year-over-year
/// change: "how did membership move, and who is behind?".
///
/// Built from level records that are not parts of another figure. Where one cell (one
/// federation, one year) holds several different values, all are kept with their sources —
/// the analyst decides, the comparison never picks silently.
public struct Comparison: Sendable {
    public enum Dimension: String, Sendable, CaseIterable {
        case federation, region, year
    }

    /// One figure of a cell and where it was stated.
    public struct Value: Sendable, Hashable {
        public var value: Decimal
        public var unit: RecordUnit
        public var qualifier: Qualifier
        public var sources: [Source]
    }

    public struct Source: Sendable, Hashable {
        public var path: String
        public var surface: String
        public var sentence: String
    }

    public struct Cell: Sendable, Hashable {
        public var values: [Value]
        /// Against the cell before it in time (same row for --by federation/region, the row
        /// above for --by year): percent for counts and amounts, percentage points for rates.
        /// nil when either side is missing or holds several values.
        public var change: Decimal?
        public var changeUnit: RecordUnit?
        /// The change is between figures of which one at least is approximate (近300家, 1万多人):
        /// shown with ≈, never as if it were exact.
        public var changeIsApproximate = false
        /// Several values that state one quantity differently. Values the report tells apart by
        /// their words (慰问资金 beside 保障金, both aid.funds) or their periods are several
        /// figures of the cell, not a conflict.
        public var isConflict: Bool
    }

    public struct Table: Sendable {
        public var metric: String
        public var metricName: String
        public var rowDimension: Dimension
        /// Row labels (federations, regions or years) and column labels (years, or federations
        /// for --by year), in order.
        public var rows: [String]
        public var columns: [String]
        /// cells[row][column]; nil where nothing is stated.
        public var cells: [[Cell?]]
        /// Records left out because they lack the row or column key (no federation, no year).
        public var unplaced: Int
    }

    public var tables: [Table]

    public init(tables: [Table]) { self.tables = tables }

    /// The comparison of `records` for each metric (those given, else every metric stated),
    /// rows by `by`.
    public init(records: [MetricRecord], catalog: MetricCatalog, by: Dimension, metrics: [String] = [], statements: FigureStatements? = nil) {
        let usable = records.filter { $0.kind == .level && (!$0.isPart || $0.group != nil) && !$0.inSample }
        let ids = metrics.isEmpty ? catalog.metrics.map(\.id).filter { id in usable.contains { $0.metric == id } } : metrics
        tables = ids.map { id in Self.table(id, name: catalog.metric(id)?.name ?? id, records: usable.filter { $0.metric == id }, by: by, statements: statements) }
    }

    /// Between a federation (or region) and the subgroup a row counts.
    public static let groupSeparator = " · "

    static func table(_ metric: String, name: String, records: [MetricRecord], by: Dimension, statements: FigureStatements? = nil) -> Table {
        // A subgroup's figure (农民工会员) is a row of its own beside the whole's, never one of
        // its values: 全国总工会 · 农民工.
        func grouped(_ key: String?, _ r: MetricRecord) -> String? {
            guard let key, let g = r.group else { return key }
            return key + Self.groupSeparator + g
        }
        func rowKey(_ r: MetricRecord) -> String? {
            switch by {
            case .federation: return grouped(r.federation, r)
            case .region: return grouped(r.region, r)
            case .year: return r.year.map { String($0) }
            }
        }
        func columnKey(_ r: MetricRecord) -> String? {
            by == .year ? grouped(r.federation ?? r.region, r) : r.year.map { String($0) }
        }
        var grouped: [String: [String: [MetricRecord]]] = [:]
        var unplaced = 0
        for r in records {
            guard let row = rowKey(r), let column = columnKey(r) else { unplaced += 1; continue }
            grouped[row, default: [:]][column, default: []].append(r)
        }
        let rows = grouped.keys.sorted()
        let columns = Set(grouped.values.flatMap(\.keys)).sorted()
        var cells: [[Cell?]] = rows.map { row in
            columns.map { column in grouped[row]?[column].map { rs in
                Cell(values: Self.values(rs), change: nil, changeUnit: nil, isConflict: Self.conflicting(rs, statements)) } }
        }
        // Year-over-year: along the years, between cells of consecutive years with one value each.
        let yearsAlongColumns = by != .year
        let years = (yearsAlongColumns ? columns : rows).map { Int($0) }
        for i in cells.indices {
            for j in cells[i].indices {
                let (yi, pi, pj) = yearsAlongColumns ? (j, i, j - 1) : (i, i - 1, j)
                guard yi > 0, pi >= 0, pj >= 0, let y = years[yi], let py = years[yearsAlongColumns ? pj : pi], py == y - 1,
                      let cell = cells[i][j], cell.values.count == 1, let previous = cells[pi][pj], previous.values.count == 1,
                      cell.values[0].unit == previous.values[0].unit else { continue }
                let now = cell.values[0].value, before = previous.values[0].value
                cells[i][j]!.changeIsApproximate = cell.values[0].qualifier != .exact || previous.values[0].qualifier != .exact
                if cell.values[0].unit == .percent {
                    cells[i][j]!.change = now - before
                    cells[i][j]!.changeUnit = .pp
                } else if before != 0 {
                    var ratio = (now - before) / before * 100
                    var rounded = Decimal()
                    NSDecimalRound(&rounded, &ratio, 1, .plain)
                    cells[i][j]!.change = rounded
                    cells[i][j]!.changeUnit = .percent
                }
            }
        }
        return Table(metric: metric, metricName: name, rowDimension: by, rows: rows, columns: columns, cells: cells, unplaced: unplaced)
    }

    /// Whether a cell's records state one quantity with different values: some two of them differ
    /// in value and cannot be told apart by their words or periods.
    static func conflicting(_ records: [MetricRecord], _ statements: FigureStatements?) -> Bool {
        guard Set(records.map { "\($0.value) \($0.unit)" }).count > 1 else { return false }
        guard let statements else { return true }
        let described = records.map { ($0, statements.describe($0)) }
        for (i, a) in described.enumerated() {
            for b in described[(i + 1)...] where a.0.value != b.0.value || a.0.unit != b.0.unit {
                if !a.1.differs(from: b.1) { return true }
            }
        }
        return false
    }

    /// The distinct values of a cell (a figure restated with the same value is one value with
    /// several sources), largest first.
    static func values(_ records: [MetricRecord]) -> [Value] {
        var out: [Value] = []
        for r in records {
            let source = Source(path: r.source ?? "", surface: r.surface, sentence: r.sentence)
            if let k = out.firstIndex(where: { $0.value == r.value && $0.unit == r.unit }) {
                if !out[k].sources.contains(source) { out[k].sources.append(source) }
            } else {
                out.append(Value(value: r.value, unit: r.unit, qualifier: r.qualifier, sources: [source]))
            }
        }
        return out.sorted { $0.value > $1.value }
    }
}
