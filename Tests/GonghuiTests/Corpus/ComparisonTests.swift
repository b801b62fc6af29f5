import Foundation
import Gonghui
import GonghuiTestSupport
import Testing

/// "members.count by federation and year" over the nine annual reports of three federations,
/// in every format, with year-over-year change; several values in one cell are all shown.
struct ComparisonTests {
    static let records: [MetricRecord] = {
        let pipeline = TestSupport.pipeline()
        let files = (try? ReportFiles.list([TestSupport.path("corpora/reports"), TestSupport.path("corpora/audit/docs")]).files) ?? []
        return files.flatMap { path in (try? pipeline.document(at: path)).map { pipeline.extractRecords(from: $0) } ?? [] }
    }()

    static var comparison: Comparison {
        Comparison(records: records, catalog: TestSupport.dictionaries.metrics, by: .federation, metrics: ["members.count"])
    }

    @Test("members.count by federation and year")
    func table() throws {
        let t = try #require(Self.comparison.tables.first)
        #expect(t.metricName == "工会会员数")
        for federation in ["洛阳市总工会", "绵阳市总工会", "舟山市总工会"] {
            let i = try #require(t.rows.firstIndex(of: federation))
            for year in ["2021", "2022", "2023"] {
                let j = try #require(t.columns.firstIndex(of: year))
                #expect(t.cells[i][j]?.values.count == 1, "\(federation) \(year)")
            }
        }
        let luoyang = try #require(t.rows.firstIndex(of: "洛阳市总工会"))
        let y2022 = try #require(t.columns.firstIndex(of: "2022"))
        // 112.6万 → 115.9万: +2.9%.
        #expect(t.cells[luoyang][y2022]?.values.first?.value == 1_159_000)
        #expect(t.cells[luoyang][y2022]?.change == Decimal(string: "2.9"))
        #expect(t.cells[luoyang][y2022]?.changeUnit == .percent)
    }

    @Test("a federation-year with two different figures shows both, with their sources")
    func conflictShown() throws {
        let t = try #require(Self.comparison.tables.first)
        let i = try #require(t.rows.firstIndex(of: "湖州市总工会"))
        let j = try #require(t.columns.firstIndex(of: "2023"))
        let cell = try #require(t.cells[i][j])
        #expect(cell.isConflict)
        #expect(Set(cell.values.map(\.value)) == [523_600, 478_000])
        #expect(Set(cell.values.flatMap(\.sources).map { ($0.path as NSString).lastPathComponent }) == ["huzhou-2023.txt", "huzhou-news-2023.txt"])
        let text = ComparisonRender.table(Self.comparison)
        #expect(text.contains("52.36万人 | 47.8万人 ["))
        #expect(text.contains("] 湖州市总工会 2023年: 52.36万人 — huzhou-2023.txt «工会会员52.36万人»; 47.8万人 — huzhou-news-2023.txt"))
    }

    @Test("a subgroup's figure is its own row, never a rival value of the whole")
    func subgroupRow() throws {
        let pipeline = TestSupport.pipeline()
        let d = TestSupport.normalized("湖州市总工会2023年工作报告\n截至2023年底,全市工会会员总数达到52.3万人,其中农民工会员12.1万人。", pipeline: pipeline)
        let c = Comparison(records: pipeline.extractRecords(from: d), catalog: TestSupport.dictionaries.metrics, by: .federation, metrics: ["members.count"])
        let t = try #require(c.tables.first)
        #expect(t.rows == ["湖州市总工会", "湖州市总工会 · 农民工"])
        #expect(t.cells.map { $0.first??.values.map(\.value) } == [[523_000], [121_000]])
        #expect(!t.cells.contains { $0.contains { $0?.isConflict == true } })
    }

    @Test("a change computed from an approximate figure says so (≈)")
    func approximateChange() throws {
        let pipeline = TestSupport.pipeline()
        let records = ["湖州市总工会2022年工作报告\n2022年,全市新建基层工会近300家。", "湖州市总工会2023年工作报告\n2023年,全市新建基层工会312家。"].flatMap { text in
            pipeline.extractRecords(from: TestSupport.normalized(text, pipeline: pipeline))
        }
        let c = Comparison(records: records, catalog: TestSupport.dictionaries.metrics, by: .federation, metrics: ["unions.new"])
        let t = try #require(c.tables.first)
        let cell = try #require(t.cells.first?.last ?? nil)
        #expect(cell.changeIsApproximate)
        #expect(ComparisonRender.cellText(cell, note: nil).contains("(≈+4%)"))
        #expect(ComparisonRender.json(c).contains("\"change_approximate\": true"))
    }

    @Test("two different funds under one metric are two figures of the cell, not a conflict; one quantity stated twice differently is")
    func distinctFunds() throws {
        let statements = FigureStatements(dictionaries: TestSupport.dictionaries)
        let c = Comparison(records: Self.records, catalog: TestSupport.dictionaries.metrics, by: .federation, metrics: ["aid.funds", "members.count"], statements: statements)
        let funds = try #require(c.tables.first { $0.metric == "aid.funds" })
        let i = try #require(funds.rows.firstIndex(of: "海曙区教育工会")), j = try #require(funds.columns.firstIndex(of: "2022"))
        let cell = try #require(funds.cells[i][j])
        // 慰问金18.9万元 and 互助保障金9.6万元: both shown, with their sources, neither a rival of the other.
        #expect(cell.values.count == 2 && !cell.isConflict)
        let members = try #require(c.tables.first { $0.metric == "members.count" })
        let h = try #require(members.rows.firstIndex(of: "湖州市总工会")), y = try #require(members.columns.firstIndex(of: "2023"))
        #expect(members.cells[h][y]?.isConflict == true)
    }

    @Test("every format carries the same figures")
    func formats() throws {
        let c = Self.comparison
        let table = ComparisonRender.table(c)
        #expect(table.contains("工会会员数 (members.count)") && table.contains("115.9万人 (+2.9%)"))
        let md = ComparisonRender.markdown(c)
        #expect(md.contains("### 工会会员数 (members.count)") && md.contains("| 洛阳市总工会 |"))
        let csv = ComparisonRender.csv(c)
        #expect(csv.hasPrefix("\u{FEFF}metric,metric_zh,by,row,column,value"))
        #expect(csv.contains("members.count,工会会员数,federation,洛阳市总工会,2022,1159000,person,exact,115.9万人,2.9,percent,false,1,"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ComparisonRender.json(c).utf8)) as? [String: Any])
        let tables = try #require(json["tables"] as? [[String: Any]])
        #expect(tables.first?["metric"] as? String == "members.count")
        // The same number of values in every format.
        let values = c.tables[0].cells.flatMap { $0.compactMap { $0?.values.count } }.reduce(0, +)
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == values + 1)
    }

    @Test("rows by year put federations in the columns")
    func byYear() throws {
        let c = Comparison(records: Self.records, catalog: TestSupport.dictionaries.metrics, by: .year, metrics: ["contracts.rate"])
        let t = try #require(c.tables.first)
        #expect(t.rows.contains("2022") && t.columns.contains("洛阳市总工会"))
        let i = try #require(t.rows.firstIndex(of: "2022")), j = try #require(t.columns.firstIndex(of: "洛阳市总工会"))
        // A rate's change is in percentage points: 90.3% → 91.6%.
        #expect(t.cells[i][j]?.changeUnit == .pp)
        #expect(t.cells[i][j]?.change == Decimal(string: "1.3"))
    }
}
