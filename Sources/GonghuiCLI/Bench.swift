import ArgumentParser
import Foundation
import Gonghui

extension GonghuiCommand {
    /// `gonghui bench`: MB/s and peak memory of each stage on a ~20 MB corpus.
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure each stage's throughput (MB/s of input) and peak memory, one thread.",
            discussion: """
            Without --corpus, generates a corpus of about --megabytes MB from the bundled sample \
            reports (30% traditional in Big5, 20% GB18030, the rest UTF-8) into a temporary \
            directory, then times each stage in its own pass. Build with -c release for figures \
            worth quoting.
            """)

        @Option(help: ArgumentHelp("Benchmark these reports (a directory) instead of a generated corpus.", valueName: "dir"))
        var corpus: String?

        @Option(help: "Size of the generated corpus in MB.")
        var megabytes: Int = 20

        @Option(help: ArgumentHelp("Keep the generated corpus in this directory.", valueName: "dir"))
        var keep: String?

        @Option(help: ArgumentHelp("Sample reports to build the corpus from (default: corpora/reports next to the dictionaries).", valueName: "dir"))
        var samples: String?

        @Option(help: ArgumentHelp("Run only this stage (for profiling): \(Benchmark.Stage.allCases.map(\.key).joined(separator: ", ")).", valueName: "stage"))
        var only: String?

        @OptionGroup var input: InputOptions

        func validate() throws {
            guard (1...2048).contains(megabytes) else { throw ValidationError("--megabytes must be between 1 and 2048") }
            if let only, Benchmark.Stage(key: only) == nil {
                throw ValidationError("--only takes one of \(Benchmark.Stage.allCases.map(\.key).joined(separator: ", "))")
            }
        }

        func run() throws {
            #if DEBUG
            Console.warning("this is a debug build; run `swift build -c release` and .build/release/gonghui bench for real figures")
            #endif
            let pipeline = try input.pipeline()
            let baseline = MemoryUsage.residentBytes() ?? 0
            let directory: URL
            var generated = false
            if let corpus {
                directory = URL(fileURLWithPath: corpus)
            } else {
                let samples = self.samples.map { URL(fileURLWithPath: $0) }
                    ?? pipeline.dictionaries.directory.deletingLastPathComponent().appendingPathComponent("corpora/reports")
                directory = keep.map { URL(fileURLWithPath: $0) }
                    ?? FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-bench-\(getpid())")
                let summary = try report { try BenchmarkCorpus.generate(into: directory, from: samples, megabytes: megabytes) }
                generated = keep == nil
                print("generated \(summary.files) reports, \(String(format: "%.1f", Double(summary.bytes) / 1_048_576)) MB (\(summary.traditionalFiles) traditional) in \(directory.path)")
            }
            defer { if generated { try? FileManager.default.removeItem(at: directory) } }
            let files = try report { try ReportFiles.list([directory.path]).files }
            let totalBytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
            print("input: \(files.count) files, \(String(format: "%.1f", Double(totalBytes) / 1_048_576)) MB; dictionaries and tables loaded: \(baseline >> 20) MB resident")
            print("stage                          MB/s   peak RSS")
            let bench = Benchmark(files: files, pipeline: pipeline)
            var seconds: [Benchmark.Stage: Double] = [:]
            let stages = only.flatMap(Benchmark.Stage.init(key:)).map { [$0] } ?? Benchmark.Stage.allCases
            for m in bench.run(stages) {
                seconds[m.stage] = m.seconds
                let peak = m.peakResidentBytes.map { "\($0 >> 20) MB" } ?? "?"
                print(String(format: "%-28@ %7.1f   %@", m.stage.rawValue as NSString, m.megabytesPerSecond, peak as NSString))
            }
            func combined(_ stages: [Benchmark.Stage]) -> Double {
                Double(totalBytes) / 1_048_576 / max(stages.compactMap { seconds[$0] }.reduce(0, +), 1e-9)
            }
            print(String(format: "ingest + normalise + sentences: %.1f MB/s", combined([.ingest, .normalize, .sentences])))
            print(String(format: "segment command (+ words):      %.1f MB/s", combined([.ingest, .normalize, .words])))
            print("peak memory, whole run: \((MemoryUsage.peakResidentBytes() ?? 0) >> 20) MB (input \(totalBytes >> 20) MB)")
        }
    }
}
