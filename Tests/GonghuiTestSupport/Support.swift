import Foundation
import Gonghui
import GonghuiStore

/// Shared fixtures for the test targets: the repository's dictionaries and corpora.
public enum TestSupport {
    /// The repository root, found from this file's location (tests run from a clone).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    public static func path(_ relative: String) -> String { url(relative).path }

    /// The dictionaries, loaded once (loading builds tables from ICU).
    public static let dictionaries: Dictionaries = {
        // GONGHUI_DICTIONARIES lets a user run the suite against edited dictionaries.
        let env = ProcessInfo.processInfo.environment["GONGHUI_DICTIONARIES"]
        let directory = env.map { URL(fileURLWithPath: $0) } ?? url("dictionaries")
        do { return try Dictionaries(directory: directory) } catch {
            fatalError("cannot load dictionaries: \(error)")
        }
    }()

    /// A new pipeline (pipelines hold ICU iterators, so each test makes its own).
    public static func pipeline(limits: IngestLimits = .standard, encoding: String? = nil) -> Pipeline {
        do { return try Pipeline(dictionaries: dictionaries, limits: limits, encoding: encoding) } catch {
            fatalError("cannot build pipeline: \(error)")
        }
    }

    /// Normalises a string as if it were a UTF-8 file.
    public static func normalized(_ text: String, pipeline: Pipeline? = nil) -> Document {
        let p = pipeline ?? Self.pipeline()
        do { return try p.document(bytes: Array(text.utf8), path: "inline.txt") } catch {
            fatalError("cannot normalise inline text: \(error)")
        }
    }

    /// Rows of a tab-separated test table, without comments, header or blank lines.
    public static func table(_ relative: String, header: String? = nil) -> [[String]] {
        guard let text = try? String(contentsOf: url(relative), encoding: .utf8) else {
            fatalError("missing test table \(relative)")
        }
        return text.split(separator: "\n", omittingEmptySubsequences: true)
            .map(String.init)
            .filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .filter { header == nil || !$0.hasPrefix(header!) }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    // MARK: Running the gonghui program

    public struct ProgramResult: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The built `gonghui` program, next to the test bundle.
    public static let program: URL = {
        let dir = Bundle.main.bundleURL.hasDirectoryPath ? Bundle.main.bundleURL : Bundle.main.bundleURL.deletingLastPathComponent()
        for candidate in [dir, dir.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("gonghui")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return url(".build/debug/gonghui")
    }()

    /// Starts the program (from the repository root) without waiting for it.
    public static func launch(_ arguments: [String], stdout: URL, stderr: URL) throws -> Process {
        _ = FileManager.default.createFile(atPath: stdout.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = root
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs the program to its end. Output goes through files, so that a large output cannot
    /// fill a pipe and block the child.
    public static func run(_ arguments: [String], stdin: Data? = nil, program: URL = program, in directory: URL = root,
                           environment: [String: String]? = nil) throws -> ProgramResult {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let outURL = dir.appendingPathComponent("out"), errURL = dir.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if let environment { process.environment = environment }
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        return ProgramResult(status: process.terminationStatus, stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                             stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// A new empty temporary directory.
    public static func temporaryDirectory(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Everything a corpus database holds that a run decides, without row ids and timestamps:
    /// documents (path, hash, metadata, text) and records (all fields), in a fixed order.
    public static func content(of store: Store) throws -> [String] {
        let documents = try store.documents().map { d in
            [d.sourcePath, d.contentHash, d.format, d.encoding, String(d.byteCount), d.title ?? "-", d.federation ?? "-", d.region ?? "-",
             d.documentDate ?? "-", String(d.textLength), String(d.recordCount), d.text].joined(separator: "|")
        }
        let records = try store.records().map { r in
            [r.source ?? "", String(r.start), r.metric, r.value.plainString, r.unit.rawValue, r.qualifier.rawValue, r.kind.rawValue,
             r.surface, String(r.end), r.federation ?? "-", r.region ?? "-", r.year.map { String($0) } ?? "-", r.isPart ? "part" : "", r.inSample ? "sample" : ""].joined(separator: "|")
        }.sorted()
        return documents + records
    }
}
