/// Writes the years of the Republic of China calendar that Taiwanese pages count in (105年 →
/// 2016年, 99年度 → 2010年度) as the common era's, in a window that names a Taiwanese place or
/// body (function-words roc-marker), so that every later stage reads them as it reads any year.
///
/// Only a bare number of two or three digits right before 年 that falls in the years such pages
/// report (`years`), not a span of time (满100年, 100年来, 90年代: function-words
/// not-roc-before, not-roc-after). A page that names no such place keeps its numbers: 建党100年
/// on a mainland page is no year.
struct RocCalendar: Sendable {
    let words: FunctionWords

    /// The ROC years read as years: 1996–2050.
    static let years = 85...139
    /// The common era year of ROC year 1 is this plus one.
    static let offset = 1911

    func apply(_ u: [UInt16], map: OffsetMap) -> ([UInt16], OffsetMap) {
        let candidates = self.candidates(u)
        guard !candidates.isEmpty, namesTaiwan(u) else { return (u, map) }
        var w = TextRewriter(u, map: map)
        for (range, year) in candidates {
            w.copy(upTo: range.lowerBound)
            w.replace(upTo: range.upperBound, with: Array(String(year + Self.offset).utf16))
        }
        w.copy(upTo: u.count)
        return w.finish()
    }

    /// The digits of each ROC year in the text and its value.
    func candidates(_ u: [UInt16]) -> [(Range<Int>, Int)] {
        var found: [(Range<Int>, Int)] = []
        u.withUnsafeBufferPointer { b in
            var i = 0
            while i < b.count {
                guard CodeUnit.isDigit(b[i]) else { i += 1; continue }
                var e = i
                while e < b.count, CodeUnit.isDigit(b[e]) { e += 1 }
                defer { i = e }
                guard (2...3).contains(e - i), e < b.count, words.isA(.yearMark, b[e]) else { continue }
                // (Not the end of a decimal or a longer figure: 1.105年, 2,105年.)
                if i > 1, b[i - 1] == 0x2E || b[i - 1] == 0x2C, CodeUnit.isDigit(b[i - 2]) { continue }
                let value = b[i..<e].reduce(0) { $0 * 10 + Int($1 - 0x30) }
                guard Self.years.contains(value),
                      words.ending(.notRocBefore, before: i, in: b, limit: max(0, i - 4)) == nil,
                      words.starting(.notRocAfter, at: e + 1, in: b, limit: b.count) == nil else { continue }
                // 105至107年, 105、106年: the range's or list's first year too.
                if i > 1, words.isA(.rangeDash, b[i - 1]) || words.isA(.reach, b[i - 1]) || words.isCoordinator(at: i - 1, in: b) {
                    var a = i - 1
                    while a > 0, CodeUnit.isDigit(b[a - 1]) { a -= 1 }
                    let first = b[a..<(i - 1)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
                    if (2...3).contains(i - 1 - a), Self.years.contains(first), found.last.map({ $0.0.upperBound <= a }) ?? true { found.append((a..<(i - 1), first)) }
                }
                found.append((i..<e, value))
            }
        }
        return found
    }

    /// The window names a Taiwanese place or body.
    func namesTaiwan(_ u: [UInt16]) -> Bool {
        u.withUnsafeBufferPointer { b in words.contains(.rocMarker, in: b, 0..<b.count) }
    }
}
