import Foundation

/// The page-number patterns of `dictionaries/page-furniture.tsv`, checked when loaded (each
/// reader compiles its own: ICU regular expressions are not shared between threads).
public struct PageFurniture: Sendable {
    public let pageNumberPatterns: [String]

    init(_ file: DictionaryFile) throws(GonghuiError) {
        var patterns: [String] = []
        for line in file.lines {
            try file.require(line, fields: 2)
            guard line.fields[0] == "page-number" else { throw file.error(line, "unknown kind \(line.fields[0]) (page-number)") }
            do { _ = try ICURegex(line.fields[1]) } catch { throw file.error(line, "not a valid regular expression: \(line.fields[1])") }
            patterns.append(line.fields[1])
        }
        pageNumberPatterns = patterns
    }

    /// A recurring line, whatever its page number: digits folded, spaces dropped.
    static func key(_ line: String) -> String {
        String(line.unicodeScalars.compactMap { s -> Character? in
            if s.properties.numericType != nil { return "#" }
            if s.properties.isWhitespace { return nil }
            return Character(s)
        })
    }
}
