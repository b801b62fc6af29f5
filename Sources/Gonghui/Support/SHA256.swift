import CSupport

/// SHA-256 of a file's bytes: how a corpus recognises content it already holds.
///
/// Computed in C (CSupport): with the CPU's SHA instructions it runs at well over 1 GB/s,
/// so hashing every input costs ingest almost nothing.
public enum SHA256 {
    /// Lowercase hex digest. Example: hex(of: Array("abc".utf8)) == "ba7816bf…15ad".
    public static func hex(of bytes: [UInt8]) -> String {
        hex(digest(bytes))
    }

    /// The same through the portable implementation only (tests compare the two paths).
    public static func portableHex(of bytes: [UInt8]) -> String {
        var d = [UInt8](repeating: 0, count: 32)
        bytes.withUnsafeBufferPointer { gh_sha256_portable($0.baseAddress, $0.count, &d) }
        return hex(d)
    }

    public static var usesHardware: Bool { gh_sha256_uses_hardware() != 0 }

    /// Lowercase hex digest of bytes in memory (a mapped file).
    static func hex(of bytes: UnsafeBufferPointer<UInt8>) -> String {
        var d = [UInt8](repeating: 0, count: 32)
        gh_sha256(bytes.baseAddress, bytes.count, &d)
        return hex(d)
    }

    static func digest(_ bytes: [UInt8]) -> [UInt8] {
        var d = [UInt8](repeating: 0, count: 32)
        bytes.withUnsafeBufferPointer { gh_sha256($0.baseAddress, $0.count, &d) }
        return d
    }

    private static func hex(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for b in digest { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }
}
