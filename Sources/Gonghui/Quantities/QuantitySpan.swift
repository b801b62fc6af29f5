import Foundation

/// A quantity found in the text, described by its written parts; `QuantityResolver` turns it
/// into a value and a unit.
struct QuantitySpan: Sendable, Hashable {
    enum Form: Sendable, Hashable {
        /// A number, possibly with a measure: 20.5万家, 1,234人.
        case plain
        /// 百分之八十六点六 (divisor 1), 千分之五 (10), 万分之三 (100).
        case percentOf(divisor: Int)
        /// 四分之三, 3/4: the numerator over `denominator`, as a percentage.
        case fraction(denominator: NumeralSpan)
        /// 三成: tenths, as a percentage.
        case tenths
        /// 一半, 半数.
        case half
        /// 三四百: the lower of two adjacent digits (the number holds the upper one).
        case adjacentRange(lower: Int, upper: Int)
    }

    /// The whole surface: qualifiers, number, measure.
    var range: Range<Int>
    var number: NumeralSpan
    var form: Form = .plain
    /// Multipliers the number borrows from the end of its list or range (12、15和20万人).
    var borrowedMultipliers: [NumeralSpan.Part] = []
    /// Index into `QuantityLexicon.measures`.
    var measure: Int?
    var measureRange: Range<Int>?
    /// The measure a list member or range end borrows from the member that states it.
    var borrowedMeasure = false
    var qualifiers: [Qualifier] = []
    var role: Quantity.Role = .single
    /// A table label before the number, and the unit it gives (nil when it gives none).
    var labelRange: Range<Int>?
    var labelUnit: RecordUnit?
    var labelScale: Decimal = 1
    /// The unit of the noun a figure ending in 多 or 余 counts with no measure word (3万多职工,
    /// 8000多职工), as the span's end was read by it.
    var bareNoun: RecordUnit?
    /// A minus written with the number (−22.2%, 负3.9%).
    var negative = false
}
