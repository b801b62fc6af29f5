import Foundation
import GonghuiTestSupport
import Testing

/// `gonghui audit` as a user runs it: on files and on a corpus database alike, with weak
/// findings hidden unless asked for.
struct AuditCommandTests {
    @Test("audit reads report files and a corpus database, and finds the same")
    func filesAndDatabase() throws {
        let files = try TestSupport.run(["audit", "corpora/audit/docs"])
        #expect(files.status == 0, "\(files.stderr)")
        #expect(files.stdout.hasSuffix("7 findings in 7 documents\n"))

        let dir = try TestSupport.temporaryDirectory("audit")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("corpus.sqlite").path
        #expect(try TestSupport.run(["ingest", "corpora/audit/docs", "--db", db, "--quiet"]).status == 0)
        let stored = try TestSupport.run(["audit", "--db", db])
        #expect(stored.status == 0, "\(stored.stderr)")
        #expect(stored.stdout.hasSuffix("7 findings in 7 documents\n"))
    }

    @Test("audit wants report files or --db, exactly one of them")
    func filesOrDatabase() throws {
        let neither = try TestSupport.run(["audit"])
        #expect(neither.status != 0 && neither.stderr.contains("--db"))
        let both = try TestSupport.run(["audit", "corpora/audit/docs", "--db", "x.sqlite"])
        #expect(both.status != 0 && both.stderr.contains("--db"))
    }

    @Test("a weak finding is shown only with --all, with its doubt")
    func weakHidden() throws {
        let dir = try TestSupport.temporaryDirectory("audit-weak")
        defer { try? FileManager.default.removeItem(at: dir) }
        // The second report binds its figure to members.count from the clause before: whether
        // the two figures are one quantity is not certain.
        try "湖州市总工会2023年工作报告\n截至2023年底,全市工会会员总数达到52.3万人。\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "湖州市总工会2023年工作总结\n截至2023年底,全市工会会员总数稳步增加,年底达到48.1万人。\n".write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let shown = try TestSupport.run(["audit", dir.path])
        #expect(shown.status == 0)
        #expect(shown.stdout == "0 findings in 2 documents (1 weak finding not shown: --all shows them)\n")
        let all = try TestSupport.run(["audit", dir.path, "--all", "--format", "json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 1)
        #expect(items.first?["confidence"] as? String == "weak")
        #expect((items.first?["doubt"] as? String)?.isEmpty == false)
    }
}
