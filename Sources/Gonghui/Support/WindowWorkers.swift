import Foundation

/// The windows of one long document, their records found on several threads.
///
/// Structure is read window by window in order, on the caller's thread (a window goes on with
/// the union body the previous one ended with); sentences, quantities and records — four
/// fifths of the time — are found for a batch of windows at once, one pipeline per thread
/// (pipelines hold ICU iterators), and handed back in order. A batch is twice the threads, so
/// memory stays at a few windows.
final class WindowWorkers: @unchecked Sendable {
    struct Window: Sendable {
        var document: Document
        var structure: DocumentStructure
        /// Where the window starts in the whole text, in scalars.
        var offset: Int
    }

    /// The caller's pipeline and one more per extra thread, built once per document.
    private let pipelines: [Pipeline]
    private let lock = NSLock()
    private var handedOut = 0
    let batch: Int

    init(_ pipeline: Pipeline, jobs: Int) {
        var pipelines = [pipeline]
        for _ in 1..<jobs {
            guard let p = try? Pipeline(dictionaries: pipeline.dictionaries, limits: pipeline.ingestor.limits) else { break }
            p.normalizer = pipeline.normalizer
            pipelines.append(p)
        }
        self.pipelines = pipelines
        batch = 2 * pipelines.count
    }

    /// The records of `windows`, found on the threads and handed to `each` in order. The
    /// caller's pipeline is one of the workers: the caller waits here until all are done.
    func records(_ windows: [Window], _ each: (Extraction) -> Void) {
        lock.withLock { handedOut = 0 }
        OrderedParallel.run(count: windows.count, jobs: pipelines.count, makeState: { [self] in
            lock.withLock {
                defer { handedOut += 1 }
                return handedOut < pipelines.count ? pipelines[handedOut] : nil
            }
        }, work: { p, k in
            var e = p.windowRecords(windows[k].document, structure: windows[k].structure, explain: nil)
            e.shift(by: windows[k].offset)
            return e
        }, consume: { _, e in each(e) })
    }
}
