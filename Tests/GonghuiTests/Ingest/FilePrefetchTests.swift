import Foundation
@testable import Gonghui
import Testing

/// The read-ahead of a batch (`FilePrefetch`): what a user relies on is that it never gets in
/// the way — it stays within its window, leaves alone what is not a regular file (a FIFO must
/// not be opened), and ends when the batch ends or gives up. That it changes no record is
/// `FileBatchesTests`' concern: every batch goes through it.
@Suite struct FilePrefetchTests {
    /// A directory of `count` small files, and their paths.
    static func files(_ count: Int, in name: String) throws -> (String, [String]) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-prefetch-\(name)-\(getpid())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let paths = (0..<count).map { "\(dir)/\($0).txt" }
        for p in paths { try "总工会".write(toFile: p, atomically: false, encoding: .utf8) }
        return (dir, paths)
    }

    /// Waits up to five seconds for `asked` to reach `n`.
    static func awaitAsked(_ prefetch: FilePrefetch, _ n: Int) -> Int {
        let deadline = Date().addingTimeInterval(5)
        while prefetch.asked < n && Date() < deadline { usleep(1000) }
        return prefetch.asked
    }

    @Test func staysWithinItsWindowAndEndsPastTheLastFile() throws {
        let (dir, paths) = try Self.files(20, in: "window")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let prefetch = try #require(FilePrefetch(paths: paths, window: 5))
        #expect(Self.awaitAsked(prefetch, 5) == 5)
        usleep(50_000)
        #expect(prefetch.asked == 5)
        // Files the pipeline has reached are not asked for: 11…15 are.
        prefetch.reached(10)
        #expect(Self.awaitAsked(prefetch, 10) == 10)
        usleep(50_000)
        // The pipeline ahead of it: it skips to where the pipeline is, and ends.
        prefetch.reached(19)
        #expect(prefetch.ended.wait(timeout: .now() + 5) == .success)
        #expect(prefetch.asked == 10)
    }

    @Test func asksOnlyForRegularFiles() throws {
        let (dir, paths) = try Self.files(2, in: "kinds")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fifo = "\(dir)/fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        let list = [paths[0], fifo, dir, "\(dir)/missing.txt", "/dev/null", "-", paths[1]]
        let prefetch = try #require(FilePrefetch(paths: list))
        // (Opening the FIFO without a writer would block the thread: it would never end.)
        #expect(prefetch.ended.wait(timeout: .now() + 5) == .success)
        #expect(prefetch.asked == 1)
    }

    @Test func endsWhenStopped() throws {
        let (dir, paths) = try Self.files(50, in: "stop")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let prefetch = try #require(FilePrefetch(paths: paths, window: 2))
        _ = Self.awaitAsked(prefetch, 2)
        prefetch.stop()
        #expect(prefetch.ended.wait(timeout: .now() + 5) == .success)
        #expect(prefetch.asked == 2)
    }

    @Test func nothingToOverlapForOneFile() {
        #expect(FilePrefetch(paths: ["a.txt"]) == nil)
        #expect(FilePrefetch(paths: []) == nil)
    }
}
