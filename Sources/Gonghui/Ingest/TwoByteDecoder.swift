/// Decodes GBK-range GB18030 and Big5 by table lookup: both are (mostly) two-byte encodings,
/// and a 24K-entry table decodes several times faster than ICU's general converter.
///
/// The tables come from ICU itself (every lead/trail pair decoded once), so the result is
/// ICU's; whatever the table lacks — GB18030's four-byte sequences, invalid bytes, the rare
/// pair that maps to two code points — makes `decode` return nil, and the caller uses ICU's
/// converter, which also reports undecodable bytes with their offsets.
final class TwoByteDecoder: Sendable {
    let charset: String
    /// Index (lead - 0x81) * 191 + (trail - 0x40) → UTF-16 unit, 0 when not a single unit.
    private let table: [UInt16]

    static let gb18030 = TwoByteDecoder(charset: "GB18030")
    static let big5 = TwoByteDecoder(charset: "Big5")

    private init(charset: String) {
        self.charset = charset
        var bytes: [UInt8] = []
        bytes.reserveCapacity(126 * 191 * 3)
        for lead in 0x81...0xFE {
            for trail in 0x40...0xFE {
                bytes.append(UInt8(lead)); bytes.append(UInt8(trail)); bytes.append(0x0A)
            }
        }
        var table = [UInt16](repeating: 0, count: 126 * 191)
        if let decoded = try? ICU.decode(bytes, charset: charset) {
            // One pair per line: a pair that decodes to one unit (not a substitute) is kept.
            var index = 0, start = 0
            let u = decoded.units
            for (i, c) in u.enumerated() where c == 0x0A {
                if i - start == 1, index < table.count {
                    let v = u[start]
                    if v != 0xFFFD && v != 0x1A && v >= 0x80 { table[index] = v }
                }
                index += 1
                start = i + 1
            }
        }
        self.table = table
    }

    /// The decoding, or nil when some byte sequence is not a plain table entry.
    func decode(_ bytes: [UInt8]) -> [UInt16]? {
        // A unit per ASCII byte and at most one per two other bytes: the output's exact bound.
        let ascii = bytes.reduce(0) { $0 + ($1 < 0x80 ? 1 : 0) }
        var out = [UInt16](repeating: 0, count: ascii + (bytes.count - ascii + 1) / 2)
        var count = 0
        let ok: Bool = bytes.withUnsafeBufferPointer { b in
            table.withUnsafeBufferPointer { t in
                out.withUnsafeMutableBufferPointer { o in
                    let n = b.count
                    var i = 0
                    while i < n {
                        let c = b[i]
                        if c < 0x80 { o[count] = UInt16(c); count += 1; i += 1; continue }
                        guard c >= 0x81, c <= 0xFE, i + 1 < n else { return false }
                        let d = b[i + 1]
                        guard d >= 0x40, d <= 0xFE else { return false }
                        let v = t[Int(c - 0x81) * 191 + Int(d - 0x40)]
                        if v == 0 { return false }
                        o[count] = v
                        count += 1
                        i += 2
                    }
                    return true
                }
            }
        }
        guard ok else { return nil }
        out.shrink(to: count)
        return out
    }

    /// Decodes as far as it can, counting what the table cannot decode (for choosing between
    /// charsets on a sample, where exact offsets do not matter).
    func decodeCounting(_ bytes: [UInt8]) -> ICU.Decoded {
        var out: [UInt16] = []
        out.reserveCapacity(bytes.count)
        var bad = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            if c < 0x80 { out.append(UInt16(c)); i += 1; continue }
            if c >= 0x81, c <= 0xFE, i + 1 < n, bytes[i + 1] >= 0x40, bytes[i + 1] <= 0xFE {
                let v = table[Int(c - 0x81) * 191 + Int(bytes[i + 1] - 0x40)]
                if v != 0 { out.append(v); i += 2; continue }
            }
            bad += 1
            out.append(0xFFFD)
            i += 1
        }
        return ICU.Decoded(units: out, badOffsets: [], badCount: bad)
    }
}
