import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Asks the kernel for the next files of a batch while the pipeline works on the current one.
///
/// A batch of thousands of small files that are not in the page cache (the first pass after
/// other work) otherwise waits for each file's look-up and disk read in line with the work:
/// on 18,000 files of 1 KB that was a third of the run. A background thread stays up to
/// `window` files (and `byteWindow` bytes) ahead: it looks each one up, and for a regular file
/// asks for its pages (`posix_fadvise` WILLNEED) without reading them itself. The pipeline
/// still reads every file as before, so a file that changes, vanishes or cannot be opened
/// meanwhile is reported by that read; the thread only makes it quicker.
public final class FilePrefetch: @unchecked Sendable {
    private let paths: [String]
    private let window: Int
    private let byteWindow: Int
    private let condition = NSCondition()
    /// The file the pipeline has reached.
    private var reachedIndex = 0
    private var stopped = false
    /// The file whose reaching wakes the waiting thread: not every file, or the pipeline would
    /// pay for a wake-up (a system call) a file.
    private var wakeAt = 0
    private var askedCount = 0
    /// Signalled when the thread ends: past the last file, or stopped.
    let ended = DispatchSemaphore(value: 0)

    /// How many files it has asked the kernel for so far.
    var asked: Int {
        condition.lock()
        defer { condition.unlock() }
        return askedCount
    }

    /// How many files the thread keeps ahead of the pipeline: more than a batch (the pipeline
    /// reads a batch's files one after another, then works on them), so that the next batch's
    /// files are looked up while this one is worked on.
    public static let defaultWindow = 2 * Pipeline.batchFiles

    /// How many bytes of files asked for and not yet read it allows: the pages must still be
    /// cached when they are read, and a batch of large files needs no help.
    public static let defaultByteWindow = 64 << 20

    /// Nil for fewer than two files: nothing to overlap.
    public init?(paths: [String], window: Int = FilePrefetch.defaultWindow, byteWindow: Int = FilePrefetch.defaultByteWindow) {
        guard paths.count > 1 else { return nil }
        self.paths = paths
        self.window = max(1, window)
        self.byteWindow = max(1, byteWindow)
        let thread = Thread { [self] in run() }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// The pipeline is about to read file `k` (threads taking runs in order may tell it a
    /// little out of order: the furthest counts).
    public func reached(_ k: Int) {
        condition.lock()
        reachedIndex = max(reachedIndex, k)
        if k >= wakeAt { condition.signal() }
        condition.unlock()
    }

    /// The pipeline is done (or gave up): the thread ends.
    public func stop() {
        condition.lock()
        stopped = true
        condition.signal()
        condition.unlock()
    }

    private func run() {
        defer { ended.signal() }
        // File 0 is being read by the pipeline as the thread starts.
        var next = 1
        // Files asked for that the pipeline has not reached, with their sizes, from `head` on.
        var ahead: [(index: Int, bytes: Int)] = []
        var head = 0, aheadBytes = 0
        while next < paths.count {
            condition.lock()
            while !stopped {
                while head < ahead.count && ahead[head].index <= reachedIndex {
                    aheadBytes -= ahead[head].bytes
                    head += 1
                }
                if next <= reachedIndex + window && aheadBytes < byteWindow { break }
                // Woken once there is room for a quarter of the window again.
                let pending = ahead.count - head
                wakeAt = aheadBytes >= byteWindow && pending > 0 ? ahead[head + (pending - 1) / 4].index
                    : next - window + max(1, window / 4) - 1
                condition.wait()
            }
            let done = stopped
            // Behind the pipeline: skip to where it is.
            next = max(next, reachedIndex + 1)
            condition.unlock()
            if done { return }
            if head > window {
                ahead.removeFirst(head)
                head = 0
            }
            if next < paths.count, let bytes = Self.warm(paths[next]) {
                ahead.append((next, bytes))
                aheadBytes += bytes
                condition.lock()
                askedCount += 1
                condition.unlock()
            }
            next += 1
        }
    }

    /// Looks `path` up and asks for its pages, returning how many bytes; not standard input, not
    /// anything but a regular file (opening a device or a FIFO may have effects of its own).
    private static func warm(_ path: String) -> Int? {
        guard path != "-" else { return nil }
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0 else { return nil }
        let fd = Ingestor.openForReading(path)
        guard fd >= 0 else { return nil }
        _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_WILLNEED))
        close(fd)
        return Int(st.st_size)
    }
}
