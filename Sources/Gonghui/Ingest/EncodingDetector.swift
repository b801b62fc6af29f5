/// Decides which character encoding a text file is in, and decodes it.
///
/// ICU's detector is good on long texts but a short Chinese note can fool it, and GBK and Big5
/// share most of their byte ranges: a Big5 file decodes "cleanly" as GBK into nonsense. So the
/// decision also weighs what each candidate decoding produces: how many undecodable bytes, and
/// how many of its Han characters are frequent ones (in either script).
public struct EncodingDetector: Sendable {
    /// Frequent Han characters, simplified and traditional, as a 64K bitmap.
    private let frequent: [Bool]

    public init(frequentHanzi: Set<UInt16>) {
        var table = [Bool](repeating: false, count: 65536)
        for u in frequentHanzi { table[Int(u)] = true }
        frequent = table
    }

    public struct Decision: Sendable {
        public var encoding: String
        public var units: [UInt16]
        public var warnings: [IngestWarning]
    }

    /// Decodes `bytes` (no BOM handling needed by the caller), using `forced` when given.
    public func decode(_ bytes: [UInt8], path: String, forced: String? = nil) throws(GonghuiError) -> Decision {
        if let forced {
            guard let canonical = ICU.canonicalCharset(forced) else {
                throw GonghuiError(.unknownEncoding, "\(path): unknown encoding \(forced)")
            }
            var body = bytes[...]
            if canonical.uppercased().hasPrefix("UTF-8"), body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            return try decodeReporting(Array(body), charset: canonical, label: forced, path: path)
        }
        // Byte order marks are decisive.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try decodeReporting(Array(bytes.dropFirst(3)), charset: "UTF-8", label: "UTF-8", path: path)
        }
        if bytes.starts(with: [0xFF, 0xFE]) && !bytes.starts(with: [0xFF, 0xFE, 0, 0]) {
            return try decodeReporting(Array(bytes.dropFirst(2)), charset: "UTF-16LE", label: "UTF-16LE", path: path)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return try decodeReporting(Array(bytes.dropFirst(2)), charset: "UTF-16BE", label: "UTF-16BE", path: path)
        }
        if let utf16 = Self.utf16WithoutBOM(bytes) {
            return try decodeReporting(bytes, charset: utf16, label: utf16, path: path)
        }
        if Self.looksBinary(bytes) {
            throw GonghuiError(.binary, "\(path): binary data, not text (NUL or control bytes)")
        }
        if Self.isValidUTF8(bytes) {
            return try decodeReporting(bytes, charset: "UTF-8", label: "UTF-8", path: path)
        }
        return try decodeLegacy(bytes, path: path)
    }

    /// Chooses among the legacy Chinese encodings (and whatever ICU proposes).
    private func decodeLegacy(_ bytes: [UInt8], path: String) throws(GonghuiError) -> Decision {
        let guesses = bytes.withUnsafeBytes { ICU.detectCharsets($0) }
        var candidates: [(charset: String, label: String, icuConfidence: Int)] = [
            ("GB18030", "GB18030", 0), ("Big5", "Big5", 0),
        ]
        for g in guesses {
            let upper = g.name.uppercased()
            if let i = candidates.firstIndex(where: { $0.charset.uppercased() == upper }) {
                candidates[i].icuConfidence = max(candidates[i].icuConfidence, g.confidence)
            } else if ["EUC-JP", "SHIFT_JIS", "EUC-KR", "ISO-2022-CN", "ISO-2022-JP", "ISO-2022-KR"].contains(upper) {
                candidates.append((g.name, g.name, g.confidence))
            }
        }
        var best: (score: Double, charset: String, label: String, decoded: ICU.Decoded)?
        for c in candidates {
            guard let decoded = try? ICU.decode(bytes, charset: c.charset) else { continue }
            let score = self.score(decoded, byteCount: bytes.count) + Double(c.icuConfidence) / 1000
            if best == nil || score > best!.score {
                best = (score, c.charset, c.label, decoded)
            }
        }
        guard let chosen = best else {
            throw GonghuiError(.undecodable, "\(path): not text in any supported encoding")
        }
        return try finish(chosen.decoded, label: chosen.label, byteCount: bytes.count, path: path)
    }

    /// Higher is more plausible: the share of Han characters that are frequent, minus a heavy
    /// penalty for undecodable bytes.
    func score(_ decoded: ICU.Decoded, byteCount: Int) -> Double {
        var han = 0, frequentHan = 0, odd = 0
        for u in decoded.units {
            if CodeUnit.isHan(u) {
                han += 1
                if frequent[Int(u)] { frequentHan += 1 }
            } else if u >= 0xE000 && u <= 0xF8FF {
                odd += 1  // private use: a sign of the wrong table
            }
        }
        let frequency = han == 0 ? 0 : Double(frequentHan) / Double(han)
        let errors = Double(decoded.badCount + odd) / Double(max(1, decoded.units.count))
        return frequency - 10 * errors
    }

    private func decodeReporting(_ bytes: [UInt8], charset: String, label: String, path: String) throws(GonghuiError) -> Decision {
        let decoded = try ICU.decode(bytes, charset: charset)
        return try finish(decoded, label: label, byteCount: bytes.count, path: path)
    }

    private func finish(_ decoded: ICU.Decoded, label: String, byteCount: Int, path: String) throws(GonghuiError) -> Decision {
        var warnings: [IngestWarning] = []
        if decoded.badCount > 0 {
            // A handful of broken bytes is a damaged file worth reading; mostly broken is not text.
            if decoded.badCount * 20 > max(1, byteCount) {
                throw GonghuiError(.undecodable, "\(path): \(decoded.badCount) undecodable byte sequences in \(label) (more than 5% of the file); try --encoding")
            }
            let shown = decoded.badOffsets.prefix(10).map { String($0) }.joined(separator: ", ")
            let more = decoded.badCount > 10 ? ", …" : ""
            warnings.append(IngestWarning("\(path): \(decoded.badCount) undecodable byte sequence\(decoded.badCount == 1 ? "" : "s") in \(label) at byte offset\(decoded.badCount == 1 ? "" : "s") \(shown)\(more); replaced with U+FFFD"))
        }
        if Self.controlShare(decoded.units) > 0.01 {
            throw GonghuiError(.binary, "\(path): binary data, not text (control characters after decoding as \(label))")
        }
        return Decision(encoding: label, units: decoded.units, warnings: warnings)
    }

    // MARK: Byte-level checks

    /// Strict UTF-8 validation (no overlongs, no surrogates), the strongest single signal: GBK
    /// or Big5 text is almost never valid UTF-8 beyond a few characters.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var i = 0
        let n = bytes.count
        return bytes.withUnsafeBufferPointer { b -> Bool in
            while i < n {
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                var need = 0
                var min: UInt32 = 0
                var v: UInt32
                if c & 0xE0 == 0xC0 { need = 1; v = UInt32(c & 0x1F); min = 0x80 }
                else if c & 0xF0 == 0xE0 { need = 2; v = UInt32(c & 0x0F); min = 0x800 }
                else if c & 0xF8 == 0xF0 { need = 3; v = UInt32(c & 0x07); min = 0x10000 }
                else { return false }
                if i + need >= n { return false }
                for k in 1...need {
                    let d = b[i + k]
                    if d & 0xC0 != 0x80 { return false }
                    v = v << 6 | UInt32(d & 0x3F)
                }
                if v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) { return false }
                i += need + 1
            }
            return true
        }
    }

    /// UTF-16 without a byte order mark shows as NUL bytes in every other position for the
    /// ASCII part of the text.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 8 else { return nil }
        var evenNul = 0, oddNul = 0
        for (i, b) in sample.enumerated() where b == 0 {
            if i % 2 == 0 { evenNul += 1 } else { oddNul += 1 }
        }
        let pairs = sample.count / 2
        if oddNul * 4 > pairs && evenNul * 20 < oddNul { return "UTF-16LE" }
        if evenNul * 4 > pairs && oddNul * 20 < evenNul { return "UTF-16BE" }
        return nil
    }

    /// NUL bytes (outside UTF-16) or many C0 controls mean the file is not text.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        var controls = 0
        for b in bytes.prefix(65536) {
            if b == 0 { return true }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1A { controls += 1 }
        }
        return controls * 100 > min(bytes.count, 65536)
    }

    static func controlShare(_ units: [UInt16]) -> Double {
        guard !units.isEmpty else { return 0 }
        var controls = 0
        for u in units.prefix(65536) where (u < 0x20 && u != 0x09 && u != 0x0A && u != 0x0D && u != 0x0C) || u == 0x7F {
            controls += 1
        }
        return Double(controls) / Double(min(units.count, 65536))
    }
}
