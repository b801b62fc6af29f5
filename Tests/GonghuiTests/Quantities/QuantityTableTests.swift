import Foundation
import Gonghui
import GonghuiTestSupport
import Testing

/// The quantity stage against `QuantityCases.tsv`: every value, unit, qualifier and surface
/// exact. The table's header lists the decisions it encodes (docs/quantities.md).
struct QuantityTableTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var id: String
        var tricky: Bool
        var text: String
        var expected: [String]
        var testDescription: String { "\(id) \(text)" }
    }

    static let cases: [Case] = TestSupport.table("Tests/GonghuiTests/Quantities/QuantityCases.tsv", header: "id\t")
        .map { f in
            Case(id: f[0], tricky: f[1] == "1", text: f[2],
                 expected: f[3] == "-" ? [] : f[3].components(separatedBy: " ; "))
        }

    static func render(_ text: String) -> [String] {
        let document = TestSupport.normalized(text)
        return TestSupport.dictionaries.quantityRecognizer.quantities(in: document.text).map { q in
            "\(document.text[q.range])|\(q.value.plainString)|\(q.unit?.rawValue ?? "-")|\(q.qualifier.rawValue)"
        }
    }

    @Test("the table has at least 400 cases, a third of them tricky")
    func tableSize() {
        #expect(Self.cases.count >= 400)
        #expect(Self.cases.filter(\.tricky).count * 3 >= Self.cases.count)
        #expect(Set(Self.cases.map(\.id)).count == Self.cases.count)
    }

    @Test("each expression gives exactly its quantities", arguments: cases)
    func expression(_ c: Case) {
        #expect(Self.render(c.text) == c.expected)
    }
}
