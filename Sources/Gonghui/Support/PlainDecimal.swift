import Foundation

extension Decimal {
    /// The exact decimal of plain digits — one point at most, a leading minus, up to 18
    /// significant digits — as records and table cells write numbers; nil for anything else,
    /// which the caller leaves to Foundation's parser (several times slower, and locale-bound).
    @inlinable
    public init?<S: Sequence>(plainDigits units: S) where S.Element: FixedWidthInteger {
        var significand: UInt64 = 0
        var exponent = 0
        var negative = false
        var seenPoint = false
        var digits = 0
        var first = true
        var any = false
        for u in units {
            defer { first = false }
            if u >= 0x30 && u <= 0x39 {
                guard digits < 18 else { return nil }
                significand = significand * 10 + UInt64(u - 0x30)
                if significand > 0 || seenPoint { digits += 1 }
                if seenPoint { exponent -= 1 }
                any = true
            } else if u == 0x2E {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else if u == 0x2D && first {
                negative = true
            } else {
                return nil
            }
        }
        guard any else { return nil }
        self.init(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
    }
}
