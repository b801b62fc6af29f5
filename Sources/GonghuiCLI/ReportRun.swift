import ArgumentParser
import Foundation
import Gonghui

/// The inputs of a command that reads reports one by one — files, directories, `-`, a list
/// (`--files-from`) — and its way through them: a report that cannot be read is a one-line
/// error, the others are still done, and the command ends with status 1 naming the count.
struct ReportRun {
    let inputs: [String]
    /// Inputs that failed before reading (missing, unreadable folders) and while reading.
    private var failures: Int
    /// Everything the user named: inputs plus what failed before reading.
    private let total: Int

    init(_ files: [String], list: FileListOptions) throws {
        let paths = try list.paths(files)
        guard !paths.isEmpty else { throw ValidationError("give the reports to read: files, directories, - or --files-from") }
        let listing = try report { try ReportFiles.list(paths.filter { $0 != "-" }) }
        let problems = noteSkipped(listing)
        var inputs = listing.files
        if paths.contains("-") { inputs.insert("-", at: 0) }
        for f in listing.missing { Console.error("\(f): no such file or directory") }
        self.inputs = inputs
        failures = problems.count + listing.missing.count
        total = inputs.count + failures
    }

    /// `--output DIR`, which must be an existing directory: one file per input in it.
    static func outputDirectory(_ output: String?) throws -> String? {
        guard let output else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), isDirectory.boolValue else {
            Console.error("\(output): no such folder (--output takes an existing folder: one file per report in it)")
            throw ExitCode(1)
        }
        return output
    }

    /// Reads each input in order (`read`) and writes what was read (`write`) where it goes:
    /// standard output (after a `==> path <==` line when there are several inputs and `headed`)
    /// or, with a directory, DIR/NAME.`ext`. A report that cannot be read writes nothing.
    mutating func forEach<T>(output directory: String?, ext: String, headed: Bool = true,
                             read: (_ path: String) throws(GonghuiError) -> T, write: (T, _ path: String, _ out: Console.Output) -> Void) throws {
        let stdout = directory == nil ? Console.Output() : nil
        for path in inputs {
            do {
                let item = try read(path)
                if let directory {
                    let name = ((path == "-" ? "stdin" : (path as NSString).lastPathComponent) as NSString).deletingPathExtension
                    let file = try OutputFile(URL(fileURLWithPath: directory).appendingPathComponent("\(name).\(ext)").path)
                    write(item, path, file.output)
                    try file.commit()
                } else if let stdout {
                    if headed && inputs.count > 1 { stdout.line("==> \(path) <==") }
                    write(item, path, stdout)
                }
            } catch let error as GonghuiError {
                Console.error(error.description)
                failures += 1
            }
        }
        stdout?.flush()
        try finish()
    }

    /// Reads every input (`read`), reporting those that cannot be read; what was read, in order.
    /// `finish()` then ends the command as `forEach` does.
    mutating func collect<T>(_ read: (_ path: String) throws(GonghuiError) -> T) -> [T] {
        var items: [T] = []
        for path in inputs {
            do throws(GonghuiError) { items.append(try read(path)) } catch {
                Console.error(error.description)
                failures += 1
            }
        }
        return items
    }

    /// Status 1 and the count when any input failed (one report given and failed: its error
    /// said it all).
    func finish() throws {
        guard failures > 0 else { return }
        if total > 1 { Console.error("\(failures) of \(counted(total, "input")) failed") }
        throw ExitCode(1)
    }
}

extension ReportRun {
    /// Every input read with its records, as a corpus database would hold them (audit, digest).
    mutating func documents(_ pipeline: Pipeline) -> [AuditDocument] {
        collect { path throws(GonghuiError) in
            let document = try pipeline.document(at: path)
            return AuditDocument(source: path, text: document.text, records: pipeline.extractRecords(from: document))
        }
    }
}
