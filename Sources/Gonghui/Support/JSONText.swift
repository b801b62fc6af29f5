/// Minimal JSON output with a fixed key order, so that every output is byte-for-byte
/// reproducible (Foundation's encoder sorts or scrambles keys and escapes "/" needlessly).
public struct JSONObject {
    /// The object so far, as UTF-8 (one buffer: building and joining a string per field cost
    /// a fifth of `extract`).
    private var bytes: [UInt8]
    private var empty = true

    public init() {
        bytes = [0x7B]  // {
        bytes.reserveCapacity(640)
    }

    private mutating func key(_ key: String) {
        if !empty { bytes.append(0x2C); bytes.append(0x20) }  // ", "
        empty = false
        JSONText.appendQuoted(key, to: &bytes)
        bytes.append(0x3A); bytes.append(0x20)  // ": "
    }

    public mutating func add(_ key: String, _ value: String?) {
        self.key(key)
        if let value { JSONText.appendQuoted(value, to: &bytes) } else { bytes.append(contentsOf: "null".utf8) }
    }

    public mutating func add(_ key: String, number: String) {
        self.key(key)
        bytes.append(contentsOf: number.utf8)
    }

    public mutating func add(_ key: String, _ value: Int) {
        self.key(key)
        bytes.append(contentsOf: String(value).utf8)
    }

    public mutating func add(_ key: String, raw: String) {
        self.key(key)
        bytes.append(contentsOf: raw.utf8)
    }

    public var text: String { String(decoding: utf8, as: UTF8.self) }

    /// The object as UTF-8, closed: for writers that take bytes (no String made and checked).
    public var utf8: [UInt8] {
        var b = bytes
        b.append(0x7D)  // }
        return b
    }
}

public enum JSONText {
    public static func quote(_ s: String) -> String {
        var b: [UInt8] = []
        b.reserveCapacity(s.utf8.count + 2)
        appendQuoted(s, to: &b)
        return String(decoding: b, as: UTF8.self)
    }

    /// `s` as a JSON string, appended to `b`: quotes, backslashes and control characters
    /// escaped, everything else as it is (UTF-8 bytes of other characters are never below 0x80).
    static let hexDigits = Array("0123456789abcdef".utf8)

    public static func appendQuoted(_ s: String, to b: inout [UInt8]) {
        b.append(0x22)
        var s = s
        s.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return }
            // Runs that need no escape are copied whole; they are found eight bytes at a time
            // (a record's sentence is a few hundred bytes of Han characters and never needs one).
            var run = 0
            var i = 0
            while i < utf8.count {
                if i + 8 <= utf8.count, !mayNeedEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { i += 8; continue }
                let c = utf8[i]
                i += 1
                guard c < 0x20 || c == 0x22 || c == 0x5C else { continue }
                if i - 1 > run { b.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<(i - 1)])) }
                run = i
                switch c {
                case 0x22: b.append(0x5C); b.append(0x22)
                case 0x5C: b.append(0x5C); b.append(0x5C)
                case 0x0A: b.append(0x5C); b.append(0x6E)
                case 0x0D: b.append(0x5C); b.append(0x72)
                case 0x09: b.append(0x5C); b.append(0x74)
                default:
                    b.append(contentsOf: "\\u00".utf8)
                    b.append(hexDigits[Int(c >> 4)]); b.append(hexDigits[Int(c & 15)])
                }
            }
            if utf8.count > run { b.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...])) }
        }
        b.append(0x22)
    }

    /// Whether any of eight bytes is a control character, a quote or a backslash (never false
    /// when one is: the byte-wise test then decides).
    @inline(__always) static func mayNeedEscape(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        let below0x20 = (x &- ones &* 0x20) & ~x & highs != 0
        return below0x20 || hasZero(x ^ (ones &* 0x22)) || hasZero(x ^ (ones &* 0x5C))
    }
}
