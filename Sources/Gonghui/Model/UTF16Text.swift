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

    public init(_ string: String) {
        self.init(Array(string.utf16))
    }

    public var count: Int { units.count }
    public var isEmpty: Bool { units.isEmpty }
    public var string: String { String(decoding: units, as: UTF16.self) }

    public subscript(range: Range<Int>) -> String {
        String(decoding: units[range], as: UTF16.self)
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
}
