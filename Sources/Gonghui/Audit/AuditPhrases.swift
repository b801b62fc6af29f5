import Foundation

/// The Chinese wording of audit computations (`dictionaries/audit-phrases.tsv`), for digests:
/// a Chinese page does not say "stated 15.2%".
public struct AuditPhrases: Sendable {
    let templates: [String: String]

    static let keys: Set<String> = ["stated", "part", "versus", "in-year", "pp"]

    init(_ file: DictionaryFile) throws(GonghuiError) {
        var t: [String: String] = [:]
        for line in file.lines {
            try file.require(line, fields: 2)
            guard Self.keys.contains(line.fields[0]) else { throw file.error(line, "unknown key \(line.fields[0]) (\(Self.keys.sorted().joined(separator: ", ")))") }
            t[line.fields[0]] = line.fields[1]
        }
        for k in Self.keys where t[k] == nil { throw GonghuiError(.dictionary, "dictionaries/audit-phrases.tsv: no \(k)") }
        templates = t
    }

    /// The template of `key` with {1}, {2} … filled in.
    func callAsFunction(_ key: String, _ args: String...) -> String {
        var s = templates[key] ?? key
        for (k, a) in args.enumerated() { s = s.replacingOccurrences(of: "{\(k + 1)}", with: a) }
        return s
    }
}
