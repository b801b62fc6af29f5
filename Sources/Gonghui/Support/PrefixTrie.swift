/// A trie over UTF-16 units answering "which entries start here, and where do they end".
///
/// Used where matches must start at a given position (lexicon words at a token boundary,
/// override words at a character), unlike PhraseMatcher which finds matches anywhere.
public struct PrefixTrie: Sendable {
    private var next = TransitionTable()
    /// Entry index ending at each node, or -1.
    private var terminal: [Int32] = [-1]
    public private(set) var maxLength = 0

    public init() {}

    public init<S: Sequence>(_ words: S) where S.Element == String {
        for (i, w) in words.enumerated() { insert(w, index: i) }
    }

    public mutating func insert(_ word: String, index: Int) {
        let units = Array(word.utf16)
        guard !units.isEmpty else { return }
        maxLength = max(maxLength, units.count)
        var node: Int32 = 0
        for u in units {
            if let n = next.next(node, u) { node = n } else {
                let n = Int32(terminal.count)
                terminal.append(-1)
                next.set(node, u, n)
                node = n
            }
        }
        terminal[Int(node)] = Int32(index)
    }

    /// True when some entry starts with `unit`: a cheap test before `longestPrefix`.
    @inline(__always) public func mayStart(with unit: UInt16) -> Bool { next.hasRootEdge(unit) }

    /// For a trie of reversed words: the longest entry that ends right before `end`, reading
    /// backwards at most to `limit` — (index, length). No copy of the text is made.
    public func longestSuffix(in units: UnsafeBufferPointer<UInt16>, before end: Int, limit: Int = 0) -> (Int, Int)? {
        var best: (Int, Int)?
        var node: Int32 = 0
        var i = end - 1
        while i >= limit {
            guard let n = next.next(node, units[i]) else { break }
            node = n
            let t = terminal[Int(node)]
            if t >= 0 { best = (Int(t), end - i) }
            i -= 1
        }
        return best
    }

    /// Leftmost-longest entries of `units[range]`, in text order, not overlapping: the longest
    /// entry starting at the first position where one starts, then on from its end. One look-up
    /// setup for the whole scan (per position it cost as much as the look-ups).
    public func longestMatches(in units: UnsafeBufferPointer<UInt16>, range: Range<Int>) -> [PhraseMatcher.Match] {
        var out: [PhraseMatcher.Match] = []
        next.withLookup { next in
            terminal.withUnsafeBufferPointer { terminal in
                var i = range.lowerBound
                while i < range.upperBound {
                    var node = next.root(units[i])
                    guard node >= 0 else { i += 1; continue }
                    var best = -1, bestEnd = i
                    var j = i
                    while true {
                        let t = terminal[Int(node)]
                        if t >= 0 { best = Int(t); bestEnd = j + 1 }
                        j += 1
                        guard j < range.upperBound else { break }
                        node = next.next(node, units[j])
                        if node < 0 { break }
                    }
                    if best < 0 { i += 1; continue }
                    out.append(PhraseMatcher.Match(phrase: best, range: i..<bestEnd))
                    i = bestEnd
                }
            }
        }
        return out
    }

    /// The longest entry that is a prefix of `units[start..<limit]`: (index, end).
    public func longestPrefix(in units: UnsafeBufferPointer<UInt16>, from start: Int, limit: Int) -> (Int, Int)? {
        var best: (Int, Int)?
        var node: Int32 = 0
        var i = start
        next.withLookup { next in
            terminal.withUnsafeBufferPointer { terminal in
                while i < limit {
                    let n = next.next(node, units[i])
                    if n < 0 { break }
                    node = n
                    let t = terminal[Int(node)]
                    if t >= 0 { best = (Int(t), i + 1) }
                    i += 1
                }
            }
        }
        return best
    }
}
