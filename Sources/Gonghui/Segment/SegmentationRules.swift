import Foundation

/// The word lists the segmenter's repairs of ICU's output read (`dictionaries/segment-*.txt`,
/// `transliteration-chars.txt`, `surnames.txt`, `name-stop-chars.txt`).
public struct SegmentationRules: Sendable {
    /// Suffixes joined to the word before them (现代|化 → 现代化).
    let suffixes: PrefixTrie
    /// X的 tokens that stay whole (目的).
    let deWords: Set<String>
    let transliteration: UnitSet
    let surnames: UnitSet
    let nameStops: UnitSet

    init(directory: URL) throws(GonghuiError) {
        func lines(_ name: String) throws(GonghuiError) -> [DictionaryFile.Line] {
            try DictionaryFile(name, in: directory).lines
        }
        func characters(_ name: String) throws(GonghuiError) -> UnitSet {
            var set = UnitSet()
            for line in try lines(name) { for u in line.text.utf16 where CodeUnit.isHan(u) { set.insert(u) } }
            return set
        }
        let suffixFile = try DictionaryFile("segment-suffixes.txt", in: directory)
        var seen: [String: Int] = [:]
        for line in suffixFile.lines { try DictionaryFile.checkUnique(line.text, line, in: &seen, file: suffixFile) }
        suffixes = PrefixTrie(suffixFile.lines.map(\.text))
        deWords = Set(try lines("segment-de-words.txt").map(\.text))
        transliteration = try characters("transliteration-chars.txt")
        surnames = try characters("surnames.txt")
        nameStops = try characters("name-stop-chars.txt")
    }
}
