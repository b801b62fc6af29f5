import Foundation
import Gonghui

/// Ingests many files into a Store on several threads, one Pipeline per thread.
///
/// A file whose content is already stored under its path is skipped before any work (by its
/// SHA-256); a changed file replaces its old records; a bad file is noted and the batch goes
/// on. Each worker holds one document at a time, so memory does not grow with the corpus.
public final class BatchIngest: @unchecked Sendable {
    public enum Outcome: Sendable, Equatable {
        case stored(records: Int)
        case unchanged
        case duplicate(of: String)
        case failed(reason: String)
    }

    /// Where a run stands, for progress displays.
    public struct Progress: Sendable {
        public var done: Int
        public var total: Int
        public var bytes: Int
        public var seconds: Double
        public var failures: Int
        public var megabytesPerSecond: Double { Double(bytes) / 1_048_576 / max(seconds, 1e-9) }
        /// Seconds left at the current rate, once there is a rate.
        public var eta: Double? { done == 0 ? nil : seconds / Double(done) * Double(total - done) }
    }

    public struct Summary: Sendable {
        public var files = 0
        public var stored = 0
        public var unchanged = 0
        public var duplicates: [(path: String, of: String)] = []
        public var failures: [(path: String, reason: String)] = []
        public var records = 0
        public var bytes = 0
        public var seconds = 0.0
        /// Stopped before the end (Ctrl-C): the files not reached are not in the database.
        public var interrupted = false
        /// Why the batch stopped by itself (the disk is full), if it did.
        public var stoppedBecause: String?
    }

    let store: Store
    let dictionaries: Dictionaries
    let limits: IngestLimits
    let encoding: String?
    let keepsBoilerplate: Bool
    let ocr: Bool
    let jobs: Int

    /// Set from any thread (a signal handler) to stop after the documents in hand.
    private let lock = NSLock()
    private var stopRequested = false
    private var stopReason: String?

    public init(store: Store, dictionaries: Dictionaries, limits: IngestLimits = .standard, encoding: String? = nil,
                keepsBoilerplate: Bool = false, ocr: Bool = false, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.keepsBoilerplate = keepsBoilerplate
        self.ocr = ocr
        self.store = store
        self.dictionaries = dictionaries
        self.limits = limits
        self.encoding = encoding
        self.jobs = max(1, jobs)
    }

    /// Asks the workers to stop after the document each is on.
    public func stop() {
        lock.lock()
        stopRequested = true
        lock.unlock()
    }

    var stopping: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopRequested
    }

    /// Ingests `files`; `progress` is called about five times a second, `each` after every file
    /// (both on the calling thread).
    public func run(files: [String], progress: (Progress) -> Void = { _ in },
                    each: (String, Outcome) -> Void = { _, _ in }) throws(GonghuiError) -> Summary {
        try store.saveMetrics(dictionaries.metrics)
        let state = SharedState(total: files.count)
        let startedAt = StoredDocument.now()
        let start = DispatchTime.now().uptimeNanoseconds
        // Workers read and extract; with several of them, one writer commits, so that no
        // worker waits for the database (a bounded queue between them keeps memory flat). One
        // job is one thread, which writes itself.
        let writes = WriteQueue(capacity: 16 * jobs)
        let inline = jobs == 1
        let group = DispatchGroup()
        let workers = DispatchGroup()
        for _ in 0..<min(jobs, max(files.count, 1)) {
            group.enter()
            workers.enter()
            let thread = Thread { [self] in
                defer { group.leave(); workers.leave() }
                let pipeline: Pipeline
                do {
                    pipeline = try Pipeline(dictionaries: dictionaries, limits: limits, encoding: encoding)
                    pipeline.normalizer.keepsBoilerplate = keepsBoilerplate
                    pipeline.ingestor.ocr = ocr
                } catch {
                    FileHandle.standardError.write(Data("gonghui: a worker could not start: \(error)\n".utf8))
                    return
                }

                while !stopping, let k = state.next() {
                    let path = files[k]
                    switch prepare(path, pipeline: pipeline, at: startedAt) {
                    case .done(let outcome, let bytes): state.finish(path: path, outcome: outcome, bytes: bytes)
                    case .write(let document, let bytes):
                        let p = Pending(document: document, bytes: bytes)
                        if inline { state.finish(path: path, outcome: write(p), bytes: bytes) } else { writes.push(p) }
                    }
                }
            }
            thread.stackSize = 8 << 20
            thread.name = "gonghui-worker"
            thread.start()
        }
        group.enter()
        let writer = Thread { [self] in
            defer { group.leave() }
            while let p = writes.pop() {
                state.finish(path: p.document.sourcePath, outcome: write(p), bytes: p.bytes)
            }
        }
        writer.name = "gonghui-writer"
        writer.start()
        DispatchQueue.global().async {
            workers.wait()
            writes.close()
        }
        var summary = Summary()
        summary.files = files.count
        func drain() {
            for (path, outcome) in state.takeFinished() {
                switch outcome {
                case .stored(let n): summary.stored += 1; summary.records += n
                case .unchanged: summary.unchanged += 1
                case .duplicate(let of): summary.duplicates.append((path, of))
                case .failed(let reason): summary.failures.append((path, reason))
                }
                each(path, outcome)
            }
        }
        while group.wait(timeout: .now() + 0.2) == .timedOut {
            drain()
            let s = state.snapshot()
            progress(Progress(done: s.done, total: files.count, bytes: s.bytes,
                              seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, failures: summary.failures.count))
        }
        drain()
        try? store.checkpoint()
        let s = state.snapshot()
        summary.bytes = s.bytes
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        summary.interrupted = s.done < files.count
        lock.lock()
        summary.stoppedBecause = stopReason
        lock.unlock()
        progress(Progress(done: s.done, total: files.count, bytes: s.bytes, seconds: summary.seconds, failures: summary.failures.count))
        summary.failures.sort { $0.path < $1.path }
        return summary
    }

    /// One document's transaction.
    func write(_ p: Pending) -> Outcome {
        do {
            switch try store.save(p.document) {
            case .stored: return .stored(records: p.document.recordCount)
            case .duplicate(let other): return .duplicate(of: other)
            }
        } catch {
            // A full disk fails every file after it: stop, keep what is stored, say so.
            if error.code == .diskFull {
                stop()
                lock.lock()
                stopReason = error.description
                lock.unlock()
            } else {
                try? store.recordFailure(path: p.document.sourcePath, reason: error.description)
            }
            return .failed(reason: error.description)
        }
    }

    enum Prepared {
        case done(Outcome, Int)
        case write(Store.Prepared, Int)
    }

    /// One file, up to its write: read, skip if stored, else normalise and extract.
    func prepare(_ path: String, pipeline: Pipeline, at time: String) -> Prepared {
        var bytes = 0
        do {
            let data = try pipeline.ingestor.readBytes(path)
            bytes = data.count
            let hash = SHA256.hex(of: data)
            if try store.storedHash(forPath: path) == hash { return .done(.unchanged, bytes) }
            if let other = try store.storedPath(forContent: hash), other < path {
                // What this path held before, if anything, is gone from it.
                try store.remove(path: path)
                return .done(.duplicate(of: other), bytes)
            }
            let document = try pipeline.document(bytes: data, path: path)
            let extraction = pipeline.extraction(of: document)
            return .write(Store.Prepared(StoredDocument(document: document, extraction: extraction, ingestedAt: time), records: extraction.records), bytes)
        } catch {
            try? store.recordFailure(path: path, reason: error.description)
            return .done(.failed(reason: error.description), bytes)
        }
    }
}

/// A document ready to be written.
struct Pending: @unchecked Sendable {
    var document: Store.Prepared
    var bytes: Int
}

/// A bounded queue from the workers to the writer.
final class WriteQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Pending] = []
    private var closed = false
    let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    func push(_ p: Pending) {
        condition.lock()
        while items.count >= capacity { condition.wait() }
        items.append(p)
        condition.broadcast()
        condition.unlock()
    }

    /// The next item, or nil once closed and empty.
    func pop() -> Pending? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !closed { condition.wait() }
        guard !items.isEmpty else { return nil }
        let p = items.removeFirst()
        condition.broadcast()
        return p
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}

/// The workers' shared counters and finished list, behind one lock.
private final class SharedState: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private var done = 0
    private var bytes = 0
    private var finished: [(String, BatchIngest.Outcome)] = []
    let total: Int

    init(total: Int) { self.total = total }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < total else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    func finish(path: String, outcome: BatchIngest.Outcome, bytes: Int) {
        lock.lock()
        done += 1
        self.bytes += bytes
        finished.append((path, outcome))
        lock.unlock()
    }

    func takeFinished() -> [(String, BatchIngest.Outcome)] {
        lock.lock()
        defer { lock.unlock() }
        let out = finished
        finished.removeAll()
        return out
    }

    func snapshot() -> (done: Int, bytes: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (done, bytes)
    }
}
