import Foundation
import Gonghui
import GonghuiTestSupport
import Testing

/// The record stage on a table of short texts (RecordCases.tsv), one per hard-case rule of
/// the contract: each text gives exactly its expected records (metric, value, unit, qualifier,
/// kind, and year, federation and region where the table states them).
struct RecordTableTests {
    struct Expected: Sendable, CustomStringConvertible {
        var metric: String, value: String, unit: String, qualifier: String, kind: String
        /// nil: not checked; .some(nil): must have none.
        var year: Int??
        /// nil: not checked; .some(nil): must have none.
        var federation: String??
        var region: String??
        var group: String??
        /// nil: not checked.
        var surface: String?
        var description: String { "\(metric) \(value) \(unit) \(qualifier) \(kind)" }

        func matches(_ r: MetricRecord) -> Bool {
            guard r.metric == metric, r.value.plainString == value, r.unit.rawValue == unit,
                  r.qualifier.rawValue == qualifier, r.kind.rawValue == kind else { return false }
            if let year, r.year != year { return false }
            if let federation, r.federation != federation { return false }
            if let region, r.region != region { return false }
            if let group, r.group != group { return false }
            if let surface, r.surface != surface { return false }
            return true
        }
    }

    /// A name in the table; "-" is none.
    static func name(_ s: Substring) -> String? { s == "-" ? nil : String(s) }

    struct Case: Sendable, CustomTestStringConvertible {
        var line: Int
        var text: String
        var expected: [Expected]
        var testDescription: String { "line \(line): \(text.prefix(30))" }
    }

    static let cases: [Case] = {
        let raw = (try? String(contentsOf: TestSupport.url("Tests/GonghuiTests/Metrics/RecordCases.tsv"), encoding: .utf8)) ?? ""
        var out: [Case] = []
        for (n, line) in raw.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.hasPrefix("#"), !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count == 2 else { fatalError("RecordCases.tsv:\(n + 1): needs two tab-separated columns") }
            let text = cols[0].replacingOccurrences(of: "\\n", with: "\n")
            var expected: [Expected] = []
            if cols[1].trimmingCharacters(in: .whitespaces) != "-" {
                for record in cols[1].components(separatedBy: " | ") {
                    let f = record.split(separator: " ").map(String.init)
                    guard f.count >= 5 else { fatalError("RecordCases.tsv:\(n + 1): a record needs five fields: \(record)") }
                    var e = Expected(metric: f[0], value: Decimal(string: f[1])!.plainString, unit: f[2], qualifier: f[3], kind: f[4])
                    for extra in f.dropFirst(5) {
                        if extra.hasPrefix("year=") { e.year = .some(Int(extra.dropFirst(5))) }
                        if extra.hasPrefix("fed=") { e.federation = .some(Self.name(extra.dropFirst(4))) }
                        if extra.hasPrefix("region=") { e.region = .some(Self.name(extra.dropFirst(7))) }
                        if extra.hasPrefix("group=") { e.group = .some(Self.name(extra.dropFirst(6))) }
                        if extra.hasPrefix("surface=") { e.surface = String(extra.dropFirst(8)) }
                    }
                    expected.append(e)
                }
            }
            out.append(Case(line: n + 1, text: text, expected: expected))
        }
        return out
    }()

    @Test("the table has its cases")
    func hasCases() { #expect(Self.cases.count >= 150) }

    @Test("each text gives exactly its records", arguments: cases)
    func records(_ c: Case) {
        let pipeline = TestSupport.pipeline()
        let document = TestSupport.normalized(c.text, pipeline: pipeline)
        var remaining = pipeline.extractRecords(from: document)
        var missed: [Expected] = []
        for e in c.expected {
            if let k = remaining.firstIndex(where: e.matches) { remaining.remove(at: k) } else { missed.append(e) }
        }
        let extra = remaining.map { "\($0.metric) \($0.value.plainString) \($0.unit.rawValue) \($0.qualifier.rawValue) \($0.kind.rawValue) year=\($0.year.map(String.init) ?? "-") fed=\($0.federation ?? "-") group=\($0.group ?? "-") surface=\($0.surface)" }
        #expect(missed.isEmpty && extra.isEmpty, "missed: \(missed); extra: \(extra)")
    }
}
