/// A table that a web page's text gives one cell a line, the cells parted by lines holding only
/// "|" (指 标 / | / 2006年 / | / 2005年 / | / 基层工会数 / | / 6941 / | / 6254 …): its rows joined
/// again, cells parted by a space, as a statistics table is written (基层工会数 6941 6254), so
/// that the table stage reads it like any other.
///
/// A row opens at a cell that is no figure once the row has figures; figures and years join the
/// row before them. Runs of fewer than four parting lines or three figures are left alone (a
/// lone "|" is page furniture, not a table).
struct PipeCells {
    static let minimumPartings = 4
    static let minimumFigures = 3
    /// For the year mark of a column's year (2006年).
    let words: FunctionWords

    func apply(_ u: [UInt16], map: OffsetMap) -> ([UInt16], OffsetMap) {
        let (v, m) = partedCells(u, map: map)
        return barEndedCells(v, map: m)
    }

    /// The same table exported one cell a line, each cell closed by its bar, a row opened by a
    /// line that starts with one (| 基层工会组织数(个) | 36215 | / 37160 | / 96074 |, an empty cell a
    /// lone "|"): rows joined again, an empty cell written "—" so that every figure stays under
    /// its column. Runs of fewer than six such lines, three figures or one row are left alone.
    func barEndedCells(_ u: [UInt16], map: OffsetMap) -> ([UInt16], OffsetMap) {
        let lines = u.withUnsafeBufferPointer { UTF16Text.lineRanges($0) }
        // Quick exit, without an array: most texts hold no line a bar opens and closes.
        guard lines.contains(where: { Self.isRowStart(u, UTF16Text.trimmed(u, $0)) }) else { return (u, map) }
        let trimmed = lines.map { UTF16Text.trimmed(u, $0) }
        var w = TextRewriter(u, map: map)
        var k = 0
        while k < lines.count {
            var j = k
            while j < lines.count, let last = trimmed[j].last, u[last] == 0x7C { j += 1 }
            guard j - k >= 6 else { k = max(j, k + 1); continue }
            // Rows of cells, in order; an empty range is an empty cell (where its bar stands).
            var rows: [[Range<Int>]] = []
            var rowHasFigure = false
            var starts = 0, figures = 0
            for t in trimmed[k..<j] {
                let opens = Self.isRowStart(u, t)
                if opens { starts += 1 }
                for (c, cell) in Self.barCells(u, t, opensRow: opens).enumerated() {
                    let figure = !cell.isEmpty && isFigure(u, cell)
                    // A bar opens a row; so does a cell that is no figure after figures (the
                    // header's years, then a section line: 工会基本情况 |).
                    if rows.isEmpty || (opens && c == 0) || (!cell.isEmpty && !figure && rowHasFigure) {
                        rows.append([]); rowHasFigure = false
                    }
                    rows[rows.count - 1].append(cell)
                    if figure { rowHasFigure = true; figures += 1 }
                }
            }
            guard starts >= 1, figures >= Self.minimumFigures else { k = j; continue }
            w.copy(upTo: lines[k].lowerBound)
            var first = true
            for row in rows {
                // A row with no figure (a caption, a section line) keeps its words only.
                let hasFigure = row.contains { !$0.isEmpty && isFigure(u, $0) }
                var opening = true
                for cell in row where !cell.isEmpty || hasFigure {
                    let separator: [UInt16] = first ? [] : opening ? [0x0A] : [0x20]
                    if cell.isEmpty {
                        w.replace(upTo: max(w.position, cell.lowerBound), with: separator + [Self.emptyCell])
                    } else {
                        w.replace(upTo: cell.lowerBound, with: separator)
                        w.copy(upTo: cell.upperBound)
                    }
                    first = false
                    opening = false
                }
            }
            if !first { w.skip(upTo: lines[j - 1].upperBound) }
            k = j
        }
        return w.finish()
    }

    /// What an empty cell is written as: a statistics table's "no figure".
    static let emptyCell: UInt16 = 0x2014

    /// | 基层工会组织数(个) | 36215 |: a bar, then words (not only bars).
    static func isRowStart(_ u: [UInt16], _ t: Range<Int>) -> Bool {
        guard let first = t.first, u[first] == 0x7C, let last = t.last, u[last] == 0x7C else { return false }
        return t.contains { u[$0] != 0x7C && u[$0] != 0x20 }
    }

    /// The cells of a bar-ended line: a row's opening bar and the closing bar dropped, the rest
    /// cut at bars, each trimmed (empty where nothing stands between two bars).
    static func barCells(_ u: [UInt16], _ t: Range<Int>, opensRow: Bool) -> [Range<Int>] {
        guard !t.isEmpty else { return [] }
        let inner = (t.lowerBound + (opensRow ? 1 : 0))..<(t.upperBound - 1)
        var cells: [Range<Int>] = []
        var start = inner.lowerBound
        for i in inner where u[i] == 0x7C {
            cells.append(UTF16Text.trimmed(u, start..<i))
            start = i + 1
        }
        cells.append(UTF16Text.trimmed(u, start..<max(start, inner.upperBound)))
        // A cell of nothing stands where its bar does.
        return cells.map { $0.isEmpty ? $0.lowerBound..<$0.lowerBound : $0 }
    }

    func partedCells(_ u: [UInt16], map: OffsetMap) -> ([UInt16], OffsetMap) {
        let lines = u.withUnsafeBufferPointer { UTF16Text.lineRanges($0) }
        // Quick exit: most texts hold no parting line at all.
        guard lines.contains(where: { Self.isParting(u, $0) }) else { return (u, map) }
        var w = TextRewriter(u, map: map)
        var k = 0
        while k < lines.count {
            // A block: cell, parting, cell, parting, … (a parting line may close it).
            var cells: [Range<Int>] = []
            var partings: [Range<Int>] = []
            var j = k
            while j < lines.count {
                let isCell = !Self.isParting(u, lines[j]) && !lines[j].isEmpty
                if cells.count == partings.count {
                    guard isCell else { break }
                    cells.append(lines[j])
                } else {
                    guard Self.isParting(u, lines[j]) else { break }
                    partings.append(lines[j])
                }
                j += 1
            }
            let figures = cells.filter { isFigure(u, $0) }.count
            guard partings.count >= Self.minimumPartings, figures >= Self.minimumFigures else { k = max(j, k + 1); continue }
            // Row starts: a cell that is no figure after a row that has one.
            var rowHasFigure = false
            var opensRow = [Bool](repeating: false, count: cells.count)
            for (c, cell) in cells.enumerated() {
                if isFigure(u, cell) { rowHasFigure = true; continue }
                if rowHasFigure || c == 0 { opensRow[c] = true; rowHasFigure = false }
            }
            for (p, parting) in partings.enumerated() {
                let before = cells[p].upperBound
                if p + 1 < cells.count {
                    // The line breaks around the parting line become one space, or one break.
                    w.copy(upTo: before)
                    w.replace(upTo: cells[p + 1].lowerBound, with: opensRow[p + 1] ? [0x0A] : [0x20])
                } else {
                    // A closing parting line goes with the break before it.
                    w.copy(upTo: before)
                    w.skip(upTo: parting.upperBound)
                }
            }
            k = j
        }
        return w.finish()
    }

    /// A line of nothing but "|" (and spaces).
    static func isParting(_ u: [UInt16], _ r: Range<Int>) -> Bool {
        var bar = false
        for i in r {
            if u[i] == 0x7C { bar = true } else if u[i] != 0x20 { return false }
        }
        return bar
    }

    /// A cell that is a figure or a column's year: digits with a point, comma, sign or 年.
    func isFigure(_ u: [UInt16], _ r: Range<Int>) -> Bool {
        var digit = false
        for i in r {
            let c = u[i]
            if CodeUnit.isDigit(c) { digit = true; continue }
            if c == 0x2E || c == 0x2C || c == 0x25 || c == 0x2D || c == 0x20 || words.isA(.yearMark, c) { continue }
            return false
        }
        return digit
    }
}
