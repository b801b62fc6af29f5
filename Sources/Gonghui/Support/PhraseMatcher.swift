/// Finds every occurrence of a set of phrases in UTF-16 text in one pass (Aho–Corasick).
///
/// Dictionaries hold thousands of phrases (place names, cue words, slogans); testing them one
/// by one at every position would be quadratic. The automaton reads each unit once.
/// Example: phrases [工会, 工会会员, 会员] over 工会会员1778万人 report 工会@0, 工会会员@0, 会员@2.
public struct PhraseMatcher: Sendable {
    /// One occurrence: the phrase's index in the list given to `init`, and its range.
    public struct Match: Sendable, Hashable {
        public var phrase: Int
        public var range: Range<Int>
    }

    private var next = TransitionTable()
    private var fail: [Int32] = [0]
    /// For each state, the phrases ending there (their indices), while building; then the
    /// same flattened: state s outputs flatOutputs[outputStart[s]..<outputStart[s + 1]].
    private var outputs: [[Int32]] = [[]]
    private var outputStart: [Int32] = []
    private var flatOutputs: [Int32] = []
    private var lengths: [Int32] = []
    public private(set) var phraseCount = 0
    /// The length of the longest phrase, in UTF-16 units.
    public private(set) var maxLength = 0
    /// Every unit of every phrase: a unit outside it ends any match in progress, without a
    /// look-up (in running text most characters belong to no place name or cue).
    private var alphabet = UnitSet()

    /// False when no phrase holds `unit`: no match can cover it, whatever surrounds it.
    @inline(__always) public func mayHold(_ unit: UInt16) -> Bool { alphabet.contains(unit) }

    public init<S: Sequence>(_ phrases: S) where S.Element == String {
        var depth: [Int32] = [0]
        for (index, phrase) in phrases.enumerated() {
            let units = Array(phrase.utf16)
            for u in units { alphabet.insert(u) }
            maxLength = max(maxLength, units.count)
            lengths.append(Int32(units.count))
            phraseCount += 1
            guard !units.isEmpty else { continue }
            var state: Int32 = 0
            for u in units {
                if let s = next.next(state, u) {
                    state = s
                } else {
                    let s = Int32(fail.count)
                    fail.append(0)
                    outputs.append([])
                    depth.append(depth[Int(state)] + 1)
                    next.set(state, u, s)
                    state = s
                }
            }
            outputs[Int(state)].append(Int32(index))
        }
        buildFailureLinks()
        var start: [Int32] = [0]
        for o in outputs { flatOutputs += o; start.append(Int32(flatOutputs.count)) }
        outputStart = start
        outputs = []
    }

    private mutating func buildFailureLinks() {
        // Breadth-first over states; group transitions by source state first.
        var children = [[(UInt16, Int32)]](repeating: [], count: fail.count)
        for (from, unit, target) in next.edges() {
            children[Int(from)].append((unit, target))
        }
        var queue: [Int32] = []
        for (_, child) in children[0] {
            fail[Int(child)] = 0
            queue.append(child)
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (unit, child) in children[Int(state)] {
                queue.append(child)
                var f = fail[Int(state)]
                while true {
                    if let s = next.next(f, unit), s != child {
                        fail[Int(child)] = s
                        break
                    }
                    if f == 0 { fail[Int(child)] = 0; break }
                    f = fail[Int(f)]
                }
                outputs[Int(child)].append(contentsOf: outputs[Int(fail[Int(child)])])
            }
        }
    }

    /// Calls `body` for every occurrence in `units[range]`, in order of end position.
    public func forEachMatch(in units: [UInt16], range: Range<Int>? = nil, _ body: (Match) -> Void) {
        units.withUnsafeBufferPointer { u in forEachMatch(in: u, range: range ?? 0..<u.count, body) }
    }

    public func forEachMatch(in u: UnsafeBufferPointer<UInt16>, range r: Range<Int>, _ body: (Match) -> Void) {
        var state: Int32 = 0
        next.withLookup { next in
        outputStart.withUnsafeBufferPointer { starts in
                flatOutputs.withUnsafeBufferPointer { outs in
                    fail.withUnsafeBufferPointer { fail in
                        var i = r.lowerBound
                        while i < r.upperBound {
                            let c = u[i]
                            if !alphabet.contains(c) { state = 0; i += 1; continue }
                            if state == 0 {
                                let s = next.root(c)
                                if s < 0 { i += 1; continue }
                                state = s
                            } else {
                                while true {
                                    let s = next.next(state, c)
                                    if s >= 0 { state = s; break }
                                    if state == 0 { break }
                                    state = fail[Int(state)]
                                    if state == 0 {
                                        let t = next.root(c)
                                        if t >= 0 { state = t }
                                        break
                                    }
                                }
                            }
                            let a = Int(starts[Int(state)]), b = Int(starts[Int(state) + 1])
                            if a < b {
                                for k in a..<b {
                                    let p = Int(outs[k])
                                    let len = Int(lengths[p])
                                    body(Match(phrase: p, range: (i + 1 - len)..<(i + 1)))
                                }
                            }
                            i += 1
                        }
                    }
                }
            }
        }
    }

    /// Leftmost-longest occurrences that do not overlap, in text order.
    public func longestMatches(in units: [UInt16], range: Range<Int>? = nil) -> [Match] {
        units.withUnsafeBufferPointer { longestMatches(in: $0, range: range ?? 0..<$0.count) }
    }

    /// Leftmost-longest, without sorting: the longest phrase starting at each position, then
    /// one sweep that skips what a kept match covers.
    public func longestMatches(in u: UnsafeBufferPointer<UInt16>, range r: Range<Int>) -> [Match] {
        guard !r.isEmpty else { return [] }
        // Per call, on the stack for a sentence: an array here cost more than the matching.
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: r.count) { best in
            best.initialize(repeating: -1)
            forEachMatch(in: u, range: r) { m in
                let k = m.range.lowerBound - r.lowerBound
                if best[k] < 0 || lengths[Int(best[k])] < m.range.count { best[k] = Int32(m.phrase) }
            }
            var kept: [Match] = []
            var i = 0
            while i < best.count {
                let p = best[i]
                if p < 0 { i += 1; continue }
                let length = Int(lengths[Int(p)])
                kept.append(Match(phrase: Int(p), range: (r.lowerBound + i)..<(r.lowerBound + i + length)))
                i += length
            }
            return kept
        }
    }
}
