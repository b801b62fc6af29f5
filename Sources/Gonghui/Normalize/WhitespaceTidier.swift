/// Last normalisation pass: one paragraph per line, single spaces, no blank lines, and lines
/// that a text file or PDF export wrapped in the middle of a sentence joined again.
///
/// A line is a wrapped continuation when the line before it stops at a comma or 、 — or stops
/// in the middle of a word after a long run of text — and it does not itself start like a
/// heading or list item. Headings (short, no final punctuation) are never joined.
struct WhitespaceTidier: Sendable {
    /// A line this long that ends without punctuation was most likely wrapped by width.
    static let wrapWidth = 60

    func apply(_ text: UTF16Text, map: OffsetMap) -> (UTF16Text, OffsetMap) {
        let u = text.units
        var w = TextRewriter(text, map: map)
        var lines: [Range<Int>] = []
        var start = 0
        for (i, c) in u.enumerated() where c == 0x0A {
            lines.append(start..<i)
            start = i + 1
        }
        lines.append(start..<u.count)

        var emittedAny = false
        var previousContent: Range<Int>? = nil
        var previousWasBlank = false
        for (index, line) in lines.enumerated() {
            let content = contentRange(u, line)
            let lineEnd = index + 1 < lines.count ? line.upperBound + 1 : line.upperBound
            if content.isEmpty {
                w.skip(upTo: lineEnd)
                previousWasBlank = true
                continue
            }
            // The separator before this line: nothing at the start, a newline, or nothing when
            // the line continues a wrapped one.
            w.skip(upTo: content.lowerBound)
            if emittedAny {
                let join = !previousWasBlank && previousContent.map { Self.continues(u, previous: $0, next: content) } ?? false
                if !join { w.insert([0x0A]) }
            }
            tidyInside(u, content, &w)
            w.skip(upTo: lineEnd)
            emittedAny = true
            previousContent = content
            previousWasBlank = false
        }
        return w.finish()
    }

    /// The line without leading/trailing spaces (tabs at the edges are kept: empty table cells).
    private func contentRange(_ u: [UInt16], _ line: Range<Int>) -> Range<Int> {
        var a = line.lowerBound, b = line.upperBound
        while a < b && u[a] == 0x20 { a += 1 }
        while b > a && u[b - 1] == 0x20 { b -= 1 }
        // A line of only tabs and spaces is blank.
        if u[a..<b].allSatisfy({ $0 == 0x09 || $0 == 0x20 }) { return a..<a }
        return a..<b
    }

    /// Copies a line, collapsing runs of spaces and removing spaces next to tabs.
    private func tidyInside(_ u: [UInt16], _ r: Range<Int>, _ w: inout TextRewriter) {
        var i = r.lowerBound
        while i < r.upperBound {
            if u[i] == 0x20 {
                var j = i
                while j < r.upperBound && u[j] == 0x20 { j += 1 }
                let nextIsTab = j < r.upperBound && u[j] == 0x09
                let prevIsTab = i > r.lowerBound && u[i - 1] == 0x09
                if nextIsTab || prevIsTab {
                    w.copy(upTo: i)
                    w.skip(upTo: j)
                } else if j - i > 1 {
                    w.copy(upTo: i + 1)
                    w.skip(upTo: j)
                }
                i = j
            } else {
                i += 1
            }
        }
        w.copy(upTo: r.upperBound)
    }

    /// Whether `next` continues the sentence that `previous` was cut in.
    static func continues(_ u: [UInt16], previous: Range<Int>, next: Range<Int>) -> Bool {
        let last = u[previous.upperBound - 1]
        let first = u[next.lowerBound]
        if startsLikeItem(u, next) { return false }
        if u[previous].contains(0x09) || u[next].contains(0x09) { return false }
        // Cut at a comma or enumeration mark: the sentence goes on.
        if last == 0x2C || last == 0x3001 { return CodeUnit.isHan(first) || CodeUnit.isDigit(first) }
        // Cut in the middle of running text of a long line.
        if previous.count >= wrapWidth && (CodeUnit.isHan(last) || CodeUnit.isDigit(last))
            && (CodeUnit.isHan(first) || CodeUnit.isDigit(first)) {
            return true
        }
        return false
    }

    /// 一、 (一) 1. 1、 ① 第一， 【 — the shapes headings and list items start with.
    static func startsLikeItem(_ u: [UInt16], _ r: Range<Int>) -> Bool {
        let s = u[r]
        guard let f = s.first else { return false }
        if f == 0x28 || f == 0x3010 || f == 0x2014 || f == 0x2D || f == 0x2022 || f == 0xB7 || f == 0x25CF { return true }
        if f >= 0x2460 && f <= 0x24FF { return true }  // ① ⑴ ⒈
        var i = s.startIndex
        while i < s.endIndex && i - s.startIndex < 4 && (CodeUnit.isDigit(s[i]) || NumeralChars.isChineseDigit(s[i])) { i += 1 }
        if i > s.startIndex && i < s.endIndex && (s[i] == 0x3001 || s[i] == 0x2E || s[i] == 0x2C || s[i] == 0xFF0E) { return true }
        if f == 0x7B2C /* 第 */ { return true }
        return false
    }
}

/// Han numerals, shared by the stages that read numbers.
public enum NumeralChars {
    @inline(__always) public static func isChineseDigit(_ u: UInt16) -> Bool {
        switch u {
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x96F6, 0x3007, 0x4E24:
            return true  // 一二三四五六七八九十零〇两
        default:
            return false
        }
    }
}
