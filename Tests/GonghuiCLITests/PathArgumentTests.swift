import Foundation
import GonghuiTestSupport
import Testing

/// Many files: a shell glob of thousands of paths, a list of paths in a file or on standard
/// input; the paths are read in the order given, and options among them still count.
struct PathArgumentTests {
    static let reports = ["corpora/reports/luoyang-2021.txt", "corpora/reports/luoyang-2022.txt", "corpora/reports/mianyang-2021.txt"]

    static func sources(_ stdout: String) -> [String] {
        var seen: [String] = []
        for line in stdout.split(separator: "\n") {
            guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let s = o["source"] as? String else { continue }
            if seen.last != s { seen.append(s) }
        }
        return seen
    }

    @Test("a long list of paths is read in order, with options before, among and after them")
    func bulkArguments() throws {
        // 100 paths: past the point where they are taken off the command line.
        let paths = (0..<100).map { Self.reports[$0 % 3] }
        let r = try TestSupport.run(["extract", "--jobs", "1"] + paths[..<50] + ["--format", "jsonl"] + paths[50...])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").count
        let one = try TestSupport.run(["extract"] + Self.reports)
        // Each report's records, once per time it was named.
        #expect(lines == Self.count(one.stdout, paths))
        #expect(Self.sources(r.stdout).first == Self.reports[0])
    }

    static func count(_ stdout: String, _ paths: [String]) -> Int {
        var perFile: [String: Int] = [:]
        for line in stdout.split(separator: "\n") {
            guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let s = o["source"] as? String else { continue }
            perFile[s, default: 0] += 1
        }
        return paths.reduce(0) { $0 + (perFile[$1] ?? 0) }
    }

    @Test("--files-from reads paths from a file and from standard input")
    func filesFrom() throws {
        let list = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-list-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: list) }
        try (Self.reports.joined(separator: "\n") + "\n\n").write(to: list, atomically: true, encoding: .utf8)
        let fromFile = try TestSupport.run(["extract", "--jobs", "1", "--files-from", list.path])
        let named = try TestSupport.run(["extract", "--jobs", "1"] + Self.reports)
        #expect(fromFile.status == 0 && !fromFile.stdout.isEmpty)
        #expect(fromFile.stdout == named.stdout)
        let fromStdin = try TestSupport.run(["extract", "--jobs", "1", "--files-from", "-"], stdin: Data(Self.reports.joined(separator: "\n").utf8))
        #expect(fromStdin.stdout == named.stdout)
        let missing = try TestSupport.run(["extract", "--files-from", "no/such/list.txt"])
        #expect(missing.status == 1 && missing.stderr.split(separator: "\n").count == 1)
    }

    @Test("the options that take a value are the ones the commands declare")
    func valueOptions() throws {
        var declared = Set<String>()
        for command in ["extract", "ingest", "audit", "normalize", "segment", "quantities", "digest"] {
            let r = try TestSupport.run([command, "--experimental-dump-help"])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            let arguments = try #require((json["command"] as? [String: Any])?["arguments"] as? [[String: Any]])
            for a in arguments where a["kind"] as? String == "option" {
                for n in a["names"] as? [[String: Any]] ?? [] where n["kind"] as? String == "long" {
                    declared.insert("--" + (n["name"] as? String ?? ""))
                }
            }
        }
        // Kept in step by hand in Sources/GonghuiCLI/PathArguments.swift.
        let listed: Set<String> = ["--format", "--output", "--jobs", "--encoding", "--dictionaries", "--max-size", "--db", "--files-from", "--federation", "--years", "--lang"]
        #expect(declared == listed)
    }
}
