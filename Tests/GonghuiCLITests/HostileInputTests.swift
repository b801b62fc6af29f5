import Foundation
import GRDB
@testable import GonghuiCLI
@testable import GonghuiStore
import GonghuiTestSupport
import Testing

/// What users' machines do to a tool: folders that are links, empty folders, databases on
/// read-only drives or belonging to other programs, output paths that cannot be written, full
/// disks, archives that are not Word files, narrow terminals, a program copied elsewhere.
struct HostileInputTests {
    static let report = "corpora/reports/luoyang-2022.txt"

    static func temporary(_ name: String) throws -> URL { try TestSupport.temporaryDirectory(name) }

    /// A small tmpfs mounted for the test (root only): the only honest way to fill a disk or make
    /// a drive read-only. Nil where mounting is not allowed.
    static func tmpfs(_ kilobytes: Int) throws -> URL? {
        guard getuid() == 0 else { return nil }
        let dir = try temporary("mount")
        let r = try TestSupport.run(["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", dir.path], program: URL(fileURLWithPath: "/bin/mount"))
        return r.status == 0 ? dir : nil
    }

    static func remount(_ dir: URL, _ options: String) throws {
        let r = try TestSupport.run(["-o", "remount,\(options)", dir.path], program: URL(fileURLWithPath: "/bin/mount"))
        #expect(r.status == 0, "\(r.stderr)")
    }

    static func unmount(_ dir: URL) {
        _ = try? TestSupport.run([dir.path], program: URL(fileURLWithPath: "/bin/umount"))
        try? FileManager.default.removeItem(at: dir)
    }

    static let canMount: Bool = {
        guard let dir = try? tmpfs(64) else { return false }
        unmount(dir)
        return true
    }()

    // MARK: Folders

    @Test("a folder given as a symbolic link is followed, and a link back to a parent is not walked twice")
    func symlinks() throws {
        let dir = try Self.temporary("links")
        defer { try? FileManager.default.removeItem(at: dir) }
        let real = dir.appendingPathComponent("real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestSupport.url(Self.report), to: real.appendingPathComponent("report.txt"))
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link").path, withDestinationPath: real.path)
        try FileManager.default.createSymbolicLink(atPath: real.appendingPathComponent("loop").path, withDestinationPath: dir.path)
        let r = try TestSupport.run(["extract", dir.appendingPathComponent("link").path])
        #expect(r.status == 0, "\(r.stderr)")
        let sources = Set(r.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["source"] as? String
        })
        #expect(sources.count == 1 && sources.first?.hasSuffix("report.txt") == true, "\(sources)")
        let db = dir.appendingPathComponent("c.sqlite").path
        let ingest = try TestSupport.run(["ingest", dir.appendingPathComponent("link").path, "--db", db, "--quiet"])
        #expect(ingest.status == 0 && ingest.stderr.contains("1 file: 1 stored"), "\(ingest.stderr)")
    }

    @Test("a folder with no report in it is a warning and a non-zero exit", arguments: ["extract", "ingest"])
    func emptyFolder(_ command: String) throws {
        let dir = try Self.temporary("empty")
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("nothing")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try "notes".write(to: empty.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        let extra = command == "ingest" ? ["--db", dir.appendingPathComponent("c.sqlite").path] : []
        let r = try TestSupport.run([command, empty.path] + extra)
        #expect(r.status == 1)
        #expect(r.stderr.contains("no report files"), "\(r.stderr)")
    }

    // MARK: Databases

    @Test("a database on a read-only drive is read by compare, digest and audit", .enabled(if: canMount))
    func readOnlyDatabase() throws {
        let mount = try #require(try Self.tmpfs(8192))
        defer { Self.unmount(mount) }
        let db = mount.appendingPathComponent("corpus.sqlite").path
        #expect(try TestSupport.run(["ingest", "corpora/reports", "--db", db, "--quiet"]).status == 0)
        try Self.remount(mount, "ro")
        let compare = try TestSupport.run(["compare", "--db", db, "--metric", "members.count"])
        #expect(compare.status == 0 && compare.stdout.contains("洛阳市总工会"), "\(compare.stderr)")
        let digest = try TestSupport.run(["digest", "--db", db])
        #expect(digest.status == 0 && !digest.stdout.isEmpty, "\(digest.stderr)")
        let audit = try TestSupport.run(["audit", "--db", db])
        #expect(audit.status == 0, "\(audit.stderr)")
    }

    @Test("a read-only database file is read, and never written")
    func readOnlyFile() throws {
        let dir = try Self.temporary("rofile")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("corpus.sqlite").path
        #expect(try TestSupport.run(["ingest", "corpora/audit/docs", "--db", db, "--quiet"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let audit = try TestSupport.run(["audit", "--db", db])
        #expect(audit.status == 0 && audit.stdout.hasSuffix("7 findings in 7 documents\n"), "\(audit.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test("another program's SQLite file is refused and left untouched", arguments: ["ingest", "compare", "audit"])
    func foreignDatabase(_ command: String) throws {
        let dir = try Self.temporary("foreign")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("photos.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos (name) VALUES ('a')") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let arguments = command == "ingest" ? ["ingest", Self.report, "--db", path] : [command, "--db", path]
        let r = try TestSupport.run(arguments)
        #expect(r.status == 1)
        #expect(r.stderr.contains("not a Gonghui database"), "\(r.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["photos.sqlite"])
    }

    @Test("an ingest that fills the disk stops, leaves a sound database, and the next run finishes it", .enabled(if: canMount))
    func diskFull() throws {
        let mount = try #require(try Self.tmpfs(400))
        defer { Self.unmount(mount) }
        let db = mount.appendingPathComponent("corpus.sqlite").path
        let full = try TestSupport.run(["ingest", "corpora/reports", "corpora/holdout", "--db", db, "--quiet"])
        #expect(full.status == 1)
        #expect(full.stderr.contains("the disk is full"), "\(full.stderr)")
        let store = try DatabaseQueue(path: db)
        #expect(try store.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") } == "ok")
        try store.close()
        try Self.remount(mount, "size=16m")
        let again = try TestSupport.run(["ingest", "corpora/reports", "corpora/holdout", "--db", db, "--quiet"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Store(path: db, readOnly: true).documents().count == 76)
    }

    // MARK: Output

    @Test("an output path that cannot be written says why and leaves no file behind")
    func outputPaths() throws {
        let dir = try Self.temporary("output")
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = try TestSupport.run(["extract", Self.report, "--output", dir.appendingPathComponent("newdir").path + "/"])
        #expect(folder.status == 1 && folder.stderr.contains("no such folder"), "\(folder.stderr)")
        let missing = try TestSupport.run(["digest", Self.report, "--output", dir.appendingPathComponent("nodir/digest.md").path])
        #expect(missing.status == 1 && missing.stderr.contains("does not exist"), "\(missing.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        let ok = try TestSupport.run(["extract", Self.report, "--output", dir.appendingPathComponent("records.jsonl").path])
        #expect(ok.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["records.jsonl"])
    }

    @Test("an output that fills the disk is an error, with no partial file", .enabled(if: canMount))
    func outputDiskFull() throws {
        let mount = try #require(try Self.tmpfs(64))
        defer { Self.unmount(mount) }
        let r = try TestSupport.run(["extract", "corpora/reports", "--format", "json", "--output", mount.appendingPathComponent("all.json").path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("No space left on device"), "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: mount.path).isEmpty)
    }

    // MARK: Options and formats

    @Test("ingest honours --keep-boilerplate")
    func ingestKeepsBoilerplate() throws {
        let dir = try Self.temporary("boilerplate")
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "责任编辑:张三\n2023年,全市工会会员52.3万人。\n"
        try text.write(to: dir.appendingPathComponent("r.txt"), atomically: true, encoding: .utf8)
        let plain = dir.appendingPathComponent("plain.sqlite").path, kept = dir.appendingPathComponent("kept.sqlite").path
        #expect(try TestSupport.run(["ingest", dir.appendingPathComponent("r.txt").path, "--db", plain, "--quiet"]).status == 0)
        #expect(try TestSupport.run(["ingest", dir.appendingPathComponent("r.txt").path, "--db", kept, "--quiet", "--keep-boilerplate"]).status == 0)
        let a = try #require(try Store(path: plain, readOnly: true).documents().first?.text)
        let b = try #require(try Store(path: kept, readOnly: true).documents().first?.text)
        #expect(!a.contains("责任编辑") && b.contains("责任编辑"))
    }

    @Test("each command's help lists only the options it uses")
    func helpOptions() throws {
        let compare = try TestSupport.run(["compare", "--help"]).stdout
        for option in ["--encoding", "--max-size", "--keep-boilerplate"] { #expect(!compare.contains(option), "compare --help lists \(option)") }
        for command in ["extract", "ingest"] {
            let help = try TestSupport.run([command, "--help"]).stdout
            #expect(!help.contains("one per core). (default"), "\(command): \(help)")
        }
        #expect(try TestSupport.run(["bench", "--help"]).stdout.contains("--density"))
    }

    @Test("archives that are not Word documents are named for what they are",
          arguments: [("workbook.xlsx", "Excel workbook"), ("reports.zip", "ZIP archive")])
    func otherArchives(_ name: String, _ kind: String) throws {
        let r = try TestSupport.run(["extract", "corpora/bad/" + name])
        #expect(r.status == 1)
        #expect(r.stderr.contains(kind) && !r.stderr.contains("not a Word document (no word"), "\(r.stderr)")
    }

    @Test("the progress line never wraps, however narrow the terminal", arguments: [12, 20, 30, 50, 80, 200])
    func progressWidth(_ columns: Int) {
        let p = BatchIngest.Progress(done: 1234, total: 10000, bytes: 50 << 20, seconds: 12, failures: 3)
        let line = ProgressBar.line(p, columns: columns)
        #expect(line.count < columns, "\(line)")
        #expect(line.contains("1234/10000"))
    }

    // MARK: Installed

    @Test("an installed program finds its data; a copied program alone says what is missing")
    func installed() throws {
        let dir = try Self.temporary("install")
        defer { try? FileManager.default.removeItem(at: dir) }
        var environment = ProcessInfo.processInfo.environment
        environment["GONGHUI_DICTIONARIES"] = nil
        environment["GONGHUI_BINARY"] = TestSupport.program.path
        let prefix = dir.appendingPathComponent("prefix")
        let install = try TestSupport.run([prefix.path], program: TestSupport.url("scripts/install"), environment: environment)
        #expect(install.status == 0, "\(install.stderr)")
        let report = TestSupport.path(Self.report)
        let r = try TestSupport.run(["extract", report], program: prefix.appendingPathComponent("bin/gonghui"), in: dir, environment: environment)
        #expect(r.status == 0 && r.stdout.contains("members.count"), "\(r.stderr)")

        let alone = dir.appendingPathComponent("alone")
        try FileManager.default.createDirectory(at: alone, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestSupport.program, to: alone.appendingPathComponent("gonghui"))
        let lost = try TestSupport.run(["extract", report], program: alone.appendingPathComponent("gonghui"), in: dir, environment: environment)
        #expect(lost.status == 1 && lost.stderr.contains("cannot find the dictionaries"), "\(lost.stderr)")
    }
}
