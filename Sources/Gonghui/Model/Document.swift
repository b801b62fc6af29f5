/// A report after normalisation: the text every later stage reads, the original it came from,
/// and the map between the two.
///
/// Stages never modify a document; sentences, tokens, quantities and records are ranges into
/// `text`, and `originalRange(of:)` takes any of them back to the decoded source.
public struct Document: Sendable {
    public var source: DocumentSource
    /// The decoded text as ingest produced it.
    public var original: UTF16Text
    /// NFKC, simplified, without annotations and boilerplate, whitespace tidied.
    public var text: UTF16Text
    /// Maps ranges of `text` to ranges of `original`.
    public var offsetMap: OffsetMap
    public var metadata: DocumentMetadata
    public var warnings: [IngestWarning]
    /// The ranges of `text` that were normalised apart (`TextWindows`), which later stages also
    /// read apart; empty when the text was read whole.
    public var windows: [Range<Int>] = []

    public init(source: DocumentSource, original: UTF16Text, text: UTF16Text, offsetMap: OffsetMap,
                metadata: DocumentMetadata, warnings: [IngestWarning]) {
        self.source = source
        self.original = original
        self.text = text
        self.offsetMap = offsetMap
        self.metadata = metadata
        self.warnings = warnings
    }

    /// Window `k` of a long document as a document of its own: its text, the map of that text
    /// into the whole original, the same source and metadata.
    public func window(_ k: Int) -> Document {
        let r = windows[k]
        return Document(source: source, original: original, text: UTF16Text(Array(text.units[r])), offsetMap: offsetMap.slice(r),
                        metadata: metadata, warnings: [])
    }

    /// The range of the original text that a range of the normalised text came from.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        offsetMap.sourceRange(of: range)
    }

    /// The 1-based page of the source that a position of the normalised text came from (nil for
    /// sources without pages).
    public func page(at offset: Int) -> Int? {
        guard !source.pageStarts.isEmpty else { return nil }
        return source.page(atOriginal: offsetMap.sourceStart(of: offset))
    }
}

/// A calendar date as reports state it; month and day may be unknown.
public struct ReportDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (a: ReportDate, b: ReportDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    /// ISO form with as much precision as known: 2020, 2020-12, 2020-12-15.
    public var description: String {
        var s = String(format4: year)
        if let m = month { s += "-" + String(twoDigits: m) }
        if let m = month, m > 0, let d = day { s += "-" + String(twoDigits: d) }
        return s
    }
}

extension String {
    init(format4 n: Int) { self = n < 1000 ? String(repeating: "0", count: 4 - String(n).count) + String(n) : String(n) }
    init(twoDigits n: Int) { self = n < 10 ? "0\(n)" : String(n) }
}

/// What normalisation learns about a document besides its text.
public struct DocumentMetadata: Sendable, Hashable, Codable {
    /// The report's title: declared by the format, or its first heading line.
    public var title: String?
    /// The document's own date (发布时间, a dateline, the date under a report's signature).
    public var date: ReportDate?
    /// Lines removed as web boilerplate, for the record (count per rule action).
    public var removedLineCount: Int

    public init(title: String? = nil, date: ReportDate? = nil, removedLineCount: Int = 0) {
        self.title = title
        self.date = date
        self.removedLineCount = removedLineCount
    }
}
