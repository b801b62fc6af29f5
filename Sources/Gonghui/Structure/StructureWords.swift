/// The words the structure stage reads a report's layout by (`dictionaries/structure-words.tsv`):
/// plan and review headings, report titles, and the furniture of statistical tables.
public struct StructureWords: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case planHeading = "plan-heading"
        case reviewHeading = "review-heading"
        case reportTitle = "report-title"
        case reportWord = "report-word"
        case unionWord = "union-word"
        case planColumn = "plan-column"
        case unitLine = "unit-line"
        case partRow = "part-row"
        case partList = "part-list"
        case otherBody = "other-body"
        case labelHeader = "label-header"
    }

    /// Per kind, its words as UTF-16 (searched inside short lines only).
    let words: [Kind: [[UInt16]]]

    init(_ file: DictionaryFile) throws(GonghuiError) {
        var words: [Kind: [[UInt16]]] = [:]
        var seen: [String: Int] = [:]
        for line in file.lines {
            try file.require(line, fields: 2)
            guard let kind = Kind(rawValue: line.fields[0]) else {
                throw file.error(line, "unknown kind \(line.fields[0]) (\(Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            // A word may hold a space (项 目): take the raw text after the tab.
            let word = String(line.text.drop { $0 != "\t" }.dropFirst())
            guard !word.isEmpty else { throw file.error(line, "empty word") }
            try DictionaryFile.checkUnique(line.fields[0] + " " + word, line, in: &seen, file: file)
            words[kind, default: []].append(Array(word.utf16))
        }
        for kind in Kind.allCases where words[kind] == nil {
            throw GonghuiError(.dictionary, "\(file.displayName): no \(kind.rawValue) words")
        }
        self.words = words
    }

    subscript(_ kind: Kind) -> [[UInt16]] { words[kind] ?? [] }

    /// True when one of the words of `kind` occurs in `r`.
    func contains(_ kind: Kind, in u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Bool {
        CodeUnit.contains(self[kind], in: u, r)
    }

    /// The length of the word of `kind` that `r` opens with, if any (the longest).
    func prefix(_ kind: Kind, of u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Int? {
        var best: Int?
        for w in self[kind] where w.count <= r.count && (0..<w.count).allSatisfy({ u[r.lowerBound + $0] == w[$0] }) {
            if w.count > (best ?? 0) { best = w.count }
        }
        return best
    }

    /// True when `text` is, or contains, a word of `kind`.
    func contains(_ kind: Kind, in text: String) -> Bool {
        let t = Array(text.utf16)
        return t.withUnsafeBufferPointer { contains(kind, in: $0, 0..<$0.count) }
    }
}
