import Foundation
import Gonghui
import GonghuiStore
import GonghuiTestSupport
import Testing

/// `gonghui ingest` as a process: killed with SIGKILL at random moments and run again, it ends
/// with exactly the database one uninterrupted run gives.
struct IngestCommandTests {
    /// A few thousand small generated reports (figure and narrative paragraphs, 30% Big5 and
    /// 20% GB18030, as the benchmark makes them).
    static func corpus(in dir: URL, documents: Int) throws -> URL {
        let docs = dir.appendingPathComponent("docs")
        let figures = try BenchmarkCorpus.paragraphs(in: TestSupport.url("corpora/reports"))
        let narrative = try BenchmarkCorpus.paragraphs(in: TestSupport.url("corpora/narrative"))
        _ = try BenchmarkCorpus.generate(into: docs, figures: figures, narrative: narrative, figureShare: 0.5,
                                         megabytes: 64, documents: documents, paragraphs: 1...3, seed: 7)
        return docs
    }

    @Test("killing an ingest at random moments and resuming ends identical to one uninterrupted run")
    func killAndResume() throws {
        let dir = try TestSupport.temporaryDirectory("kill")
        defer { if ProcessInfo.processInfo.environment["GONGHUI_KEEP_TEST_FILES"] == nil { try? FileManager.default.removeItem(at: dir) } }
        let docs = try Self.corpus(in: dir, documents: 2000)
        let whole = dir.appendingPathComponent("whole.sqlite").path
        let resumed = dir.appendingPathComponent("resumed.sqlite").path
        let out = dir.appendingPathComponent("out"), err = dir.appendingPathComponent("err")

        let uninterrupted = try TestSupport.run(["ingest", docs.path, "--db", whole, "--quiet"])
        #expect(uninterrupted.status == 0, "\(uninterrupted.stderr)")

        var kills = 0
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<4 {
            let process = try TestSupport.launch(["ingest", docs.path, "--db", resumed, "--quiet"], stdout: out, stderr: err)
            usleep(UInt32.random(in: 150_000...900_000, using: &generator))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                kills += 1
            }
            process.waitUntilExit()
        }
        let last = try TestSupport.run(["ingest", docs.path, "--db", resumed, "--quiet"])
        #expect(last.status == 0, "\(last.stderr)")
        #expect(kills > 0, "no run was interrupted: the corpus is too small for this machine")
        let a = try TestSupport.content(of: Store(path: whole))
        let b = try TestSupport.content(of: Store(path: resumed))
        #expect(a.count > 2000)
        let missing = Set(a).subtracting(b), extra = Set(b).subtracting(a)
        #expect(missing.isEmpty && extra.isEmpty,
                "\(missing.count) rows only in the uninterrupted database, \(extra.count) only in the resumed one; e.g. \(missing.sorted().prefix(2).map { String($0.prefix(160)) }) / \(extra.sorted().prefix(2).map { String($0.prefix(160)) })")
        #expect(a == b)
    }

    @Test("ingest lists bad files, exits 1, and says what it did")
    func badFilesListed() throws {
        let dir = try TestSupport.temporaryDirectory("ingest")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("c.sqlite").path
        let r = try TestSupport.run(["ingest", "corpora/reports", "corpora/bad", "--db", db])
        #expect(r.status == 1)
        #expect(r.stderr.contains("29 files: 19 stored (509 records), 0 unchanged, 0 duplicates, 10 failed"))
        #expect(r.stderr.contains("10 files failed:"))
        #expect(r.stderr.contains("corpora/bad/empty.txt: empty file"))
        #expect(r.stderr.contains("skipped 4 files that are not reports"))
        // Not a terminal: one plain line per file.
        #expect(r.stderr.contains("stored corpora/reports/luoyang-2021.txt ("))
        let again = try TestSupport.run(["ingest", "corpora/reports", "--db", db, "--quiet"])
        #expect(again.status == 0)
        #expect(again.stderr.contains("19 files: 0 stored (0 records), 19 unchanged"))
        #expect(!again.stderr.contains("unchanged corpora/"))
    }
}
