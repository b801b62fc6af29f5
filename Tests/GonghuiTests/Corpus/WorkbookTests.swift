import Foundation
import Gonghui
import GonghuiTestSupport
import Testing
import ZIPFoundation

/// Workbooks read back: a real Office Open XML package whose sheets hold numbers as numbers,
/// Chinese headers, a frozen header row and an autofilter; compare's sheets per metric and notes.
struct WorkbookTests {
    /// The package's parts, by path.
    static func parts(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var out: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            out[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return out
    }

    @Test("the records workbook: Chinese headers, figures as numbers, frozen header, autofilter, a sources sheet")
    func records() throws {
        let pipeline = TestSupport.pipeline()
        let path = TestSupport.path("corpora/reports/luoyang-2022.txt")
        let records = pipeline.extractRecords(from: try pipeline.document(at: path))
        let parts = try Self.parts(try RecordWorkbook.records(records, sources: [(path, records.count)], dictionaries: TestSupport.dictionaries).data())
        for part in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"] {
            #expect(parts[part] != nil, "missing \(part)")
        }
        #expect(parts["xl/workbook.xml"]?.contains("<sheet name=\"records\"") == true && parts["xl/workbook.xml"]?.contains("<sheet name=\"sources\"") == true)
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains("<t xml:space=\"preserve\">指标</t>") && sheet.contains("<t xml:space=\"preserve\">数值</t>"))
        #expect(sheet.contains("state=\"frozen\"") && sheet.contains("<autoFilter ref=\"A1:P\(records.count + 1)\"/>"))
        // 工会会员115.9万人: the value cell is a number in persons, not text.
        let members = try #require(records.firstIndex { $0.metric == "members.count" && $0.value == 1_159_000 })
        #expect(sheet.contains("<c r=\"C\(members + 2)\"><v>1159000</v></c>"))
        #expect(parts["xl/worksheets/sheet2.xml"]?.contains("<v>\(records.count)</v>") == true)
    }

    @Test("the comparison workbook: a sheet per metric with numbers, a notes sheet for cells with several figures")
    func comparison() throws {
        let c = Comparison(records: ComparisonTests.records, catalog: TestSupport.dictionaries.metrics, by: .federation, metrics: ["members.count", "unions.count"])
        let parts = try Self.parts(try RecordWorkbook.comparison(c, dictionaries: TestSupport.dictionaries).data())
        let workbook = try #require(parts["xl/workbook.xml"])
        #expect(workbook.contains("name=\"members.count\"") && workbook.contains("name=\"unions.count\"") && workbook.contains("name=\"notes\""))
        let members = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(members.contains("<v>1159000</v>"))
        #expect(members.contains("52.36万人 | 47.8万人 [1]"))
        let notes = try #require(parts["xl/worksheets/sheet3.xml"])
        #expect(notes.contains("huzhou-news-2023.txt") && notes.contains("<v>478000</v>"))
    }

    @Test("sheet names Excel accepts: at most 31 characters, no []:*?/\\, unique")
    func sheetNames() {
        let w = Workbook(sheets: ["a/b", "a/b", String(repeating: "x", count: 40)].map { Workbook.Sheet(name: $0, rows: [[.text("h")]]) })
        let xml = (try? WorkbookTests.parts(try w.data())["xl/workbook.xml"]) ?? nil
        #expect(xml?.contains("name=\"a_b\"") == true && xml?.contains("name=\"a_b (2)\"") == true && xml?.contains("name=\"\(String(repeating: "x", count: 31))\"") == true)
    }
}
