import Foundation
import Gonghui
import GonghuiServer
import GonghuiStore
import GonghuiTestSupport
import Hummingbird
import HummingbirdTesting
import Testing

/// `gonghui serve` through its router, as a browser meets it: the pages, their filters, the
/// links from figures to sentences, escaping of report text, and bad parameters.
@Suite(.serialized)
struct ServerTests {
    /// A corpus of the sample reports plus one hostile report, made once for the suite.
    static let corpus: (db: URL, hostile: String) = {
        do {
            let dir = try TestSupport.temporaryDirectory("serve")
            let hostile = dir.appendingPathComponent("hostile-<i>x.txt")
            try """
                <script>alert('title')</script>某县总工会2023年工作总结
                2023年，全县新建工会组织120个，"><img src=x onerror=alert(1)>工会会员达到3.6万人。
                """.write(to: hostile, atomically: true, encoding: .utf8)
            let db = dir.appendingPathComponent("corpus.sqlite")
            let files = try ReportFiles.list([TestSupport.path("corpora/reports"), hostile.path]).files
            _ = try BatchIngest(store: Store(path: db.path), dictionaries: TestSupport.dictionaries, jobs: 1).run(files: files)
            return (db, hostile.path)
        } catch { fatalError("cannot make the test corpus: \(error)") }
    }()

    static func site(_ db: URL = corpus.db) throws -> CorpusSite {
        CorpusSite(store: try Store(path: db.path, readOnly: true), dictionaries: TestSupport.dictionaries)
    }

    /// GETs each address through the router and hands back status and body.
    static func get(_ uris: [String], site: CorpusSite? = nil) async throws -> [(status: Int, body: String, headers: HTTPFields)] {
        let app = Application(router: CorpusServer.router(site: try site ?? Self.site()))
        return try await app.test(.router) { client in
            var out: [(Int, String, HTTPFields)] = []
            for uri in uris {
                try await client.execute(uri: uri, method: .get) { r in out.append((r.status.code, String(buffer: r.body), r.headers)) }
            }
            return out
        }
    }

    static func get(_ uri: String) async throws -> (status: Int, body: String, headers: HTTPFields) { try await get([uri])[0] }

    static func count(_ needle: String, in s: String) -> Int { s.components(separatedBy: needle).count - 1 }

    @Test("every page answers 200 with the site's navigation and no script")
    func pages() async throws {
        let store = try Store(path: Self.corpus.db.path, readOnly: true)
        let first = try #require(store.documents(Store.DocumentQuery()).page.first)
        for (uri, expected) in [("/", "<h1>文档</h1>"), ("/documents", "<h1>文档</h1>"), ("/documents/\(first.id)", "<h2 id=\"figures\">"),
                                ("/records", "<h1>数字</h1>"), ("/compare", "<h1>比较</h1>"), ("/audit", "<h1>审计</h1>"),
                                ("/digest", "<h1>工会数据摘要</h1>")] {
            let r = try await Self.get(uri)
            #expect(r.status == 200, "\(uri)")
            #expect(r.body.contains(expected), "\(uri)")
            #expect(r.body.contains("<nav>"), "\(uri)")
            #expect(!r.body.contains("<script"), "\(uri)")
            #expect(r.headers[.contentType] == "text/html; charset=utf-8")
            #expect(r.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
        }
    }

    @Test("the documents list shows every stored document and filters by federation, region, year and format")
    func documentFilters() async throws {
        let store = try Store(path: Self.corpus.db.path, readOnly: true)
        let all = try store.documents()
        let records = try store.records()
        let rows = { (body: String) in Self.count("data-h=\"文档\"><a href=\"/documents/", in: body) }
        let cases: [(query: String, expected: Int)] = [
            ("", all.count),
            ("federation=\(Self.q("洛阳市总工会"))", all.filter { $0.federation == "洛阳市总工会" }.count),
            ("region=\(Self.q("舟山市"))", all.filter { $0.region == "舟山市" }.count),
            ("format=html", all.filter { $0.format == "html" }.count),
            ("format=docx", all.filter { $0.format == "docx" }.count),
            ("federation=\(Self.q("洛阳市总工会"))&year=2022", all.filter { d in
                d.federation == "洛阳市总工会" && (d.documentDate?.hasPrefix("2022") == true || records.contains { $0.source == d.sourcePath && $0.year == 2022 })
            }.count),
            ("federation=\(Self.q("' OR 1=1 --"))", 0),
        ]
        for c in cases {
            let r = try await Self.get("/?" + c.query)
            #expect(r.status == 200)
            #expect(rows(r.body) == c.expected, "\(c.query)")
            #expect(r.body.contains("共\(c.expected)份"), "\(c.query)")
        }
        #expect(all.count > 3 && all.filter { $0.federation == "洛阳市总工会" }.count == 3)
    }

    @Test("a document's page marks each record in its text, and its figures link to the marks")
    func documentPage() async throws {
        let store = try Store(path: Self.corpus.db.path, readOnly: true)
        let doc = try #require(store.documents().first { $0.sourcePath.hasSuffix("luoyang-2022.txt") })
        let id = try #require(doc.id)
        let records = try store.records(documentID: id)
        #expect(!records.isEmpty && doc.recordCount == records.count)
        let body = try await Self.get("/documents/\(id)").body
        for r in records {
            #expect(body.contains("<mark id=\"r\(r.start)\"") || records.contains { $0.start < r.start && $0.end > r.start }, "\(r.surface)")
            #expect(body.contains("href=\"#r\(r.start)\""))
        }
        // The marked words are the record's surface, at its offsets.
        let first = records[0]
        #expect(body.contains("<mark id=\"r\(first.start)\" title=\"") && body.contains(">\(first.surface)</mark>"))
    }

    @Test("records search filters by metric, federation, region, year and words, and links each figure to its sentence")
    func recordSearch() async throws {
        let store = try Store(path: Self.corpus.db.path, readOnly: true)
        let all = try store.records()
        let members = all.filter { $0.metric == "members.count" }
        let r = try await Self.get("/records?metric=members.count")
        #expect(r.body.contains("共\(members.count)项"))
        #expect(Self.count("data-h=\"数值\"><a href=\"/documents/", in: r.body) == min(members.count, 50))
        #expect(!r.body.contains("（unions.count）</td>"))
        // By Chinese name, several metrics, a federation and year, words of the sentence.
        let byName = try await Self.get("/records?metric=\(Self.q("工会会员数"))")
        #expect(byName.body.contains("共\(members.count)项"))
        let two = try await Self.get("/records?metric=members.count,unions.count&federation=\(Self.q("洛阳市总工会"))&year=2022-2023")
        let expected = all.filter { ["members.count", "unions.count"].contains($0.metric) && $0.federation == "洛阳市总工会" && (2022...2023).contains($0.year ?? 0) }
        #expect(two.body.contains("共\(expected.count)项") && expected.count >= 2)
        let words = try await Self.get("/records?q=\(Self.q("农民工"))")
        #expect(words.body.contains("共\(all.filter { $0.sentence.contains("农民工") }.count)项"))
        let wildcard = try await Self.get("/records?q=%25")
        #expect(wildcard.body.contains("共\(all.filter { $0.sentence.contains("%") }.count)项"))
    }

    @Test("compare shows the table and charts of the chosen metrics, each cell linked, with CSV and workbook downloads")
    func compare() async throws {
        let r = try await Self.get("/compare?metric=members.count&by=federation")
        #expect(r.status == 200)
        #expect(r.body.contains("<h2 id=\"members.count\">"))
        #expect(r.body.contains("<svg"))
        #expect(r.body.contains("<td data-label=\"洛阳市总工会\"") && r.body.contains("><a href=\"/documents/"))
        #expect(r.body.contains("href=\"/compare.xlsx?metric=members.count&amp;by=federation\""))
        let (csv, xlsx) = (try await Self.get("/compare.csv?metric=members.count"), try await Self.get("/compare.xlsx?metric=members.count"))
        #expect(csv.status == 200 && csv.headers[.contentType] == "text/csv; charset=utf-8" && csv.body.contains("洛阳市总工会"))
        #expect(xlsx.status == 200 && xlsx.headers[.contentDisposition] == "attachment; filename=\"comparison.xlsx\"" && xlsx.body.hasPrefix("PK"))
        // Several federations (or regions): their rows only.
        let two = try await Self.get("/compare?metric=members.count&federation=\(Self.q("洛阳市总工会,绵阳市"))")
        #expect(two.body.contains("<tr><td>洛阳市总工会</td>") && two.body.contains("<tr><td>绵阳市总工会</td>"))
        let labels = two.body.components(separatedBy: "<tr><td>").dropFirst().map { String($0.prefix { $0 != "<" }) }
        #expect(Set(labels) == ["洛阳市总工会", "洛阳市总工会 · 农民工", "绵阳市总工会"])
        // Nothing chosen: the metrics to choose from, each a link.
        let none = try await Self.get("/compare")
        #expect(none.body.contains("href=\"/compare?metric=members.count\""))
    }

    @Test("audit findings and the digest link to their sentences")
    func auditAndDigest() async throws {
        let audit = try await Self.get("/audit?all=1")
        #expect(audit.status == 200 && audit.body.contains("<h1>审计</h1>"))
        let digest = try await Self.get("/digest")
        #expect(digest.body.contains("<h2 id=\"members.count\">"))
        #expect(digest.body.contains("><a href=\"/documents/"))
    }

    @Test("report text and file names are shown as text, never as markup")
    func escaping() async throws {
        let store = try Store(path: Self.corpus.db.path, readOnly: true)
        let id = try #require(store.documents(Store.DocumentQuery()).page.first { $0.sourcePath == Self.corpus.hostile }?.id)
        #expect(try !store.records(documentID: id).isEmpty)
        let pages = try await Self.get(["/", "/documents/\(id)", "/records?q=\(Self.q("万人"))", "/records?federation=\(Self.q("<script>"))",
                                        "/?federation=\(Self.q("\"><img src=x onerror=alert(1)>"))"])
        for (i, p) in pages.enumerated() {
            #expect(p.status == 200)
            #expect(!p.body.contains("<script"), "page \(i)")
            #expect(!p.body.contains("<img"), "page \(i)")
            #expect(!p.body.contains("<i>"), "page \(i)")
        }
        #expect(pages[0].body.contains("hostile-&lt;i&gt;x.txt"))
        #expect(pages[1].body.contains("&lt;script&gt;alert("))
        #expect(pages[1].body.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(pages[4].body.contains("value=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\""))
    }

    @Test("bad parameters are a 400 page that says what is wrong; unknown documents and pages a 404")
    func badParameters() async throws {
        let cases: [(uri: String, status: Int, says: String)] = [
            ("/?year=20x", 400, "year takes a year or a range"),
            ("/records?year=2023-2021", 400, "year takes a year or a range"),
            ("/records?year=1066", 400, "year takes a year or a range"),
            ("/compare?metric=members.count&year=2021-", 400, "year takes a year or a range"),
            ("/records?page=0", 400, "page takes a page number"),
            ("/?page=-3", 400, "page takes a page number"),
            ("/records?metric=nope", 400, "no metric named"),
            ("/compare.xlsx?metric=nope", 400, "no metric named"),
            ("/?format=exe", 400, "format takes one of"),
            ("/compare?metric=members.count&by=colour", 400, "by takes one of"),
            ("/records?q=%ZZ", 400, "not well formed"),
            ("/records?q=" + String(repeating: "a", count: 300), 400, "longer than"),
            ("/documents/abc", 400, "named by its number"),
            ("/documents/999999", 404, "no document number 999999"),
            ("/etc/passwd", 404, "no page at"),
            ("/documents/..%2F..%2Fetc%2Fpasswd", 400, "named by its number"),
        ]
        let responses = try await Self.get(cases.map(\.uri))
        for (c, r) in zip(cases, responses) {
            #expect(r.status == c.status, "\(c.uri)")
            #expect(r.body.contains("class=\"error\"") && r.body.contains(c.says), "\(c.uri)")
        }
    }

    @Test("the database is only read, and documents ingested while the site runs show on the next request")
    func liveReadOnly() async throws {
        let dir = try TestSupport.temporaryDirectory("serve-live")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("corpus.sqlite")
        let writer = try Store(path: db.path)
        try Self.ingest(["luoyang-2021.txt"], into: writer)
        let site = try Self.site(db)
        let before = try await Self.get(["/", "/digest"], site: site)
        #expect(before[0].body.contains("共1份"))
        try Self.ingest(["luoyang-2022.txt", "luoyang-2023.txt"], into: writer)
        let after = try await Self.get(["/", "/digest"], site: site)
        #expect(after[0].body.contains("共3份"))
        #expect(after[1].body != before[1].body)  // the digest is recomputed when the corpus changes
        // The site's store cannot write.
        #expect(try Store(path: db.path, readOnly: true).readOnly)
    }

    @Test("a server computes the audit and digest in the background: meanwhile a page that reloads, after a change the previous result marked as such")
    func background() async throws {
        let dir = try TestSupport.temporaryDirectory("serve-background")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("corpus.sqlite")
        let writer = try Store(path: db.path)
        try Self.ingest(["luoyang-2021.txt"], into: writer)
        let site = CorpusSite(store: try Store(path: db.path, readOnly: true), dictionaries: TestSupport.dictionaries, background: true)
        /// The digest once the background computation has caught up with the database.
        func settled() async throws -> String {
            for _ in 0..<600 {
                let body = String(decoding: site.respond(to: "/digest").body, as: UTF8.self)
                if !body.contains("http-equiv=\"refresh\"") && !body.contains("正在重新汇总") { return body }
                try await Task.sleep(for: .milliseconds(50))
            }
            Issue.record("the digest was not computed within 30 s")
            return ""
        }
        let first = try await settled()
        #expect(first.contains("<h1>工会数据摘要</h1>") && first.contains("文档：1份"))
        try Self.ingest(["luoyang-2022.txt", "luoyang-2023.txt"], into: writer)
        let during = String(decoding: site.respond(to: "/digest").body, as: UTF8.self)
        #expect(during.contains("正在重新汇总") || during.contains("文档：3份"))  // the old digest, marked, unless already done
        let after = try await settled()
        #expect(after.contains("文档：3份"))
        #expect(String(decoding: site.respond(to: "/").body, as: UTF8.self).contains("共3份"))
    }

    /// Bundled reports (corpora/reports) stored while a site may be reading the database.
    static func ingest(_ names: [String], into writer: Store) throws {
        _ = try BatchIngest(store: writer, dictionaries: TestSupport.dictionaries, jobs: 1)
            .run(files: ReportFiles.list(names.map { TestSupport.path("corpora/reports/" + $0) }).files)
    }

    static func q(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? s }
}
