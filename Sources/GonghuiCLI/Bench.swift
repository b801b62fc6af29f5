import ArgumentParser
import Foundation
import Gonghui
import GonghuiServer
import GonghuiStore

extension GonghuiCommand {
    /// `gonghui bench`: MB/s and peak memory of each stage on a ~20 MB corpus.
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure each stage's throughput (MB/s of input) and peak memory, one thread.",
            discussion: """
            Without --corpus, generates a corpus of about --megabytes MB from the bundled sample \
            reports (30% traditional in Big5, 20% GB18030, the rest UTF-8) into a temporary \
            directory, then times each stage in its own pass. The bundled reports are much denser \
            in figures than real ones, so their paragraphs are mixed with narrative paragraphs \
            (corpora/narrative) to about --density quantities per 1000 characters: real reports \
            have 0.3 to 13, a full annual report about 7. --figures-only gives the dense worst \
            case. Build with -c release for figures worth quoting.
            """)

        @Option(help: ArgumentHelp("Benchmark these reports (a directory) instead of a generated corpus.", valueName: "dir"))
        var corpus: String?

        @Option(help: "Size of the generated corpus in MB.")
        var megabytes: Int = 20

        @Option(name: .customLong("replicate-to"), help: ArgumentHelp("With --corpus: replicate its reports to this many MB in three shapes (mid-size files, many small files, one large file) and time extract on each, on one thread and on all cores.", valueName: "MB"))
        var replicateTo: Int?

        @Option(help: ArgumentHelp("Keep the generated corpus in this directory.", valueName: "dir"))
        var keep: String?

        @Option(help: ArgumentHelp("Sample reports to build the corpus from (default: corpora/reports next to the dictionaries).", valueName: "dir"))
        var samples: String?

        @Option(help: "Quantities per 1000 characters in the generated corpus.")
        var density: Double = 8

        @Flag(help: "Generate the corpus from figure paragraphs only (the densest case).")
        var figuresOnly = false

        @Flag(help: "Benchmark `gonghui ingest` instead: --documents generated reports into a database, on one core and on all cores.")
        var ingest = false

        @Option(help: "Reports to generate for --ingest and --serve.")
        var documents: Int = 10_000

        @Flag(help: "Benchmark `gonghui serve`: each page rendered from a database of --documents generated reports (or --db), the first time and warm.")
        var serve = false

        @Option(help: ArgumentHelp("With --serve: time the pages over this corpus database instead of a generated one.", valueName: "file"))
        var db: String?

        @Option(help: ArgumentHelp("Run only this stage (for profiling): \(Benchmark.Stage.allCases.map(\.key).joined(separator: ", ")).", valueName: "stage"))
        var only: String?

        @OptionGroup var input: InputOptions

        func validate() throws {
            guard (1...2048).contains(megabytes) else { throw ValidationError("--megabytes must be between 1 and 2048") }
            guard (10...1_000_000).contains(documents) else { throw ValidationError("--documents must be between 10 and 1000000") }
            if let r = replicateTo {
                guard corpus != nil else { throw ValidationError("--replicate-to needs --corpus DIR (the real reports to replicate)") }
                guard (1...4096).contains(r) else { throw ValidationError("--replicate-to must be between 1 and 4096 MB") }
            }
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
            if serve, let db {
                try benchSite(db, dictionaries: pipeline.dictionaries)
                return
            }
            if let replicateTo, let corpus {
                try benchShapes(corpus, megabytes: replicateTo, pipeline: pipeline)
                return
            }
            let directory: URL
            var generated = false
            if let corpus {
                directory = URL(fileURLWithPath: corpus)
            } else {
                directory = keep.map { URL(fileURLWithPath: $0) }
                    ?? FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-bench-\(getpid())")
                try generate(into: directory, pipeline: pipeline)
                generated = keep == nil
            }
            defer { if generated { try? FileManager.default.removeItem(at: directory) } }
            if ingest {
                try benchIngest(directory, dictionaries: pipeline.dictionaries)
                return
            }
            if serve {
                let db = directory.appendingPathComponent("bench-site.sqlite").path
                let store = try report { try Store(path: db) }
                let files = try report { try ReportFiles.list([directory.path]).files }
                let summary = try report { try BatchIngest(store: store, dictionaries: pipeline.dictionaries, limits: input.limits, jobs: ProcessInfo.processInfo.activeProcessorCount).run(files: files) }
                print("ingested \(summary.stored) documents, \(summary.records) records into \(db)")
                try benchSite(db, dictionaries: pipeline.dictionaries)
                return
            }
            let files = try report { try ReportFiles.list([directory.path]).files }

            let totalBytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
            print("input: \(files.count) files, \(String(format: "%.1f", Double(totalBytes) / 1_048_576)) MB; dictionaries and tables loaded: \(baseline >> 20) MB resident")
            print("stage                           MB/s   peak RSS")
            let bench = Benchmark(files: files, pipeline: pipeline)
            var seconds: [Benchmark.Stage: Double] = [:]
            let stages = only.flatMap(Benchmark.Stage.init(key:)).map { [$0] } ?? Benchmark.Stage.allCases
            var notes: [String] = []
            for m in bench.run(stages) {
                seconds[m.stage] = m.seconds
                let peak = m.peakResidentBytes.map { "\($0 >> 20) MB" } ?? "?"
                print(m.stage.rawValue.padding(toLength: 28, withPad: " ", startingAt: 0) + String(format: " %7.1f   ", m.megabytesPerSecond) + peak)
                if m.stage == .quantities {
                    notes.append(String(format: "quantities found: %d (%.1f per 1000 characters)", m.items, Double(m.items) * 1000 / Double(max(m.characters, 1))))
                } else if m.stage == .records || (m.stage == .extract && !stages.contains(.records)) {
                    notes.append("records extracted: \(m.items)")
                }
            }
            if stages.contains(.extract) {
                let cores = ProcessInfo.processInfo.activeProcessorCount
                let m = bench.measureExtract(jobs: cores)
                let peak = m.peakResidentBytes.map { "\($0 >> 20) MB" } ?? "?"
                print("extract, \(cores) threads".padding(toLength: 28, withPad: " ", startingAt: 0) + String(format: " %7.1f   ", m.megabytesPerSecond) + peak)
            }
            notes.forEach { print($0) }
            func combined(_ stages: [Benchmark.Stage]) -> Double {
                Double(totalBytes) / 1_048_576 / max(stages.compactMap { seconds[$0] }.reduce(0, +), 1e-9)
            }
            if [.ingest, .normalize, .sentences].allSatisfy({ seconds[$0] != nil }) {
                print(String(format: "ingest + normalise + sentences: %.1f MB/s", combined([.ingest, .normalize, .sentences])))
            }
            if [.ingest, .normalize, .words].allSatisfy({ seconds[$0] != nil }) {
                print(String(format: "segment command (+ words):      %.1f MB/s", combined([.ingest, .normalize, .words])))
            }
            print("peak memory, whole run: \((MemoryUsage.peakResidentBytes() ?? 0) >> 20) MB (input \(totalBytes >> 20) MB)")
        }

        /// Generates the corpus: figure paragraphs of the bundled reports mixed with narrative
        /// ones to --density quantities per 1000 characters.
        func generate(into directory: URL, pipeline: Pipeline) throws {
            let samples = self.samples.map { URL(fileURLWithPath: $0) }
                ?? pipeline.dictionaries.directory.deletingLastPathComponent().appendingPathComponent("corpora/reports")
            let figures = try report { try BenchmarkCorpus.paragraphs(in: samples) }
            let narrative = figuresOnly ? [] : ((try? BenchmarkCorpus.paragraphs(in: samples.deletingLastPathComponent().appendingPathComponent("narrative"))) ?? [])
            // The share of figure paragraphs that gives the density asked for.
            let counted = figures.reduce((0, 0)) { acc, p in
                (acc.0 + pipeline.quantities.quantities(in: UTF16Text(p)).count, acc.1 + p.unicodeScalars.count)
            }
            let figureDensity = Double(counted.0) * 1000 / Double(max(counted.1, 1))
            // The share of characters that must come from figure paragraphs, turned into a
            // share of paragraphs (narrative paragraphs are longer).
            let chars = min(1, density / max(figureDensity, 1e-9))
            let averageFigure = Double(counted.1) / Double(figures.count)
            let averageNarrative = Double(narrative.reduce(0) { $0 + $1.unicodeScalars.count }) / Double(max(narrative.count, 1))
            let share = narrative.isEmpty ? 1 : chars * averageNarrative / (averageFigure * (1 - chars) + chars * averageNarrative)
            let summary = try report {
                try BenchmarkCorpus.generate(into: directory, figures: figures, narrative: narrative, figureShare: share,
                                             megabytes: ingest || serve ? 4096 : megabytes, documents: ingest || serve ? documents : nil)
            }
            print("generated \(summary.files) reports, \(String(format: "%.1f", Double(summary.bytes) / 1_048_576)) MB (\(summary.traditionalFiles) traditional) in \(directory.path)")
            print(String(format: "figure paragraphs: %.0f%% (they hold %.1f quantities per 1000 characters)", share * 100, figureDensity))
        }

        /// `--corpus DIR --replicate-to MB`: the real reports of DIR in the three shapes, extract
        /// timed on each (one thread, all cores) with its peak memory, against the mid-size shape.
        func benchShapes(_ corpus: String, megabytes: Int, pipeline: Pipeline) throws {
            let files = try report { try ReportFiles.list([corpus]).files }
            var texts: [String] = []
            var quantities = 0, characters = 0
            for path in files {
                guard let source = try? pipeline.ingestor.read(path: path) else { continue }
                texts.append(source.text.string)
                let document = pipeline.normalizer.normalize(source)
                quantities += pipeline.quantities.quantities(in: document.text).count
                characters += document.text.scalarCount
            }
            guard !texts.isEmpty else {
                Console.error("\(corpus): no readable reports to replicate")
                throw ExitCode(1)
            }
            let directory = keep.map { URL(fileURLWithPath: $0) } ?? FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-shapes-\(getpid())")
            defer { if keep == nil { try? FileManager.default.removeItem(at: directory) } }
            let shapes = try BenchmarkShapes.replicate(texts, bytes: megabytes << 20, into: directory)
            // The shapes' 60 MB were just written: flushed now, the kernel's write-back does not
            // share the cores with the timed runs (on two cores it made the small shape 1.7× slower).
            sync()
            print("input: \(texts.count) reports of \(corpus), \(String(format: "%.1f", Double(quantities) * 1000 / Double(max(characters, 1)))) quantities per 1000 characters, replicated to \(megabytes) MB per shape in \(directory.path)")
            let cores = ProcessInfo.processInfo.activeProcessorCount
            print("shape                          files     MB   1 thread MB/s  peak MB   \(cores) threads MB/s  peak MB   time ÷ mid")
            var midSeconds: Double?
            for shape in BenchmarkShapes.Shape.allCases {
                let shapeFiles = shapes[shape] ?? []
                let bench = Benchmark(files: shapeFiles, pipeline: pipeline)
                let one = bench.measureExtract(jobs: 1)
                let all = bench.measureExtract(jobs: cores)
                if shape == .mid { midSeconds = one.seconds }
                let ratio = midSeconds.map { String(format: "%.2f", one.seconds / max($0, 1e-9)) } ?? "-"
                print(shape.rawValue.padding(toLength: 30, withPad: " ", startingAt: 0)
                      + String(format: " %6d %6.1f %15.1f %8d %17.1f %8d   %@", shapeFiles.count, Double(one.bytes) / 1_048_576, one.megabytesPerSecond,
                               (one.peakResidentBytes ?? 0) >> 20, all.megabytesPerSecond, (all.peakResidentBytes ?? 0) >> 20, ratio))
            }
            print("peak memory is the whole process's (dictionaries included); time ÷ mid compares one thread with the mid-size shape")
        }

        /// `--serve`: each page of the web app rendered in-process (no network), the first time
        /// (the audit and digest compute what they keep until the corpus changes) and warm.
        func benchSite(_ db: String, dictionaries: Dictionaries) throws {
            let store = try report { try Store(path: db, readOnly: true) }
            // As `serve` runs it: the audit and digest computed in the background from the start.
            let started = ContinuousClock.now
            let site = CorpusSite(store: store, dictionaries: dictionaries, background: true)
            let pending = site.respond(to: "/digest")
            let facets = try report { try store.facets() }
            let count = try report { try store.documents(Store.DocumentQuery(limit: 1)).total }
            let middle = try report { try store.documents(Store.DocumentQuery(limit: 1, offset: count / 2)).page.first?.id } ?? 1
            func q(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? s }
            let federation = facets.federations.first ?? ""
            let metric = facets.metrics.first ?? ""
            let pages = ["/", "/?page=\(max(1, count / 100))", "/?federation=\(q(federation))", "/?year=\(facets.years.last ?? 2023)", "/documents/\(middle)",
                         "/records", "/records?metric=\(metric)", "/records?q=\(q(String(federation.prefix(2))))",
                         "/compare?metric=\(metric)", "/compare?metric=\(facets.metrics.prefix(3).joined(separator: ","))&by=region",
                         "/compare.xlsx?metric=\(metric)", "/audit", "/digest"]
            print("\(count) documents in \(db)")
            while String(decoding: site.respond(to: "/digest").body, as: UTF8.self).contains("http-equiv=\"refresh\"") {
                Thread.sleep(forTimeInterval: 0.01)
            }
            let computed = ContinuousClock.now - started
            print(String(format: "audit and digest of the whole corpus, computed in the background: %.1f s (meanwhile /digest answers in %d bytes: a page that reloads itself)",
                         Double(computed.components.seconds) + Double(computed.components.attoseconds) / 1e18, pending.body.count))
            print("page                                                  status      KB   first ms   warm ms (median of 5)")
            for page in pages {
                let clock = ContinuousClock()
                var response = SiteResponse(status: 0, contentType: "", body: [])
                let first = clock.measure { response = site.respond(to: page) }
                let warm = (0..<5).map { _ in clock.measure { _ = site.respond(to: page) } }
                func ms(_ d: Duration) -> Double { Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15 }
                let shown = page.removingPercentEncoding ?? page
                print(shown.padding(toLength: 52, withPad: " ", startingAt: 0)
                      + String(format: " %6d %7.1f %10.1f %9.1f", response.status, Double(response.body.count) / 1024, ms(first), ms(warm.sorted()[2])))
            }
            print("peak memory: \((MemoryUsage.peakResidentBytes() ?? 0) >> 20) MB")
        }

        /// `--ingest`: the batch on one core and on all cores, into new databases, with peak memory;
        /// and a tenth of the corpus, to show memory does not grow with it.
        func benchIngest(_ directory: URL, dictionaries: Dictionaries) throws {
            let files = try report { try ReportFiles.list([directory.path]).files }
            let cores = ProcessInfo.processInfo.activeProcessorCount
            print("stage                                MB/s   docs/s   peak RSS")
            var single = 0.0
            for (label, jobs, subset) in [("ingest, 1 thread, \(files.count) docs", 1, files),
                                          ("ingest, \(cores) threads, \(files.count) docs", cores, files),
                                          ("ingest, \(cores) threads, \(files.count / 10) docs", cores, Array(files.prefix(files.count / 10)))] {
                let db = directory.appendingPathComponent("bench-\(jobs)-\(subset.count).sqlite").path
                let store = try report { try Store(path: db) }
                MemoryUsage.resetPeak()
                let summary = try report { try BatchIngest(store: store, dictionaries: dictionaries, limits: input.limits, jobs: jobs).run(files: subset) }
                let mbs = Double(summary.bytes) / 1_048_576 / max(summary.seconds, 1e-9)
                if jobs == 1 { single = mbs }
                let peak = MemoryUsage.peakResidentBytes().map { "\($0 >> 20) MB" } ?? "?"
                print(label.padding(toLength: 34, withPad: " ", startingAt: 0)
                      + String(format: " %7.1f  %7.0f   ", mbs, Double(summary.files) / max(summary.seconds, 1e-9)) + peak
                      + (jobs > 1 && subset.count == files.count ? String(format: "   (%.2f× one thread)", mbs / max(single, 1e-9)) : ""))
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
            }
        }
    }
}
