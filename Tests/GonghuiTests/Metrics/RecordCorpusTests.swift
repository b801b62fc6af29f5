import Foundation
import Gonghui
import GonghuiTestSupport
import Testing

/// Every document of the bundled corpora against its gold records: corpus file → records,
/// exact (metric, value, unit, qualifier, kind, federation, region, year — as a multiset), and
/// every record's surface is the normalised text at its offsets.
struct RecordCorpusTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var document: String
        var gold: String
        var testDescription: String { (document as NSString).lastPathComponent }
    }

    /// Gold files paired with their documents: NAME.gold.jsonl ↔ NAME.<ext> in the same set.
    static let cases: [Case] = {
        var out: [Case] = []
        for (docs, gold) in [("corpora/reports", "corpora/gold"), ("corpora/audit/docs", "corpora/audit/gold")] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: TestSupport.path(docs))) ?? []
            for name in names.sorted() {
                let stem = (name as NSString).deletingPathExtension
                let goldPath = "\(gold)/\(stem).gold.jsonl"
                if FileManager.default.fileExists(atPath: TestSupport.path(goldPath)) {
                    out.append(Case(document: "\(docs)/\(name)", gold: goldPath))
                }
            }
        }
        out.append(Case(document: "corpora/formats/report.utf8.txt", gold: "corpora/gold/formats-report.gold.jsonl"))
        return out
    }()

    /// A missing corpus or gold fails here instead of leaving the tests with nothing to check.
    @Test("every bundled report has its gold")
    func casesThere() {
        #expect(Self.cases.count >= 20, "\(Self.cases.count) documents with gold")
        #expect(Self.cases.allSatisfy { FileManager.default.fileExists(atPath: TestSupport.path($0.document)) })
    }

    /// What the test compares: everything but the surface and offsets (checked separately).
    struct Key: Hashable, CustomStringConvertible {
        var metric: String, value: String, unit: String, qualifier: String, kind: String
        var federation: String?, region: String?, year: Int?
        var description: String {
            "\(metric) \(value) \(unit) \(qualifier) \(kind) \(federation ?? "-") \(region ?? "-") \(year.map(String.init) ?? "-")"
        }
    }

    static func key(_ r: MetricRecord) -> Key {
        Key(metric: r.metric, value: r.value.plainString, unit: r.unit.rawValue, qualifier: r.qualifier.rawValue,
            kind: r.kind.rawValue, federation: r.federation, region: r.region, year: r.year)
    }

    static func goldKeys(_ path: String) throws -> [Key] {
        let text = try String(contentsOf: TestSupport.url(path), encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.isEmpty }.map { line in
            let o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let value = try #require(o["value"] as? NSNumber)
            return Key(metric: o["metric"] as? String ?? "", value: Decimal(string: value.stringValue)!.plainString,
                       unit: o["unit"] as? String ?? "", qualifier: o["qualifier"] as? String ?? "", kind: o["kind"] as? String ?? "",
                       federation: o["federation"] as? String, region: o["region"] as? String, year: (o["year"] as? NSNumber)?.intValue)
        }
    }

    @Test("records equal the gold", arguments: cases)
    func matchesGold(_ c: Case) throws {
        let pipeline = TestSupport.pipeline()
        let document = try pipeline.document(at: TestSupport.path(c.document))
        let records = pipeline.extractRecords(from: document)
        var expected: [Key: Int] = [:]
        for k in try Self.goldKeys(c.gold) { expected[k, default: 0] += 1 }
        var got: [Key: Int] = [:]
        for r in records { got[Self.key(r), default: 0] += 1 }
        let missed = expected.flatMap { k, n in Array(repeating: k, count: max(0, n - (got[k] ?? 0))) }
        let spurious = got.flatMap { k, n in Array(repeating: k, count: max(0, n - (expected[k] ?? 0))) }
        #expect(missed.isEmpty && spurious.isEmpty, "missed: \(missed.map(\.description)); spurious: \(spurious.map(\.description))")
    }

    @Test("each record's surface is the text at its offsets", arguments: cases)
    func surfacesAtOffsets(_ c: Case) throws {
        let pipeline = TestSupport.pipeline()
        let document = try pipeline.document(at: TestSupport.path(c.document))
        let scalars = Array(document.text.string.unicodeScalars)
        for r in pipeline.extractRecords(from: document) {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[r.start..<r.end])
            #expect(String(s) == r.surface)
            #expect(r.sentence.contains(r.surface))
            #expect(r.source == TestSupport.path(c.document))
        }
    }

    /// Narrative report prose (corpora/narrative) holds years, ordinals and slogans with
    /// numerals but no figures of results: no record may come out of it.
    @Test("narrative prose yields no records")
    func narrativeHasNone() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: TestSupport.path("corpora/narrative")).filter { $0.hasSuffix(".txt") }
        #expect(names.count >= 10)
        let pipeline = TestSupport.pipeline()
        for name in names.sorted() {
            let document = try pipeline.document(at: TestSupport.path("corpora/narrative/" + name))
            let records = pipeline.extractRecords(from: document)
            #expect(records.isEmpty, "\(name): \(records.map(\.surface))")
        }
    }
}
