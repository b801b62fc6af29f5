import Foundation
import GonghuiTestSupport
import Testing

/// normalize, segment and quantities read any number of reports as extract does: files,
/// directories, --files-from; one report's output is unchanged, several are told apart, a bad
/// one is reported and the rest still done, --output DIR gets one file per report.
struct ReportCommandTests {
    struct Command: Sendable, CustomStringConvertible {
        var name: String
        var ext: String
        var description: String { name }
    }

    static let commands = [Command(name: "normalize", ext: "txt"), Command(name: "segment", ext: "txt"), Command(name: "quantities", ext: "jsonl")]
    static let reports = ["corpora/reports/luoyang-2022.txt", "corpora/reports/zhoushan-2021.txt"]

    /// A directory holding copies of the two reports.
    static func directory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for r in reports { try FileManager.default.copyItem(at: TestSupport.url(r), to: dir.appendingPathComponent((r as NSString).lastPathComponent)) }
        return dir
    }

    @Test(arguments: commands)
    func readsADirectoryAsItsReports(_ c: Command) throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let singles = try Self.reports.map { try TestSupport.run([c.name, $0]) }
        #expect(singles.allSatisfy { $0.status == 0 && !$0.stdout.isEmpty })
        let paths = Self.reports.map { dir.appendingPathComponent(($0 as NSString).lastPathComponent).path }
        let all = try TestSupport.run([c.name, dir.path])
        #expect(all.status == 0)
        if c.name == "quantities" {
            // Each line names its report; without that, the lines of each report alone.
            var expected = ""
            for (single, path) in zip(singles, paths) {
                for line in single.stdout.split(separator: "\n") { expected += line.dropLast() + ", \"source\": \"\(path)\"}\n" }
            }
            #expect(all.stdout == expected)
        } else {
            #expect(all.stdout == zip(singles, paths).map { "==> \($1) <==\n" + $0.stdout }.joined())
        }
        // The same from a list on standard input.
        let listed = try TestSupport.run([c.name, "--files-from", "-"], stdin: Data(paths.joined(separator: "\n").utf8))
        #expect(listed.stdout == all.stdout)
    }

    @Test(arguments: commands)
    func badReportIsReportedTheRestDone(_ c: Command) throws {
        let r = try TestSupport.run([c.name, Self.reports[0], "corpora/bad/empty.txt", "no/such/report.txt", Self.reports[1]])
        #expect(r.status == 1)
        #expect(r.stderr.contains("corpora/bad/empty.txt: empty file"))
        #expect(r.stderr.contains("no/such/report.txt: no such file or directory"))
        #expect(r.stderr.contains("2 of 4 inputs failed"))
        let good = try TestSupport.run([c.name] + Self.reports)
        #expect(r.stdout == good.stdout)
    }

    @Test(arguments: commands)
    func outputDirectoryGetsAFilePerReport(_ c: Command) throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try TestSupport.run([c.name, "--output", out.path, "corpora/bad/empty.txt"] + Self.reports)
        #expect(r.status == 1)
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == ["luoyang-2022.\(c.ext)", "zhoushan-2021.\(c.ext)"])
        for report in Self.reports {
            let name = ((report as NSString).lastPathComponent as NSString).deletingPathExtension
            let written = try String(contentsOf: out.appendingPathComponent("\(name).\(c.ext)"), encoding: .utf8)
            #expect(written == (try TestSupport.run([c.name, report])).stdout)
        }
        let notADirectory = try TestSupport.run([c.name, "--output", "no/such/dir", Self.reports[0]])
        #expect(notADirectory.status == 1 && notADirectory.stderr.split(separator: "\n").count == 1)
    }
}

/// digest of several reports, a directory or a list is the corpus digest of those reports, as
/// of a database holding them.
struct DigestCorpusTests {
    @Test func directoryIsDigestedAsACorpus() throws {
        let dir = try ReportCommandTests.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-digest-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: db) }
        let fromFiles = try TestSupport.run(["digest", dir.path])
        #expect(fromFiles.status == 0)
        #expect(try TestSupport.run(["ingest", dir.path, "--db", db, "--quiet"]).status == 0)
        let fromDB = try TestSupport.run(["digest", "--db", db])
        #expect(!fromFiles.stdout.isEmpty && fromFiles.stdout == fromDB.stdout)
        // One report is still its own digest; a bad one among several is reported, the rest digested.
        let one = try TestSupport.run(["digest", ReportCommandTests.reports[0]])
        #expect(one.status == 0 && one.stdout != fromFiles.stdout)
        let withBad = try TestSupport.run(["digest", dir.path, "corpora/bad/empty.txt"])
        #expect(withBad.status == 1 && withBad.stdout == fromFiles.stdout && withBad.stderr.contains("empty file"))
    }
}
