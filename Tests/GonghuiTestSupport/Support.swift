import Foundation
import Gonghui

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
}
