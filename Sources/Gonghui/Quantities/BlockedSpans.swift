/// Stretches of text whose digits are not quantities: names and slogans (三个代表, 十七大),
/// place names (十堰), dates (2020-12-15, 2016年), times (9:30), URLs and e-mail addresses,
/// phone numbers and codes, short quoted names (“四个千万”), and 文号 (〔2019〕12号).
///
/// Found once per document, then looked up in order as the scan advances.
struct BlockedSpans {
    private(set) var ranges: [Range<Int>] = []
    private var cursor = 0

    /// Names and slogans are found in one pass over the text; dates, codes, quotes and 文号
    /// are checked where a number starts (`local(at:)`), which is far cheaper than scanning
    /// every character for them.
    ///
    /// Only spans around `anchors` (the characters a number can start or go on with) are read:
    /// a name blocks a number only if it holds one, so text far from any numeral is skipped.
    init(_ u: UnsafeBufferPointer<UInt16>, exceptions: PhraseMatcher, lexicon: QuantityLexicon, anchors: (UInt16) -> Bool) {
        var found: [Range<Int>] = []
        var matches: [PhraseMatcher.Match] = []
        let reach = max(exceptions.maxLength - 1, 0)
        var i = 0
        while i < u.count {
            guard anchors(u[i]) else { i += 1; continue }
            // The window of every name that could hold this anchor, extended over the anchors
            // that follow within reach.
            let start = max(0, i - reach)
            var last = i
            var j = i + 1
            while j < u.count && j - last <= reach {
                if anchors(u[j]) { last = j }
                j += 1
            }
            let end = min(u.count, last + reach + 1)
            // (Windows may overlap by less than a name; a name found twice is dropped below
            // as overlapping itself.)
            exceptions.forEachMatch(in: u, range: start..<end) { matches.append($0) }
            i = end
        }
        matches.sort { a, b in a.range.lowerBound != b.range.lowerBound ? a.range.lowerBound < b.range.lowerBound : a.range.count > b.range.count }
        var end = Int.min
        for m in matches where m.range.lowerBound >= end {
            // An exception never cuts a number apart: 1.2万家职工书屋 is a count of 书屋.
            if m.range.lowerBound > 0, Self.isNumberCharacter(u[m.range.lowerBound - 1], lexicon) { continue }
            found.append(m.range)
            end = m.range.upperBound
        }
        // Merge overlaps.
        var merged: [Range<Int>] = []
        for r in found {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        ranges = merged
    }

    /// A digit, a point, an everyday Chinese numeral or a multiplier (function-words.tsv).
    static func isNumberCharacter(_ c: UInt16, _ lexicon: QuantityLexicon) -> Bool {
        CodeUnit.isDigit(c) || c == 0x2E || lexicon.plainNumerals.contains(c) || lexicon.multipliers.contains(c)
    }

    /// The blocked range containing `i`, if any. Calls must come with non-decreasing `i`.
    mutating func range(containing i: Int) -> Range<Int>? {
        while cursor < ranges.count && ranges[cursor].upperBound <= i { cursor += 1 }
        if cursor < ranges.count && ranges[cursor].contains(i) { return ranges[cursor] }
        return nil
    }

    /// What blocks a number starting at `i`, judged from its surroundings: a date starting
    /// there, an ASCII code around it, a short quoted name or 文号 bracket around it.
    static func local(_ u: UnsafeBufferPointer<UInt16>, at i: Int, numberUnits: [UInt16]? = nil, lexicon: QuantityLexicon) -> Range<Int>? {
        if let d = lexicon.dates.date(at: i, in: u, limit: u.count) { return d.range }
        if CodeUnit.isDigit(u[i]) {
            // The ASCII run around the digit.
            var a = i, b = i
            while a > 0, u[a - 1] > 0x20, u[a - 1] < 0x7F, !runBreaks.contains(u[a - 1]) { a -= 1 }
            while b < u.count, u[b] > 0x20, u[b] < 0x7F, !runBreaks.contains(u[b]) { b += 1 }
            var e = b
            while e > a, u[e - 1] == 0x2E || u[e - 1] == 0x3B || u[e - 1] == 0x21 || u[e - 1] == 0x3F { e -= 1 }
            if e > a, isCode(u, a..<e, lexicon) { return a..<e }
            if let r = bracketedYear(u, around: i, lexicon) { return r }
        }
        if let r = quotedName(u, around: i) { return r }
        return nil
    }

    /// Runs of ASCII that are codes rather than numbers: URLs, e-mail, times (9:30), phone
    /// numbers (0580-2021234, 13812345678), letters mixed with digits (ISO9001, V2.0, 5G),
    /// digit strings joined by + (6+1).
    static func asciiRuns(_ u: UnsafeBufferPointer<UInt16>, _ lexicon: QuantityLexicon) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        let n = u.count
        while i < n {
            let c = u[i]
            guard c > 0x20 && c < 0x7F && !Self.runBreaks.contains(c) else { i += 1; continue }
            var j = i
            while j < n && u[j] > 0x20 && u[j] < 0x7F && !Self.runBreaks.contains(u[j]) { j += 1 }
            // Trailing sentence punctuation is not part of the code.
            var end = j
            while end > i, u[end - 1] == 0x2C || u[end - 1] == 0x2E || u[end - 1] == 0x3B || u[end - 1] == 0x29 || u[end - 1] == 0x21 || u[end - 1] == 0x3F { end -= 1 }
            if end > i, isCode(u, i..<end, lexicon) { out.append(i..<end) }
            i = j
        }
        return out
    }

    /// Punctuation that separates codes rather than belonging to them (9:30,1200名).
    static let runBreaks: UnitSet = [0x2C, 0x3B, 0x28, 0x29, 0x22, 0x27, 0x21, 0x3F]

    static func isCode(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, _ lexicon: QuantityLexicon) -> Bool {
        var digits = 0, letters = 0, colons = 0, dashes = 0, at = false, slashes = 0, plus = 0, dots = 0
        for k in r {
            let c = u[k]
            if CodeUnit.isDigit(c) { digits += 1 }
            else if CodeUnit.isASCIILetter(c) { letters += 1 }
            else if c == 0x3A {
                // A colon between digits (9:30), not a label's colon (人数:12345).
                if k > r.lowerBound, k + 1 < r.upperBound, CodeUnit.isDigit(u[k - 1]), CodeUnit.isDigit(u[k + 1]) { colons += 1 }
            }
            else if c == 0x2D { dashes += 1 }
            else if c == 0x40 { at = true }
            else if c == 0x2F { slashes += 1 }
            else if c == 0x2B { plus += 1 }
            // (Not the dots of a leader between cells: 821.....828.)
            else if c == 0x2E, !CodeUnit.isLeaderDot(u, k, in: r) { dots += 1 }
        }
        guard digits > 0 || at || letters > 0 else { return false }
        if at || (letters > 0 && (slashes > 0 || dots > 0)) { return true }          // e-mail, URL
        if letters > 0 && digits > 0 { return true }                                    // ISO9001, V2.0, 5G
        if colons > 0 && digits >= 3 { return true }                                    // 9:30, 12:00:00
        if plus > 0 && digits > 0 { return true }                                       // 6+1
        if dashes >= 2 && digits >= 5 { return true }                                   // 400-800-1234
        if dashes == 1 {
            // 0580-2021234 is a phone number; 2000-5000 is a range and 2016-2020 a span of years.
            let groups = String(decoding: u[r], as: UTF16.self).split(separator: "-")
            if groups.first?.first == "0" || groups.contains(where: { $0.count >= 7 }) { return true }
        }
        if dots >= 2 && digits >= 3 && letters == 0 {                                   // 1.2.3 version / IP
            // 2020.12.15 is a date (handled elsewhere); anything else with two dots is a code.
            return true
        }
        // A long run of digits with nothing else: phone numbers, IDs (not counts, which are
        // written with 万 or separators).
        if letters == 0 && digits >= 7 && dashes == 0 && slashes == 0 && dots == 0 && r.count == digits
            && !(r.upperBound < u.count && lexicon.countStarts.contains(u[r.upperBound])) && !isTableCell(u, r) {
            return true
        }
        if digits >= 3 && u[r.lowerBound] == 0x30 && r.count == digits { return true }  // 0580, 010
        return false
    }

    /// A figure standing alone between cell separators (tab, bar, space), in a line that holds
    /// another such figure: a table cell (工会会员数(人) | 1789570 | 1704293), not a code.
    static func isTableCell(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Bool {
        func separator(_ c: UInt16) -> Bool { c == 0x20 || c == 0x09 || c == 0x7C }
        guard r.lowerBound > 0, separator(u[r.lowerBound - 1]), r.upperBound == u.count || separator(u[r.upperBound]) || u[r.upperBound] == 0x0A else { return false }
        var i = r.upperBound
        while i < u.count && u[i] != 0x0A && i - r.upperBound < 16 {
            if CodeUnit.isDigit(u[i]) && separator(u[i - 1]) { return true }
            i += 1
        }
        i = r.lowerBound - 1
        while i > 0 && u[i] != 0x0A && r.lowerBound - i < 16 {
            if CodeUnit.isDigit(u[i - 1]) && separator(u[i]) { return true }
            i -= 1
        }
        return false
    }

    private static let quotePairs: [(UInt16, UInt16)] = [(0x201C, 0x201D), (0x300A, 0x300B), (0x2018, 0x2019), (0x300C, 0x300D)]

    /// A short quoted span (at most 12 characters) around `i`.
    static func quotedName(_ u: UnsafeBufferPointer<UInt16>, around i: Int) -> Range<Int>? {
        var a = i - 1
        while a >= 0 && i - a <= 12 {
            let c = u[a]
            if c == 0x0A { return nil }
            if let pair = quotePairs.first(where: { $0.0 == c }) {
                var b = i
                while b < u.count && b - a <= 13 && u[b] != 0x0A {
                    if u[b] == pair.1 { return a..<(b + 1) }
                    if u[b] == pair.0 { return nil }
                    b += 1
                }
                return nil
            }
            if quotePairs.contains(where: { $0.1 == c }) { return nil }
            a -= 1
        }
        return nil
    }

    /// 〔2019〕12号 around a digit at `i`.
    static func bracketedYear(_ u: UnsafeBufferPointer<UInt16>, around i: Int, _ lexicon: QuantityLexicon) -> Range<Int>? {
        var a = i
        while a > 0 && i - a < 8 && (CodeUnit.isDigit(u[a - 1]) || u[a - 1] == 0x3015 || u[a - 1] == 0x5D || u[a - 1] == 0x3011 || u[a - 1] == 0x3014 || u[a - 1] == 0x5B || u[a - 1] == 0x3010) {
            a -= 1
            let c = u[a]
            if c == 0x3014 || c == 0x5B || c == 0x3010 {
                let found = bracketedYears(UnsafeBufferPointer(rebasing: u[a..<min(u.count, a + 16)]), lexicon)
                if let r = found.first { return (a + r.lowerBound)..<(a + r.upperBound) }
                return nil
            }
        }
        return nil
    }

    /// Short spans in quotation marks or book-title marks holding numerals: names of campaigns
    /// and slogans (“四个千万”, “十有六规范”, 《十三五规划》).
    static func quotedNames(_ u: UnsafeBufferPointer<UInt16>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let pairs: [(UInt16, UInt16)] = [(0x201C, 0x201D), (0x300A, 0x300B), (0x2018, 0x2019), (0x300C, 0x300D)]
        var i = 0
        while i < u.count {
            let c = u[i]
            guard let close = pairs.first(where: { $0.0 == c })?.1 else { i += 1; continue }
            var j = i + 1
            while j < u.count && j - i <= 13 && u[j] != close && u[j] != 0x0A { j += 1 }
            if j < u.count && u[j] == close && j - i <= 13 {
                out.append(i..<(j + 1))
                i = j + 1
            } else {
                i += 1
            }
        }
        return out
    }

    /// 〔2019〕12号 and [2019]12号: the year and number of an official document.
    static func bracketedYears(_ u: UnsafeBufferPointer<UInt16>, _ lexicon: QuantityLexicon) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < u.count {
            let c = u[i]
            if c == 0x3014 || c == 0x5B || c == 0x3010 || c == 0xFF3B {
                var j = i + 1
                while j < u.count && j - i <= 5 && CodeUnit.isDigit(u[j]) { j += 1 }
                if j - i == 5, j < u.count, u[j] == 0x3015 || u[j] == 0x5D || u[j] == 0x3011 || u[j] == 0xFF3D {
                    var k = j + 1
                    while k < u.count && CodeUnit.isDigit(u[k]) { k += 1 }
                    if k < u.count && lexicon.documentNumberMarks.contains(u[k]) { k += 1 }  // 号
                    out.append(i..<k)
                    i = k
                    continue
                }
            }
            i += 1
        }
        return out
    }
}
