/// First normalisation pass: NFKC, one line-break convention, no invisible characters.
///
/// NFKC turns full-width digits, letters and punctuation into ASCII (８．４亿 → 8.4亿, ，→ ,),
/// U+3000 into a space and ⑴ into (1), so later stages see one form of every number. Most
/// Chinese text is NFKC-inert, so inert runs are copied in bulk and only the rest goes
/// through a per-character table or, for combining sequences, through ICU.
struct CharacterNormalizer: Sendable {
    /// Per BMP unit: the unit itself (unchanged), its one-unit NFKC image, or `multi` when the
    /// image is longer (… → ...), or `dropped` for invisible formatting characters.
    private static let tables = buildTables()
    private static let single: [UInt16] = tables.single
    private static let multi: [UInt16: [UInt16]] = tables.multi
    private static let inert: [UInt8] = ICU.nfkcInertBits

    private static let multiMarker: UInt16 = 0xFFFF
    private static let droppedMarker: UInt16 = 0xFFFE

    private static func buildTables() -> (single: [UInt16], multi: [UInt16: [UInt16]]) {
        var single = [UInt16](repeating: 0, count: 65536)
        var multi: [UInt16: [UInt16]] = [:]
        let inert = ICU.nfkcInertBits
        for c in 0..<65536 {
            single[c] = UInt16(c)
            if c >= 0xD800 && c <= 0xDFFF { continue }
            if inert[c >> 3] & (1 << (c & 7)) != 0 { continue }
            let image = ICU.nfkc([UInt16(c)][...])
            if image.count == 1 { single[c] = image[0] } else if image.isEmpty { single[c] = droppedMarker } else {
                single[c] = multiMarker
                multi[UInt16(c)] = image
            }
        }
        // Line and paragraph separators become newlines; invisible formatting goes away.
        single[0x2028] = 0x0A
        single[0x2029] = 0x0A
        single[0x0085] = 0x0A
        single[0x000C] = 0x0A
        for u in [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x200E, 0x200F] { single[u] = droppedMarker }
        for u in 0..<0x20 where u != 0x09 && u != 0x0A && u != 0x0D && u != 0x0C { single[u] = droppedMarker }
        single[0x7F] = droppedMarker
        return (single, multi)
    }

    @inline(__always) private static func isInert(_ u: UInt16) -> Bool {
        inert[Int(u >> 3)] & (1 << (u & 7)) != 0
    }

    /// Units that need attention even when NFKC leaves them alone.
    @inline(__always) private static func isSpecial(_ u: UInt16) -> Bool {
        u < 0x20 || u == 0x7F || u == 0x0085 || u == 0x2028 || u == 0x2029 || u == 0x200B || u == 0x200C
            || u == 0x200D || u == 0x2060 || u == 0xFEFF || u == 0x00AD || u == 0x200E || u == 0x200F
    }

    /// One-for-one substitutions (，→ ,) are made in place: they leave offsets unchanged.
    /// Anything that changes length (… → ..., \r\n → \n, dropped invisibles, combining
    /// sequences) is noted and then rewritten, copying the untouched stretches between.
    func apply(_ units: inout [UInt16], map: inout OffsetMap) {
        var pending: [Range<Int>] = []
        units.withUnsafeMutableBufferPointer { b in
            Self.single.withUnsafeBufferPointer { single in
                Self.inert.withUnsafeBufferPointer { inert in
                    @inline(__always) func plain(_ c: UInt16) -> Bool {
                        inert[Int(c >> 3)] & (1 << (c & 7)) != 0 && !Self.isSpecial(c)
                    }
                    let n = b.count
                    var i = 0
                    while i < n {
                        let c = b[i]
                        if plain(c) { i += 1; continue }
                        // The run of units that are not plain.
                        var j = i + 1
                        while j < n && !plain(b[j]) && b[j] != 0x0D { j += 1 }
                        if c == 0x0D { j = i + 1 }
                        if j == i + 1 && c != 0x0D {
                            let m = single[Int(c)]
                            if m != Self.droppedMarker && m != Self.multiMarker { b[i] = m; i = j; continue }
                        }
                        pending.append(i..<j)
                        i = j
                    }
                }
            }
        }
        guard !pending.isEmpty else { return }
        var w = TextRewriter(units, map: map)
        for run in pending {
            w.copy(upTo: run.lowerBound)
            if units[run.lowerBound] == 0x0D {
                if run.upperBound < units.count && units[run.upperBound] == 0x0A { w.skip(upTo: run.upperBound) } else { w.substitute(0x0A) }
            } else if run.count == 1 {
                let m = Self.single[Int(units[run.lowerBound])]
                if m == Self.droppedMarker { w.skip(upTo: run.upperBound) } else { w.replace(upTo: run.upperBound, with: Self.multi[units[run.lowerBound]] ?? [m]) }
            } else {
                normalizeRun(units, run, &w)
            }
        }
        (units, map) = w.finish()
    }

    /// A run of several non-inert units: drop invisible ones, then let ICU normalise the rest
    /// as one piece (combining marks compose with their base).
    private func normalizeRun(_ u: [UInt16], _ run: Range<Int>, _ w: inout TextRewriter) {
        var k = run.lowerBound
        while k < run.upperBound {
            // Split the run at characters handled by table alone (controls, separators).
            var end = k
            while end < run.upperBound && !Self.isSpecial(u[end]) && Self.single[Int(u[end])] != 0x0A { end += 1 }
            if end > k {
                let piece = u[k..<end]
                let image = ICU.nfkc(piece)
                if image.elementsEqual(piece) { w.copy(upTo: end) }
                else if image.count == piece.count {
                    for unit in image { w.substitute(unit) }
                } else { w.replace(upTo: end, with: image) }
                k = end
            } else {
                let m = Self.single[Int(u[k])]
                if m == Self.droppedMarker { w.skip(upTo: k + 1) } else if m == u[k] { w.copy(upTo: k + 1) } else { w.substitute(m) }
                k += 1
            }
        }
    }
}
