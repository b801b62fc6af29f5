import Foundation
import Gonghui

/// A document as the database keeps it: where it came from, what it is about, and its
/// normalised text (so a record's sentence can be shown without the file).
public struct StoredDocument: Sendable, Hashable {
    public var id: Int64?
    public var sourcePath: String
    public var contentHash: String
    public var format: String
    public var encoding: String
    public var byteCount: Int
    public var title: String?
    public var federation: String?
    public var region: String?
    /// YYYY, YYYY-MM or YYYY-MM-DD.
    public var documentDate: String?
    /// In Unicode scalars of the normalised text.
    public var textLength: Int
    public var recordCount: Int
    /// The number of pages of a paged source (PDF); nil for text, web pages and Word files.
    public var pageCount: Int?
    public var ingestedAt: String
    public var text: String

    /// `ingestedAt` is an ISO 8601 time (one per batch: formatting a date per document costs
    /// more than storing it).
    public init(document: Document, extraction: Extraction, ingestedAt: String = StoredDocument.now()) {
        id = nil
        sourcePath = document.source.path
        contentHash = document.source.contentHash
        format = document.source.format.rawValue
        encoding = document.source.encoding
        byteCount = document.source.byteCount
        title = document.metadata.title
        federation = extraction.body?.name
        region = extraction.body?.region
        documentDate = document.metadata.date?.description
        textLength = document.text.scalarCount
        recordCount = extraction.records.count
        pageCount = document.source.pageCount
        self.ingestedAt = ingestedAt
        text = document.text.string
    }

    /// The current time in ISO 8601 (UTC).
    public static func now() -> String { ISO8601DateFormatter().string(from: Date()) }

    public init(id: Int64?, sourcePath: String, contentHash: String, format: String, encoding: String, byteCount: Int,
                title: String?, federation: String?, region: String?, documentDate: String?, textLength: Int,
                recordCount: Int, pageCount: Int? = nil, ingestedAt: String, text: String) {
        self.id = id
        self.sourcePath = sourcePath
        self.contentHash = contentHash
        self.format = format
        self.encoding = encoding
        self.byteCount = byteCount
        self.title = title
        self.federation = federation
        self.region = region
        self.documentDate = documentDate
        self.textLength = textLength
        self.recordCount = recordCount
        self.pageCount = pageCount
        self.ingestedAt = ingestedAt
        self.text = text
    }
}
