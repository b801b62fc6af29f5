import Foundation
import Gonghui
import GonghuiTestSupport
import Testing

/// The language data is edited by users: a mistake in a file must be reported with the file
/// and line, not crash the program or be silently ignored.
struct DictionaryTests {
    struct Edit: Sendable, CustomTestStringConvertible {
        var file: String
        var line: String
        var message: String
        var testDescription: String { "\(file): \(line)" }
    }

    static let edits: [Edit] = [
        Edit(file: "metric-cues.tsv", line: "members.count\t会员人数\t3", message: "fields"),
        Edit(file: "metric-cues.tsv", line: "members.cuont\t会员人数\t3\tbefore", message: "unknown metric members.cuont"),
        Edit(file: "metric-cues.tsv", line: "members.count\t会员人数\tabc\tbefore", message: "weight"),
        Edit(file: "metric-cues.tsv", line: "members.count\t会员人数\t3\tbeside", message: "position"),
        Edit(file: "metric-cues.tsv", line: "members.count\t工会会员\t3\tany", message: "duplicate"),
        Edit(file: "metrics.tsv", line: "members.extra\tmembership\tpeople\t会员\tx", message: "unknown unit people"),
        Edit(file: "metrics.tsv", line: "members.extra\tmembership\tperson\t会员\t-\taid.funds", message: "whole aid.funds is not a metric of the same family and units"),
        Edit(file: "record-markers.tsv", line: "sideways\t比", message: "unknown kind sideways"),
        Edit(file: "measure-nouns.tsv", line: "个\t班组\torg", message: "duplicate"),
        Edit(file: "piece-markers.tsv", line: "^(篇[一二", message: "not a valid regular expression"),
        Edit(file: "boilerplate.tsv", line: "line\t[未闭合", message: "not a valid regular expression"),
        Edit(file: "union-words.tsv", line: "organization\t分行", message: "unknown kind organization"),
        Edit(file: "union-words.tsv", line: "organisation\t分行", message: "duplicate"),
        Edit(file: "structure-words.tsv", line: "plan-heading", message: "fields"),
        Edit(file: "function-words.tsv", line: "separator\t、", message: "unknown kind separator"),
        Edit(file: "function-words.tsv", line: "ordinal\t第几", message: "one character"),
        Edit(file: "function-words.tsv", line: "date-digit\t百", message: "digit of numerals.tsv"),
        Edit(file: "quantity-context.tsv", line: "range\t至于", message: "one character"),
        Edit(file: "quantity-context.tsv", line: "percent-of\t十分之", message: "a hundred or more"),
        Edit(file: "quantity-context.tsv", line: "session\t届次", message: "measure of measures.tsv"),
        Edit(file: "quantity-context.tsv", line: "beside\t第", message: "unknown kind beside"),
        Edit(file: "qualifiers.tsv", line: "约莫\tbefore\tabout\t\tsometimes", message: "only must be bare"),
        Edit(file: "scope-words.tsv", line: "city-level\t市区", message: "one character"),
        Edit(file: "measure-nouns.tsv", line: "次\t*\titem", message: "duplicate"),
        Edit(file: "measure-nouns.tsv", line: "栋\tlike\t幢", message: "no nouns of 幢 to take"),
        Edit(file: "measure-nouns.tsv", line: "个\tlike\t处", message: "has nouns of its own and a like line"),
        Edit(file: "place-renames.tsv", line: "ending\t区\t镇", message: "given twice"),
        Edit(file: "place-renames.tsv", line: "ending\t旗\t县城", message: "one character each"),
        Edit(file: "place-renames.tsv", line: "older\t某某市\t999999\t2000", message: "not a code of places.tsv"),
        Edit(file: "place-renames.tsv", line: "not-after\t市场", message: "one character"),
        Edit(file: "place-renames.tsv", line: "renamed\t某某市", message: "unknown kind renamed"),
    ]

    /// A copy of the dictionaries with one line appended to one file.
    static func edited(_ edit: Edit) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-dict-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: TestSupport.url("dictionaries"), to: dir)
        let url = dir.appendingPathComponent(edit.file)
        var text = try String(contentsOf: url, encoding: .utf8)
        if !text.hasSuffix("\n") { text += "\n" }
        text += edit.line + "\n"
        try text.write(to: url, atomically: true, encoding: .utf8)
        return dir
    }

    @Test("the bundled dictionaries load")
    func loads() throws {
        _ = try Dictionaries(directory: TestSupport.url("dictionaries"))
    }

    @Test("a bad line is an error naming the file and line", arguments: edits)
    func badLine(_ edit: Edit) throws {
        let dir = try Self.edited(edit)
        defer { try? FileManager.default.removeItem(at: dir) }
        let lineCount = try String(contentsOf: dir.appendingPathComponent(edit.file), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count - 1
        do {
            _ = try Dictionaries(directory: dir)
            Issue.record("\(edit.file): the bad line was accepted")
        } catch {
            let message = error.description
            #expect(message.contains("\(edit.file):\(lineCount)"), "\(message)")
            #expect(message.contains(edit.message), "\(message)")
            #expect(!message.contains("\n"))
        }
    }

    @Test("a missing dictionary file is an error naming it")
    func missingFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-dict-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: TestSupport.url("dictionaries"), to: dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.removeItem(at: dir.appendingPathComponent("metric-cues.tsv"))
        #expect(throws: GonghuiError.self) { _ = try Dictionaries(directory: dir) }
        do { _ = try Dictionaries(directory: dir) } catch { #expect(error.description.contains("metric-cues.tsv")) }
    }
}
