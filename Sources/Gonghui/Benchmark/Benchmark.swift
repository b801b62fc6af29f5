import CSupport
import Foundation

/// Measures each stage's throughput and memory over a directory of reports, one thread.
///
/// Each stage is timed in its own pass over the corpus (the stages before it run again
/// untimed), with the process's peak resident memory reset before the pass, so that every
/// figure belongs to one stage. Files are read one at a time: memory does not grow with the
/// corpus.
public struct Benchmark {
    public enum Stage: String, CaseIterable, Sendable {
        case ingest = "ingest (read + decode)"
        case normalize = "normalise"
        case sentences = "sentences"
        case words = "words (ICU + lexicon)"
        case quantities = "quantities"
        case records = "records"
        case extract = "extract (end to end)"

        /// A short name for command lines: ingest, normalise, sentences, words, quantities,
        /// records, extract.
        public var key: String { rawValue.split(separator: " ").first.map(String.init) ?? rawValue }

        public init?(key: String) {
            guard let s = Stage.allCases.first(where: { $0.key == key }) else { return nil }
            self = s
        }
    }

    public struct Measurement: Sendable {
        public var stage: Stage
        public var seconds: Double
        public var bytes: Int
        public var peakResidentBytes: Int?
        /// What the stage produced (quantities, records), and the normalised characters it read.
        public var items = 0
        public var characters = 0
        public var megabytesPerSecond: Double { Double(bytes) / 1_048_576 / max(seconds, 1e-9) }
    }

    public let files: [String]
    public let pipeline: Pipeline

    public init(files: [String], pipeline: Pipeline) {
        self.files = files
        self.pipeline = pipeline
    }

    /// Runs the stages; `progress` is told when each one finishes.
    public func run(_ stages: [Stage] = Stage.allCases, progress: (Measurement) -> Void = { _ in }) -> [Measurement] {
        warmUp()
        var out: [Measurement] = []
        for stage in stages {
            let m = measure(stage)
            out.append(m)
            progress(m)
        }
        return out
    }

    /// Runs a few files through every stage untimed, so tables built on first use (character
    /// conversion, legacy-encoding tables) count as start-up, not as throughput.
    func warmUp() {
        var kinds = Set<String>()
        var runs = 0
        for path in files where runs < 12 {
            let kind = (path as NSString).pathExtension + (path.contains("big5") ? "b" : "")
            guard kinds.insert(kind).inserted || runs < 8, let document = try? pipeline.document(at: path) else { continue }
            runs += 1
            _ = pipeline.segmenter.segment(document.text)
            _ = pipeline.extractRecords(from: document)
        }
    }

    /// `gonghui extract` over the corpus on `jobs` threads (files read at once, results in
    /// order): the wall-clock throughput a user sees on this machine.
    public func measureExtract(jobs: Int) -> Measurement {
        MemoryUsage.resetPeak()
        let dictionaries = pipeline.dictionaries, limits = pipeline.ingestor.limits, files = self.files
        // Sizes before the clock starts: what extract reads, not what it is measured by.
        let sizes = files.map { (try? pipeline.ingestor.checkedSize($0)) ?? 0 }
        var bytes = 0, items = 0
        let start = DispatchTime.now().uptimeNanoseconds
        if files.count == 1 {
            // One file alone: its windows on all the threads, as `extract` reads it.
            if (try? pipeline.extract(path: files[0], jobs: jobs) { items += $0.records.count }) != nil { bytes += sizes[0] }
        } else {
            // As `extract` reads many files: runs of them, each read as batches.
            let runs = Pipeline.fileRuns(count: files.count, jobs: jobs)
            OrderedParallel.run(count: runs.count, jobs: min(jobs, runs.count), makeState: { try? Pipeline(dictionaries: dictionaries, limits: limits) },
                                work: { p, r -> (bytes: Int, records: Int) in
                var read = 0, records = 0
                p.extract(paths: Array(files[runs[r]]), each: { _, e in records += e.records.count }, finished: { k, outcome in
                    if case .success = outcome { read += sizes[runs[r].lowerBound + k] }
                })
                return (read, records)
            }, consume: { _, r in
                bytes += r.bytes
                items += r.records
            })
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Measurement(stage: .extract, seconds: seconds, bytes: bytes, peakResidentBytes: MemoryUsage.peakResidentBytes(), items: items)
    }

    func measure(_ stage: Stage) -> Measurement {
        MemoryUsage.resetPeak()
        var seconds = 0.0
        var bytes = 0
        var items = 0, characters = 0
        for path in files {
            guard let data = try? pipeline.ingestor.readBytes(path) else { continue }
            bytes += data.count
            let t0 = DispatchTime.now().uptimeNanoseconds
            guard let source = try? pipeline.ingestor.read(bytes: data, path: path) else { continue }
            let t1 = DispatchTime.now().uptimeNanoseconds
            if stage == .ingest { seconds += Double(t1 - t0) / 1e9; continue }
            let document = pipeline.normalizer.normalize(source)
            let t2 = DispatchTime.now().uptimeNanoseconds
            if stage == .normalize { seconds += Double(t2 - t1) / 1e9; continue }
            if stage == .sentences {
                let t = DispatchTime.now().uptimeNanoseconds
                _ = pipeline.segmenter.sentences(document.text)
                seconds += Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9
                continue
            }
            if stage == .words {
                let t = DispatchTime.now().uptimeNanoseconds
                _ = pipeline.segmenter.segment(document.text)
                seconds += Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9
                continue
            }
            characters += document.text.scalarCount
            if stage == .extract {
                items += pipeline.extractRecords(from: document).count
                seconds += Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
                continue
            }
            let t3 = DispatchTime.now().uptimeNanoseconds
            let found = pipeline.quantities.quantities(in: document.text)
            let t4 = DispatchTime.now().uptimeNanoseconds
            if stage == .quantities { seconds += Double(t4 - t3) / 1e9; items += found.count; continue }
            let sentences = pipeline.segmenter.sentences(document.text)
            let t5 = DispatchTime.now().uptimeNanoseconds
            // The records stage includes reading the document's structure.
            let structure = pipeline.structure.structure(of: document)
            items += pipeline.records.records(in: document, structure: structure, sentences: sentences, quantities: found).count
            seconds += Double(DispatchTime.now().uptimeNanoseconds - t5) / 1e9
        }
        return Measurement(stage: stage, seconds: seconds, bytes: bytes, peakResidentBytes: MemoryUsage.peakResidentBytes(),
                           items: items, characters: characters)
    }
}

/// The process's resident memory, from /proc (Linux).
public enum MemoryUsage {
    /// Peak resident set size (VmHWM) in bytes.
    public static func peakResidentBytes() -> Int? { statusField("VmHWM:") }

    /// Current resident set size (VmRSS) in bytes.
    public static func residentBytes() -> Int? { statusField("VmRSS:") }

    /// Resets the peak to the current size (writes 5 to /proc/self/clear_refs), after handing
    /// back to the system what earlier measurements freed (malloc keeps a thread's freed memory
    /// in its arena, which would count towards the next measurement's peak).
    public static func resetPeak() {
        gh_release_free_memory()
        if let h = FileHandle(forWritingAtPath: "/proc/self/clear_refs") {
            h.write(Data("5".utf8))
            try? h.close()
        }
    }

    private static func statusField(_ name: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name) {
            let digits = line.dropFirst(name.count).trimmingCharacters(in: .whitespaces).split(separator: " ").first
            return digits.flatMap { Int($0) }.map { $0 * 1024 }
        }
        return nil
    }
}
