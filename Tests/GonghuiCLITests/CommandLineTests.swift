import Foundation
import GonghuiTestSupport
import Testing

/// The `gonghui` program as a user runs it: exit statuses, one-line errors on stderr, output
/// formats, standard input, and help on every command.
struct CommandLineTests {
    static func run(_ arguments: [String], stdin: Data? = nil) throws -> TestSupport.ProgramResult {
        try TestSupport.run(arguments, stdin: stdin)
    }

    static let report = "corpora/reports/luoyang-2022.txt"

    @Test("every command has --help", arguments: ["", "extract", "normalize", "segment", "quantities", "bench"])
    func help(_ command: String) throws {
        let r = try Self.run((command.isEmpty ? [] : [command]) + ["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE:"))
    }

    @Test("normalize reads a file and standard input alike")
    func normalizeStdin() throws {
        let file = try Self.run(["normalize", Self.report])
        let bytes = try Data(contentsOf: TestSupport.url(Self.report))
        let piped = try Self.run(["normalize", "-"], stdin: bytes)
        #expect(file.status == 0 && piped.status == 0)
        #expect(!file.stdout.isEmpty)
        #expect(file.stdout == piped.stdout)
    }

    @Test("segment prints words separated by single spaces, one sentence per line")
    func segment() throws {
        let words = try Self.run(["segment", "-"], stdin: Data("全省基层工会组织达20.5万家,工会会员1778万人。".utf8))
        #expect(words.status == 0)
        #expect(words.stdout.contains("20.5万 家"))
        #expect(!words.stdout.contains("  "))
        let sentences = try Self.run(["segment", "--sentences", "-"], stdin: Data("第一句话。第二句话！".utf8))
        #expect(sentences.stdout.split(separator: "\n").count == 2)
    }

    @Test("quantities prints one JSON object per quantity with the issue's keys, in order")
    func quantities() throws {
        let r = try Self.run(["quantities", "-"], stdin: Data("覆盖职工19.8万余人。".utf8))
        #expect(r.status == 0)
        let line = try #require(r.stdout.split(separator: "\n").first)
        #expect(line.hasPrefix(#"{"surface": "19.8万余人", "value": 198000, "unit": "person", "qualifier": "over", "start": 4, "end": 11"#))
    }

    @Test("extract jsonl carries exactly the contract's fields plus source")
    func extractJSONL() throws {
        let r = try Self.run(["extract", Self.report])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count > 10)
        let keys = ["metric", "value", "unit", "qualifier", "kind", "surface", "sentence", "start", "end", "federation", "region", "year", "group", "page", "source"]
        for line in lines {
            let o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(o.keys).isSubset(of: Set(keys)))
            #expect(o["metric"] != nil && o["value"] != nil && o["surface"] != nil && o["source"] as? String == Self.report)
        }
    }

    @Test("extract json, csv and table render the same records")
    func extractFormats() throws {
        let jsonl = try Self.run(["extract", Self.report]).stdout.split(separator: "\n").count
        let json = try Self.run(["extract", "--format", "json", Self.report])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == jsonl)
        let csv = try Self.run(["extract", "--format", "csv", Self.report])
        #expect(csv.stdout.hasPrefix("\u{FEFF}metric,"))
        #expect(csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == jsonl + 1)
        let table = try Self.run(["extract", "--format", "table", Self.report])
        #expect(table.stdout.contains("工会会员数"))
    }

    @Test("extract --output DIR writes NAME.jsonl per input")
    func extractPerInput() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.run(["extract", "corpora/reports/luoyang-2021.txt", "corpora/reports/wenku-copy-2020.big5.txt", "--output", dir.path])
        #expect(r.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == ["luoyang-2021.jsonl", "wenku-copy-2020.big5.jsonl"])
    }

    /// Each bad input: exit status 1 and exactly one line on stderr, naming the file.
    @Test("bad input is one line on stderr and a non-zero exit",
          arguments: ["empty.txt", "binary.txt", "truncated.docx", "not-zip.docx", "no-document.docx", "broken-xml.docx", "entity.docx", "unknown.xyz",
                       "workbook.xlsx", "reports.zip", "zip-offset-past-end.docx", "zip-stored-past-end.docx", "zip-endless-deflate.docx"])
    func badInput(_ name: String) throws {
        for command in ["normalize", "extract"] {
            let r = try Self.run([command, "corpora/bad/" + name])
            #expect(r.status == 1)
            let lines = r.stderr.split(separator: "\n").filter { !$0.contains(" input failed") && !$0.contains(" inputs failed") }
            #expect(lines.count == 1, "\(r.stderr)")
            #expect(lines.first?.hasPrefix("gonghui: ") == true && lines.first?.contains(name) == true)
        }
    }

    @Test("a missing file and a directory where a file is expected are one-line errors")
    func missingAndDirectory() throws {
        let missing = try Self.run(["normalize", "no/such/report.txt"])
        #expect(missing.status == 1 && missing.stderr.split(separator: "\n").count == 1)
        // Every command reading reports takes directories; an output file cannot be one.
        let directory = try Self.run(["digest", "corpora/reports/luoyang-2022.txt", "--output", "corpora"])
        #expect(directory.status == 1 && directory.stderr.split(separator: "\n").count == 1)
    }

    @Test("a batch goes on past a bad file, reports it, and exits 1")
    func batchContinues() throws {
        let r = try Self.run(["extract", "corpora/reports/luoyang-2021.txt", "corpora/bad/binary.txt", "corpora/reports/luoyang-2022.txt"])
        #expect(r.status == 1)
        let sources = Set(r.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["source"] as? String
        })
        #expect(sources == ["corpora/reports/luoyang-2021.txt", "corpora/reports/luoyang-2022.txt"])
        #expect(r.stderr.contains("binary.txt"))
        #expect(r.stderr.contains("1 of 3 inputs failed"))
    }

    /// Two separate processes, so that nothing a process keeps (hash seeds, caches, thread
    /// timing with --jobs 2) can make the output differ from run to run.
    @Test("two runs give the same bytes", arguments: [
        ["extract", "corpora/reports", "--jobs", "2", "--format", "json"],
        ["digest", "corpora/reports/zhoushan-2023.txt", "--format", "html"],
        ["audit", "corpora/audit/docs", "--format", "json"],
    ])
    func deterministic(_ arguments: [String]) throws {
        let a = try Self.run(arguments), b = try Self.run(arguments)
        #expect(a.status == 0 && b.status == 0)
        #expect(a.stdout.count > 1000)
        #expect(a.stdout == b.stdout)
    }

    @Test("English messages count in the right number")
    func plurals() throws {
        let one = try Self.run(["extract", "corpora/bad/empty.txt"])
        #expect(one.stderr.contains("1 of 1 input failed") && !one.stderr.contains("inputs"))
        let audit = try Self.run(["audit", "corpora/reports/luoyang-2022.txt"])
        #expect(audit.stdout.hasSuffix("0 findings in 1 document\n"))
    }

    @Test("bad options are rejected with a message")
    func badOptions() throws {
        let r = try Self.run(["extract", "--format", "xml", Self.report])
        #expect(r.status != 0)
        #expect(!r.stderr.isEmpty)
    }
}
