import Foundation

/// Reads the text of an RTF file in-process: paragraphs as lines, table rows as tab-separated
/// cells, Unicode escapes (\uN with their fallback bytes skipped) and code-page bytes (\'hh, in
/// the document's \ansicpg: 936 for GBK, 950 for Big5) decoded; fonts, styles, pictures,
/// headers, footers and other destinations left out. Nesting is bounded.
struct RTFReader: Sendable {
    let limits: IngestLimits

    /// Destinations whose text is not the document's.
    static let skipped: Set<String> = ["fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "headerl", "headerr", "headerf",
                                       "footer", "footerl", "footerr", "footerf", "listtable", "listoverridetable", "rsidtbl",
                                       "generator", "xmlnstbl", "themedata", "colorschememapping", "latentstyles", "datastore",
                                       "pgdsctbl", "object", "fldinst", "footnote", "annotation", "bkmkstart", "bkmkend",
                                       "revtbl", "mmathPr", "pnseclvl", "field"]

    struct State {
        var skip = false
        var unicodeSkip = 1
    }

    func read(_ bytes: [UInt8], path: String) throws(GonghuiError) -> String {
        guard bytes.starts(with: Array("{\\rtf".utf8)) else { throw GonghuiError(.brokenContainer, "\(path): not an RTF file (no {\\rtf header)") }
        let codepage = Self.codepage(bytes)
        var out: [UInt16] = []
        var pending: [UInt8] = []  // \'hh bytes waiting to be decoded together
        var stack: [State] = []
        var state = State()
        var skipFallback = 0
        var i = 0
        func flush() throws(GonghuiError) {
            guard !pending.isEmpty else { return }
            out += try ICU.decode(pending, charset: codepage).units
            pending.removeAll()
        }
        func emit(_ s: String) throws(GonghuiError) {
            try flush()
            if !state.skip { out += Array(s.utf16) }
        }
        while i < bytes.count {
            let c = bytes[i]
            switch c {
            case UInt8(ascii: "{"):
                try flush()
                stack.append(state)
                if stack.count > limits.maxNestingDepth { throw GonghuiError(.brokenMarkup, "\(path): RTF groups nested deeper than \(limits.maxNestingDepth)") }
                // {\* … } is an optional destination: skipped unless known.
                if i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "\\"), bytes[i + 2] == UInt8(ascii: "*") { state.skip = true }
                i += 1
            case UInt8(ascii: "}"):
                try flush()
                guard let s = stack.popLast() else { throw GonghuiError(.brokenMarkup, "\(path): RTF has an unmatched }") }
                state = s
                i += 1
            case UInt8(ascii: "\\"):
                i += 1
                guard i < bytes.count else { break }
                let d = bytes[i]
                if d == UInt8(ascii: "'") {
                    // A code-page byte; a fallback of a \u escape is skipped.
                    if i + 2 < bytes.count, let b = UInt8(String(decoding: bytes[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) {
                        if skipFallback > 0 { skipFallback -= 1 } else if !state.skip { pending.append(b) }
                    }
                    i += 3
                    continue
                }
                if !Self.isLetter(d) {
                    // A control symbol: \\ \{ \} are text, \~ a space, others ignored.
                    if d == UInt8(ascii: "\\") || d == UInt8(ascii: "{") || d == UInt8(ascii: "}") { try emit(String(UnicodeScalar(d))) }
                    else if d == UInt8(ascii: "~") { try emit(" ") }
                    else if d == UInt8(ascii: "*") { state.skip = true }
                    i += 1
                    continue
                }
                var j = i
                while j < bytes.count, Self.isLetter(bytes[j]) { j += 1 }
                let word = String(decoding: bytes[i..<j], as: UTF8.self)
                var k = j
                if k < bytes.count, bytes[k] == UInt8(ascii: "-") { k += 1 }
                while k < bytes.count, bytes[k] >= 0x30, bytes[k] <= 0x39, k - j < 12 { k += 1 }
                let parameter = k > j ? Int(String(decoding: bytes[j..<k], as: UTF8.self)) : nil
                if k < bytes.count, bytes[k] == UInt8(ascii: " ") { k += 1 }
                i = k
                if Self.skipped.contains(word) { state.skip = true; continue }
                switch word {
                case "par", "line", "row", "sect", "page": try emit("\n")
                case "tab": try emit("\t")
                case "cell", "nestcell": try emit("\t")
                case "uc": state.unicodeSkip = max(0, parameter ?? 1)
                case "u":
                    if var v = parameter {
                        if v < 0 { v += 65536 }
                        try flush()
                        if !state.skip { out.append(UInt16(truncatingIfNeeded: v)) }
                        skipFallback = state.unicodeSkip
                    }
                case "emdash": try emit("—")
                case "endash": try emit("–")
                case "lquote": try emit("‘")
                case "rquote": try emit("’")
                case "ldblquote": try emit("“")
                case "rdblquote": try emit("”")
                case "bullet": try emit("•")
                default: break
                }
            case 0x0D, 0x0A:
                i += 1
            default:
                // Plain text; a fallback character of a \u escape is skipped.
                if skipFallback > 0 { skipFallback -= 1 } else if !state.skip { pending.append(c) }
                i += 1
            }
        }
        try flush()
        // A row's last cell ends with a tab before its line break: drop it.
        let text = String(decoding: out, as: UTF16.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var l = Substring(line)
            while l.last == "\t" { l = l.dropLast() }
            return String(l)
        }.joined(separator: "\n")
    }

    static func isLetter(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) }

    /// The code page of \'hh bytes: \ansicpgN, else what the font table's charsets say (134:
    /// GB2312 → 936, 136: Big5 → 950), else Windows-1252.
    static func codepage(_ bytes: [UInt8]) -> String {
        let head = String(decoding: bytes.prefix(8192), as: UTF8.self)
        if let r = head.range(of: "\\ansicpg") {
            let digits = head[r.upperBound...].prefix { $0.isNumber }
            if let n = Int(digits), n != 1252 { return n == 936 ? "GB18030" : n == 950 ? "Big5" : "windows-\(n)" }
        }
        if head.contains("\\fcharset134") { return "GB18030" }
        if head.contains("\\fcharset136") { return "Big5" }
        return "windows-1252"
    }
}
