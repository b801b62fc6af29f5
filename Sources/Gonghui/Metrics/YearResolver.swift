/// The calendar year a figure refers to, when the text says it (records.md): a year stated
/// in its sentence (2016年, 截至2020年底), a relative phrase against the document's date
/// (今年, 去年), the year of the paragraph's heading or lead sentence, or the year of the
/// document's (or piece's) title. Figures over several years (五年来, 累计, 2016年以来) get
/// none, and a year after 比/较 is a comparison base, not the figure's year.
struct YearResolver {
    let markers: RecordMarkers
    let markerIndex: MarkerIndex
    let documentYear: Int?

    /// Years that a heading or lead sentence sets for the lines below it, per line.
    let carriedYear: [Int?]

    /// `linesWithFigures` says which lines hold quantities: only they (and a piece's opening
    /// paragraph, which may frame the whole piece) need their lead year read.
    init(markers: RecordMarkers, index: MarkerIndex, documentYear: Int?, layout: DocumentLayout, linesWithFigures: [Bool],
         u: UnsafeBufferPointer<UInt16>) {
        self.markers = markers
        markerIndex = index
        // Without a stated date, the one year a title and lead state is the document's.
        var documentYear = documentYear
        if documentYear == nil {
            let head = layout.lines.prefix(3).filter { !$0.isEmpty }.prefix(2)
            let years = Set(head.flatMap { DateFinder.allDates(in: u, range: $0.lowerBound..<min($0.upperBound, $0.lowerBound + 120)) }.map(\.date.year))
            if years.count == 1 { documentYear = years.first }
        }
        self.documentYear = documentYear
        var carried = [Int?](repeating: nil, count: layout.lines.count)
        for piece in layout.pieces {
            var pieceYear: Int? = nil
            var headingYear: Int? = nil
            var first = true
            var titleLines = 0
            var openedBody = false
            for k in layout.lines.indices where piece.contains(layout.lines[k].lowerBound) {
                let r = layout.lines[k]
                if r.isEmpty { continue }
                if layout.isHeading[k] {
                    // A dateline (（2022年1月20日在…会议上）) dates the speech, not the year reported.
                    let year = Self.headingYear(u, r)
                    // The title may take the first lines (the union's name, then 2023年度…总结).
                    if first || (titleLines > 0 && titleLines < 3 && pieceYear == nil) {
                        pieceYear = pieceYear ?? year
                        titleLines += 1
                    } else {
                        headingYear = year ?? headingYear
                        titleLines = 3
                    }
                    first = false
                    carried[k] = year ?? headingYear ?? pieceYear
                    continue
                }
                if first {
                    // A title fused with its text (九江市总工会2020年工作总结 2020年是…).
                    pieceYear = Self.fusedTitleYear(u, r)
                }
                first = false
                titleLines = 3
                guard linesWithFigures[k] || !openedBody else { continue }
                // The opening paragraph may have no figures: its markers were not indexed.
                let leadIndex = linesWithFigures[k] ? index : markers.index(u, lines: [r])
                let lead = Self.leadYear(u, r, markers: markers, index: leadIndex, documentYear: documentYear)
                // Under a title without a year, the opening paragraph's year frames the whole
                // report (为全面掌握…,2021年6月至8月,调研组…; 今年一季度,淄博市各级工会…).
                if pieceYear == nil, !openedBody, headingYear == nil { pieceYear = lead }
                openedBody = true
                carried[k] = lead ?? headingYear ?? pieceYear
            }
        }
        carriedYear = carried
    }

    /// The year of a heading: a bare year (2021年工作回顾, 2021年度), not a full date.
    static func headingYear(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Int? {
        let dates = DateFinder.allDates(in: u, range: r)
        guard !dates.contains(where: { $0.date.month != nil }) else { return nil }
        let years = Set(dates.map(\.date.year))
        guard years.count == 1, let d = dates.first, !isRangeOrCumulative(u, d.range, r) else { return nil }
        return d.date.year
    }

    static let reportWords = ["总结", "报告", "工作", "要点", "情况", "汇报"]

    /// A year in a title that runs into the text: the start of the line up to the first space,
    /// when it names a report.
    static func fusedTitleYear(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Int? {
        var e = r.lowerBound
        while e < r.upperBound && e - r.lowerBound < 40 && u[e] != 0x20 && u[e] != 0x3002 && u[e] != 0x2C { e += 1 }
        guard e < r.upperBound, u[e] == 0x20 else { return nil }
        let title = String(decoding: u[r.lowerBound..<e], as: UTF16.self)
        guard reportWords.contains(where: { title.contains($0) }) else { return nil }
        return headingYear(u, r.lowerBound..<e)
    }

    /// The year a paragraph's lead states before its first figure (2021年,全市… / 截至2020年底,
    /// … / 记者今天获悉,今年前9个月,… / 就业服务持续开展。今年前三季度,…): it carries to the
    /// whole paragraph. A year after the first figure describes that figure, not the paragraph.
    static func leadYear(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, markers: RecordMarkers, index: MarkerIndex, documentYear: Int?) -> Int? {
        var e = r.lowerBound
        while e < r.upperBound && e - r.lowerBound < 120 {
            // Stop at the first figure (a digit that is not part of a date: 10月31日电 is not).
            if CodeUnit.isDigit(u[e]), DateFinder.date(at: e, in: u, limit: r.upperBound) == nil,
               !(e > r.lowerBound && CodeUnit.isDigit(u[e - 1])) {
                var k = e
                while k < r.upperBound && CodeUnit.isDigit(u[k]) { k += 1 }
                // 月日号时点
                if k < r.upperBound, [0x6708, 0x65E5, 0x53F7, 0x65F6, 0x70B9].contains(u[k]) { e = k + 1; continue }
                break
            }
            if let d = DateFinder.date(at: e, in: u, limit: r.upperBound) { e = d.range.upperBound; continue }
            e += 1
        }
        let scope = r.lowerBound..<e
        guard !scope.isEmpty else { return nil }
        let dates = DateFinder.allDates(in: u, range: scope)
        let years = Set(dates.map(\.date.year))
        if years.count == 1, let d = dates.first {
            if isRangeOrCumulative(u, d.range, scope) { return nil }
            if markers.ending(.compare, before: d.range.lowerBound, in: u, limit: scope.lowerBound) != nil { return nil }
            if belongsToAnotherFigure(d, number: r.upperBound..<r.upperBound, u: u) { return nil }
            return d.date.year
        }
        if years.count > 1 { return nil }
        guard years.isEmpty, let documentYear else { return nil }
        if index.contains(.cumulative, in: scope) { return nil }
        if index.contains(.lastYear, in: scope) { return documentYear - 1 }
        if index.contains(.thisYear, in: scope) { return documentYear }
        return nil
    }

    /// The dates that can be a figure's own year: not a comparison base (比2022年, 与2003),
    /// not the year of another figure (2022年的9场).
    func ownDates(_ dates: [DateFinder.Found], number: Range<Int>, within r: Range<Int>, u: UnsafeBufferPointer<UInt16>) -> [DateFinder.Found] {
        dates.filter { d in
            markers.ending(.compare, before: d.range.lowerBound, in: u, limit: max(r.lowerBound, d.range.lowerBound - 4)) == nil
                && !(d.range.lowerBound > 0 && (u[d.range.lowerBound - 1] == 0x4E0E || u[d.range.lowerBound - 1] == 0x548C))  // 与2003 和2003
                && !Self.belongsToAnotherFigure(d, number: number, u: u)
        }
    }

    /// Where the sentence ending in 。 (not ;) that contains `p` starts.
    static func fullSentenceStart(_ u: UnsafeBufferPointer<UInt16>, _ p: Int) -> Int {
        var i = p
        while i > 0 {
            let c = u[i - 1]
            if c == 0x3002 || c == 0x21 || c == 0x3F || c == 0x0A { break }
            i -= 1
        }
        return i
    }

    /// The stretch opens with a month (6月, 10月26日), with no year before it.
    static func startsWithMonth(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        // 截至6月底 / 截止 / 到
        if i + 1 < r.upperBound, (u[i] == 0x622A && (u[i + 1] == 0x81F3 || u[i + 1] == 0x6B62)) { i += 2 } else if i < r.upperBound, u[i] == 0x5230 { i += 1 }
        let start = i
        while i < r.upperBound && i - start < 2 && CodeUnit.isDigit(u[i]) { i += 1 }
        if i == start {
            // 六月 / 十二月
            while i < r.upperBound && i - start < 2 && NumeralChars.isChineseDigit(u[i]) { i += 1 }
        }
        return i > start && i < r.upperBound && u[i] == 0x6708 /* 月 */
    }

    /// 2016-2020年, 2016年以来: a span of years, not one.
    static func isRangeOrCumulative(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, _ scope: Range<Int>) -> Bool {
        var e = r.upperBound
        if e < u.count, u[e] == 0x5E74 { e += 1 }  // 年
        if e + 1 < u.count, u[e] == 0x4EE5, u[e + 1] == 0x6765 { return true }  // 以来
        if e < u.count, u[e] == 0x2D || u[e] == 0x81F3 || u[e] == 0x5230 || u[e] == 0x2014 || u[e] == 0x7E {
            // 2021年6月至8月: months of one year.
            var k = e + 1
            while k < u.count && k - e <= 2 && CodeUnit.isDigit(u[k]) { k += 1 }
            if k > e + 1, k < u.count, u[k] == 0x6708 || u[k] == 0x65E5 { return false }
            return true
        }
        // …2016-2020年: a separator with a number before it (截至2018年 is a date, not a range).
        if r.lowerBound > 1, u[r.lowerBound - 1] == 0x2D || u[r.lowerBound - 1] == 0x81F3 || u[r.lowerBound - 1] == 0x2014 || u[r.lowerBound - 1] == 0x5230,
           CodeUnit.isDigit(u[r.lowerBound - 2]) || u[r.lowerBound - 2] == 0x5E74 {
            return true
        }
        return false
    }

    static func isAttached(_ d: DateFinder.Found, to number: Range<Int>, u: UnsafeBufferPointer<UInt16>) -> Bool {
        var e = d.range.upperBound
        if e < u.count, u[e] == 0x5EA6 { e += 1 }  // 年度
        return e + 1 == number.lowerBound && u[e] == 0x7684  // 的
    }

    /// 由2022年的9场增加到12场: a year joined by 的 to a figure is that figure's year only.
    static func belongsToAnotherFigure(_ d: DateFinder.Found, number: Range<Int>, u: UnsafeBufferPointer<UInt16>) -> Bool {
        var e = d.range.upperBound
        if e < u.count, u[e] == 0x5EA6 { e += 1 }  // 年度
        guard e + 1 < u.count, u[e] == 0x7684 /* 的 */ else { return false }
        let next = e + 1
        return next != number.lowerBound && (CodeUnit.isDigit(u[next]) || NumeralChars.isChineseDigit(u[next]))
    }

    /// The year of a quantity at `number` in `sentence` (and `clause`), or nil.
    func year(number: Range<Int>, clause: Range<Int>, sentence: Range<Int>, line: Int, u: UnsafeBufferPointer<UInt16>) -> Int? {
        let before = sentence.lowerBound..<number.lowerBound
        // Several years: no single one.
        let occurrences = markerIndex.occurrences(in: before)
        let thisYear = occurrences.contains { $0.kind == .thisYear }
        if occurrences.contains(where: { $0.kind == .cumulative && !(thisYear && u[$0.range].elementsEqual("以来".utf16)) }) { return nil }
        // A year stated in the sentence before the figure.
        let allDates = DateFinder.allDates(in: u, range: before)
        // 比2022年的9场: the year joined to this very figure is its year, comparison or not.
        if let attached = allDates.last, Self.isAttached(attached, to: number, u: u) { return attached.date.year }
        if let d = ownDates(allDates, number: number, within: sentence, u: u).last {
            if Self.isRangeOrCumulative(u, d.range, sentence) { return nil }
            return d.date.year
        }
        // 今年 / 去年 against the document's date (去年全年 is last year).
        if let documentYear {
            for o in occurrences.reversed() {
                if o.kind == .thisYear { return documentYear }
                if o.kind == .lastYear, markers.ending(.compare, before: o.range.lowerBound, in: u, limit: max(sentence.lowerBound, o.range.lowerBound - 2)) == nil,
                   !(o.range.lowerBound > 0 && u[o.range.lowerBound - 1] == 0x6BD4) {
                    return documentYear - 1
                }
            }
        }
        let carried = line < carriedYear.count ? carriedYear[line] : nil
        // 全年: the year the report is about (its title's), else the document's own.
        if occurrences.contains(where: { $0.kind == .wholeYear }) { return carried ?? documentYear }
        // A clause after a semicolon still belongs to the year its sentence opened with
        // (截至2023年9月底,…;职工入会率达92.6%).
        let opening = Self.fullSentenceStart(u, sentence.lowerBound)..<sentence.lowerBound
        if !opening.isEmpty, !markerIndex.contains(.cumulative, in: opening),
           let d = ownDates(DateFinder.allDates(in: u, range: opening), number: number, within: opening, u: u).last,
           !Self.isRangeOrCumulative(u, d.range, opening) {
            return d.date.year
        }
        // 6月,市总工会命名…: a month without a year is in the report's (or document's) year.
        if Self.startsWithMonth(u, before), let year = carried ?? documentYear { return year }
        return carried
    }
}
