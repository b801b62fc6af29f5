import Foundation

/// A table of a report: a header of columns (years, plans, comparisons) and rows of a label
/// and bare figures.
struct Table: Sendable {
    /// Lines of the table, header first.
    var lines: [Int]
    /// Per header cell (label cells included): the year it reports, and whether it holds
    /// figures (not a plan or comparison column: 2005年度计划, 2004与2003年度对比).
    var columnYears: [Int?]
    var columnIsFigure: [Bool]
}

/// One data row of a table: its label and its figure cells, each under its column.
struct TableRow: Sendable {
    var table: Int
    /// The label (基层工会组织数, 职工人数(万人)); empty when the row has none.
    var label: Range<Int>
    /// Figure cells and the header column (index into `Table.columnYears`) each stands under.
    /// A row with fewer cells than the header has figures fills the last columns: flattened
    /// tables lose their empty cells.
    var cells: [(range: Range<Int>, column: Int)]
    /// The measure of the row's bare figures (职工人数(万人) → person ×10000), from its label,
    /// the row it is a part of, or the table's unit line.
    var measure: (unit: RecordUnit, scale: Decimal)?
    /// A part of the row above it (#女职工人数, 其中:企业合计 and the rows of the breakdown after
    /// it), and that row's line.
    var isPart: Bool
    var parentLine: Int? = nil
    /// The row counts another body's work (under 妇联基本情况).
    var isOtherBody: Bool
}

/// Finds the tables of a report's lines: a header row of years (项 目 1995 2000 2004 2005, or
/// 项目 2023年度实际 2022年度实际 …) followed by rows of a label and figures, cells separated by
/// tabs or spaces; else two or more lines cut into the same number of cells.
struct TableReader {
    let u: UnsafeBufferPointer<UInt16>
    let lines: [Range<Int>]
    let words: StructureWords
    let lexicon: QuantityLexicon

    func tables() -> ([Table], [TableRow?]) {
        var tables: [Table] = []
        var rows = [TableRow?](repeating: nil, count: lines.count)
        var k = 0
        while k < lines.count {
            if let end = readYearTable(header: k, into: &tables, rows: &rows) { k = end; continue }
            let cells = Self.cells(u, lines[k])
            guard cells.count >= 3 || (cells.count == 2 && u[lines[k]].contains(0x09)) else { k += 1; continue }
            var j = k + 1
            while j < lines.count, Self.cells(u, lines[j]).count == cells.count { j += 1 }
            guard j - k >= 2 else { k += 1; continue }
            let header = cells.map { String(decoding: u[$0], as: UTF16.self) }
            let years = header.map { lexicon.dates.firstDate(in: $0)?.year }
            let figure = header.map { !words.contains(.planColumn, in: $0) }
            tables.append(Table(lines: Array(k..<j), columnYears: years, columnIsFigure: figure))
            for row in (k + 1)..<j {
                let rowCells = Self.cells(u, lines[row])
                rows[row] = TableRow(table: tables.count - 1, label: rowCells[0],
                                     cells: rowCells.indices.dropFirst().map { (rowCells[$0], $0) },
                                     measure: nil, isPart: false, isOtherBody: false)
            }
            k = j
        }
        return (tables, rows)
    }

    // MARK: Tables headed by years

    /// A table whose header at line `k` names two or more years: reads its rows and returns the
    /// line after the table, or nil when line `k` is no such header.
    private func readYearTable(header k: Int, into tables: inout [Table], rows: inout [TableRow?]) -> Int? {
        let headerCells = Self.spacedCells(u, lines[k])
        guard headerCells.count >= 3 else { return nil }
        let years = headerCells.map { Self.headerYear(u, $0) }
        // Label cells come first (项 目), then one column per year, plan or comparison.
        guard let firstValue = years.firstIndex(where: { $0 != nil }), years[firstValue...].filter({ $0 != nil }).count >= 2 else { return nil }
        guard years[firstValue...].indices.allSatisfy({ years[$0] != nil || words.contains(.planColumn, in: u, headerCells[$0]) }) else { return nil }
        let label = headerCells[0].lowerBound..<headerCells[max(0, firstValue - 1)].upperBound
        guard firstValue == 0 || !u[label].contains(where: CodeUnit.isDigit) else { return nil }
        let valueColumns = headerCells.count - firstValue
        let figure = headerCells.indices.map { i in i >= firstValue && !words.contains(.planColumn, in: u, headerCells[i]) }
        let unitLine = tableUnit(above: k)
        let table = tables.count
        var tableLines = [k]
        var otherBody = false
        var parent: TableRow?
        var parentLine: Int?
        var inList = false
        var j = k + 1
        var found: [(Int, TableRow)] = []
        while j < lines.count {
            let r = lines[j]
            let cells = Self.spacedCells(u, r)
            guard !cells.isEmpty else { break }
            let figures = cells.reversed().prefix { Self.isFigure(u, $0) }.count
            let labelCells = cells.dropLast(figures)
            // A figure inside the label part (35岁以下 881 698) is fine; a label after figures is not.
            let labelRange = labelCells.isEmpty ? r.lowerBound..<r.lowerBound : labelCells.first!.lowerBound..<labelCells.last!.upperBound
            if figures == 0 {
                // A section line (工会基本情况, 妇联基本情况): short, no figures.
                guard labelRange.count <= 24, !u[labelRange].contains(where: { Self.sentencePunctuation.contains($0) }) else { break }
                otherBody = words.contains(.otherBody, in: u, labelRange)
                tableLines.append(j)
                j += 1
                continue
            }
            guard figures <= valueColumns, !u[labelRange].contains(where: { Self.sentencePunctuation.contains($0) }) else { break }
            let listLength = words.prefix(.partList, of: u, labelRange)
            let partLength = words.prefix(.partRow, of: u, labelRange) ?? listLength
            // A row right after one of a breakdown (其中:内资企业, then 港澳台商投资企业, 外商投资企业
            // …), without a prefix or a measure of its own, goes on with it; a label that ends
            // as a count does (工会会员数, 建立董事会单位数) is a row of its own.
            let continuesParts = partLength == nil && inList && lexicon.bracketUnit(Array(u[labelRange])) == nil
                && lexicon.endingUnit(Array(u[labelRange])) == nil
            inList = listLength != nil || continuesParts
            let isPart = (partLength != nil || continuesParts) && parent != nil
            let name = isPart ? (labelRange.lowerBound + (partLength ?? 0))..<labelRange.upperBound : labelRange
            let measure = lexicon.bracketUnit(Array(u[name]))
                ?? (isPart ? parent?.measure : nil)
                ?? lexicon.endingUnit(Array(u[name])).map { ($0, Decimal(1)) }
                ?? unitLine.flatMap { lexicon.measureUnit($0, label: String(decoding: u[name], as: UTF16.self)) }
            let figureCells = Array(cells.suffix(figures))
            var row = TableRow(table: table, label: name,
                               cells: figureCells.enumerated().map { ($1, headerCells.count - figures + $0) },
                               measure: measure, isPart: isPart,
                               isOtherBody: otherBody || words.contains(.otherBody, in: u, name))
            if isPart { row.parentLine = parentLine } else { parent = row; parentLine = j }
            found.append((j, row))
            tableLines.append(j)
            j += 1
        }
        guard found.count >= 1 else { return nil }
        tables.append(Table(lines: tableLines, columnYears: years, columnIsFigure: figure))
        for (line, row) in found { rows[line] = row }
        return j
    }

    /// The measure a unit line above the header states (单位:个, (单位:万元)), within two lines.
    private func tableUnit(above k: Int) -> [UInt16]? {
        for j in stride(from: k - 1, through: max(0, k - 2), by: -1) {
            var r = lines[j]
            while r.lowerBound < r.upperBound, u[r.lowerBound] == 0x28 || u[r.lowerBound] == 0x20 { r = (r.lowerBound + 1)..<r.upperBound }
            guard let n = words.prefix(.unitLine, of: u, r) else { continue }
            var s = r.lowerBound + n
            while s < r.upperBound, u[s] == 0x3A || u[s] == 0x20 { s += 1 }
            var e = s
            while e < r.upperBound, u[e] != 0x29, u[e] != 0x20, u[e] != 0x2C { e += 1 }
            if e > s { return Array(u[s..<e]) }
        }
        return nil
    }

    /// The year a header cell reports (1995, 2023年, 2023年度实际): its first four-digit year.
    /// The year a header cell names: its first run of exactly four digits, if 1949–2100.
    static func headerYear(_ u: UnsafeBufferPointer<UInt16>, _ cell: Range<Int>) -> Int? {
        var i = cell.lowerBound
        while i < cell.upperBound {
            guard CodeUnit.isDigit(u[i]) else { i += 1; continue }
            var j = i
            var value = 0
            while j < cell.upperBound, CodeUnit.isDigit(u[j]) { if j - i < 5 { value = value * 10 + Int(u[j] - 0x30) }; j += 1 }
            if j - i == 4, (1949...2100).contains(value) { return value }
            i = j
        }
        return nil
    }

    static let sentencePunctuation: UnitSet = UnitSet("。,;!?")

    /// A figure cell: digits with separators, a decimal point, a sign or a percent sign.
    static func isFigure(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Bool {
        // An empty cell ("—", as PipeCells writes one): no figure, but it holds its column.
        if r.count == 1 && u[r.lowerBound] == PipeCells.emptyCell { return true }
        var digits = 0
        for i in r {
            let c = u[i]
            if CodeUnit.isDigit(c) { digits += 1; continue }
            if c == 0x2E || c == 0x2C || c == 0x25 || ((c == 0x2B || c == 0x2D) && i == r.lowerBound) { continue }
            return false
        }
        return digits > 0
    }

    /// The cells of a line cut by tabs or spaces, for a line that is no sentence (no 。 , ;
    /// except a comma between digits). A note in brackets after the last figure (866(每年递增…))
    /// is no cell.
    static func spacedCells(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> [Range<Int>] {
        var r = r
        if let last = r.last, u[last] == 0x29, let open = r.last(where: { u[$0] == 0x28 }), open > r.lowerBound, CodeUnit.isDigit(u[open - 1]) {
            r = r.lowerBound..<open
        }
        if u[r].contains(where: { $0 == 0x3002 || $0 == 0x3B || $0 == 0x21 || $0 == 0x3F }) { return [] }
        for i in r where u[i] == 0x2C {
            if !(i > r.lowerBound && i + 1 < r.upperBound && CodeUnit.isDigit(u[i - 1]) && CodeUnit.isDigit(u[i + 1])) { return [] }
        }
        var out: [Range<Int>] = []
        var s = r.lowerBound
        // Cells end at spaces, tabs, the bars of a table flattened with pipes (基层工会数(个) |
        // 10314 | 9683 |) and leaders of two or more dots (雇员工会.....821.....828).
        for i in r where u[i] == 0x20 || u[i] == 0x09 || u[i] == 0x7C || CodeUnit.isLeaderDot(u, i, in: r) {
            if i > s { out.append(s..<i) }
            s = i + 1
        }
        if s < r.upperBound { out.append(s..<r.upperBound) }
        return out
    }

    /// The cells of a table-like line: split at tabs, or at single spaces when the line has
    /// no sentence punctuation and its cells are short.
    static func cells(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> [Range<Int>] {
        guard !r.isEmpty else { return [] }
        let hasTab = u[r].contains(0x09)
        let separator: UInt16 = hasTab ? 0x09 : 0x20
        if !hasTab {
            if u[r].contains(where: { $0 == 0x3002 || $0 == 0x2C || $0 == 0x3B }) { return [] }
        }
        var out: [Range<Int>] = []
        var s = r.lowerBound
        for i in r where u[i] == separator {
            out.append(s..<i)
            s = i + 1
        }
        out.append(s..<r.upperBound)
        if !hasTab && out.contains(where: { $0.count > 20 || $0.isEmpty }) { return [] }
        return out
    }
}

extension TableRow {
    /// A bare figure of this row in the row's measure: 714.26 under 职工人数(万人) is 7142600
    /// person. Quantities with a measure of their own, and percentages, are left as they are.
    /// Numbers in cells are written the C way (a point for decimals).
    static let posix = Locale(identifier: "en_US_POSIX")

    func applyingMeasure(to q: Quantity, in u: UnsafeBufferPointer<UInt16>) -> Quantity {
        guard let measure, q.measure == nil, q.unit != .percent, q.unit != .pp,
              let cell = cells.first(where: { $0.range.contains(q.numberRange.lowerBound) })?.range,
              q.numberRange == cell else { return q }
        let digits = u[cell].lazy.filter { $0 != 0x2C }
        guard let number = Decimal(plainDigits: digits) ?? Decimal(string: String(decoding: Array(digits), as: UTF16.self), locale: Self.posix) else { return q }
        var out = q
        out.value = number * measure.scale
        out.unit = measure.unit
        out.role = .cell
        return out
    }
}
