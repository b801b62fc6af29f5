import Testing
@testable import Gonghui

/// The place scan reads a document's head with `longestMatches`: leftmost-longest names, none
/// overlapping, exactly what a look-up at every position (`longestPrefix`) would keep.
@Suite struct PrefixTrieTests {
    static let names = ["湖南", "湖南省", "长沙", "长沙市", "沙市", "岳阳", "南省"]

    @Test("leftmost-longest entries, resuming after each", arguments: [
        ("湖南省长沙市总工会", ["湖南省", "长沙市"]),
        ("长沙湖南", ["长沙", "湖南"]),
        ("在湖南工作", ["湖南"]),
        ("沙市岳阳", ["沙市", "岳阳"]),
        ("湖", []),
        ("", []),
        ("全国总工会", []),
    ])
    func longest(_ c: (String, [String])) {
        let trie = PrefixTrie(Self.names)
        let units = Array(c.0.utf16)
        let found = units.withUnsafeBufferPointer { trie.longestMatches(in: $0, range: 0..<$0.count) }
        #expect(found.map { Self.names[$0.phrase] } == c.1)
        #expect(found.map { String(decoding: units[$0.range], as: UTF16.self) } == c.1)
    }

    @Test("the same matches as a look-up at every position", arguments: ["湖南省长沙市岳阳湖南沙市南省", "长沙市沙市湖南省南省湖"])
    func agreesWithPrefixLookups(_ text: String) {
        let trie = PrefixTrie(Self.names)
        let units = Array(text.utf16)
        units.withUnsafeBufferPointer { u in
            var expected: [PhraseMatcher.Match] = []
            var i = 0
            while i < u.count {
                guard let (p, end) = trie.longestPrefix(in: u, from: i, limit: u.count) else { i += 1; continue }
                expected.append(PhraseMatcher.Match(phrase: p, range: i..<end))
                i = end
            }
            #expect(trie.longestMatches(in: u, range: 0..<u.count) == expected)
        }
    }

    @Test("a name the range cuts short is read only as far as the range goes")
    func rangeLimits() {
        let trie = PrefixTrie(Self.names)
        let units = Array("湖南省长沙市".utf16)
        let found = units.withUnsafeBufferPointer { trie.longestMatches(in: $0, range: 0..<2) }
        #expect(found == [PhraseMatcher.Match(phrase: 0, range: 0..<2)])
        let inner = units.withUnsafeBufferPointer { trie.longestMatches(in: $0, range: 3..<5) }
        #expect(inner == [PhraseMatcher.Match(phrase: 2, range: 3..<5)])
    }
}
