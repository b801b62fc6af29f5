import Foundation
import Gonghui
import GonghuiStore
import GonghuiTestSupport
import Testing

/// The corpus database: ingest is idempotent, a changed file replaces its records, identical
/// files are stored once, bad files are listed and noted, and what is stored reads back.
struct StoreTests {
    static func content(_ store: Store) throws -> [String] { try TestSupport.content(of: store) }

    static func ingest(_ paths: [String], into db: URL, jobs: Int = 2) throws -> BatchIngest.Summary {
        let store = try Store(path: db.path)
        let files = try ReportFiles.list(paths.map { TestSupport.path($0) }).files
        return try BatchIngest(store: store, dictionaries: TestSupport.dictionaries, jobs: jobs).run(files: files)
    }

    @Test("ingesting the corpora twice leaves the same database; the second run stores nothing")
    func twice() throws {
        let dir = try TestSupport.temporaryDirectory("store")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("corpus.sqlite")
        let first = try Self.ingest(["corpora/reports", "corpora/audit/docs", "corpora/bad"], into: db)
        #expect(first.stored == 26)
        #expect(first.failures.count == 10)
        #expect(first.records == 703)
        let before = try Self.content(Store(path: db.path))
        let second = try Self.ingest(["corpora/reports", "corpora/audit/docs", "corpora/bad"], into: db)
        #expect(second.stored == 0 && second.unchanged == 26 && second.failures.count == 10)
        #expect(try Self.content(Store(path: db.path)) == before)
        // The failures are noted in the database too.
        #expect(try Store(path: db.path).failures().map { ($0.path as NSString).lastPathComponent }.sorted()
                == ["binary.txt", "broken-xml.docx", "empty.txt", "entity.docx", "no-document.docx", "not-zip.docx", "truncated.docx", "zip-endless-deflate.docx", "zip-offset-past-end.docx", "zip-stored-past-end.docx"])
    }

    @Test("a PDF is stored with its page count, its records with their pages")
    func pdfPages() throws {
        let dir = try TestSupport.temporaryDirectory("store-pdf")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("corpus.sqlite")
        let summary = try Self.ingest(["corpora/formats/report.cid.pdf", "corpora/formats/report.utf8.txt"], into: db)
        #expect(summary.stored == 2)
        let store = try Store(path: db.path, readOnly: true)
        let documents = try store.documents()
        #expect(documents.first { $0.format == "pdf" }?.pageCount == 2)
        #expect(documents.first { $0.format == "text" }?.pageCount == nil)
        let records = try store.records()
        #expect(Set(records.filter { $0.source?.hasSuffix(".pdf") == true }.compactMap(\.page)) == [1, 2])
        #expect(records.filter { $0.source?.hasSuffix(".txt") == true }.allSatisfy { $0.page == nil })
    }

    @Test("one and two workers give the same database")
    func jobsAgree() throws {
        let dir = try TestSupport.temporaryDirectory("store")
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try Self.ingest(["corpora/reports"], into: dir.appendingPathComponent("one.sqlite"), jobs: 1)
        _ = try Self.ingest(["corpora/reports"], into: dir.appendingPathComponent("two.sqlite"), jobs: 2)
        #expect(try Self.content(Store(path: dir.appendingPathComponent("one.sqlite").path))
                == Self.content(Store(path: dir.appendingPathComponent("two.sqlite").path)))
    }

    @Test("a changed file replaces its records; a copy of a stored file is stored once")
    func changedAndCopies() throws {
        let dir = try TestSupport.temporaryDirectory("store")
        defer { try? FileManager.default.removeItem(at: dir) }
        let docs = dir.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        let report = docs.appendingPathComponent("a.txt")
        try FileManager.default.copyItem(at: TestSupport.url("corpora/reports/luoyang-2021.txt"), to: report)
        try FileManager.default.copyItem(at: TestSupport.url("corpora/reports/luoyang-2021.txt"), to: docs.appendingPathComponent("b.txt"))
        let db = dir.appendingPathComponent("corpus.sqlite")
        let store = try Store(path: db.path)
        let batch = BatchIngest(store: store, dictionaries: TestSupport.dictionaries, jobs: 2)
        let first = try batch.run(files: [report.path, docs.appendingPathComponent("b.txt").path])
        #expect(first.stored + first.duplicates.count == 2)
        #expect(try store.documents().map { ($0.sourcePath as NSString).lastPathComponent } == ["a.txt"])
        let before = try store.records().count
        // The report changes: its old records go, the new ones come.
        try "洛阳市总工会2024年工作总结\n2024年,全市新建工会组织120家,发展会员8,600人。".write(to: report, atomically: true, encoding: .utf8)
        let second = try batch.run(files: [report.path])
        #expect(second.stored == 1)
        let after = try store.records()
        #expect(after.count == 2 && before > 2)
        #expect(after.allSatisfy { $0.year == 2024 && $0.source == report.path })
        // With a.txt changed, b.txt is no longer a copy of anything stored: it is stored.
        let third = try batch.run(files: [docs.appendingPathComponent("b.txt").path])
        #expect(third.stored == 1)
        #expect(try store.documents().count == 2)
    }

    @Test("records read back with every field, the normalised text with them")
    func readBack() throws {
        let dir = try TestSupport.temporaryDirectory("store")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("corpus.sqlite")
        _ = try Self.ingest(["corpora/reports/zhoushan-2022.txt"], into: db)
        let pipeline = TestSupport.pipeline()
        let document = try pipeline.document(at: TestSupport.path("corpora/reports/zhoushan-2022.txt"))
        let extracted = pipeline.extractRecords(from: document)
        let store = try Store(path: db.path)
        #expect(try store.records() == extracted)
        let stored = try #require(try store.documents().first)
        #expect(stored.text == document.text.string)
        #expect(stored.federation == "舟山市总工会" && stored.region == "舟山市")
        #expect(stored.recordCount == extracted.count)
        // A filter by metric, federation and years.
        let members = try store.records(Store.Filter(metrics: ["members.count"], federation: "舟山市总工会", years: 2022...2022))
        #expect(!members.isEmpty && members.allSatisfy { $0.metric == "members.count" && $0.year == 2022 })
    }

    @Test("a database that is not one is a clear error")
    func notADatabase() throws {
        let dir = try TestSupport.temporaryDirectory("store")
        defer { try? FileManager.default.removeItem(at: dir) }
        let bogus = dir.appendingPathComponent("bogus.sqlite")
        try "this is not SQLite".write(to: bogus, atomically: true, encoding: .utf8)
        #expect(throws: GonghuiError.self) { _ = try Store(path: bogus.path) }
    }
}

/// Stored values read back exactly as Foundation would parse them.
struct StoredDecimalTests {
    @Test("value_text reads back as the same decimal, printed the same", arguments: [
        "0", "12", "1.5", "0.05", "-3.2", "198000", "1.20", "86.6", "100000000", "0.000001",
        "123456789012345678", "1234567890123456789012", "1e5", "", "1.2.3", "--1",
    ])
    func decimal(_ text: String) {
        let expected = Decimal(string: text) ?? 0
        #expect(Store.decimal(text) == expected)
        #expect(Store.decimal(text).plainString == expected.plainString)
    }
}
