/// Text held as UTF-16 code units, the form ICU works on, with cheap conversion of offsets to
/// Unicode scalars (the unit of every offset Gonghui prints).
///
/// Chinese reports are almost entirely in the Basic Multilingual Plane, so a UTF-16 offset is
/// nearly always a scalar offset; the rare supplementary characters (CJK Extension B names,
/// emoji) are remembered so the two can still be converted exactly.
public struct UTF16Text: Sendable, Hashable {
    public let units: [UInt16]
    /// UTF-16 offsets of the high surrogates of well-formed pairs, ascending.
    private let pairStarts: [Int32]

    public init(_ units: [UInt16]) {
        self.units = units
        var pairs: [Int32] = []
        var i = 0
        let n = units.count
        units.withUnsafeBufferPointer { u in
            while i < n {
                let c = u[i]
                if c & 0xFC00 == 0xD800, i + 1 < n, u[i + 1] & 0xFC00 == 0xDC00 {
                    pairs.append(Int32(i))
                    i += 2
                } else {
                    i += 1
                }
            }
        }
        self.pairStarts = pairs
    }

    /// `r` without the spaces, tabs and line breaks at its ends.
    static func trimmed(_ u: [UInt16], _ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b && (u[a] == 0x20 || u[a] == 0x0A || u[a] == 0x09) { a += 1 }
        while b > a && (u[b - 1] == 0x20 || u[b - 1] == 0x0A || u[b - 1] == 0x09) { b -= 1 }
        return a..<b
    }

    /// The lines of `u`, without their breaks (the last may be empty).
    static func lineRanges(_ u: UnsafeBufferPointer<UInt16>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for i in 0..<u.count where u[i] == 0x0A {
            lines.append(start..<i)
            start = i + 1
        }
        lines.append(start..<u.count)
        return lines
    }

    /// The number of well-formed surrogate pairs in `u` (each two units, one scalar).
    static func surrogatePairs(in u: UnsafeBufferPointer<UInt16>) -> Int {
        var pairs = 0
        var i = 0
        let n = u.count
        while i < n {
            if u[i] & 0xFC00 == 0xD800, i + 1 < n, u[i + 1] & 0xFC00 == 0xDC00 {
                pairs += 1
                i += 2
            } else {
                i += 1
            }
        }
        return pairs
    }

    public init(_ string: String) {
        self.init(Array(string.utf16))
    }

    public var count: Int { units.count }
    public var isEmpty: Bool { units.isEmpty }
    public var string: String { self[0..<units.count] }

    public subscript(range: Range<Int>) -> String {
        units.withUnsafeBufferPointer { String(utf16: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Number of Unicode scalars in the text.
    public var scalarCount: Int { units.count - pairStarts.count }

    /// The scalar offset of a UTF-16 offset (which must not split a surrogate pair).
    public func scalarOffset(_ utf16Offset: Int) -> Int {
        if pairStarts.isEmpty { return utf16Offset }
        return utf16Offset - pairsBefore(utf16Offset)
    }

    /// The UTF-16 offset of a scalar offset.
    public func utf16Offset(ofScalar scalarOffset: Int) -> Int {
        if pairStarts.isEmpty { return scalarOffset }
        // Each pair before the position adds one unit; find the fixed point by scanning pairs.
        var offset = scalarOffset
        for p in pairStarts {
            if Int(p) < offset { offset += 1 } else { break }
        }
        return offset
    }

    private func pairsBefore(_ utf16Offset: Int) -> Int {
        var lo = 0, hi = pairStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(pairStarts[mid]) < utf16Offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

extension String {
    /// A string from UTF-16 units, lone surrogates replaced by U+FFFD.
    ///
    /// The standard library's `String(decoding:as: UTF16.self)` parses scalar by scalar and
    /// cost a sixth of record extraction's time (every record carries its sentence); writing
    /// the UTF-8 directly is several times faster.
    public init(utf16 u: UnsafeBufferPointer<UInt16>) {
        let n = u.count
        self.init(unsafeUninitializedCapacity: n * 3) { out in
            var o = 0
            var i = 0
            while i < n {
                let c = UInt32(u[i])
                i += 1
                if c < 0x80 {
                    out[o] = UInt8(c); o += 1
                } else if c < 0x800 {
                    out[o] = UInt8(0xC0 | (c >> 6)); out[o + 1] = UInt8(0x80 | (c & 0x3F)); o += 2
                } else if c & 0xF800 != 0xD800 {
                    out[o] = UInt8(0xE0 | (c >> 12)); out[o + 1] = UInt8(0x80 | ((c >> 6) & 0x3F))
                    out[o + 2] = UInt8(0x80 | (c & 0x3F)); o += 3
                } else if c < 0xDC00, i < n, u[i] & 0xFC00 == 0xDC00 {
                    let s = 0x10000 + ((c - 0xD800) << 10) + (UInt32(u[i]) - 0xDC00)
                    i += 1
                    out[o] = UInt8(0xF0 | (s >> 18)); out[o + 1] = UInt8(0x80 | ((s >> 12) & 0x3F))
                    out[o + 2] = UInt8(0x80 | ((s >> 6) & 0x3F)); out[o + 3] = UInt8(0x80 | (s & 0x3F)); o += 4
                } else {
                    out[o] = 0xEF; out[o + 1] = 0xBF; out[o + 2] = 0xBD; o += 3
                }
            }
            return o
        }
    }
}

extension UTF16Text: CustomStringConvertible {
    public var description: String { string }
}

/// Character classes Chinese text processing asks about, on UTF-16 units.
public enum CodeUnit {
    @inline(__always) public static func isHan(_ u: UInt16) -> Bool {
        (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF) || u == 0x3007
    }
    @inline(__always) public static func isDigit(_ u: UInt16) -> Bool { u >= 0x30 && u <= 0x39 }
    @inline(__always) public static func isASCIILetter(_ u: UInt16) -> Bool {
        (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A)
    }
    @inline(__always) public static func isSpace(_ u: UInt16) -> Bool {
        u == 0x20 || u == 0x09 || u == 0xA0 || u == 0x3000
    }
    @inline(__always) public static func isNewline(_ u: UInt16) -> Bool { u == 0x0A }
    /// , ; : 。 ! ? and a line break: the marks a clause ends at (a look-ahead within a clause
    /// stops at the first).
    public static let clauseEnds = UnitSet(",;:。!?\n")
    /// What ends a full sentence (not a semicolon's part of one).
    public static let sentenceEnds = UnitSet("。!?")
    /// A dot at `k` that is one of a leader of two or more dots between the cells of a table
    /// (雇员工会.....821.....828), not a decimal point or a dot of a version: a dot touches it in `r`.
    @inline(__always) public static func isLeaderDot(_ u: UnsafeBufferPointer<UInt16>, _ k: Int, in r: Range<Int>) -> Bool {
        u[k] == 0x2E && ((k > r.lowerBound && u[k - 1] == 0x2E) || (k + 1 < r.upperBound && u[k + 1] == 0x2E))
    }

    /// A bracketed aside opening at `p` (12个宜昌职工(劳模、工匠)…, 14个乡镇(街道)…) and closed
    /// within `reach`: the position after its closing bracket.
    public static func asideEnd(_ u: UnsafeBufferPointer<UInt16>, at p: Int, reach: Int, limit: Int) -> Int? {
        guard p < limit, u[p] == 0x28, let close = (p + 1..<min(limit, p + reach)).first(where: { u[$0] == 0x29 }) else { return nil }
        return close + 1
    }

    /// , 。 、 ; : ! ? ) 》 ” % 」 …: marks that close what comes before them (no line of a
    /// paragraph starts with one; a noun followed by one ends its phrase).
    public static func closesClause(_ c: UInt16) -> Bool {
        c == 0x2C || c == 0x3002 || c == 0x3001 || c == 0x3B || c == 0x3A || c == 0x21 || c == 0x3F || c == 0x29
            || c == 0x300B || c == 0x201D || c == 0x25 || c == 0x300D || c == 0x2026
    }

    /// True when one of `words` (UTF-16 units) occurs in `u[r]`. For a handful of short words
    /// over a short stretch; Foundation's `String.contains` costs far more on Linux.
    public static func contains(_ words: [[UInt16]], in u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Bool {
        for w in words where !w.isEmpty && w.count <= r.count {
            var i = r.lowerBound
            while i + w.count <= r.upperBound {
                if u[i] == w[0] {
                    var k = 1
                    while k < w.count && u[i + k] == w[k] { k += 1 }
                    if k == w.count { return true }
                }
                i += 1
            }
        }
        return false
    }
}
