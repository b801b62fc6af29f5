/// The domain lexicon (`dictionaries/lexicon.txt`): words the segmenter must keep whole.
///
/// jieba's format, one entry a line: `word [freq] [tag]` (工会会员 3000 n). Frequency breaks
/// ties between overlapping candidates; the tag is kept for users and later stages.
public struct Lexicon: Sendable {
    public struct Entry: Sendable, Hashable {
        public var word: String
        public var frequency: Int
        public var tag: String?
    }

    public let entries: [Entry]
    let trie: PrefixTrie
    /// Each word's tag ("" when it has none).
    private let tags: [String: String]

    public init(_ entries: [Entry]) {
        self.entries = entries
        trie = PrefixTrie(entries.map(\.word))
        tags = Dictionary(entries.map { ($0.word, $0.tag ?? "") }, uniquingKeysWith: { a, _ in a })
    }

    init(_ file: DictionaryFile) throws(GonghuiError) {
        var seen: [String: Int] = [:]
        var entries: [Entry] = []
        for line in file.lines {
            let f = line.fields
            let word = f[0]
            if f.count > 1, Int(f[1]) == nil { throw file.error(line, "frequency must be a whole number, not \(f[1])") }
            if f.count > 3 { throw file.error(line, "expected `word [freq] [tag]`, found \(f.count) fields") }
            try DictionaryFile.checkUnique(word, line, in: &seen, file: file)
            entries.append(Entry(word: word, frequency: f.count > 1 ? Int(f[1])! : 1, tag: f.count > 2 ? f[2] : nil))
        }
        self.init(entries)
    }

    public func contains(_ word: String) -> Bool { tags[word] != nil }

    /// The word's part-of-speech tag (n, vn, nz …), if it is an entry with one.
    public func tag(of word: String) -> String? { tags[word].flatMap { $0.isEmpty ? nil : $0 } }
}
