import Foundation
@testable import Gonghui
import Testing

/// Record values are written in plain decimal form (records.md): the fast writer must give
/// exactly what Foundation gives, and leave to Foundation what it does not handle.
@Suite struct PlainDecimalTests {
    static let posix = Locale(identifier: "en_US_POSIX")

    static let cases: [(String, String)] = [
        ("840000000", "840000000"), ("86.6", "86.6"), ("0.5", "0.5"), ("12.50", "12.5"), ("0", "0"), ("0.000", "0"),
        ("-3.25", "-3.25"), ("0.0001", "0.0001"), ("1e3", "1000"), ("205000", "205000"), ("0.866", "0.866"),
        ("1.0000000001", "1.0000000001"), ("18446744073709551615", "18446744073709551615"),
    ]

    @Test(arguments: cases)
    func writesPlainForm(_ c: (String, String)) throws {
        let d = try #require(Decimal(string: c.0, locale: Self.posix))
        #expect(d.plainString == c.1)
        #expect(d.foundationPlainString == c.1)
    }

    @Test func layoutCheckHolds() {
        // On this platform the fast writer is in use; elsewhere Foundation writes everything.
        #expect(Decimal.mantissaLayoutHolds)
    }

    @Test func fastWriterAgreesWithFoundation() {
        var g = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let m = UInt64.random(in: 0...UInt64.random(in: 1...UInt64.max, using: &g), using: &g)
            let e = Int16.random(in: -14...22, using: &g)
            var d = Decimal(m) * pow(10, Int(max(e, 0)))
            if e < 0 { d = d / pow(10, Int(-e)) }
            if Bool.random(using: &g) { d = -d }
            // Arithmetic as records do it: scaled by 万 or 亿, a share of a hundred.
            for x in [d, d * 10_000, d / 100] {
                #expect(x.plainString == x.foundationPlainString, "\(x)")
            }
        }
    }
}

/// Numbers as records and table cells write them are read without Foundation's parser; it
/// keeps what they do not cover.
@Suite struct PlainDigitsTests {
    static let read: [(String, String?)] = [
        ("12.5", "12.5"), ("-3", "-3"), ("007", "7"), ("0.05", "0.05"), ("840000000", "840000000"), ("100.", "100"),
        ("1,234", nil), ("", nil), (".", nil), ("-", nil), ("1.2.3", nil), ("12%", nil), ("3-4", nil), ("1234567890123456789", nil),
    ]

    @Test(arguments: read)
    func readsPlainDigits(_ c: (String, String?)) {
        let utf8 = Decimal(plainDigits: c.0.utf8), utf16 = Decimal(plainDigits: c.0.utf16)
        #expect(utf8 == utf16)
        #expect(utf8?.plainString == c.1)
        if let d = utf8 { #expect(d == Decimal(string: c.0)) }
    }
}
