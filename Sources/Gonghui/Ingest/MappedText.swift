#if canImport(Glibc)
import Glibc
#endif

/// Large UTF-8 text files, decoded from a memory map instead of a copy of their bytes.
///
/// Reading a file into an array and decoding it holds the bytes and the text at once: for a
/// 20 MB compilation that is 20 MB more than the text itself. Mapped, each stretch of bytes is
/// released (`MADV_DONTNEED`) once hashed, validated and decoded, so the bytes never all count
/// towards the process's memory. Only what `EncodingDetector` would read as UTF-8 takes this
/// path: anything else (a byte order mark for UTF-16, NULs, a legacy encoding, another format)
/// goes the ordinary way.
extension Ingestor {
    /// Files smaller than this are read the ordinary way (the copy is small, the map not worth it).
    static let mappedThreshold = 4 << 20

    /// The text of a large UTF-8 file of `size` bytes (as `checkedSize` found), or nil when the
    /// file is not one (then the caller reads it the ordinary way, which also reports every error).
    func readLargeUTF8(_ path: String, size: Int) throws(GonghuiError) -> SourceText? {
        guard forcedEncoding == nil, size > 0 else { return nil }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else { return nil }
        defer { munmap(base, size) }
        let all = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: size)
        let head = Array(all.prefix(65536))
        guard (try? format(of: head, path: path)) == .text, !head.starts(with: [0xFF, 0xFE]), !head.starts(with: [0xFE, 0xFF]),
              EncodingDetector.utf16WithoutBOM(head) == nil, !EncodingDetector.looksBinary(head) else { return nil }
        let release = { (range: Range<Int>) in
            // Whole pages only; the bytes stay readable (the file is mapped, not copied).
            let page = Int(sysconf(Int32(_SC_PAGESIZE)))
            let a = range.lowerBound / page * page, b = range.upperBound / page * page
            if b > a { _ = madvise(base + a, b - a, MADV_DONTNEED) }
        }
        let hash = SHA256.hex(of: all)
        release(0..<size)
        let body = head.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: all[3...]) : all
        guard let count = UTF8Text.decode(body, into: nil, release: release) else { release(0..<size); return nil }
        var units = [UInt16](unsafeUninitializedCapacity: count) { out, n in
            n = UTF8Text.decode(body, into: out, release: release) ?? 0
        }
        if units.count != count { units = [] }
        guard !units.isEmpty || count == 0 else { return nil }
        let d = try detector.finish(ICU.Decoded(units: units, badOffsets: [], badCount: 0), label: "UTF-8", byteCount: size, path: path)
        let source = DocumentSource(path: path, format: .text, encoding: d.encoding, contentHash: hash, byteCount: size)
        return SourceText(source: source, text: UTF16Text(d.units), warnings: d.warnings)
    }
}

/// Strict UTF-8 to UTF-16, as ICU's strict UTF-8 decoder reads it: the well-formed sequences of
/// Unicode's table 3-7 only (no overlong forms, surrogates or values past U+10FFFF).
enum UTF8Text {
    /// Decodes `b` into `out` (or only counts, when `out` is nil); nil at the first ill-formed
    /// sequence. `release` is told of each 4 MB stretch that has been read.
    static func decode(_ b: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt16>?,
                       release: (Range<Int>) -> Void = { _ in }) -> Int? {
        let n = b.count
        var i = 0, o = 0
        var released = 0
        @inline(__always) func put(_ u: UInt16) {
            if let out { out[o] = u }
            o += 1
        }
        @inline(__always) func cont(_ k: Int) -> UInt32? {
            guard k < n, b[k] & 0xC0 == 0x80 else { return nil }
            return UInt32(b[k] & 0x3F)
        }
        while i < n {
            if i - released >= 4 << 20 {
                release(released..<i)
                released = i
            }
            let c = b[i]
            if c < 0x80 { put(UInt16(c)); i += 1; continue }
            if c >= 0xC2 && c <= 0xDF {
                guard let x = cont(i + 1) else { return nil }
                put(UInt16((UInt32(c & 0x1F) << 6) | x)); i += 2; continue
            }
            if c >= 0xE0 && c <= 0xEF {
                guard i + 1 < n else { return nil }
                let d = b[i + 1]
                let low: UInt8 = c == 0xE0 ? 0xA0 : 0x80, high: UInt8 = c == 0xED ? 0x9F : 0xBF
                guard d >= low && d <= high, let y = cont(i + 2) else { return nil }
                put(UInt16((UInt32(c & 0x0F) << 12) | (UInt32(d & 0x3F) << 6) | y)); i += 3; continue
            }
            if c >= 0xF0 && c <= 0xF4 {
                guard i + 1 < n else { return nil }
                let d = b[i + 1]
                let low: UInt8 = c == 0xF0 ? 0x90 : 0x80, high: UInt8 = c == 0xF4 ? 0x8F : 0xBF
                guard d >= low && d <= high, let y = cont(i + 2), let z = cont(i + 3) else { return nil }
                let s = (UInt32(c & 0x07) << 18) | (UInt32(d & 0x3F) << 12) | (y << 6) | z
                put(UInt16(0xD800 + ((s - 0x10000) >> 10))); put(UInt16(0xDC00 + ((s - 0x10000) & 0x3FF))); i += 4; continue
            }
            return nil
        }
        release(released..<n)
        return o
    }
}
