import Foundation

/// Turns found spans into quantities: exact values (Decimal: 8.4亿 is 840000000, not
/// 839999999.9999999), record units, and one qualifier.
struct QuantityResolver {
    let lexicon: QuantityLexicon

    func resolve(_ span: QuantitySpan, in u: UnsafeBufferPointer<UInt16>) -> Quantity {
        let value = span.negative ? -self.value(of: span) : self.value(of: span)
        let (unit, measureWord) = self.unit(of: span, in: u)
        let numberEnd = span.number.range.upperBound
        return Quantity(
            range: span.range,
            numberRange: span.number.range.lowerBound..<max(numberEnd, span.number.range.lowerBound),
            value: value,
            unit: unit,
            measure: measureWord,
            qualifier: qualifier(of: span),
            role: span.role,
            labelRange: span.labelRange)
    }

    func value(of span: QuantitySpan) -> Decimal {
        let number = NumeralValue.value(of: span.number.parts + span.borrowedMultipliers)
        switch span.form {
        case .plain:
            var v = number
            if span.labelScale != 1 { v *= span.labelScale }
            if let m = span.measure, lexicon.measures[m].scale != 1 { v *= lexicon.measures[m].scale }
            return v
        case .percentOf(let divisor):
            return number / Decimal(divisor)
        case .fraction(let denominator):
            let d = NumeralValue.value(of: denominator)
            guard d != 0 else { return 0 }
            return rounded(number * 100 / d)
        case .tenths:
            return number * 10
        case .half:
            return 50
        case .adjacentRange(let lower, let upper):
            return number * Decimal(lower) / Decimal(upper)
        }
    }

    private func rounded(_ d: Decimal) -> Decimal {
        var v = d
        var r = Decimal()
        NSDecimalRound(&r, &v, 6, .plain)
        return r
    }

    func unit(of span: QuantitySpan, in u: UnsafeBufferPointer<UInt16>) -> (RecordUnit?, String?) {
        switch span.form {
        case .percentOf, .fraction, .tenths, .half:
            return (.percent, span.measureRange.map { String(decoding: u[$0], as: UTF16.self) })
        case .plain, .adjacentRange:
            break
        }
        if let m = span.measure {
            let measure = lexicon.measures[m]
            switch measure.kind {
            case .unit(let unit): return (unit, measure.word)
            case .none, .time: return (nil, measure.word)
            case .noun:
                let anchor = span.measureRange?.upperBound ?? span.range.upperBound
                return (nounUnit(measure: measure.word, after: anchor, before: span.number.range.lowerBound, in: u), measure.word)
            }
        }
        if let unit = span.labelUnit { return (unit, nil) }
        // 1300多万职工, 80多万工会会员, 3万多职工, 8000多职工: a figure in 万 or 亿, or one with 多
        // or 余 after it, with no measure word, right before the noun it counts (measure-nouns.tsv,
        // measure "-"). (A bare 2018职工 is a year or a code, not a count.)
        if let unit = span.bareNoun ?? (span.number.hasMultiplier ? lexicon.bareNoun(in: u, at: span.range.upperBound) : nil) {
            return (unit, nil)
        }
        // 筹资33万, 拨出100万: a figure in 万 or 亿 with no noun after it, right after a word of money.
        if span.number.hasMultiplier, let unit = lexicon.moneyBefore(in: u, at: span.range.lowerBound) { return (unit, nil) }
        return (nil, nil)
    }

    /// How far after its measure the noun a count names may end (20个省级“工匠人才和劳模创新工作室”:
    /// a name of a dozen characters and more).
    static let nounReach = 16
    /// How long a bracketed aside inside such a name may be (12个宜昌职工(劳模、工匠)创新工作室).
    static let asideReach = 12

    /// 个 and 次 by the noun they count: the nearest noun after the measure (2466个基层工会),
    /// else the nearest before the number in the same sentence (基层工会2466个).
    func nounUnit(measure: String, after: Int, before: Int, in u: UnsafeBufferPointer<UInt16>) -> RecordUnit {
        let fallback = lexicon.nounFallback[measure] ?? .item
        guard let matcher = lexicon.nounMatchers[measure], let nouns = lexicon.measureNouns[measure] else { return fallback }
        let stops: UnitSet = [0x2C, 0x3002, 0x3B, 0x0A, 0x3001, 0x21, 0x3F, 0x3A]
        var end = after
        // 和/及/与/或 before another number ends the stretch too (1个、11个和100个: the list's noun
        // stands after its last member, or before the list; 、 is a stop already).
        func joinsNumber(_ k: Int) -> Bool {
            lexicon.listMarks.contains(u[k]) && k + 1 < u.count
                && (CodeUnit.isDigit(u[k + 1]) || lexicon.plainNumerals.contains(u[k + 1]))
        }
        // A bracketed aside in the name (12个宜昌职工(劳模、工匠)创新工作室) is stepped over: its
        // list marks stop nothing and its nouns are not what is counted.
        var aside: Range<Int>? = nil
        while end < u.count && end - after - (aside?.count ?? 0) < Self.nounReach && !joinsNumber(end) {
            if aside == nil, let past = CodeUnit.asideEnd(u, at: end, reach: Self.asideReach, limit: u.count) {
                aside = end..<past
                end = past
                continue
            }
            if stops.contains(u[end]) { break }
            end += 1
        }
        if end > after {
            // The leftmost (then longest) noun after the measure.
            var best: PhraseMatcher.Match?
            matcher.forEachMatch(in: u, range: after..<end) { m in
                if let a = aside, a.overlaps(m.range) { return }
                if best == nil || m.range.lowerBound < best!.range.lowerBound
                    || (m.range.lowerBound == best!.range.lowerBound && m.range.count > best!.range.count) { best = m }
            }
            if let m = best { return nouns[m.phrase].unit }
            // 97个边境县乡、口岸职工之家: modifiers listed before the head — nouns only up to the
            // clause's end, whose last noun is what is counted.
            if end < u.count, u[end] == 0x3001 {
                var e = end
                while e < u.count, e - after < Self.nounReach, CodeUnit.isHan(u[e]) || u[e] == 0x3001 { e += 1 }
                if e >= u.count || stops.contains(u[e]) {
                    var head: PhraseMatcher.Match?
                    matcher.forEachMatch(in: u, range: after..<e) { m in if m.range.upperBound == e { head = m } }
                    if let m = head { return nouns[m.phrase].unit }
                }
            }
            // A noun follows but not one of the list (六个方面): it is what is counted — unless a
            // predicate follows instead (其中1200个建立了职代会制度): its noun stands before.
            if CodeUnit.isHan(u[after]), lexicon.words.starting(.predicateOpener, at: after, in: u, limit: end) == nil { return fallback }
        }
        var start = before
        while start > 0 && before - start < 200 && !(stops.contains(u[start - 1]) && u[start - 1] != 0x2C && u[start - 1] != 0x3001) { start -= 1 }
        if start < before {
            // The rightmost noun before the number.
            var best: PhraseMatcher.Match?
            matcher.forEachMatch(in: u, range: start..<before) { m in
                if best == nil || m.range.upperBound > best!.range.upperBound
                    || (m.range.upperBound == best!.range.upperBound && m.range.count > best!.range.count) { best = m }
            }
            if let m = best { return nouns[m.phrase].unit }
        }
        return fallback
    }

    static func nounUnit(_ lexicon: QuantityLexicon, measure: String, in word: String) -> RecordUnit? {
        guard let matcher = lexicon.nounMatchers[measure], let nouns = lexicon.measureNouns[measure] else { return nil }
        return matcher.longestMatches(in: Array(word.utf16)).last.map { nouns[$0.phrase].unit }
    }

    func qualifier(of span: QuantitySpan) -> Qualifier {
        if span.qualifiers.contains(.about) { return .about }
        if let first = span.qualifiers.first { return first }
        if span.role == .range || span.number.isVague { return .over }
        return .exact
    }
}

/// The quantity stage: finds and resolves every quantity of a normalised text.
public struct QuantityRecognizer: Sendable {
    public let lexicon: QuantityLexicon

    public init(lexicon: QuantityLexicon) {
        self.lexicon = lexicon
    }

    /// The quantities of `text`, in order.
    public func quantities(in text: UTF16Text) -> [Quantity] {
        let finder = QuantityFinder(lexicon: lexicon)
        let resolver = QuantityResolver(lexicon: lexicon)
        return text.units.withUnsafeBufferPointer { u in
            finder.find(u).map { resolver.resolve($0, in: u) }
        }
    }
}
