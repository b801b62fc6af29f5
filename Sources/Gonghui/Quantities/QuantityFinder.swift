import Foundation

/// Finds the quantities of a normalised text as spans: where each number, its qualifiers and
/// its measure are — lists, ranges and table cells included — and drops what is not a
/// quantity (years, dates, ordinals, list numbering, codes, names and slogans).
///
/// Values are not computed here; `QuantityResolver` does that from the spans.
struct QuantityFinder {
    let lexicon: QuantityLexicon
    let reader: NumeralReader

    init(lexicon: QuantityLexicon) {
        self.lexicon = lexicon
        reader = NumeralReader(lexicon: lexicon)
    }

    // Characters the grammar names (its words are the lexicon's: quantity-context.tsv).
    static let percentSign: UInt16 = 0x25
    static let slash: UInt16 = 0x2F
    static let sentenceEnds: UnitSet = [0x3002, 0x21, 0x3F, 0x3B, 0x0A, 0xFF01, 0xFF1F, 0xFF1B]
    /// A number 成 can count: Chinese, or Arabic up to ten (7.2成, not 100成).
    static func countsTenths(_ n: NumeralSpan) -> Bool {
        guard n.hasArabic else { return true }
        if n.parts.count == 1, case .arabic(let v, _) = n.parts[0] { return v <= 10 }
        return false
    }

    func find(_ u: UnsafeBufferPointer<UInt16>) -> [QuantitySpan] {
        var spans: [QuantitySpan] = []
        let lexicon = self.lexicon
        let halfMarks = lexicon.halfMarks
        var blocked = BlockedSpans(u, exceptions: lexicon.exceptions, lexicon: lexicon) { c in
            CodeUnit.isDigit(c) || lexicon.numeral(c) != nil || halfMarks.contains(c) || c == 0x2E
        }
        let n = u.count
        var i = 0
        while i < n {
            let c = u[i]
            // .5 (a decimal without its leading zero) counts as a digit where no number precedes —
            // nor a dot: the dots of a leader (雇员工会.....821.....828) part cells.
            let afterLeader = i >= 1 && CodeUnit.isLeaderDot(u, i - 1, in: 0..<n)
            let isDigit = CodeUnit.isDigit(c) || (c == 0x2E && i + 1 < n && CodeUnit.isDigit(u[i + 1])
                && (i == 0 || !(CodeUnit.isDigit(u[i - 1]) || CodeUnit.isASCIILetter(u[i - 1]) || u[i - 1] == 0x2E)))
            let isHalf = halfMarks.contains(c)
            guard isDigit || lexicon.numeral(c) != nil || isHalf else { i += 1; continue }
            // A Chinese numeral followed by nothing a quantity can continue with (一些, 统一,
            // 一起) is a word, not a number: the cheapest and most common rejection.
            if !isDigit, !isHalf, i + 1 < n, !lexicon.canFollowNumeral(u[i + 1]) { i += 1; continue }
            if let b = blocked.range(containing: i) { i = b.upperBound; continue }
            if let b = BlockedSpans.local(u, at: i, lexicon: lexicon) { i = max(b.upperBound, i + 1); continue }
            // Never start inside a Latin word or a longer number.
            if isDigit, i > 0, CodeUnit.isASCIILetter(u[i - 1]) || (u[i - 1] == 0x2E && !afterLeader) || CodeUnit.isDigit(u[i - 1]) {
                while i < n && (CodeUnit.isDigit(u[i]) || u[i] == 0x2E) { i += 1 }
                continue
            }
            if let next = scan(u, at: i, blocked: &blocked, into: &spans) {
                i = max(next, i + 1)
            } else {
                i += 1
            }
        }
        return spans
    }

    // MARK: One quantity (or list) at a position

    private func matches(_ u: UnsafeBufferPointer<UInt16>, _ i: Int, _ word: [UInt16]) -> Bool {
        guard i + word.count <= u.count else { return false }
        for (k, w) in word.enumerated() where u[i + k] != w { return false }
        return true
    }

    /// Scans the quantity starting at `i`: returns the spans found (possibly none, when the
    /// number is not a quantity) and where to continue.
    private func scan(_ u: UnsafeBufferPointer<UInt16>, at i: Int, blocked: inout BlockedSpans, into out: inout [QuantitySpan]) -> Int? {
        let n = u.count
        // 百分之八十六点六, 千分之五
        for (prefix, divisor) in lexicon.percentOf where matches(u, i, prefix) {
            let numberStart = i + prefix.count
            if divisor == 1, numberStart < n, u[numberStart] == prefix[0], !(numberStart + 1 < n && lexicon.numeral(u[numberStart + 1]) != nil) {
                // 百分之百: the percentage's own hundred, alone
                var span = QuantitySpan(range: i..<(numberStart + 1), number: NumeralSpan(range: numberStart..<(numberStart + 1), parts: [.digit(1), .unit(100)]))
                span.form = .percentOf(divisor: divisor)
                return finishPercent(u, span, start: i, into: &out)
            }
            guard let number = reader.read(u, at: numberStart, limit: n) else { return nil }
            var span = QuantitySpan(range: i..<number.range.upperBound, number: number)
            span.form = .percentOf(divisor: divisor)
            return finishPercent(u, span, start: i, into: &out)
        }
        // 一半, 半数
        if let length = lexicon.starting(lexicon.halfWords, at: i, in: u, limit: n) {
            var span = QuantitySpan(range: i..<(i + length), number: NumeralSpan(range: i..<(i + length), parts: [.digit(1)]))
            span.form = .half
            return finishPercent(u, span, start: i, into: &out)
        }
        // 半成 (5%), 半百家 (50): 半 as half of the place or tenth after it.
        if lexicon.halfMarks.contains(u[i]) {
            guard i + 1 < n else { return nil }
            if lexicon.tenthsMarks.contains(u[i + 1]), !(i + 2 < n && lexicon.cheng.startsWord(u[i + 2])) {
                var span = QuantitySpan(range: i..<(i + 2), number: NumeralSpan(range: i..<(i + 1), parts: [.point([5])]))
                span.form = .tenths
                return finishPercent(u, span, start: i, into: &out)
            }
            guard lexicon.numeral(u[i + 1]) == .unit || lexicon.numeral(u[i + 1]) == .big,
                  let rest = reader.read(u, at: i + 1, limit: n), rest.parts.count == 1 else { return nil }
            let half = NumeralSpan(range: i..<rest.range.upperBound, parts: [.point([5])] + rest.parts)
            return finish(u, QuantitySpan(range: i..<rest.range.upperBound, number: half), end: rest.range.upperBound, percentInRange: false, into: &out)
        }

        guard var core = reader.read(u, at: i, limit: n) else { return nil }
        var end = core.range.upperBound
        // 工会会员 82 万人, 慰问金 20 万元: a web page's single space between a figure and its
        // multiplier, when a measure follows the multiplier.
        if core.isPlainArabic, end + 1 < n, u[end] == 0x20, lexicon.numeral(u[end + 1]) == .big,
           let multiplier = reader.read(u, at: end + 1, limit: n), multiplier.isBareMultiplier,
           measureAt(u, afterInner(u, multiplier.range.upperBound)) != nil {
            core = NumeralSpan(range: i..<multiplier.range.upperBound, parts: core.parts + multiplier.parts, innerOver: multiplier.innerOver)
            end = core.range.upperBound
        }

        // 四分之三: denominator 分之 numerator.
        if let length = lexicon.starting(lexicon.fractionWords, at: end, in: u, limit: n), end + length <= n,
           let numerator = reader.read(u, at: end + length, limit: n) {
            var span = QuantitySpan(range: i..<numerator.range.upperBound, number: numerator)
            span.form = .fraction(denominator: core)
            return finishPercent(u, span, start: i, into: &out)
        }
        // 3/4 (dates like 2020/12/15 are blocked before this point).
        if core.isPlainArabic, end + 1 < n, u[end] == Self.slash, CodeUnit.isDigit(u[end + 1]),
           let (denominator, denominatorDigits, dEnd) = reader.readArabic(u, end + 1, n), !(dEnd < n && u[dEnd] == Self.slash),
           denominator > 0, denominator <= 1000 {
            var span = QuantitySpan(range: i..<dEnd, number: core)
            span.form = .fraction(denominator: NumeralSpan(range: (end + 1)..<dEnd, parts: [.arabic(denominator, integerDigits: denominatorDigits)]))
            // The fraction is numerator/denominator: swap into the same shape as 四分之三.
            span.number = NumeralSpan(range: core.range, parts: core.parts)
            return finishPercent(u, span, start: i, into: &out)
        }

        var span = QuantitySpan(range: i..<end, number: core)

        // 三四百, 二三十: two adjacent digits, the lower bound of a range.
        if core.isSingleChineseDigit, case .digit(let lower) = core.parts[0], end < n,
           lexicon.numeral(u[end]) == .digit, lexicon.numeralValue[Int(u[end])] == lower + 1,
           let upper = reader.read(u, at: end, limit: n), upper.hasMultiplier {
            core = upper
            span.number = upper
            span.form = .adjacentRange(lower: lower, upper: lower + 1)
            span.role = .range
            end = upper.range.upperBound
        }

        // Ranges with a separator: 3至5万人, 200~300人, 60%~70% (a percent on its lower bound is on
        // its upper bound too).
        var percentInRange = false
        if span.form == .plain {
            var sep = end
            if sep < n, u[sep] == Self.percentSign { sep += 1; percentInRange = true }
            if sep + 1 < n, lexicon.rangeSeparators.contains(u[sep]),
               CodeUnit.isDigit(u[sep + 1]) || (lexicon.numeral(u[sep + 1]).map { $0 == .digit } ?? false),
               let upper = reader.read(u, at: sep + 1, limit: n),
               upper.hasArabic == core.hasArabic || upper.hasMultiplier,
               // (增长15%至2022年的5980人: after a percent, 至 and a number without one is the
               // move's end, not a range's.)
               !percentInRange || (upper.range.upperBound < n && u[upper.range.upperBound] == Self.percentSign) {
                if !core.endsWithMultiplier { span.borrowedMultipliers = upper.trailingMultipliers }
                span.role = .range
                end = upper.range.upperBound
            } else {
                percentInRange = false
            }
        }

        // Lists: 5.7和10个百分点, 12、15和20万人.
        if span.form == .plain && span.role == .single && measureAt(u, afterInner(u, end)) == nil
            && !(end < n && u[end] == Self.percentSign) {
            if let next = scanList(u, first: span, blocked: &blocked, into: &out) { return next }
        }

        return finish(u, span, end: end, percentInRange: percentInRange, into: &out)
    }

    /// The end of the upper bound when a dash at `p` is followed by a number in the same measure
    /// (元-740元), or nothing.
    private func rangeWithMeasure(_ u: UnsafeBufferPointer<UInt16>, after p: Int, measure: Int) -> Int? {
        let n = u.count
        // (Not 由12万人到15万人: a word between the two is a change's from and to.)
        guard p + 1 < n, lexicon.rangeSeparators.contains(u[p]), !CodeUnit.isHan(u[p]), CodeUnit.isDigit(u[p + 1]),
              let upper = reader.read(u, at: p + 1, limit: n),
              let (m, e) = measureAt(u, upper.range.upperBound), m == measure else { return nil }
        return e
    }

    /// Past a 余/多 right after a number (19.8万余人), or `end` itself.
    private func afterInner(_ u: UnsafeBufferPointer<UInt16>, _ end: Int) -> Int {
        if end < u.count, let (_, e) = innerQualifier(u, at: end) { return e }
        return end
    }

    private func innerQualifier(_ u: UnsafeBufferPointer<UInt16>, at i: Int) -> (Qualifier, Int)? {
        guard i < u.count, let (idx, e) = lexicon.innerQualifierTrie.longestPrefix(in: u, from: i, limit: min(u.count, i + 4)) else { return nil }
        // 多 before a Han word is "many", not "more than": 100多家 yes, 3多种 no matter.
        return (lexicon.qualifiers[idx].qualifier, e)
    }

    /// The measure at `i`: (index, end).
    private func measureAt(_ u: UnsafeBufferPointer<UInt16>, _ i: Int) -> (Int, Int)? {
        guard i < u.count else { return nil }
        return lexicon.measureTrie.longestPrefix(in: u, from: i, limit: min(u.count, i + lexicon.measureTrie.maxLength))
    }

    /// 发明创造1.5万 项, 339 家: a web page's single space between a figure and its measure — not a
    /// measure of time (2010 年 is a year), nor one a word goes on from (表 2 名词) or another
    /// spaced measure follows (120 人 次).
    private func spacedMeasure(_ u: UnsafeBufferPointer<UInt16>, _ i: Int) -> (Int, Int)? {
        guard i + 1 < u.count, u[i] == 0x20, let (m, e) = measureAt(u, i + 1) else { return nil }
        if case .time = lexicon.measures[m].kind { return nil }
        if e < u.count, CodeUnit.isHan(u[e]) || u[e] == 0x20 && measureAt(u, e + 1) != nil { return nil }
        return (m, e)
    }

    // MARK: Completing a quantity

    /// Adds inner qualifier, measure, 成, trailing qualifier, leading qualifier; applies the
    /// not-a-quantity rules; returns the span or nothing.
    private func finish(_ u: UnsafeBufferPointer<UInt16>, _ start: QuantitySpan, end numberEnd: Int, percentInRange: Bool, into out: inout [QuantitySpan]) -> Int? {
        var span = start
        let n = u.count
        var end = numberEnd
        if span.number.innerOver { span.qualifiers.append(.over) }
        if let (q, e) = innerQualifier(u, at: end) {
            if measureAt(u, e) != nil || e == n || !CodeUnit.isHan(u[e]) {
                span.qualifiers.append(q)
                end = e
            } else if let unit = lexicon.bareNoun(in: u, at: e), unit != .yuan || span.number.hasMultiplier {
                // (发放50余慰问金 without 万 or 元 is no amount anyone wrote.)
                span.qualifiers.append(q)
                span.bareNoun = unit
                end = e
            }
        }
        // 三成, 八成以上, 六成企业, 7.2成: tenths; 九成五, 三成半: and the next tenth.
        // (The mark first: comparing a Decimal costs more than the rest of the span's finish.)
        if span.form == .plain, end < n, lexicon.tenthsMarks.contains(u[end]), Self.countsTenths(span.number),
           end + 1 >= n || !lexicon.cheng.startsWord(u[end + 1]), span.number.parts.count <= 2 {
            span.form = .tenths
            end += 1
            if end < n, let d = lexicon.numeral(u[end]), d == .digit, !(end + 1 < n && lexicon.numeral(u[end + 1]) != nil) {
                span.number.parts.append(.point([lexicon.numeralValue[Int(u[end])]]))
                end += 1
            } else if end < n, lexicon.halfMarks.contains(u[end]) {
                span.number.parts.append(.point([5]))
                end += 1
            }
            if let (q, e) = innerQualifier(u, at: end) { span.qualifiers.append(q); end = e }  // 七成多
        } else if let (m, e) = measureAt(u, end) ?? spacedMeasure(u, end) {
            let measure = lexicon.measures[m]
            if measure.kind == .time { return e }
            // 十九届五中全会, 五届五次全会: session numbers, not counts.
            if lexicon.sessionMeasures[m], e < n, lexicon.numeral(u[e]) != nil {
                var k = e
                while k < n, lexicon.numeral(u[k]) != nil { k += 1 }
                if let (_, e2) = measureAt(u, k) { k = e2 }
                return k
            }
            span.measure = m
            span.measureRange = end..<e
            end = e
            // 360元-740元, 3万元至5万元: a range that writes its measure on both ends.
            if span.role == .single, span.form == .plain, let upperEnd = rangeWithMeasure(u, after: e, measure: m) {
                span.role = .range
                span.measureRange = (upperEnd - (e - span.measureRange!.lowerBound))..<upperEnd
                end = upperEnd
            }
        } else if percentInRange, let (m, e) = measureAt(u, numberEnd) {
            span.measure = m
            span.measureRange = numberEnd..<e
        }
        end = addAfterQualifier(u, &span, end)
        span.range = span.range.lowerBound..<end
        applySign(u, &span)
        guard addBeforeQualifier(u, &span) else { return end }
        guard isQuantity(u, &span) else { return end }
        out.append(span)
        return end
    }

    /// −22.2%, -5.6%, 负3.9%: a minus written with the number makes it negative (not the - of a
    /// range or a date, which has a digit before it; not a run of dashes; not the 负 of 负责, 担负).
    private func applySign(_ u: UnsafeBufferPointer<UInt16>, _ span: inout QuantitySpan) {
        let s = span.range.lowerBound
        guard s > 0 else { return }
        let c = u[s - 1]
        let before: UInt16? = s >= 2 ? u[s - 2] : nil
        switch c {
        case 0x2D, 0x2212:  // - −
            if let b = before, CodeUnit.isDigit(b) || CodeUnit.isASCIILetter(b) || b == 0x2E || b == 0x25 { return }
            // --1名--: a run of dashes decorates a count, it is no sign.
            if let b = before, b == 0x2D || b == 0x2212 || b == 0x2014 { return }
            // 18场-20场次: after a figure's measure, the dash of a range.
            if s >= 3, (3...min(5, s)).contains(where: { k in CodeUnit.isDigit(u[s - k]) && (2..<k).allSatisfy { CodeUnit.isHan(u[s - $0]) } }) { return }
        default:
            // 负 (not the end of 担负, 胜负).
            guard lexicon.minusSigns.contains(c) else { return }
            if let b = before, lexicon.minusWordStarts.contains(b) { return }
        }
        span.negative = true
        span.range = (s - 1)..<span.range.upperBound
    }

    private func finishPercent(_ u: UnsafeBufferPointer<UInt16>, _ start: QuantitySpan, start position: Int, into out: inout [QuantitySpan]) -> Int? {
        var span = start
        var end = span.range.upperBound
        if span.form == .half, end < u.count, let (m, e) = measureAt(u, end), lexicon.measures[m].kind == .time {
            return e  // 半年, 半天
        }
        end = addAfterQualifier(u, &span, end)
        span.range = position..<end
        applySign(u, &span)
        guard addBeforeQualifier(u, &span) else { return end }
        if hasBlockingContext(u, before: span.range.lowerBound, after: end) { return end }
        out.append(span)
        return end
    }

    private func addAfterQualifier(_ u: UnsafeBufferPointer<UInt16>, _ span: inout QuantitySpan, _ end: Int) -> Int {
        guard end < u.count, let (idx, e) = lexicon.afterQualifierTrie.longestPrefix(in: u, from: end, limit: min(u.count, end + 3)) else { return end }
        span.qualifiers.append(lexicon.qualifiers[idx].qualifier)
        return e
    }

    /// Looks for 近/约/超过… right before the quantity; false when the quantity is not one
    /// (a 上 before something other than a bare multiplier is not a qualifier, nothing more).
    private func addBeforeQualifier(_ u: UnsafeBufferPointer<UInt16>, _ span: inout QuantitySpan) -> Bool {
        let start = span.range.lowerBound
        guard start > 0 else { return true }
        // Match qualifier words backwards: the trie holds them reversed.
        guard let (idx, length) = lexicon.beforeQualifierTrie.longestSuffix(in: u, before: start, limit: max(0, start - 4)) else { return true }
        let q = lexicon.qualifiers[idx]
        let wordStart = start - length
        if wordStart > 0, q.notAfter.contains(u[wordStart - 1]) { return true }
        if q.onlyBareMultiplier && !span.number.isBareMultiplier { return true }
        span.qualifiers.insert(q.qualifier, at: 0)
        span.range = wordStart..<span.range.upperBound
        return true
    }

    // MARK: Lists

    /// A list of numbers sharing the last member's measure: 5.7和10个百分点 → two quantities.
    private func scanList(_ u: UnsafeBufferPointer<UInt16>, first: QuantitySpan, blocked: inout BlockedSpans, into out: inout [QuantitySpan]) -> Int? {
        let n = u.count
        var members: [QuantitySpan] = [first]
        var end = first.range.upperBound
        while true {
            var sepEnd: Int? = nil
            for sep in lexicon.listSeparators where matches(u, end, sep) { sepEnd = end + sep.count; break }
            guard let s = sepEnd, s < n, CodeUnit.isDigit(u[s]) || lexicon.numeral(u[s]) == .digit,
                  blocked.range(containing: s) == nil,
                  let next = reader.read(u, at: s, limit: n) else { break }
            // Arabic and Chinese members do not mix in one list.
            guard next.hasArabic == first.number.hasArabic else { break }
            members.append(QuantitySpan(range: next.range, number: next))
            end = next.range.upperBound
            if measureAt(u, afterInner(u, end)) != nil || (end < n && u[end] == Self.percentSign) { break }
        }
        guard members.count > 1 else { return nil }
        // The last member carries the measure (or none).
        let lastMember = members.removeLast()
        var finished: [QuantitySpan] = []
        guard let next = finish(u, lastMember, end: lastMember.range.upperBound, percentInRange: false, into: &finished) else { return nil }
        guard var last = finished.first else {
            // The shared measure is a time unit (2018、2019和2020年): none of them is a quantity.
            return next
        }
        for var m in members {
            m.measure = last.measure
            m.borrowedMeasure = last.measure != nil
            m.form = last.form == .tenths ? .tenths : .plain
            if !m.number.hasMultiplier { m.borrowedMultipliers = last.number.trailingMultipliers }
            m.role = .list
            applySign(u, &m)
            if addBeforeQualifier(u, &m), isQuantity(u, &m) { out.append(m) }
        }
        last.role = .list
        out.append(last)
        return next
    }

    // MARK: What is not a quantity

    /// Applies the not-a-quantity rules, and for bare numbers looks for a table label.
    private func isQuantity(_ u: UnsafeBufferPointer<UInt16>, _ span: inout QuantitySpan) -> Bool {
        let start = span.range.lowerBound
        let end = span.range.upperBound
        if hasBlockingContext(u, before: start, after: span.measure == nil ? end : nil) { return false }
        if span.measure == nil, span.form == .plain, hasNearbyCodeWord(u, after: end) { return false }
        if isListNumbering(u, span) { return false }
        // 几个, 几家: some, not a figure.
        if span.number.parts.allSatisfy({ $0 == .vague }) { return false }
        // A multiplier in a label's brackets is the label's unit: 帮扶资金(万元).
        if span.number.isBareMultiplier, start > 0, u[start - 1] == 0x28 { return false }
        // 万元, 亿元 alone are a table's unit (单位:万元), not an amount: 万 or 亿 counts only
        // with a digit or a qualifier (逾万名, 万余人, 上万人).
        if span.number.parts.allSatisfy({ if case .big = $0 { return true } else { return false } }), span.qualifiers.isEmpty { return false }
        // 万家 with nothing before it means "countless" (建好万家职工书屋); 逾万家 is a count.
        if span.number.isBareMultiplier, span.qualifiers.isEmpty, let m = span.measure, isCountless(u, span.number.range, measure: m) {
            return false
        }
        if span.measure != nil, span.number.isChinese, span.qualifiers.isEmpty {
            // 十项工程, 五大行动: numeral and measure name a programme (quantity-context `programme`).
            if lexicon.programmes.contains(where: { end + $0.count <= u.count && u[end..<(end + $0.count)].elementsEqual($0) }) { return false }
            // 是一次, 最大的一次: a lone 一 and its measure are an article (`article`).
            let n = span.number.range
            if n.count == 1, lexicon.numeralValue[Int(u[n.lowerBound])] == 1, n.lowerBound > 0, let m = span.measure {
                if lexicon.articleMarks.contains(u[n.lowerBound - 1]) { return false }
                // 规模最大的一次盛会: after 的, one event is an article; 原来的一个 still counts.
                if lexicon.words.isA(.of, u[n.lowerBound - 1]), lexicon.eventArticleMeasures[m] { return false }
            }
        }
        // 一项项, 一个个, 一件件: a measure said twice after a Chinese numeral means "one after
        // another", not a count.
        if span.measure != nil, span.number.isChinese, span.number.range.count == 1, end - start == 2, end < u.count, u[end] == u[end - 1] { return false }
        let hasUnitOrPercent = span.measure != nil || span.form != .plain
        if !hasUnitOrPercent {
            // Chinese numerals need a measure to be a count (一些, 统一, 十分 are words) — unless
            // written in the short spoken form, a digit after a place value (一万二, 三百五).
            if span.number.isChinese && !span.borrowedMeasure && !span.number.isAbbreviated {
                // 挽回损失逾千万, 近亿: a round number in 万 or 亿 that a qualifier opens is a figure
                // whose measure the words around it give (千万 alone is an adverb).
                if span.number.isBareMultiplier, case .big? = span.number.parts.last, span.range.lowerBound < span.number.range.lowerBound { return true }
                return labelled(u, &span) && !isCounterLabel(u, span.labelRange!)
            }
            if let (y, digits) = span.number.plainArabicInteger, span.role != .range {
                // A bare four-digit number in the range of years is a year (〔2019〕, 2019-2020).
                if digits == 4, (1949...2100).contains(y), !labelled(u, &span) { return false }
            }
            labelled(u, &span)
        }
        if let label = span.labelRange, isCounterLabel(u, label) { return false }
        return true
    }

    /// 万家: a bare multiplier that makes with its measure a word meaning countless
    /// (quantity-context.tsv `countless`).
    private func isCountless(_ u: UnsafeBufferPointer<UInt16>, _ number: Range<Int>, measure m: Int) -> Bool {
        let measure = lexicon.measures[m].word.utf16
        return lexicon.countless.contains { w in
            w.count == number.count + measure.count && w[..<number.count].elementsEqual(u[number]) && w[number.count...].elementsEqual(measure)
        }
    }

    /// 第3次, 拨打12351, 12351热线: context that makes the number a code or an ordinal. A word
    /// after a measure (12位路政职工) says nothing of the number: `end` is nil then.
    private func hasBlockingContext(_ u: UnsafeBufferPointer<UInt16>, before start: Int, after end: Int?) -> Bool {
        if start > 0 {
            // Allow a colon or space between a word and its number (电话: 0580…).
            var end = start
            while end > 0 && start - end < 3 && (u[end - 1] == 0x3A || u[end - 1] == 0x20) { end -= 1 }
            if lexicon.contextBefore.longestSuffix(in: u, before: end, limit: max(0, end - 6)) != nil { return true }
        }
        if let end, end < u.count, lexicon.contextAfter.longestPrefix(in: u, from: end, limit: min(u.count, end + 6)) != nil {
            return true
        }
        return false
    }

    /// A bare number followed within a few characters by a word like 热线 is a service number
    /// (12351职工服务热线). A word of one character counts only right after the number (1路, 302室):
    /// further on it is as often the end of another word (300万会员的中国铁路工会).
    private func hasNearbyCodeWord(_ u: UnsafeBufferPointer<UInt16>, after end: Int) -> Bool {
        var k = end
        while k < u.count && k - end <= 6 && CodeUnit.isHan(u[k]) {
            if let w = lexicon.contextAfter.longestPrefix(in: u, from: k, limit: min(u.count, k + 6)), k == end || w.1 - k > 1 { return true }
            k += 1
        }
        return false
    }

    /// 一、 二是 (三) 1. at the start of a line or sentence.
    private func isListNumbering(_ u: UnsafeBufferPointer<UInt16>, _ span: QuantitySpan) -> Bool {
        guard span.measure == nil, span.form == .plain, span.role != .range else { return false }
        let s = span.number.range.lowerBound
        let e = span.number.range.upperBound
        let n = u.count
        // (一) (3)
        if s > 0, u[s - 1] == 0x28, e < n, u[e] == 0x29 { return true }
        // 一是 二是
        if span.number.isChinese, e < n, lexicon.numberingMarks.contains(u[e]), span.number.parts.count <= 2 { return true }
        // At a line or sentence start: 1. 1、 一、 1, 2)
        var k = s - 1
        while k >= 0 && (u[k] == 0x20 || u[k] == 0x09) { k -= 1 }
        let atStart = k < 0 || Self.sentenceEnds.contains(u[k]) || u[k] == 0x3002
        if atStart, e < n {
            let next = u[e]
            if lexicon.itemMarks.contains(next) || next == 0x29 || next == 0x2C { return true }
            if next == 0x2E && !(e + 1 < n && CodeUnit.isDigit(u[e + 1])) { return true }
        }
        return false
    }

    /// A label right before a bare number (培训人次 550 460; 会员人数:12345; 新建基层工会(家) 46):
    /// sets the span's label and unit. True when there is a label with a unit.
    @discardableResult
    private func labelled(_ u: UnsafeBufferPointer<UInt16>, _ span: inout QuantitySpan) -> Bool {
        var k = span.number.range.lowerBound - 1
        if span.negative, k >= 0, u[k] == 0x2D || u[k] == 0x2212 { k -= 1 }
        var separated = false
        // Back over the row's earlier cells and separators.
        while k >= 0 {
            let c = u[k]
            // (A leader of dots parts cells as a space does: 雇员工会.....821.)
            if c == 0x20 || c == 0x09 || c == 0x3A || c == 0x7C || CodeUnit.isLeaderDot(u, k, in: 0..<u.count) { separated = true; k -= 1; continue }
            if separated && (CodeUnit.isDigit(c) || c == 0x2C || c == 0x2E || c == Self.percentSign || c == 0x2D || c == 0x2212) { k -= 1; continue }
            break
        }
        guard k >= 0 else { return false }
        // The label: Han characters and a bracketed measure, back to a boundary.
        let labelEnd = k + 1
        var depth = 0
        while k >= 0 {
            let c = u[k]
            if c == 0x29 { depth += 1; k -= 1; continue }
            if c == 0x28 { if depth > 0 { depth -= 1; k -= 1; continue } else { break } }
            if CodeUnit.isHan(c) || (depth > 0 && c != 0x0A) { k -= 1; continue }
            break
        }
        let labelStart = k + 1
        guard labelStart < labelEnd else { return false }
        let label = labelStart..<labelEnd
        span.labelRange = label
        if let (unit, scale) = labelUnit(u, label, adjacent: !separated) {
            span.labelUnit = unit
            span.labelScale = scale
            span.role = .cell
            return true
        }
        if !separated { span.labelRange = nil }
        return false
    }

    /// The unit a label gives: a bracketed measure, else a known label ending.
    private func labelUnit(_ u: UnsafeBufferPointer<UInt16>, _ label: Range<Int>, adjacent: Bool) -> (RecordUnit, Decimal)? {
        let text = Array(u[label])
        if text.contains(0x28) && text.contains(0x29) { return lexicon.bracketUnit(text) }
        return lexicon.endingUnit(text).map { ($0, 1) }
    }

    private func isCounterLabel(_ u: UnsafeBufferPointer<UInt16>, _ label: Range<Int>) -> Bool {
        lexicon.counterLabels.contains { w in w.count <= label.count && u[(label.upperBound - w.count)..<label.upperBound].elementsEqual(w) }
    }
}
