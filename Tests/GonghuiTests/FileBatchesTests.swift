import Foundation
@testable import Gonghui
import GonghuiTestSupport
import Testing

/// Many files read as batches, stage by stage (`Pipeline.extract(paths:)`): what a user of
/// `extract dir/` relies on is that each file gets the records it gets alone, in the order
/// given, that a bad file is reported at its place without stopping the rest, and that a long
/// file among short ones is still read window by window.
@Suite struct FileBatchesTests {
    /// Every format and encoding of the sample corpus, bad files among them, a long compilation
    /// of the reports, and the reports again.
    static func paths(long: String) -> [String] {
        let reports = ["luoyang-2021.txt", "gbk-press-2023.txt", "education-union-2022.html", "textile-union-2021.docx",
                       "wenku-copy-2020.big5.txt", "training-table-2023.txt"].map { TestSupport.path("corpora/reports/\($0)") }
        let bad = ["empty.txt", "binary.txt", "not-zip.docx"].map { TestSupport.path("corpora/bad/\($0)") }
        return [reports[0], bad[0], reports[1], reports[2]] + [bad[1], long] + reports[3...] + [bad[2], reports[0]]
    }

    /// What became of one file: its records, or its error's message.
    enum Outcome: Equatable {
        case records([MetricRecord])
        case failed(String)
    }

    func alone(_ path: String, _ pipeline: Pipeline) -> Outcome {
        do {
            var records: [MetricRecord] = []
            _ = try pipeline.extract(path: path) { records += $0.records }
            return .records(records)
        } catch { return .failed(error.description) }
    }

    @Test func batchesGiveEachFileWhatItGetsAlone() throws {
        // A compilation longer than a window (the window made short so the test stays quick).
        let names = try FileManager.default.contentsOfDirectory(atPath: TestSupport.path("corpora/reports")).filter { $0.hasSuffix(".txt") }.sorted()
        let text = names.compactMap { try? String(contentsOfFile: TestSupport.path("corpora/reports/\($0)"), encoding: .utf8) }.joined(separator: "\n\n")
        let long = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-batch-\(getpid()).txt").path
        try text.write(toFile: long, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: long) }
        let paths = Self.paths(long: long)

        let pipeline = TestSupport.pipeline()
        pipeline.normalizer.windowLimit = 4096
        let expected = paths.map { alone($0, pipeline) }
        #expect(expected.filter { if case .failed = $0 { true } else { false } }.count == 3)
        guard case .records(let longRecords) = expected[5] else { Issue.record("the long file was not read"); return }
        #expect(longRecords.count >= 100)

        var records: [Int: [MetricRecord]] = [:]
        var outcomes: [(Int, Outcome)] = []
        pipeline.extract(paths: paths, each: { k, e in
            // A file's records come before its outcome, and after the previous file's outcome.
            #expect(outcomes.last.map { $0.0 == k - 1 } ?? (k == 0))
            records[k, default: []] += e.records
        }, finished: { k, outcome in
            switch outcome {
            case .success: outcomes.append((k, .records(records[k] ?? [])))
            case .failure(let error): outcomes.append((k, .failed(error.description)))
            }
        })
        #expect(outcomes.map(\.0) == Array(paths.indices))
        for (k, outcome) in outcomes {
            #expect(outcome == expected[k], "\(paths[k])")
        }
    }

    @Test(arguments: [(0, 1), (1, 1), (5, 1), (236, 1), (236, 2), (18_219, 1), (18_219, 2), (100_000, 2)])
    func runsCoverEveryFileOnceAndKeepThreadsBusy(_ count: Int, _ jobs: Int) {
        let runs = Pipeline.fileRuns(count: count, jobs: jobs)
        #expect(runs.flatMap { Array($0) } == Array(0..<count))
        #expect(runs.allSatisfy { $0.count <= Pipeline.runFiles })
        // Enough runs that no thread waits long for the last one.
        #expect(runs.count >= min(count, 16 * jobs))
    }
}
