import Foundation

/// Figures written the way reports write them: 1778万人, 8.4亿元, 86.6%, 5.7个百分点,
/// 19.8万余人 — for digests and terminal tables.
public enum ChineseNumberStyle {
    /// The figure with its magnitude (万, 亿) and unit word.
    public static func format(_ value: Decimal, unit: RecordUnit, qualifier: Qualifier = .exact, change: Bool = false) -> String {
        let negative = value < 0
        let v = negative ? -value : value
        var number: String
        switch unit {
        case .percent: number = trimmed(v, places: 1) + "%"
        case .pp: number = trimmed(v, places: 1) + "个百分点"
        default:
            number = magnitude(v) + unitWord(unit)
        }
        switch qualifier {
        case .over: number = insertQualifier(number, "余", unit: unit)
        case .under: number = "近" + number
        case .about: number = "约" + number
        case .exact: break
        }
        if change { number = (negative ? "减少" : "增长") + number } else if negative { number = "-" + number }
        return number
    }

    /// 17780000 → 1778万; 840000000 → 8.4亿; 19100 → 1.91万; 3050 → 3050. Exact: the
    /// digits a report gives are kept (12345 → 1.2345万).
    public static func magnitude(_ v: Decimal) -> String {
        if v >= 100_000_000 { return trimmed(v / 100_000_000, places: 4) + "亿" }
        if v >= 10_000 { return trimmed(v / 10_000, places: 4) + "万" }
        return trimmed(v, places: 2)
    }

    public static func unitWord(_ unit: RecordUnit) -> String {
        switch unit {
        case .person: return "人"
        case .personTime: return "人次"
        case .household: return "户"
        case .org: return "家"
        case .contract: return "份"
        case .case: return "件"
        case .event: return "场"
        case .item: return "个"
        case .yuan: return "元"
        case .percent: return "%"
        case .pp: return "个百分点"
        }
    }

    /// Rounded to at most `places` decimals, without trailing zeros.
    static func trimmed(_ v: Decimal, places: Int) -> String {
        var x = v
        var r = Decimal()
        NSDecimalRound(&r, &x, places, .plain)
        return r.plainString
    }

    private static func insertQualifier(_ s: String, _ q: String, unit: RecordUnit) -> String {
        // 19.8万余人: 余 goes before the unit word.
        let word = unitWord(unit)
        guard unit != .percent, unit != .pp, s.hasSuffix(word) else { return s + "以上" }
        return String(s.dropLast(word.count)) + q + word
    }
}
