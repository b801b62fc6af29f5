import Foundation
import GonghuiTestSupport
import Testing

/// What a user asks of compare and digest is answered, or refused with the reason: short names
/// resolved, unknown names with the nearest known ones and a non-zero exit, one federation's
/// digest with its figures, a mislabelled encoding named.
struct CompareCommandTests {
    static let db: String = {
        let dir = try! TestSupport.temporaryDirectory("compare")
        let path = dir.appendingPathComponent("corpus.sqlite").path
        _ = try! TestSupport.run(["ingest", "corpora/reports", "corpora/audit/docs", "--db", path, "--quiet"])
        return path
    }()

    @Test("a short federation name is resolved to the one federation it names")
    func shortName() throws {
        let r = try TestSupport.run(["compare", "--db", Self.db, "--federation", "湖州", "--metric", "members.count"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("湖州市总工会") && r.stdout.contains("52.36万人"))
    }

    @Test("an unknown federation or metric names the nearest known ones and exits 1",
          arguments: [(["--federation", "湖洲市总工会"], "did you mean 湖州市总工会"), (["--metric", "members.cout"], "did you mean members.count")])
    func unknown(_ arguments: [String], _ message: String) throws {
        let r = try TestSupport.run(["compare", "--db", Self.db] + arguments)
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }

    @Test("a metric by its Chinese name; nothing stated is an error, not an empty table")
    func chineseNameAndNothing() throws {
        let byName = try TestSupport.run(["compare", "--db", Self.db, "--metric", "工会会员数", "--federation", "洛阳市总工会"])
        #expect(byName.status == 0 && byName.stdout.contains("members.count"))
        let nothing = try TestSupport.run(["compare", "--db", Self.db, "--metric", "members.count", "--years", "2000"])
        #expect(nothing.status == 1 && nothing.stdout.isEmpty && nothing.stderr.contains("nothing stated"))
    }

    @Test("one federation's digest shows its figures, however few", arguments: [["湖州市总工会"], ["德清县总工会"], ["九江市总工会"], ["洛阳市总工会", "2022-2023"]])
    func oneFederation(_ arguments: [String]) throws {
        let r = try TestSupport.run(["digest", "--db", Self.db, "--federation", arguments[0]] + (arguments.count > 1 ? ["--years", arguments[1]] : []))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.components(separatedBy: "\n## ").count - 1 >= 4, "\(r.stdout.prefix(400))")
    }

    @Test("a forced encoding that makes rare characters of the text is named in a warning")
    func wrongEncoding() throws {
        let r = try TestSupport.run(["extract", "corpora/formats/report.gbk.txt", "--encoding", "big5"])
        #expect(r.stderr.contains("is --encoding big5 right?"), "\(r.stderr)")
        #expect(r.stderr.contains("GB18030"))
        let right = try TestSupport.run(["extract", "corpora/formats/report.big5.txt", "--encoding", "big5"])
        #expect(right.status == 0 && right.stderr.isEmpty)
    }

    @Test("extract, compare and audit write workbooks with --format xlsx --output, and want --output",
          arguments: [["extract", "corpora/reports/luoyang-2022.txt"], ["compare", "--db", "DB"], ["audit", "corpora/audit/docs"]])
    func workbooks(_ command: [String]) throws {
        let arguments = command.map { $0 == "DB" ? Self.db : $0 }
        let missing = try TestSupport.run(arguments + ["--format", "xlsx"])
        #expect(missing.status != 0 && missing.stderr.contains("--output"))
        let dir = try TestSupport.temporaryDirectory("xlsx")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out.xlsx").path
        let r = try TestSupport.run(arguments + ["--format", "xlsx", "--output", path])
        #expect(r.status == 0, "\(r.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(String(decoding: bytes, as: UTF8.self).contains("xl/worksheets/sheet1.xml"))
    }
}
