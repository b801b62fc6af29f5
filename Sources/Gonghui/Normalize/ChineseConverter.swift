import Foundation

/// Converts traditional characters to simplified ones where the text is traditional.
///
/// ICU's Traditional-Simplified transliterator is right but slow (5–8 MB/s), and most reports
/// are already simplified. So its character mapping is taken once into a table, and text is
/// converted by lookup: characters that exist only in traditional writing (們, 會, 說 — not
/// in GB2312) are converted everywhere; characters that are also valid simplified (著, 乾, 於)
/// only in paragraphs that are traditional, where word overrides (`t2s-overrides.tsv`) fix
/// the words a character table gets wrong (顯著 → 显著, not 显着).
public struct ChineseConverter: Sendable {
    /// Per BMP unit: its simplified form (the unit itself when there is none).
    private let simplified: [UInt16]
    /// Per BMP unit: 0 none, 1 traditional-only (always convert), 2 ambiguous (convert in
    /// traditional paragraphs).
    private let kind: [UInt8]
    private let overrides: PrefixTrie
    private let overrideTargets: [[UInt16]]

    /// A paragraph is traditional when this share of its Han characters is traditional-only.
    static let paragraphThreshold = 0.03
    /// A document is traditional when this share of all its Han characters is.
    static let documentThreshold = 0.02

    public init(overrides: [(traditional: String, simplified: String)]) {
        let t = CharacterTable.shared
        simplified = t.simplified
        kind = t.kind
        self.overrides = PrefixTrie(overrides.map(\.traditional))
        overrideTargets = overrides.map { Array($0.simplified.utf16) }
    }

    /// The share of Han characters that only traditional writing uses (in the first 32K
    /// characters: enough to tell, and documents can be long).
    public func traditionalShare(_ units: [UInt16]) -> Double {
        var han = 0, trad = 0
        kind.withUnsafeBufferPointer { kind in
            for u in units.prefix(32768) where CodeUnit.isHan(u) {
                han += 1
                if kind[Int(u)] == 1 { trad += 1 }
            }
        }
        return han == 0 ? 0 : Double(trad) / Double(han)
    }

    /// True when the text needs no conversion at all (the usual case, checked first).
    func isSimplified(_ units: [UInt16]) -> Bool {
        kind.withUnsafeBufferPointer { kind in
            units.withUnsafeBufferPointer { u in
                for c in u where kind[Int(c)] == 1 { return false }
                return true
            }
        }
    }

    /// Converts in place: every replacement is one UTF-16 unit for one (overrides are checked
    /// to keep lengths), so the offset map does not change.
    func apply(_ units: inout [UInt16]) {
        if isSimplified(units) { return }
        let documentIsTraditional = traditionalShare(units) >= Self.documentThreshold
        units.withUnsafeMutableBufferPointer { b in
            var lineStart = 0
            while lineStart < b.count {
                var lineEnd = lineStart
                while lineEnd < b.count && b[lineEnd] != 0x0A { lineEnd += 1 }
                convertLine(b, lineStart..<lineEnd, documentIsTraditional: documentIsTraditional)
                lineStart = lineEnd + 1
            }
        }
    }

    private func convertLine(_ b: UnsafeMutableBufferPointer<UInt16>, _ line: Range<Int>, documentIsTraditional: Bool) {
        var traditional = documentIsTraditional
        if !traditional {
            var han = 0, trad = 0
            kind.withUnsafeBufferPointer { kind in
                for i in line where CodeUnit.isHan(b[i]) {
                    han += 1
                    if kind[Int(b[i])] == 1 { trad += 1 }
                }
            }
            if trad == 0 { return }
            traditional = Double(trad) >= Double(han) * Self.paragraphThreshold
        }
        kind.withUnsafeBufferPointer { kind in
            simplified.withUnsafeBufferPointer { simplified in
                var i = line.lowerBound
                while i < line.upperBound {
                    let c = b[i]
                    if traditional, overrides.mayStart(with: c),
                       let (entry, end) = overrides.longestPrefix(in: UnsafeBufferPointer(b), from: i, limit: line.upperBound) {
                        for (k, unit) in overrideTargets[entry].enumerated() { b[i + k] = unit }
                        i = end
                        continue
                    }
                    let k = kind[Int(c)]
                    if k == 1 || (k == 2 && traditional) {
                        b[i] = simplified[Int(c)]
                    } else if traditional, c == 0x300C || c == 0x300D || c == 0x300E || c == 0x300F {
                        // 「」『』 are traditional quotation marks; simplified text uses “”‘’.
                        b[i] = c == 0x300C ? 0x201C : c == 0x300D ? 0x201D : c == 0x300E ? 0x2018 : 0x2019
                    }
                    i += 1
                }
            }
        }
    }
}

/// ICU's traditional→simplified mapping of single characters.
///
/// Built by transliterating every Han character, which costs more than the rest of a
/// `gonghui normalize` of a short file (ICU parses four thousand rules, then frees them): the
/// table is kept in a cache file, named by ICU's version, that later processes read instead
/// (`$GONGHUI_CACHE`, else `$XDG_CACHE_HOME/gonghui`, else `~/.cache/gonghui`; `GONGHUI_CACHE=off`
/// builds it every time). A cache that cannot be written or read is rebuilt, never an error.
final class CharacterTable: Sendable {
    let simplified: [UInt16]
    let kind: [UInt8]

    static let shared = CharacterTable(cache: CharacterTable.cacheDirectory())

    init(cache directory: String?) {
        let file = directory.map { "\($0)/t2s-icu\(ICU.version)-v1.bin" }
        if let file, let (simplified, kind) = Self.read(file) {
            self.simplified = simplified
            self.kind = kind
            return
        }
        let built = Self.build()
        (simplified, kind) = (built.simplified, built.kind)
        if built.complete, let directory, let file { Self.write(simplified, kind, to: file, in: directory) }
    }

    static func cacheDirectory() -> String? {
        let env = ProcessInfo.processInfo.environment
        if let explicit = env["GONGHUI_CACHE"] { return explicit == "off" || explicit.isEmpty ? nil : explicit }
        if let xdg = env["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/gonghui" }
        if let home = env["HOME"], home.hasPrefix("/") { return home + "/.cache/gonghui" }
        return nil
    }

    /// The file's header: its format and what it was built from.
    static let magic = Array("gonghui t2s 1\n".utf8)
    static let fileSize = magic.count + 65536 * 3

    static func read(_ file: String) -> ([UInt16], [UInt8])? {
        guard let data = FileManager.default.contents(atPath: file), data.count == fileSize,
              data.prefix(magic.count).elementsEqual(magic) else { return nil }
        return data.withUnsafeBytes { raw in
            let base = magic.count
            let simplified = [UInt16](unsafeUninitializedCapacity: 65536) { out, n in
                for i in 0..<65536 { out[i] = UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: base + 2 * i, as: UInt16.self)) }
                n = 65536
            }
            let kind = Array(raw[(base + 2 * 65536)..<(base + 3 * 65536)])
            return (simplified, kind)
        }
    }

    static func write(_ simplified: [UInt16], _ kind: [UInt8], to file: String, in directory: String) {
        var bytes = magic
        bytes.reserveCapacity(fileSize)
        for u in simplified { bytes.append(UInt8(u & 0xFF)); bytes.append(UInt8(u >> 8)) }
        bytes += kind
        // Written aside and renamed: a process reading it sees the whole file or none.
        let temporary = "\(file).\(getpid()).tmp"
        guard (try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil,
              FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else { return }
        if rename(temporary, file) != 0 { unlink(temporary) }
    }

    /// The table from ICU: every Han character transliterated, in one call; `complete` when
    /// ICU gave an image for each (only such a table is cached).
    static func build() -> (simplified: [UInt16], kind: [UInt8], complete: Bool) {
        var complete = false
        var simplified = [UInt16](repeating: 0, count: 65536)
        for i in 0..<65536 { simplified[i] = UInt16(i) }
        var kind = [UInt8](repeating: 0, count: 65536)
        // Transliterate every Han character in one call, separated by newlines.
        var chars: [UInt16] = []
        var input: [UInt16] = []
        for range in [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF] {
            for c in range {
                chars.append(UInt16(c))
                input.append(UInt16(c))
                input.append(0x0A)
            }
        }
        // The set of characters valid in simplified writing: everything GB2312 encodes.
        var gb2312 = [Bool](repeating: false, count: 65536)
        var bytes: [UInt8] = []
        for hi in 0xA1...0xF7 { for lo in 0xA1...0xFE { bytes.append(UInt8(hi)); bytes.append(UInt8(lo)) } }
        if let decoded = try? ICU.decode(bytes, charset: "GB2312") {
            for u in decoded.units where u != 0xFFFD { gb2312[Int(u)] = true }
        }
        if let t = try? Transliterator(id: "Traditional-Simplified") {
            let output = t.transliterate(input)
            var images: [[UInt16]] = []
            var current: [UInt16] = []
            for u in output {
                if u == 0x0A { images.append(current); current = [] } else { current.append(u) }
            }
            if images.count == chars.count {
                complete = true
                for (c, image) in zip(chars, images) where image.count == 1 && image[0] != c && CodeUnit.isHan(image[0]) {
                    simplified[Int(c)] = image[0]
                    kind[Int(c)] = gb2312[Int(c)] ? 2 : 1
                }
            }
        }
        return (simplified, kind, complete)
    }
}
