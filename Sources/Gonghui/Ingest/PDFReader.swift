import Foundation

/// Reads the text of a PDF through poppler's `pdftotext` (a subprocess: poppler is GPL), page by
/// page, then puts the report's text back together: page furniture removed (running headers and
/// footers, page numbers), lines broken by the page's width joined, table rows as tab-separated
/// cells, pages without a text layer reported.
///
/// `-raw` (content-stream order) rather than the default reading mode: on two-column pages of
/// Chinese text the default mode interleaves the columns line by line (measured on
/// corpora/formats/report.columns.pdf), while Word, WPS and report generators write each column
/// in reading order. `-layout` interleaves columns too.
struct PDFReader: Sendable {
    let limits: IngestLimits
    let furniture: PageFurniture
    /// Read pages without a text layer with tesseract (`--ocr`).
    var ocr = false

    struct Result {
        var text: String
        /// Where each page starts in `text` (UTF-16 offsets).
        var pageStarts: [Int]
        /// 1-based pages whose text came from OCR.
        var ocrPages: [Int] = []
        var warnings: [IngestWarning]
    }

    /// Seconds pdftotext may take for one file.
    static let timeout = 120.0
    /// Where poppler-data keeps the CMaps of the standard Chinese CID fonts.
    static let popplerData = "/usr/share/poppler/cMap"

    func read(_ bytes: [UInt8], path: String) throws(GonghuiError) -> Result {
        guard let pdftotext = Subprocess.locate("pdftotext") else {
            throw GonghuiError(.unsupportedFormat, "\(path): reading PDF needs pdftotext (Debian package poppler-utils; scripts/deps installs it)")
        }
        // Without poppler-data, PDFs set in the non-embedded Chinese CID fonts of official
        // documents (STSong-Light, UniGB-UCS2-H) come out with no text at all.
        guard FileManager.default.fileExists(atPath: Self.popplerData) else {
            throw GonghuiError(.unsupportedFormat, "\(path): reading Chinese PDFs needs poppler-data (Debian package poppler-data; scripts/deps installs it)")
        }
        return try Subprocess.withTemporaryFile(bytes, suffix: ".pdf", path: path) { file throws(GonghuiError) in
            try read(file: file, pdftotext: pdftotext, bytes: bytes, path: path)
        }
    }

    func read(file: String, pdftotext: String, bytes: [UInt8], path: String) throws(GonghuiError) -> Result {
        let run = try Subprocess.run(pdftotext, ["-raw", "-enc", "UTF-8", "-eol", "unix", "-q", file, "-"],
                                     timeout: Self.timeout, maxOutput: limits.maxDecompressedBytes, path: path)
        if run.status != 0 {
            // -q keeps the messages quiet; ask once more for them to say why.
            let why = (try? Subprocess.run(pdftotext, [file, "/dev/null"], timeout: Self.timeout, maxOutput: 1 << 16, path: path).errors) ?? ""
            if run.status == 3 || why.contains("password") || why.contains("Encrypt") {
                throw GonghuiError(.unreadable, "\(path): the PDF is encrypted (it needs a password to open)")
            }
            if why.contains("May not be a PDF") {
                throw GonghuiError(.brokenContainer, "\(path): not a PDF (no PDF header)")
            }
            throw GonghuiError(.brokenContainer, "\(path): the PDF is damaged or truncated (\(why.split(separator: "\n").first.map(String.init) ?? "pdftotext failed"))")
        }
        var pages = String(decoding: run.output, as: UTF8.self).components(separatedBy: "\u{0C}")
        // pdftotext ends every page with a form feed, the last one too.
        if pages.count > 1, pages.last?.allSatisfy(\.isWhitespace) == true { pages.removeLast() }
        var lines = pages.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: .whitespaces) } }
        removeFurniture(&lines)

        var warnings: [IngestWarning] = []
        var blank = lines.indices.filter { !Self.hasText(lines[$0]) }
        var ocrPages: [Int] = []
        if ocr, !blank.isEmpty {
            let engine = try OCR(path: path)
            for k in blank {
                let text = try engine.page(k + 1, of: file, path: path)
                lines[k] = text.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }
                if Self.hasText(lines[k]) { ocrPages.append(k + 1) }
            }
            blank = blank.filter { !ocrPages.contains($0 + 1) }
            if !ocrPages.isEmpty {
                warnings.append(IngestWarning("\(path): page \(ocrPages.map { String($0) }.joined(separator: ", ")) read by OCR (tesseract): check their figures against the page"))
            }
        }
        if blank.count == lines.count {
            throw GonghuiError(.empty, "\(path): none of its \(lines.count) pages has a text layer (a scan?)" + (ocr ? "; OCR found no text either" : "; --ocr reads them with tesseract"))
        }
        if !blank.isEmpty {
            warnings.append(IngestWarning("\(path): \(blank.count) of \(lines.count) pages have no text layer (a scan or unreadable fonts): page \(blank.map { String($0 + 1) }.joined(separator: ", ")); their figures are missing" + (ocr ? "" : " (--ocr reads them with tesseract)")))
        }
        var text = ""
        var starts: [Int] = []
        var length = 0
        for (k, page) in lines.enumerated() {
            starts.append(length)
            let body = Self.join(blank.contains(k) ? [] : page)
            let chunk = body.joined(separator: "\n") + (k + 1 < lines.count ? "\n" : "")
            text += chunk
            length += chunk.utf16.count
        }
        return Result(text: text, pageStarts: starts, ocrPages: ocrPages, warnings: warnings)
    }

    /// Running headers and footers (a top or bottom line recurring on half the pages or more)
    /// and page numbers (by the dictionary's patterns), from the first and last lines of each page.
    func removeFurniture(_ pages: inout [[String]]) {
        let numbers = furniture.pageNumberPatterns.compactMap { try? ICURegex($0) }
        func edges(_ page: [String]) -> [Int] {
            let filled = page.indices.filter { !page[$0].isEmpty }
            return Array(Set(filled.prefix(Self.edgeLines) + filled.suffix(Self.edgeLines))).sorted()
        }
        var pagesWith: [String: Int] = [:]
        for page in pages {
            for key in Set(edges(page).map { PageFurniture.key(page[$0]) }) { pagesWith[key, default: 0] += 1 }
        }
        let recurring = max(2, (pages.count + 1) / 2)
        for k in pages.indices {
            for i in edges(pages[k]) {
                let line = pages[k][i]
                let units = Array(line.utf16)
                let isNumber = units.withUnsafeBufferPointer { u in numbers.contains { $0.matches(u) } }
                if isNumber || (pages.count >= 2 && pagesWith[PageFurniture.key(line), default: 0] >= recurring) {
                    pages[k][i] = ""
                }
            }
        }
    }

    /// How many lines at the top and at the bottom of a page may be furniture.
    static let edgeLines = 3

    /// A page with some text that is not broken glyphs (U+FFFD, private use, controls).
    static func hasText(_ lines: [String]) -> Bool {
        var good = 0, bad = 0
        for line in lines {
            for s in line.unicodeScalars where !s.properties.isWhitespace {
                if s.value == 0xFFFD || (0xE000...0xF8FF).contains(s.value) || s.value < 0x20 { bad += 1 } else { good += 1 }
            }
        }
        return good >= 4 && bad * 10 < (good + bad) * 3
    }

    /// Lines broken by the page's width joined into their paragraphs: a line as wide as the
    /// page's widest (less an indent and a character or two) that does not end a sentence goes on in the next line
    /// (集\n体协商, 1234.5万\n人); short lines (headings, a paragraph's last line) end there.
    /// Table rows become tab-separated cells.
    static func join(_ lines: [String]) -> [String] {
        let body = lines.filter { !$0.isEmpty }
        let widths = body.map(TextGrid.displayWidth)
        // Within the first-line indent and a pushed-down punctuation mark of the widest line.
        let widest = widths.max() ?? 0
        let full = widest - max(8, widest / 8)
        var out: [String] = []
        var current = ""
        var open = false
        for (k, line) in body.enumerated() {
            let row = tableRow(line)
            if open, row == nil {
                current += (current.last.map(isWordChar) == true && line.first.map(isWordChar) == true) ? " " + line : line
            } else {
                if !current.isEmpty { out.append(current) }
                current = row ?? line
            }
            open = row == nil && widths[k] >= full && full > 0 && !(line.last.map { endsSentence.contains($0) } ?? true)
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    static let endsSentence: Set<Character> = ["。", "！", "？", "：", "；", "!", "?", ":", ";", "”"]

    /// Latin letters: words joined across a line break with a space.
    static func isWordChar(_ c: Character) -> Bool { c.isASCII && c.isLetter }

    /// 新建基层工会（家） 46 58: cells separated by single spaces, at least three of them, most
    /// after the first numeric (46, 2022年, 93%): the row as tab-separated cells. Prose in
    /// Chinese has no spaces; a stray one (2023 年) leaves the line as it is.
    static func tableRow(_ line: String) -> String? {
        let cells = line.split(separator: " ", omittingEmptySubsequences: true)
        guard cells.count >= 3 else { return nil }
        let numeric = cells.dropFirst().filter { cell in
            let digits = cell.prefix { $0.isNumber || $0 == "." || $0 == "," }
            return !digits.isEmpty && cell.count - digits.count <= 2
        }
        guard numeric.count * 2 >= cells.count - 1, numeric.count >= 2 else { return nil }
        return cells.joined(separator: "\t")
    }
}

/// Text of a page without a text layer: poppler's pdftoppm renders it (300 dpi, grey), tesseract
/// reads it as simplified Chinese (Debian packages poppler-utils, tesseract-ocr-chi-sim).
struct OCR {
    let pdftoppm: String
    let tesseract: String

    init(path: String) throws(GonghuiError) {
        guard let r = Subprocess.locate("pdftoppm"), let t = Subprocess.locate("tesseract") else {
            throw GonghuiError(.unsupportedFormat, "\(path): --ocr needs pdftoppm and tesseract (Debian packages poppler-utils, tesseract-ocr-chi-sim)")
        }
        let languages = (try? Subprocess.run(t, ["--list-langs"], timeout: 30, maxOutput: 1 << 16, path: path))
        let listed = languages.map { String(decoding: $0.output, as: UTF8.self) + $0.errors } ?? ""
        guard listed.contains("chi_sim") else {
            throw GonghuiError(.unsupportedFormat, "\(path): --ocr needs tesseract's Chinese model (Debian package tesseract-ocr-chi-sim)")
        }
        pdftoppm = r
        tesseract = t
    }

    /// Seconds for one page, rendering and recognition each.
    static let timeout = 180.0

    func page(_ n: Int, of file: String, path: String) throws(GonghuiError) -> String {
        let prefix = file + "-page\(n)"
        defer { unlink(prefix + ".png") }
        let render = try Subprocess.run(pdftoppm, ["-r", "300", "-gray", "-png", "-singlefile", "-f", String(n), "-l", String(n), file, prefix],
                                        timeout: Self.timeout, maxOutput: 1 << 16, path: path)
        guard render.status == 0 else { throw GonghuiError(.brokenContainer, "\(path): page \(n) cannot be rendered for OCR") }
        let read = try Subprocess.run(tesseract, [prefix + ".png", "stdout", "-l", "chi_sim"], timeout: Self.timeout, maxOutput: 1 << 22, path: path)
        guard read.status == 0 else { throw GonghuiError(.unreadable, "\(path): tesseract could not read page \(n)") }
        return Self.closeUp(String(decoding: read.output, as: UTF8.self))
    }

    /// Tesseract puts spaces between Chinese characters (全 区 已 建): Chinese has none.
    static func closeUp(_ text: String) -> String {
        var out: [Character] = []
        let chars = Array(text)
        for (k, c) in chars.enumerated() {
            if c == " ", k > 0, k + 1 < chars.count, isWide(chars[k - 1]) || isWide(chars[k + 1]) { continue }
            out.append(c)
        }
        return String(out)
    }

    static func isWide(_ c: Character) -> Bool { c.unicodeScalars.first.map { $0.value >= 0x2E80 } ?? false }
}
