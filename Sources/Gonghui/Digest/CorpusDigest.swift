import Foundation

/// A digest of a corpus: for each headline metric, its figures across federations and years
/// (a table with year-over-year change, bars across federations for the latest year, lines
/// across the years), and what the audit found.
public struct CorpusDigest: Sendable {
    public struct Bar: Sendable, Hashable {
        public var label: String
        public var value: Decimal
        public var unit: RecordUnit
        public init(label: String, value: Decimal, unit: RecordUnit) {
            self.label = label
            self.value = value
            self.unit = unit
        }
    }

    public struct Series: Sendable, Hashable {
        public var label: String
        public var points: [(year: Int, value: Decimal)]
        public init(label: String, points: [(year: Int, value: Decimal)]) {
            self.label = label
            self.points = points
        }
        public static func == (a: Series, b: Series) -> Bool {
            a.label == b.label && a.points.map(\.year) == b.points.map(\.year) && a.points.map(\.value) == b.points.map(\.value)
        }
        public func hash(into h: inout Hasher) { h.combine(label); for p in points { h.combine(p.year); h.combine(p.value) } }
    }

    public struct Section: Sendable {
        public var metric: String
        public var name: String
        public var table: Comparison.Table
        /// The latest year with figures for two or more federations, and their bars.
        public var barYear: String?
        public var bars: [Bar]
        public var unit: RecordUnit?
        /// One line per federation with figures for two or more years.
        public var lines: [Series]
    }

    public var documents: Int
    public var federations: [String]
    public var years: ClosedRange<Int>?
    public var sections: [Section]
    public var findings: [AuditFinding]
    public var language: DigestLanguage = .zh

    /// Headline metrics at most.
    public static let headlineCount = 8
    /// Metrics at most in the digest of one federation.
    public static let singleFederationCount = 24

    public init(documents: [AuditDocument], dictionaries: Dictionaries) {
        let records = documents.flatMap(\.records)
        self.documents = documents.count
        federations = Set(records.compactMap(\.federation)).sorted()
        let stated = records.compactMap(\.year)
        years = stated.min().map { $0...stated.max()! }
        let catalog = dictionaries.metrics
        let comparison = Comparison(records: records, catalog: catalog, by: .federation, statements: FigureStatements(dictionaries: dictionaries))
        // Headline metrics: those filled for the most federation-years (three at least).
        func filled(_ t: Comparison.Table) -> Int {
            t.rows.indices.filter { !t.rows[$0].contains(Comparison.groupSeparator) }.flatMap { t.cells[$0] }.filter { $0?.values.count == 1 }.count
        }
        let order = Dictionary(uniqueKeysWithValues: catalog.metrics.enumerated().map { ($1.id, $0) })
        // A digest of one federation shows its figures whatever their number; across several, the
        // metrics that can be compared.
        let single = federations.count <= 1
        let chosen = comparison.tables.filter { single ? filled($0) >= 1 : filled($0) >= 3 && (($0.rows.count >= 2) || ($0.columns.count >= 2)) }
            .sorted { filled($0) != filled($1) ? filled($0) > filled($1) : order[$0.metric]! < order[$1.metric]! }
            .prefix(single ? Self.singleFederationCount : Self.headlineCount)
            .sorted { order[$0.metric]! < order[$1.metric]! }
        sections = chosen.map(Self.section)
        findings = Auditor(dictionaries: dictionaries).audit(documents).filter { $0.confidence == .confident }
    }

    package static func section(_ t: Comparison.Table) -> Section {
        // Charts draw one unit: the one most cells are in (aid.persons mixes persons and visits).
        let units = t.cells.flatMap { $0 }.compactMap { $0?.values.count == 1 ? $0?.values[0].unit : nil }
        let unit = Dictionary(grouping: units, by: { $0 }).max { $0.value.count != $1.value.count ? $0.value.count < $1.value.count : $0.key.rawValue > $1.key.rawValue }?.key
        // Charts set federations' totals side by side: a subgroup's row stays in the table only.
        func single(_ i: Int, _ j: Int) -> Comparison.Value? {
            guard !t.rows[i].contains(Comparison.groupSeparator), let cell = t.cells[i][j], cell.values.count == 1, cell.values[0].unit == unit else { return nil }
            return cell.values[0]
        }
        var barYear: String?
        var bars: [Bar] = []
        for j in t.columns.indices.reversed() {
            let column = t.rows.indices.compactMap { i in single(i, j).map { Bar(label: t.rows[i], value: $0.value, unit: $0.unit) } }
            if column.count >= 2 {
                barYear = t.columns[j]
                bars = column.sorted { $0.value != $1.value ? $0.value > $1.value : $0.label < $1.label }
                break
            }
        }
        var lines: [Series] = []
        for i in t.rows.indices {
            let points = t.columns.indices.compactMap { j -> (year: Int, value: Decimal)? in
                guard let y = Int(t.columns[j]), let v = single(i, j) else { return nil }
                return (y, v.value)
            }
            if points.count >= 2 { lines.append(Series(label: t.rows[i], points: points)) }
        }
        return Section(metric: t.metric, name: t.metricName, table: t, barYear: barYear, bars: bars, unit: unit, lines: lines)
    }
}
