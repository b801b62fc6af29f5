import Foundation

/// A language-data file of `dictionaries/`: UTF-8 lines, `#` comments, tab-separated fields.
///
/// Every loader reads its file through this type so that a malformed line is reported the
/// same way everywhere: `dictionaries/units.tsv:12: expected 3 fields, found 2`.
public struct DictionaryFile: Sendable {
    public struct Line: Sendable {
        public var number: Int
        public var fields: [String]
        public var text: String
    }

    public let url: URL
    public let displayName: String
    public let lines: [Line]

    /// Reads `name` in `directory`. Fields are split on tabs (or on runs of spaces when
    /// `spaceSeparated`, as in the jieba-style lexicon).
    public init(_ name: String, in directory: URL, spaceSeparated: Bool = false) throws(GonghuiError) {
        url = directory.appendingPathComponent(name)
        displayName = "dictionaries/" + name
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw GonghuiError(.dictionary, "\(displayName): missing (looked in \(directory.path))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw GonghuiError(.dictionary, "\(displayName): not valid UTF-8")
        }
        var out: [Line] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            if number == 1, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields: [String]
            if spaceSeparated {
                fields = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            } else {
                fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespaces) }
            }
            out.append(Line(number: number, fields: fields, text: trimmed))
        }
        lines = out
    }

    /// An error pointing at one line of this file.
    public func error(_ line: Line, _ message: String) -> GonghuiError {
        GonghuiError(.dictionary, "\(displayName):\(line.number): \(message)")
    }

    /// Checks that `line` has at least `count` fields.
    public func require(_ line: Line, fields count: Int) throws(GonghuiError) {
        if line.fields.count < count {
            throw error(line, "expected \(count) fields, found \(line.fields.count)")
        }
    }

    /// Rejects a key seen on an earlier line, naming both lines.
    public static func checkUnique(_ key: String, _ line: Line, in seen: inout [String: Int], file: DictionaryFile) throws(GonghuiError) {
        if let first = seen[key] {
            throw file.error(line, "duplicate entry \(key) (first on line \(first))")
        }
        seen[key] = line.number
    }
}
