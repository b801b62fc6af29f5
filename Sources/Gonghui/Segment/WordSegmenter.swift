/// Splits normalised text into words: ICU's dictionary word break for Chinese, then repairs
/// of what ICU's general dictionary gets wrong in reports and news, in three passes:
///
/// 1. While reading ICU's tokens: a 的 glued to the word before it is split (新的 → 新|的),
///    as in both the PKU and MSR standards.
/// 2. Numbers: multipliers and % stay with the number (1778 | 万人 → 1778万 | 人; 86.6%),
///    Chinese numeral runs are one number (二〇〇一), dates keep 年/月/日 (2001年, 31日),
///    ordinals keep 第 (第一); °C and runs of one punctuation mark (———, ......) are one token.
/// 3. Words: suffixes rejoin their word (现代|化), transliterated names their characters
///    (克|林|顿), given names their two characters (江 | 泽|民 → 江 | 泽民); then lexicon
///    words spanning several tokens are merged (组|建 → 组建; 工会|会员 → 工会会员).
///
/// Tokens are offsets, never strings: building a String per token costs two thirds of the speed.
final class WordSegmenter {
    private let breaker: BreakIterator
    private let lexicon: Lexicon
    private let rules: SegmentationRules
    /// The characters of numbers and dates (function-words.tsv and numerals.tsv): the everyday
    /// Chinese numerals, the multipliers and ten among them, the zeros of numerals.tsv, 第, 的,
    /// and the marks of years, months and days.
    private let numerals: UnitSet
    private let multipliers: UnitSet
    private let chineseNumerals: UnitSet
    private let zeros: UnitSet
    private let tens: UnitSet
    private let ordinals: UnitSet
    private let ofMarks: UnitSet
    private let yearMarks: UnitSet
    private let monthDayMarks: UnitSet

    init(lexicon: Lexicon, rules: SegmentationRules, quantities: QuantityLexicon) throws(GonghuiError) {
        breaker = try BreakIterator(.word)
        self.lexicon = lexicon
        self.rules = rules
        let words = quantities.words
        let zeroUnits = quantities.numeralKind.indices.filter { quantities.numeralKind[$0] == .zero }.map { UInt16($0) }
        var tens = UnitSet()
        for w in words.words[.multiplier] where quantities.multiplierValue(w[0]) == 10 { tens.insert(w[0]) }
        // 〇 零 ○ as well as the numerals and multipliers (二〇〇一, 三百).
        let all = UnitSet(words.words[.numeral].map { $0[0] } + words.words[.multiplier].map { $0[0] } + zeroUnits)
        var monthDay = UnitSet()
        for kind in [FunctionWords.Kind.monthMark, .dayMark, .spokenDayMark] {
            for w in words.words[kind] where w.count == 1 { monthDay.insert(w[0]) }
        }
        numerals = all
        multipliers = words.set(.multiplier)
        chineseNumerals = words.set(.numeral)
        zeros = UnitSet(zeroUnits)
        self.tens = tens
        ordinals = words.set(.ordinal)
        ofMarks = words.set(.of)
        yearMarks = words.set(.yearMark)
        monthDayMarks = monthDay
    }

    /// Tokens of `units`, in order, covering the whole text.
    func tokens(_ units: [UInt16]) -> [Token] {
        var raw: [Token] = []
        raw.reserveCapacity(units.count / 2 + 16)
        units.withUnsafeBufferPointer { b in
            guard b.count > 0 else { return }
            var start = 0
            breaker.forEachBoundary(in: b) { end, status in
                let kind = Self.kind(status: status, b, start, end)
                if kind == .word && end - start == 2 && splitsGluedPair(b, start) {
                    raw.append(Token(start: start, end: start + 1, kind: .word))
                    raw.append(Token(start: start + 1, end: end, kind: .word))
                } else {
                    raw.append(Token(start: start, end: end, kind: kind))
                }
                start = end
            }
            if start < b.count { raw.append(Token(start: start, end: b.count, kind: .punctuation)) }
        }
        return units.withUnsafeBufferPointer { b in
            mergeLexicon(mergeWords(mergeNumbers(raw, b), b), b)
        }
    }

    private static func kind(status: Int32, _ b: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> Token.Kind {
        if status >= BreakIterator.WordStatus.noneLimit && status < BreakIterator.WordStatus.numberLimit { return .number }
        if status >= BreakIterator.WordStatus.numberLimit && status < BreakIterator.WordStatus.letterLimit {
            return CodeUnit.isASCIILetter(b[start]) || CodeUnit.isDigit(b[start]) ? .latin : .word
        }
        if status >= BreakIterator.WordStatus.letterLimit { return .word }
        for i in start..<end where !(CodeUnit.isSpace(b[i]) || b[i] == 0x0A) { return .punctuation }
        return .space
    }

    /// 新的, 他的 (a glued 的), but not 目的.
    private func splitsGluedPair(_ b: UnsafeBufferPointer<UInt16>, _ start: Int) -> Bool {
        if ofMarks.contains(b[start + 1]) {
            return !rules.deWords.contains(String(decoding: b[start..<(start + 2)], as: UTF16.self))
        }
        return false
    }

    // MARK: Numbers and symbols

    @inline(__always) func isMultiplier(_ u: UInt16) -> Bool { multipliers.contains(u) }

    /// A character of a number in Chinese: an everyday numeral, a multiplier or a zero (○ too).
    @inline(__always) func isNumeral(_ u: UInt16) -> Bool { numerals.contains(u) }

    private func allNumerals(_ b: UnsafeBufferPointer<UInt16>, _ t: Token) -> Bool {
        for i in t.range where !isNumeral(b[i]) { return false }
        return true
    }

    /// Punctuation that repeats as one mark: ——— …… ...... (dashes and ellipses).
    private static let repeatable: UnitSet = [0x2014, 0x2026, 0x2E, 0x2015, 0x2500]

    private func mergeNumbers(_ raw: [Token], _ b: UnsafeBufferPointer<UInt16>) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            var t = raw[i]
            i += 1
            // ——— and ......: one token.
            if t.kind == .punctuation, t.range.count == 1, Self.repeatable.contains(b[Int(t.start)]) {
                let mark = b[Int(t.start)]
                while i < raw.count, raw[i].kind == .punctuation, raw[i].range.allSatisfy({ b[$0] == mark }) {
                    t.end = raw[i].end
                    i += 1
                }
                out.append(t)
                continue
            }
            // °C, °F
            if t.range.count == 1, b[Int(t.start)] == 0xB0, i < raw.count, raw[i].range.count == 1,
               b[Int(raw[i].start)] == 0x43 || b[Int(raw[i].start)] == 0x46 {
                t.end = raw[i].end
                t.kind = .word
                i += 1
                out.append(t)
                continue
            }
            // 第一, 第3: an ordinal is one word (第 | 一个 → 第一 | 个).
            if t.kind == .word, t.range.count == 1, ordinals.contains(b[Int(t.start)]), i < raw.count,
               raw[i].kind == .number || (raw[i].kind == .word && isNumeral(b[Int(raw[i].start)])) {
                if raw[i].kind == .number || allNumerals(b, raw[i]) {
                    t.end = raw[i].end
                    i += 1
                    while i < raw.count, raw[i].kind == .word, allNumerals(b, raw[i]) { t.end = raw[i].end; i += 1 }
                    out.append(t)
                } else {
                    var k = Int(raw[i].start)
                    while k < Int(raw[i].end) && isNumeral(b[k]) { k += 1 }
                    t.end = Int32(k)
                    out.append(t)
                    out.append(Token(start: k, end: Int(raw[i].end), kind: .word))
                    i += 1
                }
                continue
            }
            let arabic = t.kind == .number
            let chinese = t.kind == .word && allNumerals(b, t)
            guard arabic || chinese else { out.append(t); continue }
            t.kind = .number
            // Runs of Chinese numeral tokens are one number: 二〇〇 | 一 → 二〇〇一.
            while chinese, i < raw.count, raw[i].kind == .word, allNumerals(b, raw[i]) {
                t.end = raw[i].end
                i += 1
            }
            // A date ICU split inside a word of its dictionary: 二〇〇 | 一年 → 二〇〇一年,
            // 三十 | 一日 → 三十一日.
            if chinese, i < raw.count, raw[i].kind == .word, raw[i].range.count >= 2,
               isNumeral(b[Int(raw[i].start)]) {
                let n = raw[i]
                var k = Int(n.start)
                while k < Int(n.end) - 1 && isNumeral(b[k]) { k += 1 }
                let merged = Token(start: Int(t.start), end: k, kind: .number)
                if k == Int(n.end) - 1, isDateSuffix(b, number: merged, suffix: b[k]) {
                    t.end = n.end
                    i += 1
                    out.append(t)
                    continue
                }
            }
            var pieceOfNext: Token? = nil
            if i < raw.count {
                let n = raw[i]
                var k = Int(n.start)
                // Absorb leading multipliers of the next token: 1778 | 万人 → 1778万 | 人.
                while arabic && k < Int(n.end) && isMultiplier(b[k]) { k += 1 }
                if k == Int(n.start), k < Int(n.end), b[k] == 0x25 /* % */ { k += 1 }
                if k == Int(n.start), isDateSuffix(b, number: t, suffix: b[k]) { k += 1 }
                if k > Int(n.start) {
                    t.end = Int32(k)
                    if k < Int(n.end) { pieceOfNext = Token(start: k, end: Int(n.end), kind: n.kind) }
                    i += 1
                }
            }
            out.append(t)
            if let p = pieceOfNext { out.append(p) }
        }
        return out
    }

    /// 2001年, 二〇〇一年, 10月, 31日, 十二月: a year, month or day number and its unit.
    private func isDateSuffix(_ b: UnsafeBufferPointer<UInt16>, number t: Token, suffix: UInt16) -> Bool {
        let length = t.range.count
        if yearMarks.contains(suffix) {
            // 年: four-digit years only (not 5年, 两年); in Chinese, with a zero and no
            // multiplier but ten (二〇〇一年).
            if length == 4 && (b[Int(t.start)] == 0x31 || b[Int(t.start)] == 0x32) && CodeUnit.isDigit(b[Int(t.start) + 3]) { return true }
            return length == 4 && !CodeUnit.isDigit(b[Int(t.start)]) && t.range.allSatisfy { !isMultiplier(b[$0]) || tens.contains(b[$0]) }
                && t.range.contains { zeros.contains(b[$0]) }
        }
        if monthDayMarks.contains(suffix) {
            // 月 日 号
            if length <= 2 && t.range.allSatisfy({ CodeUnit.isDigit(b[$0]) }) { return true }
            return length <= 3 && !CodeUnit.isDigit(b[Int(t.start)]) && t.range.allSatisfy { chineseNumerals.contains(b[$0]) }
        }
        return false
    }

    // MARK: Suffixes and names

    @inline(__always) private func isSingleHan(_ t: Token, _ b: UnsafeBufferPointer<UInt16>) -> Bool {
        t.kind == .word && t.range.count == 1 && CodeUnit.isHan(b[Int(t.start)])
    }

    private func mergeWords(_ tokens: [Token], _ b: UnsafeBufferPointer<UInt16>) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            var t = tokens[i]
            // Transliterated names: 克|林|顿 → 克林顿.
            if isSingleHan(t, b), rules.transliteration.contains(b[Int(t.start)]) {
                var j = i + 1
                while j < tokens.count, isSingleHan(tokens[j], b), rules.transliteration.contains(b[Int(tokens[j].start)]) { j += 1 }
                if j - i >= 2 {
                    out.append(Token(start: Int(t.start), end: Int(tokens[j - 1].end), kind: .word))
                    i = j
                    continue
                }
            }
            // Personal names: surname | two single characters → surname | given name.
            if isSingleHan(t, b), rules.surnames.contains(b[Int(t.start)]), i + 2 < tokens.count,
               isSingleHan(tokens[i + 1], b), isSingleHan(tokens[i + 2], b),
               !rules.nameStops.contains(b[Int(tokens[i + 1].start)]), !rules.nameStops.contains(b[Int(tokens[i + 2].start)]),
               !(i + 3 < tokens.count && isSingleHan(tokens[i + 3], b) && !rules.nameStops.contains(b[Int(tokens[i + 3].start)])) {
                out.append(t)
                out.append(Token(start: Int(tokens[i + 1].start), end: Int(tokens[i + 2].end), kind: .word))
                i += 3
                continue
            }
            i += 1
            // Suffixes: 现代 | 化 → 现代化.
            while t.kind == .word, t.range.count >= 2, i < tokens.count, tokens[i].kind == .word,
                  let (_, end) = rules.suffixes.longestPrefix(in: b, from: Int(tokens[i].start), limit: Int(tokens[i].end)),
                  end == Int(tokens[i].end) {
                t.end = tokens[i].end
                i += 1
            }
            out.append(t)
        }
        return out
    }

    // MARK: Lexicon

    /// Lexicon words take priority over ICU's boundaries: where a lexicon word occurs in a run
    /// of Han characters (leftmost-longest), tokens are cut at its edges and merged inside it.
    /// ICU's general dictionary can place a boundary inside a domain term (推行厂 | 务 | 公开);
    /// the lexicon knows 厂务公开 is a word.
    private func mergeLexicon(_ tokens: [Token], _ b: UnsafeBufferPointer<UInt16>) -> [Token] {
        let trie = lexicon.trie
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            guard t.kind == .word else { out.append(t); i += 1; continue }
            // Find the leftmost lexicon word starting inside this token and spanning past it.
            var cut: (start: Int, end: Int)? = nil
            var p = Int(t.start)
            while p < Int(t.end) && cut == nil {
                if trie.mayStart(with: b[p]), let (_, end) = trie.longestPrefix(in: b, from: p, limit: min(b.count, p + trie.maxLength)),
                   end > Int(t.end) {
                    // The word must end at a Han boundary that does not split a number.
                    if wordEndsCleanly(end, tokens, from: i, b) { cut = (p, end) }
                }
                p += 1
            }
            guard let (ws, we) = cut else { out.append(t); i += 1; continue }
            if ws > Int(t.start) { out.append(Token(start: Int(t.start), end: ws, kind: .word)) }
            out.append(Token(start: ws, end: we, kind: .word))
            // Skip the tokens the word covers; keep the rest of the last one.
            var j = i
            while j < tokens.count && Int(tokens[j].end) <= we { j += 1 }
            if j < tokens.count && Int(tokens[j].start) < we {
                out.append(Token(start: we, end: Int(tokens[j].end), kind: tokens[j].kind))
                j += 1
            }
            i = j
        }
        return out
    }

    /// A lexicon word may end inside a Han token but never inside a number or Latin token.
    private func wordEndsCleanly(_ end: Int, _ tokens: [Token], from i: Int, _ b: UnsafeBufferPointer<UInt16>) -> Bool {
        var j = i
        while j < tokens.count && Int(tokens[j].end) < end { j += 1 }
        guard j < tokens.count else { return true }
        let t = tokens[j]
        if Int(t.end) == end { return true }
        return t.kind == .word
    }
}
