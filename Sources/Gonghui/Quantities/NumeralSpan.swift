import Foundation

/// A number as written, split into the parts its value is computed from — found, not yet
/// valued. 2亿3千万 is [arabic 2, big 10^8, arabic 3, unit 1000, big 10^4]; 一千零五 is
/// [digit 1, unit 1000, zero, digit 5]; 19.8万 is [arabic 19.8, big 10^4].
struct NumeralSpan: Sendable, Hashable {
    enum Part: Sendable, Hashable {
        /// An Arabic number: its value, and how many digits it has before the decimal point.
        case arabic(Decimal, integerDigits: Int)
        case digit(Int)
        /// 十 百 千.
        case unit(Int)
        /// 万 (10^4) or 亿 (10^8).
        case big(Int)
        /// 零/〇 between sections.
        case zero
        /// 几: some digit.
        case vague
        /// 点 and the Chinese digits after it (八十六点六).
        case point([Int])
    }

    var range: Range<Int>
    var parts: [Part]
    /// 余/多 inside the number (10余万, 三千多万): qualifier over.
    var innerOver = false

    var hasArabic: Bool { parts.contains { if case .arabic = $0 { return true } else { return false } } }
    var isVague: Bool { parts.contains(.vague) }
    /// Only Chinese numerals (no Arabic digits).
    var isChinese: Bool { !hasArabic }
    /// The number has a multiplier (十 百 千 万 亿) after its last digit.
    var endsWithMultiplier: Bool {
        switch parts.last {
        case .unit?, .big?: return true
        default: return false
        }
    }
    /// A bare multiplier: 百, 千, 万 with no digit (百名, 千余人, 逾万名).
    var isBareMultiplier: Bool {
        parts.allSatisfy { if case .unit = $0 { return true }; if case .big = $0 { return true }; return false }
    }
    /// Arabic digits only, no multiplier: a candidate for years, codes and table cells.
    var isPlainArabic: Bool { parts.count == 1 && hasArabic }
    /// The value of a lone Arabic integer (2019 in 〔2019〕), for the year and tenths checks.
    var plainArabicInteger: (value: Int, digits: Int)? {
        if parts.count == 1, case .arabic(let v, let digits) = parts[0], let i = Int(exactly: NSDecimalNumber(decimal: v).doubleValue),
           Decimal(i) == v {
            return (i, digits)
        }
        return nil
    }
    /// The trailing multiplier parts (万 in 5万, 百 in 三四百), for ranges and lists.
    var trailingMultipliers: [Part] {
        var out: [Part] = []
        for p in parts.reversed() {
            switch p {
            case .unit, .big: out.insert(p, at: 0)
            default: return out
            }
        }
        return out
    }
    var hasMultiplier: Bool {
        parts.contains { if case .unit = $0 { return true }; if case .big = $0 { return true }; return false }
    }
    /// The spoken short form: a digit right after a place value of a hundred or more
    /// (一万二 = 12000, 三百五 = 350, 两千三 = 2300).
    var isAbbreviated: Bool {
        guard parts.count >= 3, case .digit = parts[parts.count - 1] else { return false }
        switch parts[parts.count - 2] {
        case .unit(let v): return v >= 100
        case .big: return true
        default: return false
        }
    }

    /// A single Chinese digit (一 in 一是), for list numbering.
    var isSingleChineseDigit: Bool {
        parts.count == 1 && { if case .digit = parts[0] { return true } else { return false } }()
    }
}

/// Finds the longest number written at a position: Arabic (1,234.5), Chinese (一千二百),
/// financial (叁拾), and mixed (2亿3千万, 12万8千, 1亿零500万).
struct NumeralReader {
    let lexicon: QuantityLexicon

    /// The number starting exactly at `start`, or nil.
    func read(_ u: UnsafeBufferPointer<UInt16>, at start: Int, limit: Int) -> NumeralSpan? {
        var parts: [NumeralSpan.Part] = []
        var j = start
        var pendingNumber = false
        var innerOver = false
        /// Magnitude of the last 万/亿 seen, so mixed numbers only go down (2亿 3千万).
        var lastBig = Int.max
        while j < limit {
            let c = u[j]
            // .5, -.5: a decimal written without its leading zero, only at the start.
            let bareDecimal = c == 0x2E && parts.isEmpty && j + 1 < limit && CodeUnit.isDigit(u[j + 1])
            if CodeUnit.isDigit(c) || bareDecimal {
                if pendingNumber { break }
                guard let (value, digits, end) = readArabic(u, j, limit) else { break }
                parts.append(.arabic(value, integerDigits: digits))
                pendingNumber = true
                j = end
                continue
            }
            guard let kind = lexicon.numeral(c) else {
                // 点 as a decimal point inside a Chinese number: 八十六点六, 三点五万, 十点五万,
                // 零点五, 两千三点一 — but not a time of day (十点五十分, 十点零五分).
                if lexicon.decimalPoints.contains(c), !parts.isEmpty, Self.takesPoint(parts.last!),
                   j + 1 < limit, lexicon.numeral(u[j + 1]) == .digit || lexicon.numeral(u[j + 1]) == .zero {
                    var digits: [Int] = []
                    var k = j + 1
                    while k < limit, let kk = lexicon.numeral(u[k]), kk == .digit || kk == .zero {
                        digits.append(lexicon.numeralValue[Int(u[k])])
                        k += 1
                    }
                    if k < limit, lexicon.numeral(u[k]) == .unit || lexicon.minuteMarks.contains(u[k]) { break }  // 十点五十分 (分)
                    parts.append(.point(digits))
                    pendingNumber = true
                    j = k
                    continue
                }
                // 余/多 between a number and its multiplier: 10余万, 三千多万, 十多万.
                if lexicon.moreMarks.contains(c), !parts.isEmpty, j + 1 < limit,
                   let next = lexicon.numeral(u[j + 1]), next == .big {
                    innerOver = true
                    j += 1
                    continue
                }
                break
            }
            let value = lexicon.numeralValue[Int(c)]
            switch kind {
            case .digit, .vague:
                if pendingNumber { break }
                // 近10万一线职工: after Arabic digits and their multiplier a Chinese digit opens a
                // word (一线, 一批), unless a place value follows it (12万8千 is written so).
                if kind == .digit, parts.contains(where: { if case .arabic = $0 { return true } else { return false } }),
                   !(j + 1 < limit && lexicon.numeral(u[j + 1]) == .unit) { break }
                parts.append(kind == .vague ? .vague : .digit(value))
                pendingNumber = true
                j += 1
                continue
            case .tens:
                // 廿五, 二百卅六: a digit and its ten in one character (廿 = 二十).
                if pendingNumber { break }
                if let last = parts.last, case .unit(let v) = last, v <= 10 { break }
                parts.append(.digit(value / 10))
                parts.append(.unit(10))
                j += 1
                continue
            case .zero:
                // 零点五: a leading zero before a decimal point.
                if parts.isEmpty, j + 2 < limit, lexicon.decimalPoints.contains(u[j + 1]),
                   lexicon.numeral(u[j + 2]) == .digit || lexicon.numeral(u[j + 2]) == .zero {
                    parts.append(.digit(0))
                    pendingNumber = true
                    j += 1
                    continue
                }
                // A gap only between sections (一千零五, 一千零十八, 一百零几万); elsewhere the
                // number ends.
                guard !parts.isEmpty, !pendingNumber, j + 1 < limit else { break }
                let next = lexicon.numeral(u[j + 1])
                guard CodeUnit.isDigit(u[j + 1]) || next == .digit || next == .vague
                        || (next == .unit && lexicon.numeralValue[Int(u[j + 1])] == 10) else { break }
                parts.append(.zero)
                j += 1
                continue
            case .unit:
                if let last = parts.last, case .unit(let v) = last, v <= value { break }  // 千百: not a number
                if lexicon.startsPercentWord(u, j, limit) { break }  // 1.5百分点, 百分之
                parts.append(.unit(value))
                pendingNumber = false
                j += 1
                continue
            case .big:
                if lexicon.startsPercentWord(u, j, limit) { break }  // 万分之
                let magnitude = value
                // 万亿 is one magnitude; a larger unit after a smaller multiplies all before it
                // (一万五千亿 = 15000 × 10^8); the same unit twice ends the number.
                let compound = parts.last == .big(10000) && magnitude == 100_000_000
                if !compound && magnitude == lastBig { break }
                parts.append(.big(value))
                lastBig = compound ? 100_000_000 * 10000 : magnitude
                pendingNumber = false
                j += 1
                continue
            }
            break
        }
        while let last = parts.last, last == .zero { parts.removeLast(); j -= 1 }
        guard !parts.isEmpty else { return nil }
        return NumeralSpan(range: start..<j, parts: parts, innerOver: innerOver)
    }

    /// A decimal point may follow a digit (三点五), a place value (十点五) or a leading zero.
    static func takesPoint(_ last: NumeralSpan.Part) -> Bool {
        switch last {
        case .digit, .unit: return true
        default: return false
        }
    }

    /// Digits with thousands separators and a decimal part: 1,234 12,345.6 8.4 — (value,
    /// integer digits, end). A comma separates thousands only when exactly three digits follow.
    /// The value is built exactly from the digits (Decimal's significand and exponent).
    func readArabic(_ u: UnsafeBufferPointer<UInt16>, _ start: Int, _ limit: Int) -> (Decimal, Int, Int)? {
        var significand: UInt64 = 0
        var digitCount = 0
        var exponent = 0
        var overflow = false
        @inline(__always) func add(_ c: UInt16, fraction: Bool) {
            if digitCount < 19 {
                significand = significand * 10 + UInt64(c - 0x30)
                digitCount += 1
                if fraction { exponent -= 1 }
            } else {
                overflow = true
                if !fraction { exponent += 1 }
            }
        }
        var j = start
        var integerDigits = 0
        while j < limit && CodeUnit.isDigit(u[j]) { add(u[j], fraction: false); integerDigits += 1; j += 1 }
        // .5: no integer part.
        if integerDigits == 0, j + 1 < limit, u[j] == 0x2E, CodeUnit.isDigit(u[j + 1]) {
            j += 1
            while j < limit && CodeUnit.isDigit(u[j]) { add(u[j], fraction: true); j += 1 }
            return (Decimal(sign: .plus, exponent: exponent, significand: Decimal(significand)), 0, j)
        }
        // Thousands groups.
        while j + 3 < limit && u[j] == 0x2C
                && CodeUnit.isDigit(u[j + 1]) && CodeUnit.isDigit(u[j + 2]) && CodeUnit.isDigit(u[j + 3])
                && (j + 4 >= limit || !CodeUnit.isDigit(u[j + 4])) && integerDigits <= 12 {
            for k in 1...3 { add(u[j + k], fraction: false) }
            integerDigits += 3
            j += 4
        }
        if j + 1 < limit, u[j] == 0x2E, CodeUnit.isDigit(u[j + 1]) {
            j += 1
            while j < limit && CodeUnit.isDigit(u[j]) { add(u[j], fraction: true); j += 1 }
        }
        guard integerDigits > 0 else { return nil }
        _ = overflow  // digits past the nineteenth only scale the value (a 20-digit figure is not a count)
        return (Decimal(sign: .plus, exponent: exponent, significand: Decimal(significand)), integerDigits, j)
    }
}

extension Decimal {
    /// The value without its fractional part.
    var rounded0: Decimal {
        var v = self
        var r = Decimal()
        NSDecimalRound(&r, &v, 0, .down)
        return r
    }
}

/// Computes the value of a NumeralSpan: 2亿3千万 → 230000000, 一千零五 → 1005, 十几 → 10.
enum NumeralValue {
    static func value(of span: NumeralSpan) -> Decimal {
        value(of: span.parts)
    }

    static func value(of parts: [NumeralSpan.Part]) -> Decimal {
        // The common shapes, without Decimal arithmetic: 1778, 20.5万, 8.4亿.
        if parts.count == 1, case .arabic(let v, _) = parts[0] { return v }
        if parts.count == 2, case .arabic(let v, _) = parts[0], case .big(let b) = parts[1] {
            return Decimal(sign: .plus, exponent: b == 10000 ? 4 : 8, significand: v)
        }
        return general(parts)
    }

    private static func general(_ parts: [NumeralSpan.Part]) -> Decimal {
        // Values held at the largest 万/亿 seen so far, and groups of smaller ones since: a larger
        // unit multiplies everything before it (一万五千亿), a smaller one its own section
        // (2亿3千万).
        var high: Decimal = 0
        var highMagnitude: Decimal = 0
        var mid: Decimal = 0
        var section: Decimal = 0        // below the current 万/亿
        var pending: Decimal? = nil     // a number waiting for its place value
        var pendingIsSingleDigit = false
        var lastPlace: Decimal? = nil   // the place value just before `pending`
        var afterZero = false
        for (index, part) in parts.enumerated() {
            switch part {
            case .arabic(let v, let digits):
                pending = v
                pendingIsSingleDigit = digits == 1 && v < 10 && v == v.rounded0
            case .digit(let d):
                pending = Decimal(d)
                pendingIsSingleDigit = true
            case .vague:
                // 几 before a place value counts as 1 (几十 → 10, 几万 → 10000); after one, or
                // after 零, it is the trailing digit and counts as 0 (十几 → 10, 十几万 → 100000,
                // 一百零几万 → 1000000).
                let next = index + 1 < parts.count ? parts[index + 1] : nil
                let previousIsPlace: Bool = {
                    guard index > 0 else { return false }
                    if case .unit = parts[index - 1] { return true }
                    if case .zero = parts[index - 1] { return true }
                    return false
                }()
                switch next {
                case .unit?: pending = 1
                case .big?: pending = previousIsPlace ? 0 : 1
                default: pending = 0
                }
                pendingIsSingleDigit = false
            case .zero:
                afterZero = true
            case .point(let digits):
                var fraction: Decimal = 0
                var scale: Decimal = 1
                for d in digits { scale /= 10; fraction += Decimal(d) * scale }
                // 两千三点一: the digit after 千 is the next place (2300.1).
                if let p = pending, pendingIsSingleDigit, !afterZero, let place = lastPlace, place >= 100 {
                    pending = p * place / 10 + fraction
                } else {
                    pending = (pending ?? 0) + fraction
                }
                pendingIsSingleDigit = false
            case .unit(let v):
                section += (pending ?? 1) * Decimal(v)
                pending = nil
                lastPlace = Decimal(v)
                afterZero = false
            case .big(let v):
                let magnitude = Decimal(v)
                var base = section + (pending ?? 0)
                if magnitude >= highMagnitude {
                    base += high + mid
                    if base == 0 { base = 1 }
                    high = base * magnitude
                    mid = 0
                    highMagnitude = magnitude * (v == 100_000_000 && parts.indices.contains(index - 1) && parts[index - 1] == .big(10000) ? 1 : 1)
                } else {
                    if base == 0 { base = 1 }
                    mid += base * magnitude
                }
                section = 0
                pending = nil
                lastPlace = magnitude
                afterZero = false
            }
        }
        var result = high + mid + section
        if let p = pending {
            // 一千二 = 1200, 两万五 = 25000: a lone digit after a place value is the next place.
            if pendingIsSingleDigit, !afterZero, let place = lastPlace, place >= 100, case .digit? = parts.last {
                result += p * place / 10
            } else {
                result += p
            }
        }
        return result
    }
}
