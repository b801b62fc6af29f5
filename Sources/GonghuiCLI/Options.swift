import ArgumentParser
import Foundation
import Gonghui

/// Options every command that reads reports shares.
struct InputOptions: ParsableArguments {
    @Option(help: "Read text files in this encoding instead of detecting it (e.g. gbk, big5, utf-16le).")
    var encoding: String?

    @Option(help: ArgumentHelp("Where the language data lives (default: found next to the program, or $GONGHUI_DICTIONARIES).", valueName: "dir"))
    var dictionaries: String?

    @Option(help: ArgumentHelp("Largest input file to read, in MiB.", valueName: "MiB"))
    var maxSize: Int = 64

    @Flag(help: "Keep lines that look like web boilerplate (for text known to be clean).")
    var keepBoilerplate = false

    func validate() throws {
        guard maxSize > 0 && maxSize <= 4096 else { throw ValidationError("--max-size must be between 1 and 4096 MiB") }
    }

    var limits: IngestLimits {
        IngestLimits(maxFileBytes: maxSize << 20)
    }

    func pipeline() throws -> Pipeline {
        try report {
            let d = try Dictionaries.load(explicit: dictionaries)
            let p = try Pipeline(dictionaries: d, limits: limits, encoding: encoding)
            p.normalizer.keepsBoilerplate = keepBoilerplate
            return p
        }
    }
}

/// `--years 2021-2023` or `--years 2022`.
func parseYears(_ text: String?) throws -> ClosedRange<Int>? {
    guard let text else { return nil }
    let parts = text.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
    guard (1...2).contains(parts.count), let a = parts.first ?? nil, let b = parts.last ?? nil, a <= b, a >= 1900, b <= 2200 else {
        throw ValidationError("--years takes a year or a range like 2021-2023, not \(text)")
    }
    return a...b
}

/// Says which files of the directories given were left out as not reports (.md, .csv, images).
func noteSkipped(_ listing: ReportFiles.Listing) {
    guard !listing.skipped.isEmpty else { return }
    let names = listing.skipped.prefix(5).joined(separator: ", ") + (listing.skipped.count > 5 ? ", …" : "")
    Console.warning("skipped \(listing.skipped.count) files that are not reports (.txt, .html, .docx): \(names)")
}

/// Runs `body`; a GonghuiError becomes its one-line message on stderr and exit status 1.
func report<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as GonghuiError {
        Console.error(error.description)
        throw ExitCode(1)
    }
}

/// Where the command writes: results to stdout, diagnostics to stderr.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("gonghui: " + message + "\n").utf8))
    }

    /// A line of diagnostic output (--explain, --verbose), without a prefix.
    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data(("gonghui: warning: " + message + "\n").utf8))
    }

    /// Buffered standard output: commands print many lines, and print() flushes per line.
    final class Output {
        private var buffer = [UInt8]()
        private let handle: FileHandle

        init(handle: FileHandle = .standardOutput) {
            self.handle = handle
            buffer.reserveCapacity(1 << 16)
        }

        func write(_ s: String) {
            buffer.append(contentsOf: s.utf8)
            if buffer.count >= 1 << 16 { flush() }
        }

        func line(_ s: String) { write(s); write("\n") }

        func flush() {
            guard !buffer.isEmpty else { return }
            handle.write(Data(buffer))
            buffer.removeAll(keepingCapacity: true)
        }

        deinit { flush() }
    }
}
