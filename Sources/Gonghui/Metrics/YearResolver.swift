/// The calendar year a figure refers to, when the text says it (records.md).
///
/// In order: a span of years before the figure in its sentence (五年来, 累计, 2016年以来) gives
/// none; a year stated in its sentence (2016年, 截至2020年底) gives that year, and a year after
/// 比/较 is a comparison base, not the figure's; a relative phrase (今年, 本年度, 去年, 目前) is
/// read against the report's year or the document's date; then what the paragraph said before
/// the figure's sentence (…力争使2010年送温暖资金…。其中省总工会下拨…333万元: 2010), or a 今年
/// later in the paragraph; then the year of the section heading above, or of the report's
/// title. A year never carries from one paragraph to the next on its own: reports and news
/// items change period between paragraphs without saying so.
struct YearResolver {
    let markers: RecordMarkers
    let markerIndex: MarkerIndex
    /// The year of the document's own date (a dateline, 发布时间, the date under a signature),
    /// else the one year its opening lines state.
    let documentYear: Int?
    /// The month of the document's own date, when it states one.
    let documentMonth: Int?
    /// The year a report's title states (2024年困难职工帮扶工作新闻发布会): what 本年度 and 今年
    /// mean in its text.
    let reportYears: [Int?]
    /// Per line: the year of the section heading above it, or of its piece's title.
    let headingYear: [Int?]
    /// Per line with figures: what it says about time, in order (read once, looked up by
    /// position: a paragraph may be a whole document long).
    private(set) var lineStatements: [[(position: Int, statement: Statement)]] = []
    /// Per line with figures: its dates, read once (a figure's sentence is read for dates
    /// before every figure of it).
    private(set) var lineDates: [[DateFinder.Found]] = []
    private(set) var datesRead: [Bool] = []
    /// Per line with figures: the first day without a year that opens one of its sentences
    /// (4月29日,…), read once — a paragraph may be a whole document long.
    private(set) var lineOpeningDays: [(position: Int, month: Int)?] = []
    let layout: DocumentLayout
    let words: FunctionWords
    let dateFinder: DateFinder
    let u: UnsafeBufferPointer<UInt16>

    /// What a paragraph says about time, in order: a year, a relative phrase, a period of
    /// several years that frames what follows (五年来, “十三五”期间, 2011年以来), or a cumulative
    /// figure (累计), which speaks only for its own sentence.
    enum Statement: Equatable {
        case year(Int)
        case thisYear, lastYear, current
        /// 近日, 日前, 至昨日: a day close to the document's date — its year when the document has
        /// one; otherwise nothing, and no bar to a year said before it.
        case recent
        case span, cumulative
    }

    init(markers: RecordMarkers, index: MarkerIndex, documentDate: ReportDate?, layout: DocumentLayout, linesWithFigures: [Bool],
         words: FunctionWords, dates: DateFinder, reportWords: [[UInt16]], overviewWords: [[UInt16]], u: UnsafeBufferPointer<UInt16>) {
        self.markers = markers
        self.words = words
        dateFinder = dates
        markerIndex = index
        self.layout = layout
        self.u = u
        // The opening lines: the title block and the first paragraph (the lede, with its dateline);
        // a short first line that is no heading and no clause (a photo's caption: …捐助现场。)
        // goes before it.
        var head: [Range<Int>] = []
        for k in layout.lines.indices where !layout.lines[k].isEmpty {
            head.append(layout.lines[k])
            let caption = head.count == 1 && layout.lines[k].count <= Self.captionLength
                && !u[layout.lines[k]].contains { $0 == 0x2C || $0 == 0x3B }
            if (!layout.isHeading[k] && !caption) || head.count == 3 { break }
        }
        let masked = head.contains { Self.hasMaskedYear(u, $0, words) }
        // Without a stated date, the one year the opening lines state is the document's (not one
        // that opens a span: 自2007年8月…启动…以来, 2016年以来); a year deeper in the body is what
        // its paragraph reports (2011年,…启动了…), not the page's.
        var documentYear = documentDate?.year
        if documentYear == nil {
            let years = Set(head.flatMap { line in
                dates.allDates(in: u, range: line.lowerBound..<min(line.upperBound, line.lowerBound + 200))
                    .filter { !Self.isRangeOrCumulative(u, $0.range, line, words) && !Self.isHistory(u, $0.range, words) }
            }.map(\.date.year))
            if years.count == 1 { documentYear = years.first }
        }
        // A template with its years blanked out (20xx年) states no year, whatever the page's date.
        self.documentYear = masked ? nil : documentYear
        documentMonth = documentDate?.month
        var reports: [Int?] = []
        var headings = [Int?](repeating: nil, count: layout.lines.count)
        var piece = 0
        var title: Int? = nil, section: Int? = nil
        // The year of a yearbook entry's overview (【概况】…2014年,…): the year of all the entry.
        var entry: Int? = nil
        var overviewNext = false
        var titleLines = 0
        var first = true
        var ledeRead = false
        for (k, r) in layout.lines.enumerated() {
            while piece + 1 < layout.pieces.count && r.lowerBound >= layout.pieces[piece].upperBound {
                reports.append(masked ? nil : title)
                piece += 1
                title = nil; section = nil; entry = nil; titleLines = 0; first = true
            }
            if r.isEmpty { continue }
            if layout.isHeading[k] {
                // 【概况】 on a line of its own: the paragraph under it opens the entry.
                if entry == nil, Self.overviewLabelEnd(u, r, overviewWords, bare: true).map({ e in
                    !u[e..<r.upperBound].contains(where: { !CodeUnit.isSpace($0) }) }) == true { overviewNext = true }
                // A dateline (（2022年1月20日在…会议上）) dates the speech, not the year reported.
                let year = Self.headingYear(u, r, words, dates)
                // The title may take the first lines (the union's name, then 2023年度…总结).
                if first || (titleLines > 0 && titleLines < 3 && title == nil) {
                    title = title ?? year
                    titleLines += 1
                } else {
                    section = year
                    titleLines = 3
                }
                first = false
                headings[k] = year ?? section ?? entry ?? title
                continue
            }
            // A title fused with its text (九江市总工会2020年工作总结 2020年是…); else, in a text
            // with no date of its own, a lede with no figure whose first clause is its year (本报讯
            // 2021年,通榆县总工会…取得了优异成绩。): the year the whole text reports.
            if first { title = Self.fusedTitleYear(u, r, words, dates, reportWords: reportWords) }
            // (A lede that states figures of its own is an item, not a frame: 某市工会动态 …)
            if title == nil, !ledeRead, piece == 0, documentDate == nil, !masked, !linesWithFigures[k] { title = Self.ledeYear(u, r, dates, words) }
            ledeRead = true
            first = false
            titleLines = 3
            if entry == nil, !masked { entry = Self.overviewYear(u, r, overviewWords, dates, words, underHeading: overviewNext) }
            overviewNext = false
            headings[k] = section ?? entry ?? title
                ?? (masked ? nil : Self.monthParagraphYear(u, line: k, layout: layout, piece: layout.pieces[piece], dates, words))
        }
        while reports.count < layout.pieces.count { reports.append(masked ? nil : title); title = nil }
        reportYears = reports
        headingYear = headings
        lineDates = layout.lines.indices.map { linesWithFigures[$0] ? dates.allDates(in: u, range: layout.lines[$0]) : [] }
        datesRead = linesWithFigures
        lineStatements = layout.lines.indices.map { linesWithFigures[$0] ? statements(in: layout.lines[$0]) : [] }
        lineOpeningDays = layout.lines.indices.map { linesWithFigures[$0] ? openingDay(in: layout.lines[$0]) : nil }
    }

    // MARK: Reading dates

    /// How far back a full sentence's start is looked for (far more than any real sentence).
    static let sentenceReach = 1000

    /// The most a first line that is no heading may hold and still come before the lede.
    static let captionLength = 40

    /// 20xx年, 20__年, 20XX: a template's blanked year (function-words.tsv `year-mask`).
    static func hasMaskedYear(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, _ words: FunctionWords) -> Bool {
        var i = r.lowerBound
        while i + 3 < r.upperBound {
            if u[i] == 0x32, u[i + 1] == 0x30, words.isA(.yearMask, u[i + 2]), words.isA(.yearMask, u[i + 3]) { return true }
            i += 1
        }
        return false
    }

    /// The year of a heading: a bare year (2021年工作回顾, 2021年度), not a full date.
    static func headingYear(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, _ words: FunctionWords, _ finder: DateFinder) -> Int? {
        let dates = finder.allDates(in: u, range: r)
        guard !dates.contains(where: { $0.date.month != nil }) else { return nil }
        let years = Set(dates.map(\.date.year))
        guard years.count == 1, let d = dates.first, !isRangeOrCumulative(u, d.range, r, words) else { return nil }
        return d.date.year
    }

    /// 本报讯 2021年,…: the year that ends a line's first clause, with nothing after it (not
    /// 2021年以来, 2021年3月).
    static func ledeYear(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, _ finder: DateFinder, _ words: FunctionWords) -> Int? {
        guard let comma = r.first(where: { u[$0] == 0x2C || u[$0] == 0x3002 }), u[comma] == 0x2C, comma - r.lowerBound <= 16 else { return nil }
        // One date, not a span (2016年至2020年, 2016-2020年) nor a start (自2018年).
        let dates = finder.allDates(in: u, range: r.lowerBound..<comma)
        guard dates.count == 1, let d = dates.first, d.range.upperBound == comma, !isRangeOrCumulative(u, d.range, r, words),
              words.ending(.sinceOpen, before: d.range.lowerBound, in: u, limit: r.lowerBound) == nil else { return nil }
        return d.date.year
    }

    /// 【概况】 2009年,全区…: in a paragraph that opens with an overview heading in brackets,
    /// the year one of its sentences opens with (the first such); a paragraph under an overview
    /// heading on a line of its own (【概况】 ¶ 2014年,…) is read from its start.
    static func overviewYear(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, _ overviewWords: [[UInt16]], _ finder: DateFinder, _ words: FunctionWords,
                             underHeading: Bool = false) -> Int? {
        var start = r.lowerBound
        if !underHeading {
            guard let end = overviewLabelEnd(u, r, overviewWords) else { return nil }
            start = end
        }
        while start < r.upperBound {
            while start < r.upperBound && u[start] == 0x20 { start += 1 }
            let end = u[start..<r.upperBound].firstIndex(of: 0x3002).map { $0 + 1 } ?? r.upperBound
            if let y = ledeYear(u, start..<end, finder, words) { return y }
            start = end
        }
        return nil
    }

    /// Where the overview heading a line opens with ends (【概况】, 【概 况】; a heading line may
    /// be the label alone, brackets or not).
    static func overviewLabelEnd(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, _ overviewWords: [[UInt16]], bare: Bool = false) -> Int? {
        var i = r.lowerBound
        while i < r.upperBound && u[i] == 0x20 { i += 1 }
        guard i < r.upperBound else { return nil }
        let bracketed = u[i] == 0x3010 || u[i] == 0x5B
        let close: Int
        if bracketed {
            guard let c = u[i..<min(r.upperBound, i + 12)].firstIndex(where: { $0 == 0x3011 || $0 == 0x5D }) else { return nil }
            close = c
        } else {
            guard bare, r.upperBound - i <= 12 else { return nil }
            close = r.upperBound
        }
        let label = u[(bracketed ? i + 1 : i)..<close].filter { $0 != 0x20 && $0 != 0x3000 }
        guard overviewWords.contains(where: { $0.elementsEqual(label) }) else { return nil }
        return bracketed ? close + 1 : close
    }

    /// A year in a title that runs into the text: the start of the line up to the first space,
    /// when it names a report.
    static func fusedTitleYear(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, _ words: FunctionWords, _ dates: DateFinder, reportWords: [[UInt16]]) -> Int? {
        var e = r.lowerBound
        while e < r.upperBound && e - r.lowerBound < 40 && u[e] != 0x20 && u[e] != 0x3002 && u[e] != 0x2C { e += 1 }
        guard e < r.upperBound, u[e] == 0x20 else { return nil }
        guard CodeUnit.contains(reportWords, in: u, r.lowerBound..<e) else { return nil }
        return headingYear(u, r.lowerBound..<e, words, dates)
    }

    /// Where the sentence ending in 。 (not ;) that contains `p` starts.
    static func fullSentenceStart(_ u: UnsafeBufferPointer<UInt16>, _ p: Int) -> Int {
        var i = p
        // (A bounded look-back: a line with no full stop costs no more per figure than a sentence.)
        while i > 0 && p - i < Self.sentenceReach {
            let c = u[i - 1]
            if c == 0x3002 || c == 0x21 || c == 0x3F || c == 0x0A { break }
            i -= 1
        }
        return i
    }

    /// Where that sentence ends (at its 。, or the end of the line).
    static func fullSentenceEnd(_ u: UnsafeBufferPointer<UInt16>, _ p: Int) -> Int {
        var i = p
        while i < u.count && i - p < Self.sentenceReach {
            let c = u[i]
            if c == 0x3002 || c == 0x21 || c == 0x3F || c == 0x0A { break }
            i += 1
        }
        return i
    }

    /// 2016-2020年, 2016年以来, 2003年9月10日成立以来: a span of years, not one.
    static func isRangeOrCumulative(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, _ scope: Range<Int>, _ words: FunctionWords) -> Bool {
        var e = r.upperBound
        if e < u.count, words.isA(.yearMark, u[e]) { e += 1 }
        // 1982年起, 2019年开始: a period from the date on.
        // (A year alone: 2023年1月起 starts within its year, which it still names.)
        if e > r.lowerBound, words.isA(.yearMark, u[e - 1]), words.starting(.sinceAfter, at: e, in: u, limit: u.count) != nil { return true }
        // 以来 right after, or after a verb of founding (成立以来, 开展以来).
        var k = e
        while k + 1 < u.count && k - e <= 3 && CodeUnit.isHan(u[k]) {
            if words.starting(.since, at: k, in: u, limit: u.count) != nil { return true }
            k += 1
        }
        // 自2007年8月端州区总工会启动“金秋助学”活动以来: 以来 further on closes a span 自 opened.
        if r.lowerBound > 0, words.ending(.sinceOpen, before: r.lowerBound, in: u, limit: max(0, r.lowerBound - 2)) != nil {
            var k = e
            while k < u.count && k - e <= Self.sinceReach && !CodeUnit.clauseEnds.contains(u[k]) {
                if words.starting(.since, at: k, in: u, limit: u.count) != nil { return true }
                k += 1
            }
        }
        func isRangeMark(_ c: UInt16) -> Bool { rangeDashes.contains(c) || words.isA(.reach, c) }
        if e < u.count, isRangeMark(u[e]) {
            // 2021年6月至8月: months of one year.
            var k = e + 1
            while k < u.count && k - e <= 2 && CodeUnit.isDigit(u[k]) { k += 1 }
            if k > e + 1, k < u.count, words.isA(.monthMark, u[k]) || words.isA(.dayMark, u[k]) { return false }
            return true
        }
        // …2016-2020年: a separator with a number before it (截至2018年 is a date, not a range).
        if r.lowerBound > 1, isRangeMark(u[r.lowerBound - 1]),
           CodeUnit.isDigit(u[r.lowerBound - 2]) || words.isA(.yearMark, u[r.lowerBound - 2]) {
            return true
        }
        return false
    }

    /// - — ~: the dashes of a span of years (2016-2020年).
    static let rangeDashes = UnitSet("-—~")
    /// How far after a date 自 opens the 以来 that closes it may stand (the founding of an activity,
    /// its quoted name), within its clause.
    static let sinceReach = 40

    /// A year opened by 从/自 at `p` (since-open), and a verb of reaching a level (减少到, 增加到:
    /// an up or down marker and 到/至) between it and the number, right before the number.
    func reachedAfter(_ p: Int, number: Range<Int>) -> Bool {
        guard words.ending(.sinceOpen, before: p, in: u, limit: max(0, p - 2)) != nil else { return false }
        // (A qualifier may stand between the verb and the digits: 减少到近5000户.)
        var to = number.lowerBound - 1
        while to > p, !words.isA(.reach, u[to]), number.lowerBound - to <= Self.reachGap { to -= 1 }
        guard to > p, words.isA(.reach, u[to]) else { return false }
        return markers.endsChange(before: to, in: u, limit: p)
    }

    /// How far before a number the 到 of a reached level may stand (a qualifier between: 近, 超过).
    static let reachGap = 3

    func isAttached(_ d: DateFinder.Found, to number: Range<Int>) -> Bool {
        var e = d.range.upperBound
        if e < u.count, words.isA(.yearSuffix, u[e]) { e += 1 }  // 年度
        return e + 1 == number.lowerBound && words.isA(.of, u[e])
    }

    /// 由2022年的9场增加到12场: a year joined by 的 to a figure is that figure's year only.
    func belongsToAnotherFigure(_ d: DateFinder.Found, number: Range<Int>) -> Bool {
        var e = d.range.upperBound
        if e < u.count, words.isA(.yearSuffix, u[e]) { e += 1 }  // 年度
        guard e + 1 < u.count, words.isA(.of, u[e]) else { return false }
        let next = e + 1
        return next != number.lowerBound && (CodeUnit.isDigit(u[next]) || words.isA(.numeral, u[next]))
    }

    /// 在1998年的基础上: a date the figures are measured from, not their year.
    func isBase(_ d: DateFinder.Found) -> Bool {
        var e = d.range.upperBound
        if e < u.count, words.isA(.yearMark, u[e]) { e += 1 }
        return words.starting(.baseAfter, at: e, in: u, limit: u.count) != nil
    }

    /// The dates that can be a figure's own year: not a comparison base (比2022年, 与2003),
    /// not the year of another figure (2022年的9场).
    func ownDates(_ dates: [DateFinder.Found], number: Range<Int>, within r: Range<Int>) -> [DateFinder.Found] {
        dates.filter { d in
            markers.ending(.compare, before: d.range.lowerBound, in: u, limit: max(r.lowerBound, d.range.lowerBound - 4)) == nil
                && !(d.range.lowerBound > 0 && words.isA(.coordinator, u[d.range.lowerBound - 1]))  // 与2003 和2003
                && !isBase(d)
                && !belongsToAnotherFigure(d, number: number)
        }
    }

    // MARK: Paragraphs

    /// What `r` says about time, in text order (a date that opens a span is a span).
    func statements(in r: Range<Int>, number: Range<Int>? = nil) -> [(position: Int, statement: Statement)] {
        guard !r.isEmpty else { return [] }
        var out: [(Int, Statement)] = []
        let none = number ?? r.upperBound..<r.upperBound
        for d in ownDates(dates(in: r), number: none, within: r) {
            // 将于2021年10月1日投入使用: a date in the future is no period of figures.
            if markers.ending(.plan, before: d.range.lowerBound, in: u, limit: max(r.lowerBound, d.range.lowerBound - 3)) != nil { continue }
            if Self.isHistory(u, d.range, words) { continue }
            out.append((d.range.lowerBound, Self.isRangeOrCumulative(u, d.range, r, words) ? .span : .year(d.date.year)))
        }
        let occurrences = markerIndex.occurrences(in: r)
        for o in occurrences {
            switch o.kind {
            case .cumulative, .period:
                // 今年以来 is this year; 一年来 is the whole year.
                if occurrences.contains(where: { ($0.kind == .thisYear || $0.kind == .thatYear || $0.kind == .wholeYear) && $0.range.overlaps(o.range) }) { continue }
                out.append((o.range.lowerBound, o.kind == .period ? .span : .cumulative))
            case .thisYear: out.append((o.range.lowerBound, .thisYear))
            case .thatYear:
                // 截至2022年年底,…(其中当年新建210个): the year a clause opened with before it, else
                // this year — not one compared with (与2019年相比) or of a founding (成立于2008年).
                let stated = out.last { s in
                    if case .year = s.1, s.0 < o.range.lowerBound, s.0 == r.lowerBound || isUntil(s.0) || Attribution.opensClause(u, at: s.0) { return true }
                    return false
                }
                out.append((o.range.lowerBound, stated?.1 ?? .thisYear))
            case .current: out.append((o.range.lowerBound, .current))
            case .recent: out.append((o.range.lowerBound, .recent))
            case .lastYear:
                // 比上年, 较去年: a comparison, not the period.
                if markers.ending(.compare, before: o.range.lowerBound, in: u, limit: max(r.lowerBound, o.range.lowerBound - 2)) != nil { continue }
                out.append((o.range.lowerBound, .lastYear))
            default: continue
            }
        }
        return out.sorted { $0.0 < $1.0 }
    }

    /// 成立于1950年, 1990年改为现名: a date of the body's history, which dates no figure (其属下共有
    /// 40个基层工会 after it is today's stock).
    /// A sentence that reports figures after such a date is dated by it as any other (2019年成立,
    /// 当年接待来访职工1200人次): only a sentence of history alone is passed over.
    static func isHistory(_ u: UnsafeBufferPointer<UInt16>, _ d: Range<Int>, _ words: FunctionWords) -> Bool {
        var history = d.lowerBound > 0 && words.ending(.historyBefore, before: d.lowerBound, in: u, limit: max(0, d.lowerBound - 3)) != nil
        var e = d.upperBound
        if e < u.count, words.isA(.yearMark, u[e]) { e += 1 }
        history = history || words.starting(.historyAfter, at: e, in: u, limit: min(u.count, e + 5)) != nil
        // 于2007年3月25日在深圳龙华园区成立: the founding verb ends the date's clause, a place between.
        if !history, let c = (e..<min(u.count, e + historyClauseReach)).first(where: { CodeUnit.clauseEnds.contains(u[$0]) }) {
            history = words.ending(.historyAfter, before: c + 1, in: u, limit: e) != nil
        }
        guard history else { return false }
        // Any number in the sentence that is no date (not followed by 年, 月 or 日) is a figure.
        let end = fullSentenceEnd(u, d.lowerBound)
        var i = fullSentenceStart(u, d.lowerBound)
        while i < end {
            guard CodeUnit.isDigit(u[i]) else { i += 1; continue }
            var j = i
            while j < end, CodeUnit.isDigit(u[j]) || u[j] == 0x2E || u[j] == 0x2C { j += 1 }
            if j >= end || !(words.isA(.yearMark, u[j]) || words.isA(.monthMark, u[j]) || words.isA(.dayMark, u[j])) { return false }
            i = j
        }
        return true
    }

    /// How far after a date the founding verb that ends its clause may stand.
    static let historyClauseReach = 16

    /// The dates wholly inside `r`: from its line's, when read (a date cut by the end of `r`
    /// is none of them), else read now.
    func dates(in r: Range<Int>) -> [DateFinder.Found] {
        let line = layout.line(containing: r.lowerBound)
        guard line < datesRead.count, datesRead[line], layout.lines[line].upperBound >= r.upperBound else {
            return dateFinder.allDates(in: u, range: r)
        }
        return lineDates[line].filter { $0.range.lowerBound >= r.lowerBound && $0.range.upperBound <= r.upperBound }
    }

    /// The year a statement gives in a piece of the document.
    func year(of statement: Statement, piece: Int) -> Int? {
        let report = piece < reportYears.count ? reportYears[piece] : nil
        switch statement {
        case .year(let y): return y
        case .span, .cumulative: return nil
        // 本年度, 今年: the year the report is about, else the document's.
        case .thisYear: return report ?? documentYear
        // 去年: the year before the document was written.
        case .lastYear: return (documentYear ?? report).map { $0 - 1 }
        // 目前, 截至目前: when the document was written.
        case .current: return documentYear ?? report
        case .recent: return documentYear
        }
    }

    // MARK: A figure's year

    /// The year of a quantity at `number` in `sentence` (and `clause`), or nil.
    func year(number: Range<Int>, clause: Range<Int>, sentence: Range<Int>, line: Int) -> Int? {
        let piece = layout.piece(containing: number.lowerBound)
        // A relative phrase the document gives nothing to read against (目前 without a date)
        // says nothing.
        func known<S: Sequence>(_ list: S) -> [(position: Int, statement: Statement)] where S.Element == (position: Int, statement: Statement) {
            list.filter { s in
                switch s.statement {
                case .thisYear, .lastYear, .current, .recent: return year(of: s.statement, piece: piece) != nil
                default: return true
                }
            }
        }
        // 今年 in a text with no date: the year is unknown, not one stated before it (自2007年…累计
        // …。今年,该区…40人). Stated nearest before the figure, it leaves the figure without a year.
        func unresolved<S: BidirectionalCollection>(_ list: S) -> Bool where S.Element == (position: Int, statement: Statement) {
            guard let last = list.last else { return false }
            switch last.statement {
            case .thisYear, .lastYear, .current: return year(of: last.statement, piece: piece) == nil
            default: return false
            }
        }
        let before = sentence.lowerBound..<number.lowerBound
        // A cumulative total speaks for the clauses it opens (累计筹措…9340万元,走访慰问…近22万
        // 人次), not past its own clause when it follows a subject (工作室累计达到1126家,命名…50名).
        var ownAll = statements(in: before, number: number).filter { s in
            s.statement != .cumulative || s.position >= clause.lowerBound
                || s.position - Attribution.clauseStart(u, before: s.position, limit: sentence.lowerBound) <= 1
        }
        // 从2019年超过2万户,减少到近5000户: the year the figures rose or fell from dates the level
        // before, not the level reached; nor does a year before it. What the sentence or paragraph
        // says otherwise decides.
        if let last = ownAll.last, case .year(let from) = last.statement, reachedAfter(last.position, number: number) {
            ownAll.removeAll { s in if case .year(let y) = s.statement { return y <= from } else { return false } }
        }
        let own = known(ownAll)
        // 比2022年的9场: the year joined to this very figure is its year, comparison or not.
        let allDates = dates(in: before)
        if let attached = allDates.last, isAttached(attached, to: number) { return attached.date.year }
        if unresolved(ownAll) { return nil }
        let paragraph = layout.lines[line]
        let said = line < lineStatements.count ? lineStatements[line] : []
        let start = Self.fullSentenceStart(u, sentence.lowerBound)
        // What the paragraph said before the figure's sentence, and at the opening of its
        // sentence before a semicolon; a cumulative total speaks only for its own sentence.
        let earlierEnd = Self.partition(said) { $0.position >= start }
        let earlierAll = said[..<earlierEnd].filter { $0.statement != .cumulative }
        let openingAll = statements(in: start..<sentence.lowerBound).filter { $0.statement != .cumulative }
        if own.isEmpty && (unresolved(openingAll) || (openingAll.isEmpty && unresolved(earlierAll))) { return nil }
        let earlier = known(earlierAll)
        let opening = known(openingAll)
        // The nearest time before the figure in its sentence governs: a span or a cumulative
        // total (五年来, 累计) gives none, a later year or 今年 its year (…累计建成16.8万个,其中今年
        // 上半年新建1.1万个).
        // 截至2019年 after a span stated earlier in the paragraph (“十三五”期间…。截至2019年,…)
        // closes the span: the figures are over the whole period.
        func closesSpan(_ s: (position: Int, statement: Statement)) -> Bool {
            guard case .year = s.statement else { return false }
            return earlier.contains { $0.statement == .span } && isUntil(s.position) && !endOfYear(s.position)
        }
        if let last = own.last {
            // 2014年,累计慰问…943人: a total within the year the sentence states is that year's;
            // 截至2020年,…累计帮助8877名 is one over the years up to it, of no single year.
            if last.statement == .cumulative, own.count >= 2, case .year(let y) = own[own.count - 2].statement,
               !closesSpan(own[own.count - 2]), !isUntil(own[own.count - 2].position) {
                return y
            }
            // 去年累计…发放…198.41万元: so is one within the year a relative phrase in its clause
            // names (not 今年新建…5家,全区累计达到15家, a stock over all years).
            if last.statement == .cumulative, own.count >= 2, [.thisYear, .lastYear].contains(own[own.count - 2].statement),
               own[own.count - 2].position >= clause.lowerBound, let y = year(of: own[own.count - 2].statement, piece: piece) {
                return y
            }
            if last.statement == .span || last.statement == .cumulative || closesSpan(last) { return nil }
            return year(of: last.statement, piece: piece)
        }
        // 全年: the year the paragraph speaks of, else the report's (its heading's or title's).
        if markerIndex.contains(.wholeYear, in: before) {
            if let last = (earlier + opening).last { return year(of: last.statement, piece: piece) }
            if let y = headingYear[line] { return y }
            // A review dated early in the next year (2018-02-02: 2017年,陕西省…。¶全年新增…): a
            // paragraph just before that opens with the year before the date's names the year.
            // (With no date to read 全年 against, that paragraph's year is the one the text speaks
            // of: 2013年,全省工会…。¶全年共签订….)
            if let y = openingYear(before: line, piece: layout.pieces[piece]) {
                guard let d = documentYear else { return y }
                if y == d - 1, let m = documentMonth, m <= Self.reviewSeasonEnd { return y }
            }
            return year(of: .thisYear, piece: piece)
        }
        // A clause after a semicolon still belongs to the year its sentence opened with
        // (截至2023年9月底,…;职工入会率达92.6%).
        if let last = opening.last { return closesSpan(last) ? nil : year(of: last.statement, piece: piece) }
        // What the paragraph said before this sentence.
        if let last = earlier.last { return year(of: last.statement, piece: piece) }
        // 此次送温暖行动,全区各级工会共投入…260余万元: a sentence that opens by referring back to an
        // event (function-words event-anaphor) is in the year the event was named with, in the
        // paragraphs before it (…开展2026年春节送温暖行动).
        if own.isEmpty, opening.isEmpty, let e = words.eventAnaphorEnd(at: start, in: u, limit: number.lowerBound) {
            let head = e + Self.eventHeadLength <= number.lowerBound && (e..<(e + Self.eventHeadLength)).allSatisfy({ CodeUnit.isHan(u[$0]) })
                ? Array(u[e..<(e + Self.eventHeadLength)]) : []
            if let y = namedYear(before: start, line: line, piece: layout.pieces[piece], naming: head) { return y }
        }
        // 今年 later in the paragraph speaks for the whole of it (…共表彰…397个。…今年推荐…).
        let laterStart = Self.partition(said) { $0.position >= number.upperBound }
        if laterStart < said.count, said[laterStart].statement == .thisYear, paragraph.contains(said[laterStart].position) {
            return year(of: .thisYear, piece: piece)
        }
        // …覆盖职工12105人,圆满完成2014年集体合同…任务: a year stated later in the figure's own
        // sentence, when it is the year the document was written (or there is no date), closes
        // what the sentence reports.
        if laterStart < said.count, case .year(let y) = said[laterStart].statement,
           said[laterStart].position < Self.fullSentenceEnd(u, number.upperBound),
           documentYear == nil || documentYear == y {
            return y
        }
        // 6月,市总工会命名…: a month without a year is in the report's (or document's) year —
        // not one after the document's date's (12月28日,… under a dateline of 2021-01-15 is the
        // year before's, which it does not state).
        if let month = Self.openingMonth(u, before, dateFinder, words) {
            if let y = headingYear[line] { return y }
            if month <= documentMonth ?? month, let y = year(of: .thisYear, piece: piece) { return y }
        }
        // 本报讯 1月29日至30日,市总工会拿出398万元…: the day the sentence reports, of no stated year,
        // is in the year of the document's date — when the date is that day or later.
        if headingYear[line] == nil, let month = monthOfDay(in: Self.fullSentenceStart(u, sentence.lowerBound)..<number.lowerBound),
           let y = documentYear, let m = documentMonth, month <= m { return y }
        // 4月29日,…发布仪式举行。活动表彰了40个…: so does a day that opens a sentence of the figure's
        // paragraph before it.
        if headingYear[line] == nil, let y = documentYear, let m = documentMonth, line < lineOpeningDays.count,
           let day = lineOpeningDays[line], day.position < number.lowerBound, day.month <= m { return y }
        return headingYear[line]
    }

    /// The year the nearest stretch before `p` that states one opens with — its paragraph up to
    /// `p`, then the paragraphs before it in `piece` (three at most): the year an event is named
    /// with comes first (2024年,县总工会开展…竞赛,计划2026年实现全覆盖 is 2024's); a span or a running
    /// total first gives none.
    func namedYear(before p: Int, line: Int, piece: Range<Int>, naming head: [UInt16] = []) -> Int? {
        var stretches = [layout.lines[line].lowerBound..<p] + Self.paragraphs(before: line, in: piece, layout: layout)
        // 此次大赛: the stretch that names the event (大赛) when one does, not a nearer one about
        // something else (…举办全省职工技能大赛。¶2018年,成都市…。¶据悉,此次大赛…).
        if !head.isEmpty, let k = stretches.firstIndex(where: { CodeUnit.contains([head], in: u, $0) }) { stretches = Array(stretches[k...]) }
        for r in stretches {
            guard let first = statements(in: r).first(where: { $0.statement != .recent }) else { continue }
            if case .year(let y) = first.statement { return y }
            return nil
        }
        return nil
    }

    /// How far into a paragraph the day that opens it may end (4月29日, 12月31日).
    static let openingDayReach = 8

    /// How much of the noun after an event anaphor names the event (此次|大赛, 此次|助学活动).
    static let eventHeadLength = 2

    /// The first day written without a year that opens a sentence in `r` (4月29日,…): where its
    /// sentence starts, and its month.
    func openingDay(in r: Range<Int>) -> (position: Int, month: Int)? {
        var p = r.lowerBound
        while p < r.upperBound {
            if p == r.lowerBound || CodeUnit.sentenceEnds.contains(u[p - 1]),
               let month = monthOfDay(in: p..<min(r.upperBound, p + Self.openingDayReach)) { return (p, month) }
            p += 1
        }
        return nil
    }

    /// The month of a day written without a year (1月29日, 6月10日) in `r`.
    func monthOfDay(in r: Range<Int>) -> Int? {
        var i = r.lowerBound
        while i < r.upperBound {
            guard words.isA(.monthMark, u[i]), i > r.lowerBound, CodeUnit.isDigit(u[i - 1]) else { i += 1; continue }
            var a = i - 1
            while a > r.lowerBound, i - a < 2, CodeUnit.isDigit(u[a - 1]) { a -= 1 }
            // (2023年1月29日: a year stands before it; the date finder reads that one.)
            let yearBefore = a > r.lowerBound && (words.isA(.yearMark, u[a - 1]) || CodeUnit.isDigit(u[a - 1]))
            var e = i + 1
            while e < r.upperBound, e - i <= 2, CodeUnit.isDigit(u[e]) { e += 1 }
            // (中工网北京9月26日电: the dispatch's day, not the reported one.)
            let dispatched = e + 1 < r.upperBound && words.isA(.dispatch, u[e + 1])
            let month = u[a..<i].reduce(0) { $0 * 10 + Int($1 - 0x30) }
            if !yearBefore, !dispatched, e > i + 1, e < r.upperBound, words.isA(.dayMark, u[e]), (1...12).contains(month) { return month }
            i += 1
        }
        return nil
    }

    /// 2018年4月共参与…687件。¶4月,…受理的301件…: a paragraph that opens with a month and no year
    /// continues the dated paragraph before it, when that date's month is no later. The year of the
    /// nearest of the three paragraphs before `line` in `piece` that states a month with its year.
    static func monthParagraphYear(_ u: UnsafeBufferPointer<UInt16>, line: Int, layout: DocumentLayout, piece: Range<Int>,
                                   _ finder: DateFinder, _ words: FunctionWords) -> Int? {
        let r = layout.lines[line]
        guard let month = openingMonth(u, r, finder, words) else { return nil }
        for p in paragraphs(before: line, in: piece, layout: layout) {
            let stated = finder.allDates(in: u, range: p).filter { $0.date.month != nil && !isRangeOrCumulative(u, $0.range, p, words) && !isHistory(u, $0.range, words) }
            guard let last = stated.last, let m = last.date.month else { continue }
            return m <= month ? last.date.year : nil
        }
        return nil
    }

    /// The paragraphs before `line` in `piece` a paragraph may continue (three at most), the
    /// nearest first.
    static func paragraphs(before line: Int, in piece: Range<Int>, layout: DocumentLayout) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var k = line
        while k > 0 && out.count < 3 {
            k -= 1
            let r = layout.lines[k]
            guard !r.isEmpty else { continue }
            guard piece.contains(r.lowerBound) else { break }
            out.append(r)
        }
        return out
    }

    /// The month a stretch opens with (4月, 十二月, 截至6月底), with no year before it.
    static func openingMonth(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, _ finder: DateFinder, _ words: FunctionWords) -> Int? {
        var i = r.lowerBound
        if let until = words.starting(.until, at: i, in: u, limit: r.upperBound) { i += until.count }
        var month = 0
        let start = i
        while i < r.upperBound && i - start < 2 && CodeUnit.isDigit(u[i]) { month = month * 10 + Int(u[i] - 0x30); i += 1 }
        if i == start {
            while i < r.upperBound && i - start < 2, let d = finder.isTen(u[i]) ? 10 : finder.chineseDigit(u[i]) {
                month = d == 10 ? max(month, 1) * 10 : month + d
                i += 1
            }
        }
        guard i > start, i < r.upperBound, words.isA(.monthMark, u[i]), (1...12).contains(month) else { return nil }
        return month
    }

    /// The last month in which a text reviews the year before (annual reviews appear by March).
    static let reviewSeasonEnd = 3

    /// The year that one of the three paragraphs before `line` in `piece` opens with (2017年,…),
    /// the nearest first.
    func openingYear(before line: Int, piece: Range<Int>) -> Int? {
        for r in Self.paragraphs(before: line, in: piece, layout: layout) {
            if let d = dates(in: r.lowerBound..<min(r.upperBound, r.lowerBound + 12)).first, d.range.lowerBound == r.lowerBound,
               !Self.isRangeOrCumulative(u, d.range, r, words) {
                return d.date.year
            }
        }
        return nil
    }

    /// The first index of `a` where `isAfter` holds (it holds for a suffix of `a`).
    static func partition<T>(_ a: [T], _ isAfter: (T) -> Bool) -> Int {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isAfter(a[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// 2022年底, 2022年末, 2017年年底, 2022年12月: a date at `p` that names the end of its year or a month.
    func endOfYear(_ p: Int) -> Bool {
        var i = p
        while i < u.count && i - p < 4 && CodeUnit.isDigit(u[i]) { i += 1 }
        guard i + 1 < u.count, words.isA(.yearMark, u[i]) else { return false }
        // 2017年年底: the year's end, its mark written twice.
        if i + 2 < u.count, words.isA(.yearMark, u[i + 1]) { i += 1 }
        let c = u[i + 1]
        return words.isA(.yearEnd, c) || CodeUnit.isDigit(c)
    }

    /// 截至, 截止, 到 right before a date at `p`.
    func isUntil(_ p: Int) -> Bool {
        words.ending(.until, before: p, in: u, limit: max(0, p - 2)) != nil
    }
}
