import Foundation

/// The values a stated figure allows: 52.36万 means 523,550–523,650, 8.6万 means 85,500–86,500,
/// 19.8万余 a little over 198,000, 约320万 anything near it.
///
/// Reports round; an audit that compared figures as exact would cry wolf at every rounding. Two
/// figures agree when their intervals (carried through the arithmetic) overlap.
public struct FigureInterval: Sendable, Hashable, CustomStringConvertible {
    public var low: Double
    public var high: Double

    public init(_ low: Double, _ high: Double) {
        self.low = min(low, high)
        self.high = max(low, high)
    }

    /// The interval of a stated value, from the digits of its surface and its qualifier; the
    /// multipliers after the digits (万, 亿) are valued as `numerals` gives them.
    public init(value: Decimal, qualifier: Qualifier, surface: String, numerals: QuantityLexicon) {
        let v = NSDecimalNumber(decimal: value).doubleValue
        let h = Self.halfUnit(of: surface, value: abs(v), numerals: numerals)
        switch qualifier {
        case .exact: self.init(v - h, v + h)
        // 19.8万余: from the figure up to a little more (a tenth, or two units of its last digit).
        case .over: self.init(v - h, v + max(4 * h, abs(v) * 0.1))
        case .under: self.init(v - max(4 * h, abs(v) * 0.1), v + h)
        case .about: self.init(v - max(h, abs(v) * 0.05), v + max(h, abs(v) * 0.05))
        }
    }

    /// Half the unit of the last digit the surface states, in the value's units: 52.36万 → 50,
    /// 86.6% → 0.05, 2,198 → 0.5. A surface without Arabic digits (一千二百名) is taken as exact.
    static func halfUnit(of surface: String, value: Double, numerals: QuantityLexicon) -> Double {
        let scalars = Array(surface.unicodeScalars)
        // The last run of digits (with , and .) in the surface: the figure itself.
        var end = scalars.count
        while end > 0 && !("0"..."9").contains(scalars[end - 1]) { end -= 1 }
        guard end > 0 else { return 0.5 }
        var start = end
        while start > 0, ("0"..."9").contains(scalars[start - 1]) || scalars[start - 1] == "," || scalars[start - 1] == "." { start -= 1 }
        let token = String(String.UnicodeScalarView(scalars[start..<end]))
        let decimals = token.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        var multiplier = 1.0
        var k = end
        while k < scalars.count, scalars[k].value <= 0xFFFF, let m = numerals.multiplierValue(UInt16(scalars[k].value)) {
            multiplier *= Double(m)
            k += 1
        }
        return 0.5 * pow(10, Double(-decimals)) * multiplier
    }

    public func overlaps(_ other: FigureInterval) -> Bool { low <= other.high && other.low <= high }

    public static func + (a: FigureInterval, b: FigureInterval) -> FigureInterval { FigureInterval(a.low + b.low, a.high + b.high) }
    public static func - (a: FigureInterval, b: FigureInterval) -> FigureInterval { FigureInterval(a.low - b.high, a.high - b.low) }

    /// a / b × 100, for b above zero.
    public func percent(of base: FigureInterval) -> FigureInterval? {
        guard base.low > 0 else { return nil }
        return FigureInterval(low / base.high * 100, high / base.low * 100)
    }

    /// The middle, for messages.
    public var middle: Double { (low + high) / 2 }

    public var description: String { "\(low)–\(high)" }
}
