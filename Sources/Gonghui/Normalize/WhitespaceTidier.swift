/// Last normalisation pass: one paragraph per line, single spaces, no blank lines, lines that
/// a text file or PDF export wrapped in the middle of a sentence joined again, and the spaces
/// a word processor put around numbers in running text (工会会员 82 万人 → 工会会员82万人).
///
/// A line is a wrapped continuation when the line before it stops at a comma or 、 — or stops
/// in the middle of a word at the width the text was wrapped at — and it does not itself start
/// like a heading or list item. Headings (short, no final punctuation) are never joined.
struct WhitespaceTidier: Sendable {
    /// A line this long that ends without punctuation was most likely wrapped by width.
    static let wrapWidth = 60

    /// The numerals and the ordinal mark (第) items and headings start with (function-words.tsv).
    let words: FunctionWords

    /// What the tidier asks of a line, read in one pass: its content without edge spaces,
    /// whether it is a table row or holds a tab, its display width.
    struct LineInfo {
        var line: Range<Int>
        var content: Range<Int>
        var tabular: Bool
        var hasTab: Bool
        var width: Int
    }

    func apply(_ u: [UInt16], map: OffsetMap) -> ([UInt16], OffsetMap) {
        let infos = u.withUnsafeBufferPointer { Self.lineInfos($0) }
        let wrapAt = Self.wrapWidth(of: u, infos)
        let spacesNumbers = Self.spacesNumbers(u, infos)
        var w = TextRewriter(u, map: map)
        var previous: LineInfo? = nil
        var blankSincePrevious = false
        // The paragraph being joined so far is running text; its last line was joined to the one before.
        var paragraphIsProse = false, previousJoined = false
        for info in infos {
            if info.content.isEmpty {
                blankSincePrevious = true
                continue
            }
            if let p = previous {
                let join = !blankSincePrevious && (continues(u, previous: p, next: info, wrapAt: wrapAt)
                    || splitsFigure(u, previous: p, next: info, inProse: paragraphIsProse, previousJoined: previousJoined))
                // Keep the line break right after the previous line (offsets stay linear),
                // or none when the line continues a wrapped one.
                if !join { w.copy(upTo: p.line.upperBound + 1) }
                paragraphIsProse = (join && paragraphIsProse) || Self.isProse(u, info.content)
                previousJoined = join
            } else {
                paragraphIsProse = Self.isProse(u, info.content)
            }
            w.skip(upTo: info.content.lowerBound)
            tidyInside(u, info.content, joiningNumbers: spacesNumbers, &w)
            w.skip(upTo: info.line.upperBound)
            previous = info
            blankSincePrevious = false
        }
        w.skip(upTo: u.count)
        return w.finish()
    }

    /// Every line of `u` (the last one may be empty), read once.
    static func lineInfos(_ u: UnsafeBufferPointer<UInt16>) -> [LineInfo] {
        var out: [LineInfo] = []
        var lineStart = 0
        while lineStart <= u.count {
            var lineEnd = lineStart
            var width = 0, hasTab = false, onlyBlank = true
            while lineEnd < u.count && u[lineEnd] != 0x0A {
                let c = u[lineEnd]
                width += CodeUnit.isHan(c) || c >= 0x3000 ? 2 : 1
                if c == 0x09 { hasTab = true } else if c != 0x20 { onlyBlank = false }
                lineEnd += 1
            }
            var a = lineStart, b = lineEnd
            while a < b && u[a] == 0x20 { a += 1 }
            while b > a && u[b - 1] == 0x20 { b -= 1 }
            // A line of only tabs and spaces is blank (tabs at the edges are kept otherwise:
            // empty table cells).
            let content = onlyBlank ? a..<a : a..<b
            out.append(LineInfo(line: lineStart..<lineEnd, content: content, tabular: looksTabular(u, content),
                                hasTab: hasTab && !onlyBlank, width: width))
            lineStart = lineEnd + 1
        }
        return out
    }

    /// Copies a line, collapsing runs of spaces and removing spaces next to tabs; in running
    /// text (a line with 。 , ; or 、) of a document that spaces its numbers, also the spaces
    /// between a number and a word; in running text, a converter's stray comma before another mark.
    private func tidyInside(_ u: [UInt16], _ r: Range<Int>, joiningNumbers: Bool, _ w: inout TextRewriter) {
        let running = Self.isProse(u, r)
        let prose = joiningNumbers && running
        let sentences = Self.isSentences(u, r)
        var i = r.lowerBound
        // The spaces of a letter-spaced stretch still to drop, in order, and where the last
        // stretch read ends (each stretch is read once).
        var letterSpaces: [Int] = [], nextLetterSpace = 0, readUntil = r.lowerBound
        while i < r.upperBound {
            if u[i] == 0x20 {
                var j = i
                while j < r.upperBound && u[j] == 0x20 { j += 1 }
                if j == i + 1, i >= readUntil, i > r.lowerBound {
                    let read = Self.letterSpacing(u, from: i - 1, in: r)
                    readUntil = read.end
                    letterSpaces = read.spaces
                    nextLetterSpace = 0
                }
                while nextLetterSpace < letterSpaces.count && letterSpaces[nextLetterSpace] < i { nextLetterSpace += 1 }
                if nextLetterSpace < letterSpaces.count && letterSpaces[nextLetterSpace] == i {
                    w.copy(upTo: i)
                    w.skip(upTo: j)
                    i = j
                    continue
                }
                let nextIsTab = j < r.upperBound && u[j] == 0x09
                let prevIsTab = i > r.lowerBound && u[i - 1] == 0x09
                // (A measure right after a number's space is its own in any running text: 共32 个单位,
                // 15000 多名职工 — function-words spaced-measure.)
                if (i > r.lowerBound && j < r.upperBound && (prose && Self.spacedNumber(u[i - 1], u[j])
                        || running && CodeUnit.isDigit(u[i - 1]) && words.isA(.spacedMeasure, u[j])))
                    || (sentences && j == i + 1 && Self.groupsThousands(u, i, in: r)) {
                    w.copy(upTo: i)
                    w.skip(upTo: j)
                } else if nextIsTab || prevIsTab {
                    w.copy(upTo: i)
                    w.skip(upTo: j)
                } else if j - i > 1 {
                    w.copy(upTo: i + 1)
                    w.skip(upTo: j)
                }
                i = j
            } else if running, u[i] == 0x2C, i + 1 < r.upperBound, Self.afterStrayComma.contains(u[i + 1]) {
                // 其中,,480.58万户, 重病,、残疾: a converter's stray comma before another mark.
                w.copy(upTo: i)
                w.skip(upTo: i + 1)
                i += 1
            } else {
                i += 1
            }
        }
        w.copy(upTo: r.upperBound)
    }

    /// The spaces to drop in the run of one-character tokens parted by single spaces that
    /// starts at `start` (a PDF export or a page's title that spaces its letters out: 全 年 新 建
    /// 基 层 工 会 4 2 家): all of them when three or more of its tokens are Han characters; else
    /// those inside a number spelt digit by digit before its measure (组织 4 8 0 个). Never the
    /// space between two numbers of several digits (a row's figures). `end` is where the run stops.
    static func letterSpacing(_ u: [UInt16], from start: Int, in r: Range<Int>) -> (spaces: [Int], end: Int) {
        guard start == r.lowerBound || u[start - 1] == 0x20 else { return ([], start + 1) }
        // Tokens: one character, or a number of several digits.
        var tokens: [Range<Int>] = []
        var k = start, han = 0
        while k < r.upperBound, u[k] != 0x20 {
            var e = k + 1
            if CodeUnit.isDigit(u[k]) { while e < r.upperBound && CodeUnit.isDigit(u[e]) { e += 1 } }
            // (The run's last token may touch the text after it: 4 8 0 个,会员.)
            tokens.append(k..<e)
            if CodeUnit.isHan(u[k]) { han += 1 }
            guard e + 1 < r.upperBound, u[e] == 0x20, u[e + 1] != 0x20 else { break }
            k = e + 1
        }
        let end = tokens.last.map { $0.upperBound } ?? start + 1
        guard tokens.count >= 2 else { return ([], end) }
        func isNumber(_ t: Range<Int>) -> Bool { CodeUnit.isDigit(u[t.lowerBound]) }
        if tokens.count >= Self.letterSpacedTokens && han >= Self.letterSpacedHan {
            let spaces = zip(tokens, tokens.dropFirst()).filter { a, b in !(isNumber(a) && isNumber(b) && (a.count > 1 || b.count > 1)) }
            return (spaces.map { $0.0.upperBound }, end)
        }
        var spaces: [Int] = []
        var t = 0
        while t < tokens.count {
            var e = t
            while e < tokens.count && isNumber(tokens[e]) && tokens[e].count == 1 { e += 1 }
            if e - t >= 2, e < tokens.count, CodeUnit.isHan(u[tokens[e].lowerBound]) {
                spaces += tokens[t..<e].map { $0.upperBound }
            }
            t = max(e, t + 1)
        }
        return (spaces, end)
    }

    /// The fewest tokens, and Han characters among them, of a letter-spaced stretch (全 年 新 建):
    /// fewer are a short label's spacing (指 标) or a row's one-digit figures.
    static let letterSpacedTokens = 4
    static let letterSpacedHan = 3

    /// The marks a comma right before is a converter's stray one (,, ,、 ,; ,。 ,:).
    static let afterStrayComma: Set<UInt16> = [0x2C, 0x3001, 0x3B, 0x3002, 0x3A]

    /// A space a word processor set between a number and the word around it (80 多万, 组织
    /// 4739个, 1999 年, 签订率 61.3%): a digit on one side, a Han character or digit on the
    /// other — but not between two numbers.
    static func spacedNumber(_ a: UInt16, _ b: UInt16) -> Bool {
        let digitA = CodeUnit.isDigit(a), digitB = CodeUnit.isDigit(b)
        guard digitA != digitB else { return false }
        return digitA ? CodeUnit.isHan(b) || b == 0x25 : CodeUnit.isHan(a)
    }

    /// A space that groups a number's thousands as print does (工会会员113 614人, 1 250 000元):
    /// in a chain of digit groups parted by single spaces, the first of one to three digits after
    /// a Han character, the others of three, and a Han character right after the last — not the
    /// figures of a row (86 120 135 142), nor a decimal (1 250.5万).
    static func groupsThousands(_ u: [UInt16], _ space: Int, in r: Range<Int>) -> Bool {
        func inChain(_ i: Int, _ step: Int) -> Bool {
            CodeUnit.isDigit(u[i]) || (u[i] == 0x20 && i + step >= r.lowerBound && i + step < r.upperBound && CodeUnit.isDigit(u[i + step]))
        }
        var start = space
        while start > r.lowerBound && inChain(start - 1, -1) { start -= 1 }
        var end = space
        while end < r.upperBound && inChain(end, 1) { end += 1 }
        // (The last group may carry a decimal part: 2 181.5万元.)
        var fraction = 0
        if end + 1 < r.upperBound, u[end] == 0x2E, CodeUnit.isDigit(u[end + 1]) {
            let point = end
            end += 1
            while end < r.upperBound && CodeUnit.isDigit(u[end]) { end += 1 }
            fraction = end - point
        }
        // (A word processor's space may part the number from the words around it too: 资金 2 181.5 万元.)
        func han(_ k: Int, _ step: Int) -> Bool {
            k >= r.lowerBound && k < r.upperBound && (CodeUnit.isHan(u[k]) || u[k] == 0x20 && k + step >= r.lowerBound && k + step < r.upperBound && CodeUnit.isHan(u[k + step]))
        }
        guard start > r.lowerBound, han(start - 1, -1), end < r.upperBound, han(end, 1) else { return false }
        let groups = u[start..<(end - fraction)].split(separator: 0x20)
        return groups.count >= 2 && (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// A line of sentences: it holds a full stop, comma or semicolon (not only 、, which a table's
    /// label may hold).
    static func isSentences(_ u: [UInt16], _ r: Range<Int>) -> Bool {
        u[r].contains { $0 == 0x3002 || $0 == 0x2C || $0 == 0x3B }
    }

    /// A line of running text: sentence punctuation or 、.
    static func isProse(_ u: [UInt16], _ r: Range<Int>) -> Bool {
        u[r].contains(0x3001) || isSentences(u, r)
    }

    /// Whether a document sets spaces around its numbers as a word processor does (三次 or more in
    /// running text: 全市80 多万工会会员, 工会会员 82 万人); a single space before a year is more
    /// often a separator (…工作总结 2020年是…).
    static func spacesNumbers(_ u: [UInt16], _ infos: [LineInfo]) -> Bool {
        var count = 0
        for info in infos where isProse(u, info.line) {
            var i = info.line.lowerBound + 1
            while i + 1 < info.line.upperBound {
                if u[i] == 0x20, spacedNumber(u[i - 1], u[i + 1]) { count += 1; if count >= 3 { return true } }
                i += 1
            }
        }
        return false
    }

    /// The width (in display columns: a Han character counts two) that a text was wrapped at,
    /// when most of its lines were cut there: lines that stop without final punctuation,
    /// clustered near their common width. nil for text written one paragraph per line.
    static func wrapWidth(of u: [UInt16], _ infos: [LineInfo]) -> Int? {
        var open: [Int] = []
        var widths: [Int] = []
        var all = 0
        for info in infos where info.width >= 20 && !info.tabular {
            all += 1
            widths.append(info.width)
            if !info.content.isEmpty, !Self.endsSentence(u[info.content.upperBound - 1]) { open.append(info.width) }
        }
        guard open.count >= 4, open.count * 2 >= all else { return nil }
        open.sort()
        let median = open[open.count / 2]
        // Wrapped lines sit within a few columns of each other (digits and Latin letters are
        // narrower, so lines of the same width hold more of them).
        let tolerance = max(4, median / 8)
        let near = open.filter { abs($0 - median) <= tolerance }.count
        // And no paragraph runs past the wrap: lines wider than it are rare.
        let wider = widths.filter { $0 > median + tolerance }.count
        guard near * 3 >= open.count * 2, wider * 10 <= widths.count, median < 200 else { return nil }
        return median - max(6, median / 6)
    }

    /// 。!?;:” and closing brackets: a line that stops here ends its sentence.
    static func endsSentence(_ c: UInt16) -> Bool {
        c == 0x3002 || c == 0x21 || c == 0x3F || c == 0x3B || c == 0x3A || c == 0x201D || c == 0x300D || c == 0x29 || c == 0x2026
    }

    /// Display columns of a line.
    static func displayWidth(_ u: [UInt16], _ r: Range<Int>) -> Int {
        var width = 0
        for i in r { width += CodeUnit.isHan(u[i]) || u[i] >= 0x3000 ? 2 : 1 }
        return width
    }

    /// A row of a table: two or more figures standing alone between spaces (基层工会组织数 1200
    /// 1260 1315).
    static func looksTabular(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Bool {
        var figures = 0
        var i = r.lowerBound
        while i < r.upperBound {
            while i < r.upperBound && u[i] == 0x20 { i += 1 }
            let s = i
            var digits = 0, other = 0
            while i < r.upperBound && u[i] != 0x20 {
                if CodeUnit.isDigit(u[i]) { digits += 1 } else if u[i] != 0x2E && u[i] != 0x2C && u[i] != 0x25 { other += 1 }
                i += 1
            }
            if i > s, digits > 0, other == 0 { figures += 1; if figures >= 2 { return true } }
        }
        return false
    }

    /// Whether `next` continues the sentence that `previous` was cut in.
    func continues(_ u: [UInt16], previous p: LineInfo, next n: LineInfo, wrapAt: Int? = nil) -> Bool {
        let previous = p.content, next = n.content
        let last = u[previous.upperBound - 1]
        let first = u[next.lowerBound]
        if startsLikeItem(u, next) { return false }
        if p.tabular || n.tabular || p.hasTab || n.hasTab { return false }
        // Cut at a comma or enumeration mark: the sentence goes on.
        if last == 0x2C || last == 0x3001 { return CodeUnit.isHan(first) || CodeUnit.isDigit(first) }
        // A number cut in a sentence (…其中女职工29\n498人,…): the digits before and after belong
        // together, however short the line.
        if CodeUnit.isDigit(last), CodeUnit.isDigit(first), Self.isProse(u, previous) {
            var k = next.lowerBound
            while k < next.upperBound && CodeUnit.isDigit(u[k]) { k += 1 }
            if k < next.upperBound, CodeUnit.isHan(u[k]) { return true }
        }
        // Cut in the middle of running text of a long line, or at the width the text was wrapped at.
        let wrapped = wrapAt.map { Self.displayWidth(u, previous) >= $0 } ?? false
        let long = previous.count >= Self.wrapWidth || wrapped
        guard long else { return false }
        // A paragraph that opens with its date (8月29日,信丰县总工会…) after one that lost its full
        // stop: only a text wrapped at a width breaks a sentence right there.
        if !wrapped && opensWithDate(u, next) { return false }
        if (CodeUnit.isHan(last) || CodeUnit.isDigit(last) || CodeUnit.isASCIILetter(last) || last == 0x2B)
            && (CodeUnit.isHan(first) || CodeUnit.isDigit(first) || first == 0x201C) {
            return true
        }
        // A wrap before the punctuation that closes a clause (…提高\n。, …6800余人次\n,): no
        // line of a paragraph starts with it.
        if CodeUnit.closesClause(first), !Self.endsSentence(last) { return true }
        // A wrap inside a decimal number (68.\n5万元).
        if last == 0x2E, CodeUnit.isDigit(first), previous.count >= 2, CodeUnit.isDigit(u[previous.upperBound - 2]) { return true }
        return false
    }

    /// A page that set its figures apart from the words around them, one to a line (…分别对\n303\n名
    /// 环卫工读书子女、259\n名…, 于\n8\n月\n16\n日): a line of a figure alone in running text joins
    /// the line before it and the line after it; a line that ends with a figure joins a line that
    /// opens with its measure (2016\n年,…).
    func splitsFigure(_ u: [UInt16], previous p: LineInfo, next n: LineInfo, inProse: Bool, previousJoined: Bool) -> Bool {
        let previous = p.content, next = n.content
        if p.tabular || n.tabular || p.hasTab || n.hasTab { return false }
        let last = u[previous.upperBound - 1], first = u[next.lowerBound]
        if Self.isBareFigure(u, next) { return inProse && !Self.endsSentence(last) && (CodeUnit.isHan(last) || last == 0x2C || last == 0x3001) }
        guard CodeUnit.isDigit(last) || last == 0x25, CodeUnit.isHan(first) || CodeUnit.closesClause(first) else { return false }
        let bare = Self.isBareFigure(u, previous)
        if bare && previousJoined { return true }
        let measure = words.isA(.countMeasure, first) || words.isA(.largeUnit, first) || words.isA(.yearMark, first)
            || words.isA(.monthMark, first) || words.isA(.dayMark, first)
        return measure && (bare || inProse) && (Self.isProse(u, next) || n.content.count <= Self.bareFigureLength)
    }

    /// A line of a figure alone: digits, a decimal point, thousands commas, a percent sign.
    static func isBareFigure(_ u: [UInt16], _ r: Range<Int>) -> Bool {
        r.count <= bareFigureLength && CodeUnit.isDigit(u[r.lowerBound]) && u[r].allSatisfy { CodeUnit.isDigit($0) || $0 == 0x2E || $0 == 0x2C || $0 == 0x25 }
    }
    /// The longest figure set alone on a line that is joined to its sentence.
    static let bareFigureLength = 12

    /// 8月29日, / 2024年, / 2024年3月5日, at the start of `r`: a date, then a comma.
    func opensWithDate(_ u: [UInt16], _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        while i < r.upperBound {
            let s = i
            while i < r.upperBound && i - s < 4 && CodeUnit.isDigit(u[i]) { i += 1 }
            guard i > s, i < r.upperBound, words.isA(.yearMark, u[i]) || words.isA(.monthMark, u[i]) || words.isA(.dayMark, u[i]) else { return false }
            i += 1
            if i < r.upperBound && u[i] == 0x2C { return true }
        }
        return false
    }

    /// 一、 (一) 1. 1、 ① 第一， 【 — the shapes headings and list items start with.
    func startsLikeItem(_ u: [UInt16], _ r: Range<Int>) -> Bool {
        let s = u[r]
        guard let f = s.first else { return false }
        if f == 0x28 || f == 0x3010 || f == 0x2014 || f == 0x2D || f == 0x2022 || f == 0xB7 || f == 0x25CF { return true }
        if f >= 0x2460 && f <= 0x24FF { return true }  // ① ⑴ ⒈
        var i = s.startIndex
        while i < s.endIndex && i - s.startIndex < 4 && (CodeUnit.isDigit(s[i]) || words.isA(.numeral, s[i])) { i += 1 }
        // 2.4万人次 is a number that a wrap put at the line's start, not item 2.
        let decimal = i + 1 < s.endIndex && s[i] == 0x2E && CodeUnit.isDigit(s[i + 1])
        if i > s.startIndex && i < s.endIndex && !decimal && (s[i] == 0x3001 || s[i] == 0x2E || s[i] == 0x2C || s[i] == 0xFF0E) { return true }
        if words.isA(.ordinal, f) { return true }
        return false
    }
}
