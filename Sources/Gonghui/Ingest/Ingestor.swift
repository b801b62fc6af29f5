import CSupport
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The ingest stage: a path (or bytes) in, decoded text with its provenance out.
///
/// Format comes from the extension when it names one Gonghui reads, otherwise from the bytes
/// (a ZIP with word/document.xml, markup that opens like HTML, or decodable text). Anything
/// else is a one-line error naming the file.
public struct Ingestor: Sendable {
    public var limits: IngestLimits
    /// An encoding the user imposes (`--encoding`), for text and HTML files.
    public var forcedEncoding: String?
    /// Read PDF pages without a text layer with tesseract (`--ocr`).
    public var ocr = false
    let detector: EncodingDetector
    let chrome: HTMLChrome
    let furniture: PageFurniture

    public init(dictionaries: Dictionaries, limits: IngestLimits = .standard, forcedEncoding: String? = nil) {
        self.init(data: dictionaries.normalization, limits: limits, forcedEncoding: forcedEncoding)
    }

    public init(data: NormalizationData, limits: IngestLimits = .standard, forcedEncoding: String? = nil) {
        self.limits = limits
        self.forcedEncoding = forcedEncoding
        self.detector = EncodingDetector(frequentHanzi: data.frequentHanzi)
        self.chrome = data.htmlChrome
        self.furniture = data.pageFurniture
    }

    static let textExtensions: Set<String> = ["txt", "text", "md", "csv", "tsv"]
    static let htmlExtensions: Set<String> = ["html", "htm", "xhtml", "shtml"]

    /// Reads a file ("-" reads standard input).
    /// Opens a file to read it, or returns -1 (errno says why).
    /// O_NONBLOCK: opening a FIFO must not wait for a writer (`read(path:)` refuses it).
    /// O_NOCTTY: a terminal device named by mistake must not become the controlling one.
    /// O_NOATIME: reading a file need not write its access time (a batch of small files paid
    /// for an inode write each); only a file's owner may ask, so others open it plainly.
    static func openForReading(_ path: String) -> Int32 {
        let flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY
        let opened = open(path, flags | gh_open_noatime_flag())
        return opened < 0 && errno == EPERM ? open(path, flags) : opened
    }

    public func read(path: String) throws(GonghuiError) -> SourceText {
        guard path != "-" else { return try read(bytes: readBytes(path), path: path) }
        // Opened first and sized with fstat: one path look-up for the common case, a short
        // regular file. Anything else (large, not regular, not openable) takes checkedSize,
        // which says why a file cannot be read.
        let fd = Self.openForReading(path)
        if fd >= 0 {
            var st = stat()
            if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG && Int(st.st_size) < Self.mappedThreshold
                && Int(st.st_size) <= limits.maxFileBytes {
                // Closed before parsing: a batch holds one descriptor only while it reads.
                let bytes: [UInt8]
                do throws(GonghuiError) { bytes = try readBytes(fd: fd, path: path, size: Int(st.st_size)) } catch { close(fd); throw error }
                close(fd)
                return try read(bytes: bytes, path: path)
            }
            close(fd)
        }
        // One stat decides both: a large UTF-8 file is read mapped, any other file whole.
        let size = try checkedSize(path)
        if size >= Self.mappedThreshold, let source = try readLargeUTF8(path, size: size) { return source }
        return try read(bytes: readBytes(path, size: size), path: path)
    }

    /// Reads bytes that came from `path` (used for its extension and in messages).
    public func read(bytes: [UInt8], path: String) throws(GonghuiError) -> SourceText {
        if bytes.isEmpty { throw GonghuiError(.empty, "\(path): empty file") }
        if bytes.count > limits.maxFileBytes {
            throw GonghuiError(.tooLarge, "\(path): \(bytes.count.byteDescription) is over the \(limits.maxFileBytes.byteDescription) limit")
        }
        let format = try format(of: bytes, path: path)
        let hash = SHA256.hex(of: bytes)
        switch format {
        case .text:
            let d = try detector.decode(bytes, path: path, forced: forcedEncoding)
            let source = DocumentSource(path: path, format: .text, encoding: d.encoding, contentHash: hash, byteCount: bytes.count)
            return SourceText(source: source, text: UTF16Text(d.units), warnings: d.warnings)
        case .html:
            let (encoding, units, warnings) = try decodeHTML(bytes, path: path)
            let page = String(decoding: units, as: UTF16.self)
            let r = try HTMLReader(chrome: chrome, limits: limits).read(page, path: path)
            if r.text.allSatisfy(\.isWhitespace) {
                throw GonghuiError(.brokenMarkup, "\(path): the page has no text outside scripts and site chrome")
            }
            let source = DocumentSource(path: path, format: .html, encoding: encoding, contentHash: hash, byteCount: bytes.count)
            return SourceText(source: source, text: UTF16Text(r.text), declaredTitle: r.title, declaredDate: r.date, warnings: warnings)
        case .docx:
            let r = try DocxReader(limits: limits).read(bytes, path: path)
            if r.text.allSatisfy(\.isWhitespace) {
                throw GonghuiError(.empty, "\(path): the Word document has no text")
            }
            let source = DocumentSource(path: path, format: .docx, encoding: "UTF-8", contentHash: hash, byteCount: bytes.count)
            return SourceText(source: source, text: UTF16Text(r.text), declaredTitle: r.title, declaredDate: r.date)
        case .pdf:
            let r = try PDFReader(limits: limits, furniture: furniture, ocr: ocr).read(bytes, path: path)
            var source = DocumentSource(path: path, format: .pdf, encoding: "UTF-8", contentHash: hash, byteCount: bytes.count, pageStarts: r.pageStarts)
            source.ocrPages = r.ocrPages
            return SourceText(source: source, text: UTF16Text(r.text), warnings: r.warnings)
        case .doc, .rtf, .odt, .wps:
            let text: String
            switch format {
            case .wps:
                guard let t = try LibreOffice.text(of: bytes, suffix: ".wps", path: path) else {
                    throw GonghuiError(.unsupportedFormat, "\(path): reading this WPS document needs LibreOffice (Debian package libreoffice-writer), or save it as .docx")
                }
                text = t
            case .doc: text = try LegacyWordReader(limits: limits).read(bytes, path: path)
            case .rtf: text = try RTFReader(limits: limits).read(bytes, path: path)
            default: text = try ODTReader(limits: limits).read(bytes, path: path)
            }
            if text.allSatisfy(\.isWhitespace) { throw GonghuiError(.empty, "\(path): the document has no text") }
            let source = DocumentSource(path: path, format: format, encoding: "UTF-8", contentHash: hash, byteCount: bytes.count)
            return SourceText(source: source, text: UTF16Text(text))
        }
    }

    public func readBytes(_ path: String) throws(GonghuiError) -> [UInt8] {
        if path == "-" {
            var data = [UInt8]()
            let chunk = 1 << 16
            var buffer = [UInt8](repeating: 0, count: chunk)
            while true {
                let n = Glibc.read(0, &buffer, chunk)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw GonghuiError(.unreadable, "-: cannot read standard input")
                }
                if n == 0 { break }
                data.append(contentsOf: buffer[0..<n])
                if data.count > limits.maxFileBytes {
                    throw GonghuiError(.tooLarge, "-: standard input is over the \(limits.maxFileBytes.byteDescription) limit")
                }
            }
            return data
        }
        return try readBytes(path, size: checkedSize(path))
    }

    /// The size of the regular file at `path`, or the one-line error that says why it is none
    /// or too large to read.
    func checkedSize(_ path: String) throws(GonghuiError) -> Int {
        // POSIX calls: Foundation's file attribute dictionary costs more than reading a report.
        var st = stat()
        guard stat(path, &st) == 0 else {
            if errno == EACCES { throw GonghuiError(.unreadable, "\(path): cannot be read (permission denied)") }
            throw GonghuiError(.fileNotFound, "\(path): no such file")
        }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw GonghuiError(.isDirectory, "\(path): is a directory, not a file") }
        if (st.st_mode & S_IFMT) != S_IFREG && (st.st_mode & S_IFMT) != S_IFLNK {
            throw GonghuiError(.unreadable, "\(path): not a regular file")
        }
        let size = Int(st.st_size)
        if size > limits.maxFileBytes {
            throw GonghuiError(.tooLarge, "\(path): \(size.byteDescription) is over the \(limits.maxFileBytes.byteDescription) limit")
        }
        return size
    }

    /// The `size` bytes of the file at `path` (fewer if it shrank meanwhile).
    func readBytes(_ path: String, size: Int) throws(GonghuiError) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw GonghuiError(.unreadable, "\(path): cannot be read (\(errno == EACCES ? "permission denied" : "open failed"))") }
        defer { close(fd) }
        return try readBytes(fd: fd, path: path, size: size)
    }

    /// The `size` bytes of an open file (fewer if it shrank meanwhile).
    func readBytes(fd: Int32, path: String, size: Int) throws(GonghuiError) -> [UInt8] {
        var data = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let n = data.withUnsafeMutableBytes { b in Glibc.read(fd, b.baseAddress! + filled, size - filled) }
            if n < 0 {
                // Interrupted by a signal: try again. (Only regular files come here, which never
                // answer EAGAIN, so the non-blocking descriptor cannot spin.)
                if errno == EINTR { continue }
                throw GonghuiError(.unreadable, "\(path): read error")
            }
            if n == 0 { break }
            filled += n
        }
        if filled < size { data.removeSubrange(filled...) }
        return data
    }

    /// The format of `bytes`: the extension's, checked against the content, or sniffed.
    /// Formats people hand over with reports, named in the error rather than misread.
    static let otherFormats = ["xlsx": "an Excel workbook (.xlsx)", "xls": "an Excel workbook (.xls)", "xlsm": "an Excel workbook (.xlsm)",
                               "pptx": "a PowerPoint presentation (.pptx)", "ppt": "a PowerPoint presentation (.ppt)",
                               "zip": "a ZIP archive (unpack it and give its folder)", "rar": "a RAR archive (unpack it and give its folder)",
                               "7z": "a 7-Zip archive (unpack it and give its folder)"]

    func format(of bytes: [UInt8], path: String) throws(GonghuiError) -> DocumentFormat {
        let ext = Self.pathExtension(path)
        let isZip = bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
        if ext == "docx" {
            if !isZip { throw GonghuiError(.brokenContainer, "\(path): not a .docx (no ZIP signature)") }
            return .docx
        }
        if let named = Self.otherFormats[ext] {
            throw GonghuiError(.unsupportedFormat, "\(path): \(named), not a report Gonghui reads (.txt, .html, .docx, .pdf, .doc, .rtf, .odt)")
        }
        if ext == "pdf" {
            guard Self.looksLikePDF(bytes) else { throw GonghuiError(.brokenContainer, "\(path): not a PDF (no %PDF header)") }
            return .pdf
        }
        if Self.looksLikePDF(bytes) { return .pdf }
        if ext == "doc" || ext == "wps" {
            if bytes.starts(with: Self.oleSignature) { return .doc }
            if bytes.starts(with: Array("{\\rtf".utf8)) { return .rtf }  // RTF saved as .doc
            if ext == "wps" { return .wps }
            throw GonghuiError(.brokenContainer, "\(path): not a Word 97–2003 document (no OLE signature)")
        }
        if ext == "rtf" || bytes.starts(with: Array("{\\rtf".utf8)) { return .rtf }
        if ext == "odt" {
            if !isZip { throw GonghuiError(.brokenContainer, "\(path): not an .odt (no ZIP signature)") }
            return .odt
        }
        if Self.htmlExtensions.contains(ext) { return .html }
        if Self.textExtensions.contains(ext) { return .text }
        // Unknown or missing extension: look at the content.
        if isZip { return Self.isOpenDocumentText(bytes) ? .odt : .docx }
        if bytes.starts(with: Self.oleSignature) { return .doc }
        if Self.looksLikeHTML(bytes) { return .html }
        if EncodingDetector.looksBinary(bytes) && EncodingDetector.utf16WithoutBOM(bytes) == nil
            && !bytes.starts(with: [0xFF, 0xFE]) && !bytes.starts(with: [0xFE, 0xFF]) {
            throw GonghuiError(.unsupportedFormat, "\(path): unsupported format (binary content, extension .\(ext.isEmpty ? "none" : ext))")
        }
        return .text
    }

    /// The extension of a path's last component, lowercased ("" for none, a dot file or a
    /// trailing dot), as NSString's pathExtension gives it: that bridge cost a percent of
    /// reading a short report.
    public static func pathExtension(_ path: String) -> String {
        let u = Array(path.utf8)
        var i = u.count
        while i > 0, u[i - 1] != 0x2F {
            if u[i - 1] == 0x2E {
                // A leading dot names a hidden file, not an extension.
                guard i - 1 > 0, u[i - 2] != 0x2F, i < u.count else { return "" }
                return String(decoding: u[i...], as: UTF8.self).lowercased()
            }
            i -= 1
        }
        return ""
    }

    /// The compound-file signature of Word 97–2003 (and other old Office) files.
    static let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// %PDF within the first kilobyte (some writers put bytes before it).
    static func looksLikePDF(_ bytes: [UInt8]) -> Bool {
        // Read for every file (a PDF saved as .txt): a plain loop, no slices or arrays.
        let end = min(bytes.count, 1024) - 5  // %PDF-
        guard end >= 0 else { return false }
        return bytes.withUnsafeBufferPointer { b in
            var i = 0
            while i <= end {
                if b[i] == 0x25 && b[i + 1] == 0x50 && b[i + 2] == 0x44 && b[i + 3] == 0x46 && b[i + 4] == 0x2D { return true }
                i += 1
            }
            return false
        }
    }

    /// An OpenDocument text names its type in the ZIP's first, uncompressed entry, "mimetype".
    static func isOpenDocumentText(_ bytes: [UInt8]) -> Bool {
        String(decoding: bytes.prefix(128), as: UTF8.self).contains("application/vnd.oasis.opendocument.text")
    }

    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        return head.contains("<html") || head.contains("<!doctype html") || (head.contains("<body") && head.contains("<"))
    }

    /// A page's encoding: its BOM, else its declaration when the bytes agree, else detection.
    /// Pages that declare one charset and are in another are common (a UTF-8 page still
    /// saying gbk), so the declaration is checked against the bytes before it is believed.
    func decodeHTML(_ bytes: [UInt8], path: String) throws(GonghuiError) -> (String, [UInt16], [IngestWarning]) {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        guard forcedEncoding == nil, !hasBOM, let declared = Self.declaredCharset(bytes),
              let canonical = ICU.canonicalCharset(declared) else {
            let d = try detector.decode(bytes, path: path, forced: forcedEncoding)
            return (d.encoding, d.units, d.warnings)
        }
        let declaresUTF8 = canonical.uppercased().hasPrefix("UTF-8")
        let validUTF8 = EncodingDetector.isValidUTF8(bytes)
        let believable = declaresUTF8 ? validUTF8 : (!validUTF8 || bytes.allSatisfy { $0 < 0x80 })
        if believable, let d = try? detector.decode(bytes, path: path, forced: declared) {
            return (Self.label(canonical, declared: declared), d.units, d.warnings)
        }
        let d = try detector.decode(bytes, path: path)
        let note = IngestWarning("\(path): page declares charset \(declared) but is \(d.encoding); read as \(d.encoding)")
        return (d.encoding, d.units, [note] + d.warnings)
    }

    static func label(_ canonical: String, declared: String) -> String {
        let up = declared.uppercased()
        if up == "GBK" || up == "GB2312" || up == "GB18030" || up == "X-GBK" { return "GB18030" }
        if up.hasPrefix("UTF-8") || up == "UTF8" { return "UTF-8" }
        if up.hasPrefix("BIG5") { return "Big5" }
        return declared
    }

    /// The charset a page declares in its first bytes (<meta charset>, http-equiv, <?xml encoding>).
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        for marker in ["charset=", "encoding="] {
            var search = head[...]
            while let r = search.range(of: marker) {
                var value = head[r.upperBound...].drop(while: { $0 == "\"" || $0 == "'" || $0 == " " })
                value = value.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
                if !value.isEmpty { return String(value) }
                search = head[r.upperBound...]
            }
        }
        return nil
    }
}
