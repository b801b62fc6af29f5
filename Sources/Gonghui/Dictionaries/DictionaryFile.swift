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
        var bytes = [UInt8](data)
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw GonghuiError(.dictionary, "\(displayName): not valid UTF-8")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // Split as bytes: Foundation's character-by-character trimming made loading the
        // dictionaries take a third of a second.
        func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        func trimmed(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
            var a = s.startIndex, e = s.endIndex
            while a < e && isBlank(s[a]) { a += 1 }
            while e > a && isBlank(s[e - 1]) { e -= 1 }
            return s[a..<e]
        }
        var out: [Line] = []
        var number = 0
        for raw in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            let line = trimmed(raw)
            if line.isEmpty || line.first == 0x23 /* # */ { continue }
            let fields: [String]
            if spaceSeparated {
                fields = line.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 }).map { String(decoding: $0, as: UTF8.self) }
            } else {
                // Split on tabs before trimming, so that an empty last field still counts.
                var end = raw.endIndex
                while end > raw.startIndex && (raw[end - 1] == 0x0D || raw[end - 1] == 0x20) { end -= 1 }
                fields = raw[raw.startIndex..<end].split(separator: 0x09, omittingEmptySubsequences: false)
                    .map { String(decoding: trimmed($0), as: UTF8.self) }
            }
            out.append(Line(number: number, fields: fields, text: String(decoding: line, as: UTF8.self)))
        }
        lines = out
    }

    /// An error pointing at one line of this file.
    public func error(_ line: Line, _ message: String) -> GonghuiError {
        GonghuiError(.dictionary, "\(displayName):\(line.number): \(message)")
    }

    /// An error pointing at the line of a `kind<TAB>word` file that declares `word` of `kind`
    /// (for a word found wrong only after loading, against another file), else at the file.
    public func error(kind: String, word: String, _ message: String) -> GonghuiError {
        if let line = lines.first(where: { $0.fields.first == kind && String($0.text.drop { $0 != "\t" }.dropFirst()) == word }) {
            return error(line, message)
        }
        return GonghuiError(.dictionary, "\(displayName): \(message)")
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
