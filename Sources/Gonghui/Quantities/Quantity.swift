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
    public var plainString: String {
        var v = self
        var rounded = Decimal()
        NSDecimalRound(&rounded, &v, 10, .plain)
        var s = "\(rounded)"
        if s.utf8.contains(where: { $0 == 0x65 || $0 == 0x45 }) {  // e E
            s = NSDecimalNumber(decimal: rounded).stringValue
        }
        return s
    }
}
