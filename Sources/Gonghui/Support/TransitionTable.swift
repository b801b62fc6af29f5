/// The edges of a trie or automaton: (state, UTF-16 unit) → state.
///
/// Tries are walked once per character of every document, so lookups must be cheap: edges
/// out of the root (most lookups) sit in a direct 64K array, the rest in an open-addressing
/// table with a multiplicative hash. Swift's Dictionary hashes with SipHash, which made these
/// lookups the largest cost of normalisation.
struct TransitionTable: Sendable {
    private var root = [Int32](repeating: -1, count: 65536)
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

    @inline(__always) func next(_ state: Int32, _ unit: UInt16) -> Int32? {
        if state == 0 {
            let s = root[Int(unit)]
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
        if state == 0 { root[Int(unit)] = target; return }
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
        let root: UnsafeBufferPointer<Int32>
        let keys: UnsafeBufferPointer<UInt64>
        let values: UnsafeBufferPointer<Int32>
        let mask: Int

        @inline(__always) func next(_ state: Int32, _ unit: UInt16) -> Int32 {
            if state == 0 { return root[Int(unit)] }
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
        root.withUnsafeBufferPointer { r in
            keys.withUnsafeBufferPointer { k in
                values.withUnsafeBufferPointer { v in
                    body(Lookup(root: r, keys: k, values: v, mask: mask))
                }
            }
        }
    }

    /// Every edge, for building failure links: (from, unit, to).
    func edges() -> [(Int32, UInt16, Int32)] {
        var out: [(Int32, UInt16, Int32)] = []
        for (u, s) in root.enumerated() where s >= 0 { out.append((0, UInt16(u), s)) }
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
