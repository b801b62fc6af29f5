import Foundation
import Gonghui
import GonghuiTestSupport
import Testing

/// The audit finds the inconsistencies planted in corpora/audit (listed in its expected.tsv)
/// and nothing else, and raises no alarm on the consistent reports of corpora/reports.
struct AuditorTests {
    static func documents(_ dirs: [String]) throws -> [AuditDocument] {
        let pipeline = TestSupport.pipeline()
        return try ReportFiles.list(dirs.map { TestSupport.path($0) }).files.map { path in
            let d = try pipeline.document(at: path)
            return AuditDocument(source: path, text: d.text, records: pipeline.extractRecords(from: d))
        }
    }

    struct Key: Hashable, CustomStringConvertible {
        var check: String, federation: String, metric: String, year: Int
        var description: String { "\(check) \(federation) \(metric) \(year)" }
    }

    @Test("the planted inconsistencies are found, and nothing else")
    func planted() throws {
        let expected = Set(TestSupport.table("corpora/audit/expected.tsv", header: "check").map {
            Key(check: $0[0], federation: $0[1], metric: $0[2], year: Int($0[3])!)
        })
        #expect(expected.count == 7)
        let findings = Auditor(dictionaries: TestSupport.dictionaries).audit(try Self.documents(["corpora/audit/docs"]))
        let found = Set(findings.map { Key(check: $0.check.rawValue, federation: $0.federation ?? "-", metric: $0.metric, year: $0.year ?? 0) })
        #expect(found == expected, "missed: \(expected.subtracting(found)); false alarms: \(found.subtracting(expected))")
        #expect(findings.count == 7)
        // Each finding shows its computation and cites its sentences by source.
        for f in findings {
            #expect(!f.computation.isEmpty)
            #expect(!f.citations.isEmpty && f.citations.allSatisfy { $0.source.contains("corpora/audit/docs/") && !$0.sentence.isEmpty })
        }
        // The documents named in expected.tsv are the ones cited.
        for row in TestSupport.table("corpora/audit/expected.tsv", header: "check") {
            let f = try #require(findings.first { $0.check.rawValue == row[0] && $0.metric == row[2] })
            let cited = Set(f.citations.map { ($0.source as NSString).lastPathComponent })
            #expect(cited == Set(row[4].split(separator: ",").map(String.init)), "\(row[0]) \(row[2])")
        }
    }

    @Test("the consistent reports raise no alarm")
    func consistent() throws {
        let findings = Auditor(dictionaries: TestSupport.dictionaries).audit(try Self.documents(["corpora/reports"]))
        #expect(findings.isEmpty, "\(findings.map { "\($0.check) \($0.metric): \($0.computation)" })")
        let consistent = try Self.documents(["corpora/audit/docs"]).filter { $0.source.hasSuffix("county-deqing-2022.txt") || $0.source.hasSuffix("district-yinzhou-2023.txt") }
        #expect(consistent.count == 2)
        #expect(Auditor(dictionaries: TestSupport.dictionaries).audit(consistent).isEmpty)
    }

    /// Each case of AuditCases.tsv: small reports and the one finding (or none) they give,
    /// weak findings included.
    @Test("audit cases", arguments: TestSupport.table("Tests/GonghuiTests/Audit/AuditCases.tsv", header: "case"))
    func auditCase(_ row: [String]) throws {
        let pipeline = TestSupport.pipeline()
        let documents = row[2...].enumerated().map { k, text in
            let d = TestSupport.normalized(text.replacingOccurrences(of: "\\n", with: "\n"), pipeline: pipeline)
            return AuditDocument(source: "\(row[0])-\(k).txt", text: d.text, records: pipeline.extractRecords(from: d))
        }
        // Each document states a figure: a case without one would pass for the wrong reason.
        #expect(documents.allSatisfy { !$0.records.isEmpty }, "\(row[0]): a document without records")
        let findings = Auditor(dictionaries: TestSupport.dictionaries).audit(documents)
        let shown = findings.map { "\($0.check.rawValue)/\($0.confidence.rawValue): \($0.computation)" }
        if row[1] == "-" {
            #expect(findings.isEmpty, "\(row[0]): \(shown); records \(documents.map { $0.records.map { "\($0.metric) \($0.surface) \($0.year ?? 0) \($0.group ?? "-")" } })")
            return
        }
        let expect = row[1].split(separator: "/", maxSplits: 2).map(String.init)
        #expect(findings.count == 1, "\(row[0]): \(shown); records \(documents.map { $0.records.map { "\($0.metric) \($0.surface) \($0.year ?? 0)" } })")
        let f = try #require(findings.first)
        #expect(f.check.rawValue == expect[0] && f.confidence.rawValue == expect[1] && f.computation.contains(expect[2]), "\(row[0]): \(shown)")
        #expect(f.confidence == .confident ? f.doubt == nil : f.doubt != nil)
    }

    /// Roundings are not inconsistencies: each case is (figures, whether they agree).
    @Test("figures agree at the rounding they are stated with", arguments: [
        ("52.36万", Decimal(523600), "52.4万", Decimal(524000), true),
        ("8.63万", Decimal(86300), "8.6万", Decimal(86000), true),
        ("52.36万", Decimal(523600), "47.8万", Decimal(478000), false),
        ("2,198", Decimal(2198), "2,200", Decimal(2200), false),
        ("86.6%", Decimal(string: "86.6")!, "86.64%", Decimal(string: "86.64")!, true),
    ])
    func rounding(_ a: String, _ va: Decimal, _ b: String, _ vb: Decimal, _ agree: Bool) {
        let numerals = TestSupport.dictionaries.quantities
        let x = FigureInterval(value: va, qualifier: .exact, surface: a, numerals: numerals)
        let y = FigureInterval(value: vb, qualifier: .exact, surface: b, numerals: numerals)
        #expect(x.overlaps(y) == agree)
    }
}

/// Figures in findings read as a formatter for en_US_POSIX prints them, but exactly: decimal
/// halves (1.995 → 2, where a formatter going through binary floating point gives 1.99) and no
/// negative zero.
struct AuditNumberTests {
    static func reference(_ d: Decimal) -> String {
        let f = NumberFormatter()
        f.numberStyle = .decimal
        f.maximumFractionDigits = 2
        f.locale = Locale(identifier: "en_US_POSIX")
        f.usesGroupingSeparator = true
        f.groupingSeparator = ","
        f.groupingSize = 3
        return f.string(from: NSDecimalNumber(decimal: d)) ?? "\(d)"
    }

    @Test("grouping, rounding to two decimals, signs", arguments: [
        "0", "7", "999", "1000", "3120", "31200000", "1234567.891", "9.125", "9.135", "9.1", "0.005", "0.015", "-1234.5",
        "100000000", "86.6", "12345678901234.56", "0.1", "2.5", "1.994", "999.999",
    ])
    func number(_ text: String) {
        let d = Decimal(string: text)!
        #expect(Auditor.number(d) == Self.reference(d), "\(text)")
    }

    @Test("exact where binary floating point is not", arguments: [("1.995", "2"), ("-0.001", "0"), ("0.125", "0.12"), ("1,000.005".replacingOccurrences(of: ",", with: ""), "1,000")])
    func exact(_ text: String, _ expected: String) {
        #expect(Auditor.number(Decimal(string: text)!) == expected)
    }
}
