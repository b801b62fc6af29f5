import Foundation

/// The file formats Gonghui reads.
public enum DocumentFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case text
    case html
    case docx
    /// Through poppler's pdftotext, page by page.
    case pdf
    /// Word 97–2003, through antiword.
    case doc
    case rtf
    /// OpenDocument text (LibreOffice, WPS), read like a .docx.
    case odt
    /// A WPS Writer file that is not in Word 97–2003 form: through LibreOffice.
    case wps

    /// Formats whose text comes in pages, so that records can say on which page they stand.
    public var isPaged: Bool { self == .pdf }
}

/// Where a document came from, so every figure can be traced back to a file and its bytes.
public struct DocumentSource: Sendable, Hashable, Codable {
    /// The path as the user gave it ("-" for standard input).
    public var path: String
    public var format: DocumentFormat
    /// The character encoding the bytes were decoded from (ICU's name: UTF-8, GB18030, Big5…).
    public var encoding: String
    /// SHA-256 of the file's bytes, lowercase hex.
    public var contentHash: String
    public var byteCount: Int
    /// For a paged source (PDF): where each page starts in the decoded text (UTF-16 offsets,
    /// ascending, the first 0). Empty for sources without pages.
    public var pageStarts: [Int] = []
    /// 1-based pages whose text came from OCR (`--ocr`): their figures are flagged.
    public var ocrPages: [Int] = []

    public var pageCount: Int? { pageStarts.isEmpty ? nil : pageStarts.count }

    public init(path: String, format: DocumentFormat, encoding: String, contentHash: String, byteCount: Int, pageStarts: [Int] = []) {
        self.path = path
        self.format = format
        self.encoding = encoding
        self.contentHash = contentHash
        self.byteCount = byteCount
        self.pageStarts = pageStarts
    }

    /// The 1-based page holding an offset of the decoded text, for a paged source.
    public func page(atOriginal offset: Int) -> Int? {
        guard !pageStarts.isEmpty else { return nil }
        var lo = 0, hi = pageStarts.count
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if pageStarts[mid] <= offset { lo = mid } else { hi = mid }
        }
        return lo + 1
    }
}

/// Something the reader had to do to the input that the user should know about.
public struct IngestWarning: Sendable, Hashable, Codable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A file read and decoded to text, before normalisation: the output of the ingest stage.
public struct SourceText: Sendable {
    public var source: DocumentSource
    /// The decoded text: what the file says, with markup and container structure removed
    /// (HTML blocks and Word paragraphs become lines, table cells are separated by tabs).
    public var text: UTF16Text
    /// A title the format itself declares (HTML <title>/<h1>, a Word title paragraph).
    public var declaredTitle: String?
    /// A publication date the format declares (HTML <meta name="publishdate">, Word core properties).
    public var declaredDate: ReportDate?
    public var warnings: [IngestWarning]

    public init(source: DocumentSource, text: UTF16Text, declaredTitle: String? = nil, declaredDate: ReportDate? = nil,
                warnings: [IngestWarning] = []) {
        self.source = source
        self.text = text
        self.declaredTitle = declaredTitle
        self.declaredDate = declaredDate
        self.warnings = warnings
    }
}
