/// Drops the lines of web boilerplate that `BoilerplateRules` recognise, and keeps the page's
/// date when a rule says a line states it.
struct BoilerplateRemover {
    let rules: CompiledBoilerplate
    let dates: DateFinder

    struct Result {
        var text: [UInt16]
        var map: OffsetMap
        var removedLines: Int
        var date: ReportDate?
        /// A `rest` rule dropped every line after its own.
        var droppedRest = false
    }

    /// List items under a `block` heading: short lines without a full stop, or bulleted ones.
    static func isListLike(_ line: ArraySlice<UInt16>) -> Bool {
        let trimmed = line.trimmingSpaces()
        if trimmed.isEmpty { return true }
        if let f = trimmed.first, f == 0x2D || f == 0xB7 || f == 0x2022 || f == 0x2A || f == 0x25CF { return true }
        return trimmed.count <= 60 && !trimmed.contains(0x3002)
    }

    func apply(_ u: [UInt16], map: OffsetMap) -> Result {
        var lines: [Range<Int>] = []
        var start = 0
        for (i, c) in u.enumerated() where c == 0x0A {
            lines.append(start..<i)
            start = i + 1
        }
        lines.append(start..<u.count)

        var drop = [Bool](repeating: false, count: lines.count)
        var date: ReportDate?
        var removed = 0
        var droppedRest = false
        // Spans dropped inside lines (page footers, hidden-text markers), by line.
        var inline: [(line: Int, spans: [Range<Int>])] = []
        if !rules.rules.inlineRules.isEmpty {
            u.withUnsafeBufferPointer { b in
                for (k, r) in lines.enumerated() where !r.isEmpty {
                    let spans = rules.inlineSpans(UnsafeBufferPointer(rebasing: b[r]))
                    if !spans.isEmpty { inline.append((k, spans.map { ($0.lowerBound + r.lowerBound)..<($0.upperBound + r.lowerBound) })) }
                }
            }
        }
        var k = 0
        while k < lines.count {
            let slice = u[lines[k]].trimmingSpaces()
            guard !slice.isEmpty, slice.count <= BoilerplateRules.maxLineLength else { k += 1; continue }
            // A long full sentence is report, not page chrome (the chrome of document sites that
            // does read as sentences sits in lists under a `block` heading).
            if slice.count > BoilerplateRules.maxSentenceLength, slice.last == 0x3002 { k += 1; continue }
            let unitsOfLine = Array(slice)
            guard let rule = rules.firstMatch(unitsOfLine) else { k += 1; continue }
            drop[k] = true
            removed += 1
            switch rule.action {
            case .line:
                k += 1
            case .date:
                if date == nil { date = dates.allDates(in: unitsOfLine).first?.date }
                k += 1
            case .block:
                k += 1
                while k < lines.count && Self.isListLike(u[lines[k]]) {
                    drop[k] = true
                    removed += 1
                    k += 1
                }
            case .rest:
                for j in (k + 1)..<max(k + 1, lines.count) where !drop[j] { drop[j] = true; removed += 1 }
                droppedRest = true
                k = lines.count
            case .inline:
                k += 1
            }
        }
        guard removed > 0 || !inline.isEmpty else { return Result(text: u, map: map, removedLines: 0, date: date, droppedRest: droppedRest) }
        var w = TextRewriter(u, map: map)
        var n = 0
        for (idx, r) in lines.enumerated() {
            if drop[idx] {
                w.copy(upTo: r.lowerBound)
                // Drop the line and its line break.
                w.skip(upTo: min(u.count, r.upperBound + 1))
                continue
            }
            while n < inline.count && inline[n].line < idx { n += 1 }
            guard n < inline.count, inline[n].line == idx else { continue }
            for span in inline[n].spans {
                w.copy(upTo: span.lowerBound)
                w.skip(upTo: span.upperBound)
            }
        }
        let (t, m) = w.finish()
        return Result(text: t, map: m, removedLines: removed, date: date, droppedRest: droppedRest)
    }
}

extension ArraySlice where Element == UInt16 {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> ArraySlice<UInt16> {
        var s = self
        while let f = s.first, f == 0x20 || f == 0x09 { s = s.dropFirst() }
        while let l = s.last, l == 0x20 || l == 0x09 { s = s.dropLast() }
        return s
    }
}
