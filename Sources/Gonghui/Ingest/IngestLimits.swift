/// The bounds ingest enforces, so a hostile or broken file ends in an error, not in memory
/// exhaustion or a hang.
public struct IngestLimits: Sendable, Hashable {
    /// Largest input file read (bytes).
    public var maxFileBytes: Int
    /// Largest decompressed part of a .docx (bytes): a zip bomb stops here.
    public var maxDecompressedBytes: Int
    /// Deepest element nesting walked in HTML and Word XML.
    public var maxNestingDepth: Int

    public init(maxFileBytes: Int = 64 << 20, maxDecompressedBytes: Int = 128 << 20, maxNestingDepth: Int = 256) {
        self.maxFileBytes = maxFileBytes
        self.maxDecompressedBytes = maxDecompressedBytes
        self.maxNestingDepth = maxNestingDepth
    }

    public static let standard = IngestLimits()
}

extension Int {
    /// 64 MiB, 1.5 KiB: sizes in error messages.
    var byteDescription: String {
        if self >= 1 << 20 { return "\(self >> 20) MiB" }
        if self >= 1 << 10 { return "\(self >> 10) KiB" }
        return "\(self) bytes"
    }
}
