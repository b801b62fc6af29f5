/// The structure of a normalised report that attribution needs: its lines (one paragraph
/// each), headings, the pieces of a compilation, and tables with their column headers.
struct DocumentLayout {
    struct Table {
        /// Lines of the table, header first.
        var lines: [Int]
        /// Per column of the header: the year it reports, and whether it is a plan or a
        /// comparison column (2005年度计划, 2004与2003年度对比) whose cells are not figures.
        var columnYears: [Int?]
        var columnIsFigure: [Bool]
    }

    let lines: [Range<Int>]
    let isHeading: [Bool]
    /// Ranges of the pieces of a compilation (篇一, 篇二 …); one piece when it is not one.
    private(set) var pieces: [Range<Int>]
    let tables: [Table]
    /// For each line, the table it belongs to (as a data row), if any.
    let tableOfLine: [Int?]
    /// For each line, whether it stands in a section headed as a plan (2024年工作打算,
    /// 下一步工作安排): what follows are targets, not results.
    let planSection: [Bool]

    static let planHeadingWords = ["打算", "安排", "计划", "思路", "展望", "目标", "工作要点", "重点工作", "努力方向"].map { Array($0.utf16) }
    /// A heading that looks back (回顾, 完成情况) is not a plan section, whatever else it says.
    /// (全总:…超额完成年度目标 reports a result.)
    static let reviewHeadingWords = ["回顾", "完成", "成效", "成绩", "取得", "实现"].map { Array($0.utf16) }

    init(_ u: UnsafeBufferPointer<UInt16>, pieceMarkers: [ICURegexPattern]) {
        var lines: [Range<Int>] = []
        var start = 0
        for i in 0..<u.count where u[i] == 0x0A {
            lines.append(start..<i)
            start = i + 1
        }
        lines.append(start..<u.count)
        self.lines = lines
        isHeading = lines.map { Self.looksLikeHeading(u, $0) }

        // Compilation pieces start at lines like 工会工作创新举措篇一 or 【范文二】.
        var starts: [Int] = []
        for (k, r) in lines.enumerated() where r.count <= 60 && pieceMarkers.contains(where: { $0.matches(u, r) }) {
            starts.append(k)
        }
        // Without markers, several report titles (…街道总工会2022年工作小结) in one file each
        // start a piece.
        if starts.count < 2 {
            let heading = isHeading
            let titles = lines.indices.filter { heading[$0] && Self.looksLikeReportTitle(u, lines[$0]) }
            if titles.count >= 2 { starts = titles }
        }
        pieces = [0..<u.count]

        // Tables: runs of two or more lines split into the same number of cells.
        var tables: [Table] = []
        var tableOfLine = [Int?](repeating: nil, count: lines.count)
        var k = 0
        while k < lines.count {
            let cells = Self.cells(u, lines[k])
            guard cells.count >= 3 || (cells.count == 2 && u[lines[k]].contains(0x09)) else { k += 1; continue }
            var j = k + 1
            while j < lines.count, Self.cells(u, lines[j]).count == cells.count { j += 1 }
            if j - k >= 2 {
                let header = cells.map { String(decoding: u[$0], as: UTF16.self) }
                let years = header.map { DateFinder.firstDate(in: $0)?.year }
                let figure = header.map { h in !Self.nonFigureColumnWords.contains { h.contains($0) } }
                tables.append(Table(lines: Array(k..<j), columnYears: years, columnIsFigure: figure))
                for row in (k + 1)..<j { tableOfLine[row] = tables.count - 1 }
                k = j
            } else {
                k += 1
            }
        }
        self.tables = tables
        self.tableOfLine = tableOfLine
        let firstTextLine = lines.firstIndex { !$0.isEmpty } ?? 0
        var plan = [Bool](repeating: false, count: lines.count)
        var inPlan = false
        for (k, r) in lines.enumerated() {
            // A heading, or a numbered paragraph that opens with a heading sentence
            // (六、2023年工作打算。新建基层工会20家,…).
            // The title (the first line with text) speaks for the whole document, never for a
            // plan section.
            if let h = isHeading[k] ? r : Self.leadHeading(u, r), k > firstTextLine {
                inPlan = CodeUnit.contains(Self.planHeadingWords, in: u, h) && !CodeUnit.contains(Self.reviewHeadingWords, in: u, h)
            }
            plan[k] = inPlan
        }
        planSection = plan
        if starts.count >= 2 { split(at: starts, length: u.count) }
    }

    static let nonFigureColumnWords = ["计划", "预计", "目标", "预算", "对比", "比较", "增减", "同比", "增长", "变化", "比上年", "与"]

    static let reportTitleWords = ["工作总结", "工作小结", "工作报告", "年度总结", "述职报告", "工作情况"].map { Array($0.utf16) }
    static let unionWord = [Array("工会".utf16)]

    /// 岳阳街道总工会2022年工作小结: a union's name and a report word on one short line.
    static func looksLikeReportTitle(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Bool {
        r.count >= 6 && CodeUnit.contains(unionWord, in: u, r) && CodeUnit.contains(reportTitleWords, in: u, r)
    }

    /// The first sentence of a paragraph numbered like a section (一、 (一) 1.) when it is as
    /// short as a heading.
    static func leadHeading(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Range<Int>? {
        guard r.count > 2 else { return nil }
        let a = u[r.lowerBound], b = u[r.lowerBound + 1]
        let numbered = (NumeralChars.isChineseDigit(a) && b == 0x3001) || a == 0x28 || a == 0xFF08
            || (CodeUnit.isDigit(a) && (b == 0x2E || b == 0x3001))
        guard numbered else { return nil }
        var e = r.lowerBound
        while e < r.upperBound && e - r.lowerBound <= 24 && u[e] != 0x3002 { e += 1 }
        guard e < r.upperBound, u[e] == 0x3002 else { return nil }
        return r.lowerBound..<e
    }

    /// A short line that does not end like a sentence: a title or section heading.
    static func looksLikeHeading(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Bool {
        guard !r.isEmpty, r.count <= 40 else { return false }
        let last = u[r.upperBound - 1]
        // A line ending in a colon introduces what follows (…见下表:); it is not a heading.
        if last == 0x3002 || last == 0x3B || last == 0x2C || last == 0x21 || last == 0x3F || last == 0x3A { return false }
        return !u[r].contains(0x09)
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

    /// The line containing offset `p`.
    func line(containing p: Int) -> Int {
        var lo = 0, hi = lines.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lines[mid].lowerBound <= p { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Makes each of `starts` (line indices, ascending) begin a piece.
    mutating func split(at starts: [Int], length: Int) {
        var pieces: [Range<Int>] = []
        if starts[0] > 0 { pieces.append(0..<lines[starts[0]].lowerBound) }
        for (n, k) in starts.enumerated() {
            let end = n + 1 < starts.count ? lines[starts[n + 1]].lowerBound : length
            pieces.append(lines[k].lowerBound..<end)
        }
        self.pieces = pieces
    }

    func piece(containing p: Int) -> Int {
        pieces.firstIndex { $0.contains(p) } ?? max(0, pieces.count - 1)
    }
}

/// A regular expression of the dictionaries, compiled once per thread, tried only on lines
/// that contain one of its literal keys (RegexKeys).
final class ICURegexPattern {
    let regex: ICURegex
    let keys: [[UInt16]]
    init(_ pattern: String) throws(GonghuiError) {
        regex = try ICURegex(pattern)
        keys = RegexKeys.keys(pattern).map { Array($0.utf16) }
    }
    func matches(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Bool {
        guard keys.isEmpty || CodeUnit.contains(keys, in: u, r) else { return false }
        return regex.matches(UnsafeBufferPointer(rebasing: u[r]))
    }
}
