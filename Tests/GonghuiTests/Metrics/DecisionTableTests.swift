import Foundation
import Testing
@testable import Gonghui
import GonghuiTestSupport

/// The record stage's rules, one table of cases each (DecisionCases.tsv): for each case, the
/// rule that decides the quantity is the one named.
@Suite struct DecisionTableTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var line: Int
        var decision: Decision
        var text: String
        var surface: String
        var occurrence: Int
        var testDescription: String { "line \(line): \(decision.rawValue) — \(surface)" }
    }

    static let cases: [Case] = {
        let text = try! String(contentsOf: TestSupport.url("Tests/GonghuiTests/Metrics/DecisionCases.tsv"), encoding: .utf8)
        var out: [Case] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count == 3, let decision = Decision(rawValue: cols[0]) else {
                fatalError("DecisionCases.tsv:\(n + 1): needs a decision name, a text and a surface")
            }
            let parts = cols[2].split(separator: "#")
            out.append(Case(line: n + 1, decision: decision, text: cols[1].replacingOccurrences(of: "\\n", with: "\n"),
                            surface: String(parts[0]), occurrence: parts.count > 1 ? Int(parts[1])! : 1))
        }
        return out
    }()

    @Test("every decision has a case")
    func everyDecision() {
        let covered = Set(Self.cases.map(\.decision))
        #expect(Decision.allCases.filter { !covered.contains($0) } == [])
    }

    @Test("each case is decided by its rule", arguments: cases)
    func decided(_ c: Case) {
        let pipeline = TestSupport.pipeline()
        let document = TestSupport.normalized(c.text, pipeline: pipeline)
        // Notes come in text order, one per quantity.
        var notes: [DecisionNote] = []
        _ = pipeline.extractRecords(from: document) { notes.append($0) }
        let matching = notes.filter { $0.surface == c.surface }
        let found = matching.count >= c.occurrence ? matching[c.occurrence - 1].decision : nil
        #expect(found == c.decision, "decisions: \(notes.map { "\($0.surface) \($0.decision.rawValue)" })")
    }
}
