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
