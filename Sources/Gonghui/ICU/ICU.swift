import ICUBridge

/// Swift face of the ICU services in ICUBridge. Nothing outside this folder calls the bridge.
enum ICU {
    /// The version of the ICU linked in ("72.1"): tables derived from its data are cached under it.
    static let version: String = {
        var out = [CChar](repeating: 0, count: 32)
        gh_icu_version(&out)
        return String(decoding: out.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()

    struct CharsetGuess: Sendable, Hashable {
        var name: String
        var confidence: Int
    }

    /// ICU's charset detector's candidates for `bytes`, best first.
    static func detectCharsets(_ bytes: UnsafeRawBufferPointer) -> [CharsetGuess] {
        var matches = [gh_charset_match](repeating: gh_charset_match(), count: 16)
        let n = bytes.withMemoryRebound(to: CChar.self) { b in
            gh_detect_charsets(b.baseAddress, Int32(b.count), &matches, 16)
        }
        guard n > 0 else { return [] }
        return matches.prefix(Int(n)).map { m in
            var m = m
            let name = withUnsafeBytes(of: &m.name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            return CharsetGuess(name: name, confidence: Int(m.confidence))
        }
    }

    struct Decoded {
        var units: [UInt16]
        /// Byte offsets of undecodable sequences (at most `badOffsetLimit` of them).
        var badOffsets: [Int]
        var badCount: Int
    }

    static let badOffsetLimit = 64

    /// Decodes `bytes` from `charset`; undecodable sequences become U+FFFD and are reported.
    static func decode(_ bytes: UnsafeRawBufferPointer, charset: String) throws(GonghuiError) -> Decoded {
        var bad = [Int32](repeating: 0, count: badOffsetLimit)
        var badCount: Int32 = 0
        var status: Int32 = 0
        // Most charsets give at most one UTF-16 unit per byte; size for that, retry if not.
        var capacity = bytes.count + 16
        while true {
            var units = [UInt16](repeating: 0, count: capacity)
            let n = bytes.withMemoryRebound(to: CChar.self) { b in
                gh_decode(charset, b.baseAddress, Int32(b.count), &units, Int32(capacity), &bad, Int32(badOffsetLimit), &badCount, &status)
            }
            if status == 15 /* U_BUFFER_OVERFLOW_ERROR */ && Int(n) > capacity {
                capacity = Int(n)
                continue
            }
            if status > 0 { throw GonghuiError(.unknownEncoding, "cannot decode as \(charset) (ICU error \(status))") }
            units.shrink(to: Int(n))
            let count = Int(badCount)
            return Decoded(units: units, badOffsets: bad.prefix(min(count, badOffsetLimit)).map(Int.init), badCount: count)
        }
    }

    /// Decodes a byte array (see `decode(_:charset:)` on a buffer).
    static func decode(_ bytes: [UInt8], charset: String) throws(GonghuiError) -> Decoded {
        var result: Result<Decoded, GonghuiError> = .failure(GonghuiError(.icu, "unreachable"))
        bytes.withUnsafeBytes { b in
            do throws(GonghuiError) { result = .success(try decode(b, charset: charset)) } catch { result = .failure(error) }
        }
        return try result.get()
    }

    /// Decodes bytes that must be entirely valid in `charset`; nil at the first invalid byte.
    static func decodeStrict(_ bytes: [UInt8], charset: String) -> [UInt16]? {
        var capacity = (charset == "UTF-8" ? utf16Length(utf8: bytes) : bytes.count) + 16
        while true {
            var units = [UInt16](repeating: 0, count: capacity)
            var status: Int32 = 0
            let n = bytes.withUnsafeBytes { b in
                b.withMemoryRebound(to: CChar.self) { c in
                    gh_decode_strict(charset, c.baseAddress, Int32(c.count), &units, Int32(capacity), &status)
                }
            }
            if status == 15 && Int(n) > capacity { capacity = Int(n) + 1; continue }
            // U_STRING_NOT_TERMINATED_WARNING (-124) is success.
            guard status <= 0 else { return nil }
            units.shrink(to: Int(n))
            return units
        }
    }

    /// Encodes text in `charset` (characters it lacks become its substitution character).
    static func encode(_ units: [UInt16], charset: String) throws(GonghuiError) -> [UInt8] {
        var status: Int32 = 0
        var capacity = units.count * 4 + 16
        while true {
            var bytes = [UInt8](repeating: 0, count: capacity)
            let n = bytes.withUnsafeMutableBufferPointer { b in
                b.withMemoryRebound(to: CChar.self) { c in
                    gh_encode(charset, units, Int32(units.count), c.baseAddress, Int32(capacity), &status)
                }
            }
            if status == 15 && Int(n) > capacity { capacity = Int(n); continue }
            if status > 0 { throw GonghuiError(.unknownEncoding, "cannot encode as \(charset) (ICU error \(status))") }
            return Array(bytes.prefix(Int(n)))
        }
    }

    /// ICU's canonical name for a charset alias, nil when ICU does not know it.
    static func canonicalCharset(_ alias: String) -> String? {
        guard let p = gh_canonical_charset(alias) else { return nil }
        return String(cString: p)
    }

    /// One bit per BMP code unit: set when NFKC leaves the unit alone whatever surrounds it.
    static let nfkcInertBits: [UInt8] = {
        var bits = [UInt8](repeating: 0, count: 8192)
        _ = gh_nfkc_inert_bits(&bits)
        return bits
    }()

    /// NFKC of a short run of text.
    static func nfkc(_ units: ArraySlice<UInt16>) -> [UInt16] {
        var status: Int32 = 0
        var capacity = units.count * 4 + 8
        while true {
            var out = [UInt16](repeating: 0, count: capacity)
            let n = units.withUnsafeBufferPointer { src in
                gh_nfkc(src.baseAddress, Int32(src.count), &out, Int32(capacity), &status)
            }
            if status == 15 && Int(n) > capacity { capacity = Int(n); continue }
            if status > 0 { return Array(units) }
            return Array(out.prefix(Int(n)))
        }
    }
}

/// An ICU transliterator; not thread-safe, so each thread opens its own.
final class Transliterator {
    private let handle: OpaquePointer

    init(id: String) throws(GonghuiError) {
        var status: Int32 = 0
        guard let h = gh_transliterator_open(id, &status), status <= 0 else {
            throw GonghuiError(.icu, "ICU transliterator \(id) is not available (ICU error \(status))")
        }
        handle = h
    }

    deinit { gh_transliterator_close(handle) }

    func transliterate(_ units: [UInt16]) -> [UInt16] {
        var capacity = units.count * 2 + 16
        while true {
            var buffer = units + [UInt16](repeating: 0, count: capacity - units.count)
            var status: Int32 = 0
            let n = gh_transliterate(handle, &buffer, Int32(units.count), Int32(capacity), &status)
            if status == 15 { capacity *= 2; continue }
            if status > 0 { return units }
            return Array(buffer.prefix(Int(n)))
        }
    }
}

/// An ICU break iterator over a UTF-16 buffer; not thread-safe.
final class BreakIterator {
    enum Kind: Int32 { case word = 0, sentence = 1 }

    /// ICU word-break rule status ranges (UWordBreak): what kind of segment a boundary ends.
    enum WordStatus {
        static let noneLimit: Int32 = 100
        static let numberLimit: Int32 = 200
        static let letterLimit: Int32 = 300
        static let kanaLimit: Int32 = 400
        static let ideoLimit: Int32 = 500
    }

    private let handle: OpaquePointer
    private var boundaries = [Int32](repeating: 0, count: 4096)
    private var statuses = [Int32](repeating: 0, count: 4096)

    init(_ kind: Kind, locale: String = "zh") throws(GonghuiError) {
        var status: Int32 = 0
        guard let h = gh_breaker_open(kind.rawValue, locale, &status), status <= 0 else {
            throw GonghuiError(.icu, "ICU break iterator for \(locale) is not available (ICU error \(status))")
        }
        handle = h
    }

    deinit { gh_breaker_close(handle) }

    /// Calls `body(end, status)` for every boundary after the start of `units[range]`, with
    /// offsets relative to the range start. The buffer must stay alive during the call.
    func forEachBoundary(in units: UnsafeBufferPointer<UInt16>, _ body: (Int, Int32) -> Void) {
        var status: Int32 = 0
        gh_breaker_set_text(handle, units.baseAddress, Int32(units.count), &status)
        guard status <= 0 else { return }
        let capacity = Int32(boundaries.count)
        while true {
            let n = Int(gh_breaker_next(handle, &boundaries, &statuses, capacity))
            if n == 0 { break }
            for i in 0..<n { body(Int(boundaries[i]), statuses[i]) }
        }
    }
}

/// A compiled ICU regular expression, matched against UTF-16 buffers without copying.
/// Not thread-safe: each thread compiles its own.
final class ICURegex {
    private let handle: OpaquePointer

    init(_ pattern: String) throws(GonghuiError) {
        var status: Int32 = 0
        let units = Array(pattern.utf16)
        guard let h = gh_regex_open(units, Int32(units.count), &status), status <= 0 else {
            throw GonghuiError(.dictionary, "not a valid regular expression: \(pattern)")
        }
        handle = h
    }

    deinit { gh_regex_close(handle) }

    func matches(_ text: UnsafeBufferPointer<UInt16>) -> Bool {
        gh_regex_find(handle, text.baseAddress, Int32(text.count)) == 1
    }

    /// The ranges of the pattern's non-overlapping matches in `text` (at most 64).
    func matchRanges(_ text: UnsafeBufferPointer<UInt16>) -> [Range<Int>] {
        var starts = [Int32](repeating: 0, count: 64), ends = [Int32](repeating: 0, count: 64)
        let n = gh_regex_find_all(handle, text.baseAddress, Int32(text.count), &starts, &ends, 64)
        guard n > 0 else { return [] }
        return (0..<Int(n)).map { Int(starts[$0])..<Int(ends[$0]) }
    }
}

extension ICU {
    /// The UTF-16 length of valid UTF-8: a unit per lead byte, two for a four-byte sequence.
    /// Sizing the output exactly keeps a large file's text at its size, not three times it.
    static func utf16Length(utf8 bytes: [UInt8]) -> Int {
        var n = 0
        for b in bytes where b & 0xC0 != 0x80 { n += b >= 0xF0 ? 2 : 1 }
        return n
    }
}

extension Array where Element == UInt16 {
    /// Keeps the first `count` units, in an array no larger than they need. Decoders size their
    /// output for the worst case; a document's original text is kept for its whole life.
    mutating func shrink(to count: Int) {
        if capacity - count <= 4096 { removeSubrange(count...) } else { self = Array(self[..<count]) }
    }
}
