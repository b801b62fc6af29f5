import ArgumentParser
import Dispatch
import Foundation
import Gonghui
import GonghuiStore

extension GonghuiCommand {
    /// `gonghui ingest PATH... [--db FILE]`: a batch of reports into the corpus database.
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ingest reports (files and directories) into a corpus database, on all cores.",
            discussion: """
            Every file is read, normalised and its records extracted; the document (with its \
            normalised text) and its records are stored in one transaction. A file whose content \
            is already stored is skipped; a changed file replaces its old records; identical files \
            are stored once. Interrupt at any moment (Ctrl-C, or even kill -9) and run again: the \
            database ends as one uninterrupted run leaves it. Bad files are listed at the end and \
            make the exit status 1. On a terminal a progress bar shows files done, MB/s, time \
            left and failures; otherwise one line per file.
            """)

        @Argument(help: ArgumentHelp("Reports to ingest: files, or directories (read recursively).", valueName: "path"))
        var paths: [String] = []

        @OptionGroup var list: FileListOptions

        @Option(help: ArgumentHelp("The database (SQLite; created if missing).", valueName: "file"))
        var db: String = "gonghui.sqlite"

        @Option(help: "Worker threads (the default is the number of cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Flag(help: "No progress bar or per-file lines; failures are still listed.")
        var quiet = false

        @OptionGroup var input: InputOptions

        func validate() throws {
            guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 256") }
        }

        func run() throws {
            let dictionaries = try report { try Dictionaries.load(explicit: input.dictionaries) }
            let paths = try list.paths(self.paths)
            guard !paths.isEmpty else { throw ValidationError("give the reports to ingest: files, directories or --files-from") }
            let listing = try report { try ReportFiles.list(paths) }
            let problems = noteSkipped(listing)
            let store = try report { try Store(path: db) }
            let batch = BatchIngest(store: store, dictionaries: dictionaries, limits: input.limits, encoding: input.encoding,
                                    keepsBoilerplate: input.keepBoilerplate, ocr: input.ocr, jobs: jobs)

            // Ctrl-C: finish the documents in hand, then stop (a second Ctrl-C stops at once).
            signal(SIGINT, SIG_IGN)
            let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
            nonisolated(unsafe) var interrupts = 0
            interrupt.setEventHandler {
                interrupts += 1
                if interrupts > 1 { Foundation.exit(130) }
                batch.stop()
            }
            interrupt.resume()

            let terminal = isatty(STDERR_FILENO) != 0
            let bar = ProgressBar()
            let summary = try report {
                try batch.run(files: listing.files, progress: { p in
                    if terminal && !quiet { bar.show(p) }
                }, each: { path, outcome in
                    guard !quiet, !terminal else { return }
                    switch outcome {
                    case .stored(let n): Console.note("stored \(path) (\(n) records)")
                    case .unchanged: Console.note("unchanged \(path)")
                    case .duplicate(let of): Console.note("duplicate \(path) (same content as \(of))")
                    case .failed(let reason): Console.note("failed " + (reason.hasPrefix(path) ? reason : "\(path): \(reason)"))
                    }
                })
            }
            if terminal && !quiet { bar.finish() }
            interrupt.cancel()

            // A reason names its file already (GonghuiError messages start with the path).
            var failures = summary.failures.map { $0.reason.hasPrefix($0.path) ? $0.reason : "\($0.path): \($0.reason)" }
            failures += listing.missing.map { "\($0): no such file or directory" } + problems
            let mb = Double(summary.bytes) / 1_048_576
            Console.note("\(counted(summary.files + listing.missing.count, "file")): \(summary.stored) stored (\(counted(summary.records, "record"))), "
                         + "\(summary.unchanged) unchanged, \(counted(summary.duplicates.count, "duplicate")), \(failures.count) failed — "
                         + String(format: "%.1f MB in %.1f s (%.1f MB/s) into ", mb, summary.seconds, mb / max(summary.seconds, 1e-9)) + db)
            if let reason = summary.stoppedBecause {
                Console.error("stopped: \(reason); what was stored is intact (free some space and run again to finish)")
            } else if summary.interrupted {
                Console.error("interrupted: \(counted(summary.files - summary.stored - summary.unchanged - summary.duplicates.count - summary.failures.count, "file")) not reached; run again to finish")
            }
            if !failures.isEmpty {
                Console.error("\(counted(failures.count, "file")) failed:")
                for f in failures { Console.note("  " + f) }
            }
            if summary.stoppedBecause != nil { throw ExitCode(1) }
            if summary.interrupted { throw ExitCode(130) }
            if !failures.isEmpty { throw ExitCode(1) }
        }
    }
}

/// A one-line progress bar on stderr: files done/total, MB/s, time left, failures.
final class ProgressBar {
    func show(_ p: BatchIngest.Progress) {
        // The width is read at every redraw, so a resized window (SIGWINCH) is followed.
        let line = Self.line(p, columns: Self.columns())
        // Back to the start, the line, then clear what a longer line before left.
        FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
    }

    func finish() {
        FileHandle.standardError.write(Data("\n".utf8))
    }

    /// The terminal's width (80 when stderr is not a terminal that says).
    static func columns() -> Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// The progress line, narrower than `columns` so that it never wraps (a wrapped line leaves
    /// a copy of itself at every redraw): the bar shrinks first, then the details go.
    static func line(_ p: BatchIngest.Progress, columns: Int) -> String {
        let eta = p.eta.map { clock($0) } ?? "--:--"
        var text = String(format: " %d/%d files  %.1f MB/s  ETA %@", p.done, p.total, p.megabytesPerSecond, eta)
        if p.failures > 0 { text += "  \(p.failures) failed" }
        let room = columns - 1
        let width = min(28, room - text.count)
        if width >= 5 {
            let filled = p.total == 0 ? width : width * p.done / p.total
            return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + text
        }
        let short = String(format: "%d/%d", p.done, p.total) + (p.failures > 0 ? " \(p.failures) failed" : "")
        return String(short.prefix(max(0, room)))
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
