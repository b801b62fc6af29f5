/// Decides which character encoding a text file is in, and decodes it.
///
/// ICU's detector is good on long texts but a short Chinese note can fool it, and GBK and Big5
/// share most of their byte ranges: a Big5 file decodes "cleanly" as GBK into nonsense. So the
/// decision also weighs what each candidate decoding produces: how many undecodable bytes, and
/// how many of its Han characters are frequent ones (in either script).
public struct EncodingDetector: Sendable {
    /// Frequent Han characters, simplified and traditional.
    private let frequent: UnitSet

    public init(frequentHanzi: UnitSet) {
        frequent = frequentHanzi
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
            var decision = try decodeReporting(Array(body), charset: canonical, label: forced, path: path)
            // A wrong --encoding gives text of rare characters (a GBK file read as Big5): say so,
            // and what the bytes read as, rather than return nothing quietly.
            let han = decision.units.prefix(2048).filter(CodeUnit.isHan).count
            let fit = score(ICU.Decoded(units: decision.units, badOffsets: [], badCount: 0), byteCount: bytes.count)
            if han >= 20, fit < Self.plausible, let detected = try? decode(bytes, path: path), detected.encoding != decision.encoding {
                let common = Int((fit * 100).rounded())
                decision.warnings.append(IngestWarning("\(path): read as \(forced), the text is mostly rare characters (\(max(0, common))% common ones); it reads as \(detected.encoding) — is --encoding \(forced) right?"))
            }
            return decision
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
        // Valid UTF-8 is decisive: GBK or Big5 text is almost never valid UTF-8 beyond a few
        // characters. Decoding strictly tests and decodes in one pass.
        if let units = ICU.decodeStrict(bytes, charset: "UTF-8") {
            return try finish(ICU.Decoded(units: units, badOffsets: [], badCount: 0), label: "UTF-8", byteCount: bytes.count, path: path)
        }
        return try decodeLegacy(bytes, path: path)
    }

    /// Chooses among the legacy Chinese encodings. Both GB18030 and Big5 are decoded and
    /// scored (undecodable bytes, frequent characters); only when the two are close does ICU's
    /// detector get a say (on a sample: it reads every byte through n-gram tables, which costs
    /// more than decoding), along with the other CJK encodings it proposes.
    private func decodeLegacy(_ bytes: [UInt8], path: String) throws(GonghuiError) -> Decision {
        // Mainland text read as GB18030 scores about 0.8, Big5 text read as GB18030 under 0.1
        // (and the other way round): a sample decides, and only the winner decodes in full.
        let sample = Self.sample(bytes, limit: 2048)
        var scored: [(score: Double, label: String, decoded: ICU.Decoded)] = []
        for decoder in [TwoByteDecoder.gb18030, TwoByteDecoder.big5] {
            let decoded = decoder.decodeCounting(sample)
            scored.append((score(decoded, byteCount: sample.count), decoder.charset, decoded))
        }
        scored.sort { $0.score > $1.score }
        if scored[0].score - scored[1].score >= 0.15 {
            let decoder = scored[0].label == "Big5" ? TwoByteDecoder.big5 : TwoByteDecoder.gb18030
            if let units = decoder.decode(bytes) {
                return try finish(ICU.Decoded(units: units, badOffsets: [], badCount: 0), label: decoder.charset, byteCount: bytes.count, path: path)
            }
            // Something outside the table: ICU decodes it and reports what it cannot.
            return try finish(try ICU.decode(bytes, charset: decoder.charset), label: decoder.charset, byteCount: bytes.count, path: path)
        }
        // Close call: decode everything in every candidate and ask ICU's detector too.
        scored = []
        for charset in ["GB18030", "Big5"] {
            guard let decoded = try? ICU.decode(bytes, charset: charset) else { continue }
            scored.append((score(decoded, byteCount: bytes.count), charset, decoded))
        }
        scored.sort { $0.score > $1.score }
        if scored.count == 2, scored[0].score - scored[1].score < 0.15 {
            let sample = Array(bytes.prefix(16384))
            let guesses = sample.withUnsafeBytes { ICU.detectCharsets($0) }
            for g in guesses {
                let upper = g.name.uppercased()
                if let i = scored.firstIndex(where: { $0.label.uppercased() == upper }) {
                    scored[i].score += Double(g.confidence) / 500
                } else if ["EUC-JP", "SHIFT_JIS", "EUC-KR"].contains(upper), let decoded = try? ICU.decode(bytes, charset: g.name) {
                    scored.append((self.score(decoded, byteCount: bytes.count) + Double(g.confidence) / 500, g.name, decoded))
                }
            }
            scored.sort { $0.score > $1.score }
        }
        guard let chosen = scored.first else {
            throw GonghuiError(.undecodable, "\(path): not text in any supported encoding")
        }
        return try finish(chosen.decoded, label: chosen.label, byteCount: bytes.count, path: path)
    }

    /// The first `limit` bytes, cut after a complete ASCII byte so no character is split (a
    /// split multi-byte character at the end would count as an error).
    static func sample(_ bytes: [UInt8], limit: Int) -> [UInt8] {
        guard bytes.count > limit else { return bytes }
        var end = limit
        while end > limit - 64 && bytes[end - 1] >= 0x80 { end -= 1 }
        return Array(bytes[..<end])
    }

    /// Higher is more plausible: the share of Han characters that are frequent, minus a heavy
    /// penalty for undecodable bytes.
    /// Below this score a decoding is not Chinese text (right ones score about 0.8, wrong ones 0.1).
    static let plausible = 0.4

    func score(_ decoded: ICU.Decoded, byteCount: Int) -> Double {
        var han = 0, frequentHan = 0, odd = 0
        decoded.units.withUnsafeBufferPointer { units in
            // Two thousand characters tell a right decoding from a wrong one.
            for u in units.prefix(2048) {
                if CodeUnit.isHan(u) {
                    han += 1
                    if frequent.contains(u) { frequentHan += 1 }
                } else if u >= 0xE000 && u <= 0xF8FF {
                    odd += 1  // private use: a sign of the wrong table
                }
            }
        }
        let frequency = han == 0 ? 0 : Double(frequentHan) / Double(han)
        let errors = Double(decoded.badCount) / Double(max(1, decoded.units.count)) + Double(odd) / Double(max(1, min(decoded.units.count, 2048)))
        return frequency - 10 * errors
    }

    private func decodeReporting(_ bytes: [UInt8], charset: String, label: String, path: String) throws(GonghuiError) -> Decision {
        let decoded = try ICU.decode(bytes, charset: charset)
        return try finish(decoded, label: label, byteCount: bytes.count, path: path)
    }

    func finish(_ decoded: ICU.Decoded, label: String, byteCount: Int, path: String) throws(GonghuiError) -> Decision {
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
