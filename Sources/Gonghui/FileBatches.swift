/// Many short files read as a batch: every file of the batch through one stage, then every
/// file through the next.
///
/// Each stage walks its own tables (place names, cue automata, the quantity lexicon …), and
/// together they are larger than the processor's caches. A file of 1.5 KB read through all the
/// stages before the next one is opened brings every table back from memory for a few hundred
/// characters: measured on 18,219 such files (20 MB of real reports), one thread took 3.7 s
/// against 2.7 s for the same text as 86 KB files. Read stage by stage over batches of a few
/// hundred files, it took 3.0 s. The records are the same: every stage reads one document
/// at a time, whatever else is in the batch.
///
/// A batch holds at most one window's worth of text (`TextWindows.limit`) and at most
/// `batchFiles` files, so memory does not grow with the number of files; a file longer than a
/// window is read on its own, window by window, as `extract(path:)` reads it.
extension Pipeline {
    /// What became of one file of a batch: its reader's warnings, or why it could not be read.
    public typealias FileOutcome = Result<[IngestWarning], GonghuiError>

    /// Most files a batch holds, however short (their records wait until the batch is read).
    public static let batchFiles = 512

    /// Most files of a run that one of several threads reads (`fileRuns`): a run's records wait
    /// until every earlier run is written, and a few runs a thread are in flight.
    public static let runFiles = 16

    /// Reads `paths` in batches and hands over, in the order given, each file's records
    /// (`each`, window by window for a long file: records of a file always come before its
    /// outcome) and then its outcome (`finished`). A long file's windows are read on `jobs`
    /// threads. `explain` is told which file (its index) a decision belongs to. `readAhead`
    /// looks up the next files while one is read (`FilePrefetch`): off when the caller reads
    /// ahead over a longer list itself.
    public func extract(paths: [String], jobs: Int = 1, readAhead: Bool = true, explain: ((Int, DecisionNote) -> Void)? = nil,
                        each: (Int, Extraction) -> Void, finished: (Int, FileOutcome) -> Void) {
        var pending: [(index: Int, source: SourceText)] = []
        var units = 0
        func note(_ k: Int) -> ((DecisionNote) -> Void)? { explain.map { explain in { explain(k, $0) } } }
        func flush() {
            guard !pending.isEmpty else { return }
            let documents = pending.map { normalizer.normalize($0.source) }
            let structures = documents.map { structure.structure(of: $0) }
            let sentences = documents.map { segmenter.sentences($0.text) }
            let found = documents.map { quantities.quantities(in: $0.text) }
            for (i, (k, _)) in pending.enumerated() {
                each(k, records.extraction(of: documents[i], structure: structures[i], sentences: sentences[i],
                                           quantities: found[i], explain: note(k)))
                finished(k, .success(documents[i].warnings))
            }
            pending = []
            units = 0
        }
        let prefetch = readAhead ? FilePrefetch(paths: paths) : nil
        defer { prefetch?.stop() }
        for (k, path) in paths.enumerated() {
            prefetch?.reached(k)
            let source: SourceText
            do throws(GonghuiError) { source = try ingestor.read(path: path) } catch {
                flush()
                finished(k, .failure(error))
                continue
            }
            let cuts = source.text.units.withUnsafeBufferPointer { TextWindows.cuts($0, limit: normalizer.windowLimit) }
            if cuts.count > 1 {
                flush()
                extract(source, cuts: cuts, jobs: jobs, explain: note(k)) { each(k, $0) }
                finished(k, .success(source.warnings))
                continue
            }
            if units + source.text.units.count > normalizer.windowLimit || pending.count == Self.batchFiles { flush() }
            pending.append((k, source))
            units += source.text.units.count
        }
        flush()
    }

    /// Consecutive runs of `count` files for `jobs` threads: long enough to be read as batches,
    /// short enough that the threads finish together (about sixteen runs a thread, at most
    /// `runFiles` files a run).
    public static func fileRuns(count: Int, jobs: Int) -> [Range<Int>] {
        let size = min(max(1, count / max(1, 16 * jobs)), runFiles)
        return stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }
}
