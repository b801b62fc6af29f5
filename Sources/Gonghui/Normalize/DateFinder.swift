/// Finds calendar dates written the ways reports and pages write them:
/// 2020-12-15, 2020/12/15, 2020.12.15, 2020年12月15日, 二〇二〇年十二月十五日.
public enum DateFinder {
    /// The first date in `text` with a plausible year (1949–2100).
    public static func firstDate(in text: String) -> ReportDate? {
        allDates(in: Array(text.utf16)).first?.date
    }

    public struct Found: Sendable, Hashable {
        public var date: ReportDate
        public var range: Range<Int>
    }

    /// Every date in `u`, in order (UTF-16 ranges).
    public static func allDates(in units: [UInt16], range: Range<Int>? = nil) -> [Found] {
        units.withUnsafeBufferPointer { allDates(in: $0, range: range ?? 0..<$0.count) }
    }

    static func allDates(in u: UnsafeBufferPointer<UInt16>, range r: Range<Int>) -> [Found] {
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

    /// Per BMP unit: the digit a Chinese numeral stands for, or -1 (a table: this is asked at
    /// every character of every document).
    static let chineseDigitTable: [Int8] = {
        var d = [Int8](repeating: -1, count: 65536)
        for (i, c) in "〇一二三四五六七八九".utf16.enumerated() { d[Int(c)] = Int8(i) }
        for c in "零○O".utf16 { d[Int(c)] = 0 }
        return d
    }()

    @inline(__always) static func chineseDigit(_ u: UInt16) -> Int? {
        let v = chineseDigitTable[Int(u)]
        return v < 0 ? nil : Int(v)
    }

    /// A date starting exactly at `i`.
    static func date(at i: Int, in u: UnsafeBufferPointer<UInt16>, limit: Int) -> Found? {
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
        if sep == 0x5E74 /* 年 */ {
            var k = j + 1
            guard let (month, afterMonth) = number(u, k, limit, chinese: chinese), (1...12).contains(month),
                  afterMonth < limit, u[afterMonth] == 0x6708 /* 月 */ else {
                return Found(date: ReportDate(year: year), range: i..<(j + 1))
            }
            k = afterMonth + 1
            if let (day, afterDay) = number(u, k, limit, chinese: chinese), (1...31).contains(day),
               afterDay < limit, u[afterDay] == 0x65E5 || u[afterDay] == 0x53F7 /* 日 号 */ {
                return Found(date: ReportDate(year: year, month: month, day: day), range: i..<(afterDay + 1))
            }
            return Found(date: ReportDate(year: year, month: month), range: i..<k)
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

    /// An Arabic or Chinese number (1–31 range matters) at `k`: (value, end).
    static func number(_ u: UnsafeBufferPointer<UInt16>, _ k: Int, _ limit: Int, chinese: Bool) -> (Int, Int)? {
        var j = k, v = 0
        while j < limit && j - k < 2 && CodeUnit.isDigit(u[j]) { v = v * 10 + Int(u[j] - 0x30); j += 1 }
        if j > k { return (v, j) }
        // 十二, 三十一, 二十, 十
        let ten: UInt16 = 0x5341
        j = k; v = 0
        var sawTen = false
        while j < limit && j - k < 3 {
            if u[j] == ten { v = (v == 0 ? 1 : v) * 10; sawTen = true; j += 1; continue }
            guard let d = chineseDigit(u[j]) else { break }
            v = sawTen ? v + d : v * 10 + d
            j += 1
        }
        return j > k ? (v, j) : nil
    }
}
