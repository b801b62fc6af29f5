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
    private var keys: [UInt64] = []
    private var values: [Int32] = []
    private var mask = 0
    private(set) var count = 0

    init() {
        resize(to: 64)
    }

    fileprivate static let empty = UInt64.max

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
            let k = keys[i]
            if k == key { return values[i] }
            if k == Self.empty { return nil }
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
        if (count + 1) * 2 > keys.count { resize(to: keys.count * 2) }
        let key = UInt64(UInt32(bitPattern: state)) << 16 | UInt64(unit)
        var i = slot(key)
        while keys[i] != Self.empty && keys[i] != key { i = (i + 1) & mask }
        if keys[i] == Self.empty { count += 1 }
        keys[i] = key
        values[i] = target
    }

    /// Read-only pointers to the table, for scans that look up every character of a text.
    struct Lookup {
        let rootIndex: UnsafeBufferPointer<Int32>
        let rootPages: UnsafeBufferPointer<Int32>
        let keys: UnsafeBufferPointer<UInt64>
        let values: UnsafeBufferPointer<Int32>
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
                let k = keys[i]
                if k == key { return values[i] }
                if k == TransitionTable.empty { return -1 }
                i = (i + 1) & mask
            }
        }
    }

    func withLookup<R>(_ body: (Lookup) -> R) -> R {
        rootIndex.withUnsafeBufferPointer { ri in
            rootPages.withUnsafeBufferPointer { rp in
                keys.withUnsafeBufferPointer { k in
                    values.withUnsafeBufferPointer { v in
                        body(Lookup(rootIndex: ri, rootPages: rp, keys: k, values: v, mask: mask))
                    }
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
        for (i, k) in keys.enumerated() where k != Self.empty {
            out.append((Int32(truncatingIfNeeded: k >> 16), UInt16(truncatingIfNeeded: k), values[i]))
        }
        return out
    }

    private mutating func resize(to capacity: Int) {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: Self.empty, count: capacity)
        values = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        count = 0
        for (i, k) in oldKeys.enumerated() where k != Self.empty {
            var j = slot(k)
            while keys[j] != Self.empty { j = (j + 1) & mask }
            keys[j] = k
            values[j] = oldValues[i]
            count += 1
        }
    }
}
