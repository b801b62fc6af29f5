/// The edges of a trie or automaton: (state, UTF-16 unit) → state.
///
/// Tries are walked once per character of every document, so lookups must be cheap: edges
/// out of the root (most lookups) sit in a direct table, the rest in an open-addressing table
/// with a multiplicative hash (Swift's Dictionary hashes with SipHash, which made these lookups
/// the largest cost of normalisation). The root table is paged — 256 pages of 256 units, a page
/// allocated only when an edge needs it — so that the dozens of small tries Gonghui holds cost
/// a few KB each, not 256 KB (measured: resident memory 58 → 43 MB; a flat 64K root for the
/// large tries saved 0.8% of instructions, not worth its code).
struct TransitionTable: Sendable {
    /// Per high byte of a unit, where its page starts in `rootPages`; page 0 is all empty.
    private var rootIndex = [Int32](repeating: 0, count: 256)
    private var rootPages = [Int32](repeating: -1, count: 256)
    /// Open addressing, one word per edge: (state << 16 | unit) << 24 | target. Keys and
    /// targets in separate arrays cost two cache misses per look-up on the large tries (places,
    /// lexicon), and those misses were most of the place scan's time on short documents.
    private var slots: [UInt64] = []
    private var mask = 0
    private(set) var count = 0

    init() {
        resize(to: 64)
    }

    fileprivate static let empty = UInt64.max
    /// States and targets fit in 24 bits (16.7 million states; the largest trie has a few
    /// hundred thousand), which is what lets an edge fit in one word.
    static let stateLimit: Int32 = (1 << 24) - 1
    fileprivate static let targetBits: UInt64 = 24
    fileprivate static let targetMask: UInt64 = (1 << 24) - 1

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    @inline(__always) private func rootEdge(_ unit: UInt16) -> Int32 {
        rootPages[Int(rootIndex[Int(unit >> 8)]) + Int(unit & 0xFF)]
    }

    @inline(__always) func next(_ state: Int32, _ unit: UInt16) -> Int32? {
        if state == 0 {
            let s = rootEdge(unit)
            return s < 0 ? nil : s
        }
        let key = UInt64(UInt32(bitPattern: state)) << 16 | UInt64(unit)
        var i = slot(key)
        while true {
            let e = slots[i]
            if e >> Self.targetBits == key { return Int32(truncatingIfNeeded: e & Self.targetMask) }
            if e == Self.empty { return nil }
            i = (i + 1) & mask
        }
    }

    mutating func set(_ state: Int32, _ unit: UInt16, _ target: Int32) {
        if state == 0 {
            let high = Int(unit >> 8)
            if rootIndex[high] == 0 {
                rootIndex[high] = Int32(rootPages.count)
                rootPages += [Int32](repeating: -1, count: 256)
            }
            rootPages[Int(rootIndex[high]) + Int(unit & 0xFF)] = target
            return
        }
        precondition(state >= 0 && state < Self.stateLimit && target >= 0 && target < Self.stateLimit, "a trie of more than 16.7 million states")
        if (count + 1) * 2 > slots.count { resize(to: slots.count * 2) }
        let key = UInt64(UInt32(bitPattern: state)) << 16 | UInt64(unit)
        var i = slot(key)
        while slots[i] != Self.empty && slots[i] >> Self.targetBits != key { i = (i + 1) & mask }
        if slots[i] == Self.empty { count += 1 }
        slots[i] = key << Self.targetBits | UInt64(UInt32(bitPattern: target))
    }

    /// Read-only pointers to the table, for scans that look up every character of a text.
    struct Lookup {
        let rootIndex: UnsafeBufferPointer<Int32>
        let rootPages: UnsafeBufferPointer<Int32>
        let slots: UnsafeBufferPointer<UInt64>
        let mask: Int

        /// The root's edge for `unit`, or -1.
        @inline(__always) func root(_ unit: UInt16) -> Int32 {
            rootPages[Int(rootIndex[Int(unit >> 8)]) + Int(unit & 0xFF)]
        }

        @inline(__always) func next(_ state: Int32, _ unit: UInt16) -> Int32 {
            if state == 0 { return root(unit) }
            let key = UInt64(UInt32(bitPattern: state)) << 16 | UInt64(unit)
            var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
            while true {
                let e = slots[i]
                if e >> TransitionTable.targetBits == key { return Int32(truncatingIfNeeded: e & TransitionTable.targetMask) }
                if e == TransitionTable.empty { return -1 }
                i = (i + 1) & mask
            }
        }
    }

    func withLookup<R>(_ body: (Lookup) -> R) -> R {
        rootIndex.withUnsafeBufferPointer { ri in
            rootPages.withUnsafeBufferPointer { rp in
                slots.withUnsafeBufferPointer { s in
                    body(Lookup(rootIndex: ri, rootPages: rp, slots: s, mask: mask))
                }
            }
        }
    }

    /// True when some edge leaves the root with `unit`.
    @inline(__always) func hasRootEdge(_ unit: UInt16) -> Bool { rootEdge(unit) >= 0 }

    /// Every edge, for building failure links: (from, unit, to).
    func edges() -> [(Int32, UInt16, Int32)] {
        var out: [(Int32, UInt16, Int32)] = []
        for u in 0...0xFFFF { let s = rootEdge(UInt16(u)); if s >= 0 { out.append((0, UInt16(u), s)) } }
        for e in slots where e != Self.empty {
            let k = e >> Self.targetBits
            out.append((Int32(truncatingIfNeeded: k >> 16), UInt16(truncatingIfNeeded: k), Int32(truncatingIfNeeded: e & Self.targetMask)))
        }
        return out
    }

    private mutating func resize(to capacity: Int) {
        let old = slots
        slots = [UInt64](repeating: Self.empty, count: capacity)
        mask = capacity - 1
        count = 0
        for e in old where e != Self.empty {
            var j = slot(e >> Self.targetBits)
            while slots[j] != Self.empty { j = (j + 1) & mask }
            slots[j] = e
            count += 1
        }
    }
}
