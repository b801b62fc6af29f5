import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Gonghui

/// Where the language data is: every command has it.
struct DictionaryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Where the language data lives (default: found next to the program, or $GONGHUI_DICTIONARIES).", valueName: "dir"))
    var dictionaries: String?
}

/// Options every command that reads report files shares (a command that reads only a database
/// has DictionaryOptions alone, so its help lists nothing it cannot use).
struct InputOptions: ParsableArguments {
    @Option(help: "Read text files in this encoding instead of detecting it (e.g. gbk, big5, utf-16le).")
    var encoding: String?

    @OptionGroup var data: DictionaryOptions
    var dictionaries: String? { data.dictionaries }

    @Option(help: ArgumentHelp("Largest input file to read, in MiB.", valueName: "MiB"))
    var maxSize: Int = 64

    @Flag(help: "Keep lines that look like web boilerplate (for text known to be clean).")
    var keepBoilerplate = false

    @Flag(help: "Read PDF pages that have no text layer (scans) with tesseract; their records are flagged \"ocr\": true.")
    var ocr = false

    func validate() throws {
        guard maxSize > 0 && maxSize <= 4096 else { throw ValidationError("--max-size must be between 1 and 4096 MiB") }
    }

    var limits: IngestLimits {
        IngestLimits(maxFileBytes: maxSize << 20)
    }

    /// The ingest and normalise stages alone, on the normalisation data alone.
    func normalizing() throws -> (Ingestor, Normalizer) {
        try report {
            let data = try NormalizationData.load(explicit: dictionaries)
            var ingestor = Ingestor(data: data, limits: limits, forcedEncoding: encoding)
            ingestor.ocr = ocr
            var normalizer = Normalizer(data: data)
            normalizer.keepsBoilerplate = keepBoilerplate
            return (ingestor, normalizer)
        }
    }

    func pipeline() throws -> Pipeline {
        try report {
            let d = try Dictionaries.load(explicit: dictionaries)
            let p = try Pipeline(dictionaries: d, limits: limits, encoding: encoding)
            p.normalizer.keepsBoilerplate = keepBoilerplate
            p.ingestor.ocr = ocr
            return p
        }
    }
}

/// `--years 2021-2023` or `--years 2022`.
func parseYears(_ text: String?) throws -> ClosedRange<Int>? {
    guard let text else { return nil }
    guard let range = YearRange.parse(text) else {
        throw ValidationError("--years takes a year or a range like 2021-2023, not \(text)")
    }
    return range
}

/// Says which files of the directories given were left out as not reports (.md, .csv, images).
/// Says what the listing left out, and returns the problems that make the run fail: folders
/// given with no report file in them, folders that could not be read.
func noteSkipped(_ listing: ReportFiles.Listing) -> [String] {
    if !listing.skipped.isEmpty {
        let names = listing.skipped.prefix(5).joined(separator: ", ") + (listing.skipped.count > 5 ? ", …" : "")
        Console.warning("skipped \(counted(listing.skipped.count, "file")) that \(listing.skipped.count == 1 ? "is not a report" : "are not reports") (.txt, .html, .docx, .pdf, .doc, .rtf, .odt): \(names)")
    }
    var problems: [String] = []
    for dir in listing.empty {
        let problem = "\(dir): no report files (.txt, .html, .docx, .pdf, .doc, .rtf, .odt) in this folder"
        Console.warning(problem)
        problems.append(problem)
    }
    for p in listing.unreadable {
        Console.warning(p)
        problems.append(p)
    }
    return problems
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

    /// Buffered output (standard output, or a file being written): commands print many lines,
    /// and print() flushes per line. Written with write(2), so that a full disk or a closed pipe
    /// is an error the command reports, not a crash; after the first failure nothing more is
    /// written and `failure` holds its errno.
    final class Output {
        private var buffer = [UInt8]()
        let fd: Int32
        private(set) var failure: Int32?

        init(fd: Int32 = STDOUT_FILENO) {
            self.fd = fd
            buffer.reserveCapacity(1 << 16)
        }

        func write(_ s: String) {
            buffer.append(contentsOf: s.utf8)
            if buffer.count >= 1 << 16 { flush() }
        }

        func line(_ s: String) { write(s); write("\n") }

        /// A line of UTF-8 (a record's JSON), without making a String of it.
        func line(utf8: [UInt8]) {
            buffer.append(contentsOf: utf8)
            buffer.append(0x0A)
            if buffer.count >= 1 << 16 { flush() }
        }

        func write(bytes: Data) {
            buffer.append(contentsOf: bytes)
            if buffer.count >= 1 << 16 { flush() }
        }

        func flush() {
            guard !buffer.isEmpty else { return }
            defer { buffer.removeAll(keepingCapacity: true) }
            guard failure == nil else { return }
            buffer.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    offset += n
                }
            }
        }

        deinit { flush() }
    }
}

/// A file the user asked for (--output), written under a temporary name beside it and renamed
/// onto it only when complete: a failed run (no such folder, no permission, disk full) leaves
/// no partial file under the requested name, and says why.
final class OutputFile {
    let path: String
    let temporary: String
    let output: Console.Output

    init(_ path: String) throws {
        self.path = path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            Console.error("\(path): is a folder; give a file name")
            throw ExitCode(1)
        }
        if path.hasSuffix("/") {
            Console.error("\(path): no such folder (make it first, or give a file name)")
            throw ExitCode(1)
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        temporary = folder + "/." + url.lastPathComponent + ".partial-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let e = errno
            let why = e == ENOENT ? "the folder \(folder) does not exist" : String(cString: strerror(e))
            Console.error("\(path): cannot write (\(why))")
            throw ExitCode(1)
        }
        output = Console.Output(fd: fd)
    }

    /// Writes what is buffered, makes it durable and puts it under its name; on failure removes
    /// the temporary file and reports why.
    func commit() throws {
        output.flush()
        var failure = output.failure
        if failure == nil, fsync(output.fd) != 0 { failure = errno }
        close(output.fd)
        if failure == nil, rename(temporary, path) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            Console.error("\(path): cannot write (\(String(cString: strerror(failure))))")
            throw ExitCode(1)
        }
    }

    /// Drops what was written (the run failed before the output was complete).
    func abandon() {
        close(output.fd)
        unlink(temporary)
    }

    /// Writes `text` to `path` when one is given, else to standard output.
    static func emit(_ text: String, to path: String?) throws {
        if let path { return try write(text, to: path) }
        let out = Console.Output()
        out.write(text)
        out.flush()
    }

    /// Writes `data` to `path` whole, or reports why not.
    static func write(bytes data: Data, to path: String) throws {
        let file = try OutputFile(path)
        file.output.write(bytes: data)
        try file.commit()
    }

    /// Writes `text` to `path` whole, or reports why not.
    static func write(_ text: String, to path: String) throws {
        let file = try OutputFile(path)
        file.output.write(text)
        try file.commit()
    }
}

extension String {
    /// The string, or `other` when it is empty.
    func ifEmpty(_ other: String) -> String { isEmpty ? other : self }
}

/// "1 file", "2 files", "0 duplicates": a count with its noun in the right number.
func counted(_ n: Int, _ noun: String, plural: String? = nil) -> String {
    "\(n) " + (n == 1 ? noun : plural ?? noun + "s")
}
