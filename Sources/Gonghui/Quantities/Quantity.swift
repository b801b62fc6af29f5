import Foundation

/// The units of metric records (`../spec/records.md`).
public enum RecordUnit: String, Sendable, Hashable, Codable, CaseIterable {
    case person
    case personTime = "person_time"
    case household
    case org
    case contract
    case `case`
    case event
    case item
    case yuan
    case percent
    case pp
}

extension RecordUnit {
    /// The unit's place among `allCases`, for sets of units as bits (a switch: comparing
    /// enums with raw values can go through their strings).
    var ordinal: Int {
        switch self {
        case .person: 0
        case .personTime: 1
        case .household: 2
        case .org: 3
        case .contract: 4
        case .case: 5
        case .event: 6
        case .item: 7
        case .yuan: 8
        case .percent: 9
        case .pp: 10
        }
    }

    /// By case: the standard library would hash the raw string, and units key the catalog's
    /// coercions, read for every figure.
    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}

/// How exact a stated figure is: 19.8万余人 is `over`, 近97万人次 `under`, 约320万元 `about`.
public enum Qualifier: String, Sendable, Hashable, Codable, CaseIterable {
    case exact, over, under, about
}

/// A quantity stated in the normalised text: where it is, its exact value and its unit.
///
/// Example: in 发展会员19.8万余人, the quantity 19.8万余人 has value 198000, unit person,
/// qualifier over, measure 人.
public struct Quantity: Sendable, Hashable {
    /// How the quantity sits among its neighbours.
    public enum Role: String, Sendable, Hashable, Codable {
        /// On its own.
        case single
        /// A member of a list sharing a measure (5.7和10个百分点).
        case list
        /// A range, valued at its lower bound (3至5万人).
        case range
        /// A table cell whose unit comes from the row label (培训人次 550).
        case cell
    }

    /// The surface: qualifier words, number, measure (UTF-16 range of the normalised text).
    public var range: Range<Int>
    /// The number alone, with its multiplier (19.8万).
    public var numberRange: Range<Int>
    public var value: Decimal
    public var unit: RecordUnit?
    /// The measure word or unit noun as written (人, 人次, 万元 → 元, 个百分点, 平方公里).
    public var measure: String?
    public var qualifier: Qualifier
    public var role: Role
    /// For table cells, the label that gave the unit (培训人次).
    public var labelRange: Range<Int>?

    public init(range: Range<Int>, numberRange: Range<Int>, value: Decimal, unit: RecordUnit?, measure: String?,
                qualifier: Qualifier, role: Role = .single, labelRange: Range<Int>? = nil) {
        self.range = range
        self.numberRange = numberRange
        self.value = value
        self.unit = unit
        self.measure = measure
        self.qualifier = qualifier
        self.role = role
        self.labelRange = labelRange
    }
}

extension Decimal {
    /// The plain decimal form, never in exponent notation: 840000000, 86.6, 0.5.
    public var plainString: String { integerPlainString ?? foundationPlainString }

    /// The plain form through Foundation: rounded to ten places, exponents spelled out.
    var foundationPlainString: String {
        var v = self
        var rounded = Decimal()
        NSDecimalRound(&rounded, &v, 10, .plain)
        var s = "\(rounded)"
        if s.utf8.contains(where: { $0 == 0x65 || $0 == 0x45 }) {  // e E
            s = NSDecimalNumber(decimal: rounded).stringValue
        }
        return s
    }

    /// The plain form written from the digits, for the values records hold (a mantissa of up
    /// to 64 bits, at most ten decimal places); nil for any other, which Foundation writes.
    /// Foundation's rounding and formatting cost a twelfth of `extract`'s time on real text.
    var integerPlainString: String? {
        let e = exponent
        guard Self.mantissaLayoutHolds, e >= -10, e <= 20, let m = Self.mantissa(of: self) else { return nil }
        if m == 0 { return "0" }
        var digits = Array(String(m).utf8)
        if e >= 0 {
            digits += repeatElement(0x30, count: e)
        } else {
            // A mantissa with trailing zeros is left to Foundation, whose form for it is its own.
            guard m % 10 != 0 else { return nil }
            let places = -e
            if digits.count <= places { digits.insert(contentsOf: repeatElement(0x30, count: places - digits.count + 1), at: 0) }
            digits.insert(0x2E, at: digits.count - places)
        }
        if sign == .minus { digits.insert(0x2D, at: 0) }
        return String(decoding: digits, as: UTF8.self)
    }

    /// The mantissa when it fits in 64 bits, read from the value's bytes (NSDecimal's layout:
    /// 4 bytes of exponent and flags, then eight 16-bit words, least significant first).
    static func mantissa(of d: Decimal) -> UInt64? {
        withUnsafeBytes(of: d) { raw -> UInt64? in
            guard raw.count >= 20 else { return nil }
            var m: UInt64 = 0
            for k in (0..<8).reversed() {
                let word = UInt64(raw.loadUnaligned(fromByteOffset: 4 + 2 * k, as: UInt16.self))
                if k >= 4 { if word != 0 { return nil } } else { m = m << 16 | word }
            }
            return m
        }
    }

    /// The layout `mantissa(of:)` reads, checked once on known values (else Foundation writes all).
    static let mantissaLayoutHolds: Bool = {
        let cases: [(String, UInt64, Int)] = [("12345.678", 12_345_678, -3), ("70000000000000000", 7, 16), ("0.5", 5, -1), ("4294967297", 4_294_967_297, 0)]
        return cases.allSatisfy { text, m, e in
            guard let d = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { return false }
            return d.exponent == e && mantissa(of: d) == m && Decimal(m) * pow(10, max(e, 0)) / pow(10, max(-e, 0)) == d
        }
    }()
}
