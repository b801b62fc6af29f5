/// Last normalisation pass: one paragraph per line, single spaces, no blank lines, and lines
/// that a text file or PDF export wrapped in the middle of a sentence joined again.
///
/// A line is a wrapped continuation when the line before it stops at a comma or 、 — or stops
/// in the middle of a word after a long run of text — and it does not itself start like a
/// heading or list item. Headings (short, no final punctuation) are never joined.
struct WhitespaceTidier: Sendable {
    /// A line this long that ends without punctuation was most likely wrapped by width.
    static let wrapWidth = 60

    func apply(_ u: [UInt16], map: OffsetMap) -> ([UInt16], OffsetMap) {
        var w = TextRewriter(u, map: map)
        var previous: (line: Range<Int>, content: Range<Int>)? = nil
        var blankSincePrevious = false
        var lineStart = 0
        while lineStart <= u.count {
            var lineEnd = lineStart
            while lineEnd < u.count && u[lineEnd] != 0x0A { lineEnd += 1 }
            let line = lineStart..<lineEnd
            let content = contentRange(u, line)
            if content.isEmpty {
                blankSincePrevious = true
            } else {
                if let p = previous {
                    let join = !blankSincePrevious && Self.continues(u, previous: p.content, next: content)
                    // Keep the line break right after the previous line (offsets stay linear),
                    // or none when the line continues a wrapped one.
                    if !join { w.copy(upTo: p.line.upperBound + 1) }
                }
                w.skip(upTo: content.lowerBound)
                tidyInside(u, content, &w)
                w.skip(upTo: line.upperBound)
                previous = (line, content)
                blankSincePrevious = false
            }
            lineStart = lineEnd + 1
        }
        w.skip(upTo: u.count)
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
