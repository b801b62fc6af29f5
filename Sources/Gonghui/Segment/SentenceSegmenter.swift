/// Splits normalised text into sentences: ICU's sentence break, adapted to Chinese reports.
///
/// ICU ends sentences at 。！？ and line breaks. Reports also end clauses with ；(one figure per
/// clause is typical), and ICU takes the ASCII full stop of list numbering ("1.思想政治引领")
/// for a sentence end; a piece that is only a list marker is joined to what follows.
final class SentenceSegmenter {
    private let breaker: BreakIterator
    /// The Chinese numerals list items are numbered with (function-words.tsv `numeral`).
    private let numerals: UnitSet

    init(words: FunctionWords) throws(GonghuiError) {
        breaker = try BreakIterator(.sentence)
        numerals = words.set(.numeral)
    }

    /// Sentence ranges of `text`, in order, without surrounding spaces; empty ones dropped.
    func sentences(_ text: UTF16Text) -> [Range<Int>] {
        let u = text.units
        var raw: [Int] = [0]
        u.withUnsafeBufferPointer { b in
            guard b.count > 0 else { return }
            breaker.forEachBoundary(in: b) { end, _ in raw.append(end) }
        }
        // ICU counts “ as a closing quote (it cannot tell Chinese opening quotes from closing
        // ones) and ends the sentence after it: …工作。“安康杯”竞赛… gave a sentence ending in “
        // and one starting with 安康杯”. An opening quote or bracket goes with what follows.
        for k in 1..<max(1, raw.count - 1) {
            while raw[k] > raw[k - 1] + 1, Self.opensQuote(u[raw[k] - 1]) { raw[k] -= 1 }
        }
        var out: [Range<Int>] = []
        var pendingStart: Int? = nil
        for k in 1..<raw.count {
            // Split ICU's sentences further at semicolons.
            var a = raw[k - 1]
            let b = raw[k]
            var i = a
            while i < b {
                if u[i] == 0x3B || u[i] == 0xFF1B {
                    emit(a..<(i + 1), u, &out, &pendingStart)
                    a = i + 1
                }
                i += 1
            }
            emit(a..<b, u, &out, &pendingStart)
        }
        if let p = pendingStart { out.append(UTF16Text.trimmed(u, p..<u.count)) }
        return out.filter { !$0.isEmpty }
    }

    /// “ ‘ 「 『 （ (: they open what follows.
    static func opensQuote(_ c: UInt16) -> Bool {
        c == 0x201C || c == 0x2018 || c == 0x300C || c == 0x300E || c == 0xFF08 || c == 0x28
    }

    private func emit(_ r: Range<Int>, _ u: [UInt16], _ out: inout [Range<Int>], _ pendingStart: inout Int?) {
        let t = UTF16Text.trimmed(u, r)
        if t.isEmpty { return }
        let start = pendingStart ?? t.lowerBound
        // A piece that is only a list marker ("1.", "(一)", "一、") waits for the next piece on
        // the same line.
        if Self.isListMarker(u[t], numerals: numerals), !u[t.upperBound..<r.upperBound].contains(0x0A) {
            pendingStart = start
            return
        }
        // Never join across a line break.
        if let p = pendingStart, u[p..<t.lowerBound].contains(0x0A) {
            out.append(UTF16Text.trimmed(u, p..<t.lowerBound))
            out.append(t)
        } else {
            out.append(start..<t.upperBound)
        }
        pendingStart = nil
    }

    /// "1." "12." "一、" "(一)" "(1)" "①" — numbering with nothing after it.
    static func isListMarker(_ s: ArraySlice<UInt16>, numerals: UnitSet) -> Bool {
        guard !s.isEmpty, s.count <= 5 else { return false }
        let body = s.filter { $0 != 0x28 && $0 != 0x29 && $0 != 0x2E && $0 != 0x3001 && $0 != 0x20 }
        guard !body.isEmpty, body.count <= 3 else { return false }
        return body.allSatisfy { CodeUnit.isDigit($0) || numerals.contains($0) || ($0 >= 0x2460 && $0 <= 0x24FF) }
    }
}
