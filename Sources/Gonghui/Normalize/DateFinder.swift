/// Finds calendar dates written the ways reports and pages write them:
/// 2020-12-15, 2020/12/15, 2020.12.15, 2020年12月15日, 二〇二〇年十二月十五日.
///
/// The marks and Chinese digits of dates are function words (function-words.tsv: year-mark,
/// month-mark, day-mark and spoken-day-mark; date-digit valued as in numerals.tsv, date-zero;
/// ten is the multiplier of value 10).
public struct DateFinder: Sendable {
    /// Per BMP unit: the digit a Chinese numeral stands for in a date, 10 for ten, or -1 (a
    /// table: this is asked at every character of every document).
    private let chineseDigitTable: [Int8]
    private let yearMarks: UnitSet
    private let monthMarks: UnitSet
    private let dayMarks: UnitSet

    init(words: FunctionWords, numeralKind: [QuantityLexicon.NumeralKind?], numeralValue: [Int]) throws(GonghuiError) {
        var d = [Int8](repeating: -1, count: 65536)
        for w in words.words[.dateDigit] {
            let c = w[0]
            guard numeralKind[Int(c)] == .digit, (0...9).contains(numeralValue[Int(c)]) else {
                throw words.error(.dateDigit, c, "a date-digit must be a digit of numerals.tsv")
            }
            d[Int(c)] = Int8(numeralValue[Int(c)])
        }
        for w in words.words[.dateZero] { d[Int(w[0])] = 0 }
        // 十二月, 三十一日: the multiplier ten.
        for w in words.words[.multiplier] where numeralKind[Int(w[0])] == .unit && numeralValue[Int(w[0])] == 10 { d[Int(w[0])] = 10 }
        chineseDigitTable = d
        yearMarks = words.set(.yearMark)
        monthMarks = words.set(.monthMark)
        var days = UnitSet()
        for w in words.words[.dayMark] + words.words[.spokenDayMark] where w.count == 1 { days.insert(w[0]) }
        dayMarks = days
    }

    /// The first date in `text` with a plausible year (1949–2100).
    public func firstDate(in text: String) -> ReportDate? {
        allDates(in: Array(text.utf16)).first?.date
    }

    public struct Found: Sendable, Hashable {
        public var date: ReportDate
        public var range: Range<Int>
    }

    /// Every date in `u`, in order (UTF-16 ranges).
    public func allDates(in units: [UInt16], range: Range<Int>? = nil) -> [Found] {
        units.withUnsafeBufferPointer { allDates(in: $0, range: range ?? 0..<$0.count) }
    }

    func allDates(in u: UnsafeBufferPointer<UInt16>, range r: Range<Int>) -> [Found] {
        var out: [Found] = []
        var i = r.lowerBound
        while i < r.upperBound {
            if let f = date(at: i, in: u, limit: r.upperBound) {
                out.append(f)
                i = f.range.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    /// The digit a Chinese numeral stands for in a date (not ten).
    @inline(__always) func chineseDigit(_ u: UInt16) -> Int? {
        let v = chineseDigitTable[Int(u)]
        return v < 0 || v > 9 ? nil : Int(v)
    }

    @inline(__always) func isTen(_ u: UInt16) -> Bool { chineseDigitTable[Int(u)] == 10 }

    /// A date starting exactly at `i`.
    func date(at i: Int, in u: UnsafeBufferPointer<UInt16>, limit: Int) -> Found? {
        guard CodeUnit.isDigit(u[i]) || chineseDigit(u[i]) != nil else { return nil }
        // The year must not continue a longer number.
        if i > 0, CodeUnit.isDigit(u[i - 1]) || chineseDigit(u[i - 1]) != nil { return nil }
        var j = i
        var year = 0
        var chinese = false
        while j < limit && j - i < 4 && CodeUnit.isDigit(u[j]) { year = year * 10 + Int(u[j] - 0x30); j += 1 }
        if j - i != 4 {
            // 二〇二〇年: four Chinese digits.
            j = i; year = 0
            while j < limit && j - i < 4, let d = chineseDigit(u[j]) { year = year * 10 + d; j += 1 }
            guard j - i == 4 else { return nil }
            chinese = true
        }
        guard (1949...2100).contains(year), j < limit else { return nil }
        if j < limit && CodeUnit.isDigit(u[j]) { return nil }
        let sep = u[j]
        if yearMarks.contains(sep) {
            guard let md = monthAndDay(u, j + 1, limit, chinese: chinese) else {
                return Found(date: ReportDate(year: year), range: i..<(j + 1))
            }
            if let (day, end) = md.day { return Found(date: ReportDate(year: year, month: md.month, day: day), range: i..<end) }
            return Found(date: ReportDate(year: year, month: md.month), range: i..<md.end)
        }
        // 2025“金秋助学”活动: a year before the quoted name of a year's campaign.
        if !chinese, sep == 0x201C, i == 0 || !CodeUnit.isASCIILetter(u[i - 1]) {
            return Found(date: ReportDate(year: year), range: i..<j)
        }
        if !chinese, sep == 0x2D || sep == 0x2F || sep == 0x2E {
            guard let (month, afterMonth) = number(u, j + 1, limit, chinese: false), (1...12).contains(month), afterMonth - j - 1 <= 2 else { return nil }
            if afterMonth < limit, u[afterMonth] == sep,
               let (day, afterDay) = number(u, afterMonth + 1, limit, chinese: false), (1...31).contains(day), afterDay - afterMonth - 1 <= 2 {
                return Found(date: ReportDate(year: year, month: month, day: day), range: i..<afterDay)
            }
            // 2020.12 is a date only with - or /; 2020.5 might be a number.
            if sep != 0x2E { return Found(date: ReportDate(year: year, month: month), range: i..<afterMonth) }
        }
        return nil
    }

    /// A month and day with no year starting exactly at `i` (8月25日): its end.
    func monthDay(at i: Int, in u: UnsafeBufferPointer<UInt16>, limit: Int) -> Int? {
        guard i == 0 || !CodeUnit.isDigit(u[i - 1]), let md = monthAndDay(u, i, limit, chinese: false), let (_, end) = md.day else { return nil }
        return end
    }

    /// A month and its mark at `k` (8月), and the day and its mark after it if there is one (25日):
    /// the month, the end of the month's mark, and (day, end of its mark).
    private func monthAndDay(_ u: UnsafeBufferPointer<UInt16>, _ k: Int, _ limit: Int, chinese: Bool) -> (month: Int, end: Int, day: (Int, Int)?)? {
        guard let (month, afterMonth) = number(u, k, limit, chinese: chinese), (1...12).contains(month),
              afterMonth < limit, monthMarks.contains(u[afterMonth]) else { return nil }
        guard let (day, afterDay) = number(u, afterMonth + 1, limit, chinese: chinese), (1...31).contains(day),
              afterDay < limit, dayMarks.contains(u[afterDay]) else { return (month, afterMonth + 1, nil) }
        return (month, afterMonth + 1, (day, afterDay + 1))
    }

    /// An Arabic or Chinese number (1–31 range matters) at `k`: (value, end).
    func number(_ u: UnsafeBufferPointer<UInt16>, _ k: Int, _ limit: Int, chinese: Bool) -> (Int, Int)? {
        var j = k, v = 0
        while j < limit && j - k < 2 && CodeUnit.isDigit(u[j]) { v = v * 10 + Int(u[j] - 0x30); j += 1 }
        if j > k { return (v, j) }
        // 十二, 三十一, 二十, 十
        j = k; v = 0
        var sawTen = false
        while j < limit && j - k < 3 {
            if isTen(u[j]) { v = (v == 0 ? 1 : v) * 10; sawTen = true; j += 1; continue }
            guard let d = chineseDigit(u[j]) else { break }
            v = sawTen ? v + d : v * 10 + d
            j += 1
        }
        return j > k ? (v, j) : nil
    }
}
