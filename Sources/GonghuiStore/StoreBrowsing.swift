import Foundation
import GRDB
import Gonghui

/// Paged, filtered reads for browsing a corpus (`gonghui serve`): a page of documents or records
/// with the total behind it, one document with its records. Every value reaches SQL as a bound
/// parameter; the page size is bounded so no request reads the whole corpus at once.
extension Store {
    /// The largest page a browse query returns.
    public static let maximumPageSize = 500

    /// What a list of documents is filtered by; nil is "any".
    public struct DocumentQuery: Sendable, Equatable {
        public var federation: String?
        public var region: String?
        /// A document is of a year when its date is, or when one of its figures is.
        public var years: ClosedRange<Int>?
        public var format: String?
        public var limit = 50
        public var offset = 0
        public init(federation: String? = nil, region: String? = nil, years: ClosedRange<Int>? = nil, format: String? = nil,
                    limit: Int = 50, offset: Int = 0) {
            self.federation = federation
            self.region = region
            self.years = years
            self.format = format
            self.limit = limit
            self.offset = offset
        }
    }

    /// A document as a list shows it: everything but its text.
    public struct DocumentSummary: Sendable, Hashable {
        public var id: Int64
        public var sourcePath: String
        public var title: String?
        public var format: String
        public var federation: String?
        public var region: String?
        public var documentDate: String?
        public var recordCount: Int
        public var pageCount: Int?
        public var byteCount: Int
    }

    /// What a records search is filtered by; nil or empty is "any".
    public struct RecordQuery: Sendable, Equatable {
        public var metrics: [String]
        public var federation: String?
        public var region: String?
        public var years: ClosedRange<Int>?
        /// Words the record's sentence contains.
        public var text: String?
        public var limit = 50
        public var offset = 0
        public init(metrics: [String] = [], federation: String? = nil, region: String? = nil, years: ClosedRange<Int>? = nil,
                    text: String? = nil, limit: Int = 50, offset: Int = 0) {
            self.metrics = metrics
            self.federation = federation
            self.region = region
            self.years = years
            self.text = text
            self.limit = limit
            self.offset = offset
        }
    }

    /// The values the filters of a browse page offer.
    public struct Facets: Sendable, Equatable {
        public var federations: [String]
        public var regions: [String]
        public var formats: [String]
        public var metrics: [String]
        public var years: [Int]
    }

    /// A page of documents matching `query`, by path, and how many match in all.
    public func documents(_ query: DocumentQuery) throws(GonghuiError) -> (total: Int, page: [DocumentSummary]) {
        var conditions = SQLConditions()
        conditions.equal("federation", query.federation)
        conditions.equal("region", query.region)
        conditions.equal("format", query.format)
        if let y = query.years {
            // One pass over the records (an EXISTS per document costs ten times more).
            conditions.add("""
                (CAST(substr(document_date, 1, 4) AS INTEGER) BETWEEN ? AND ?
                 OR id IN (SELECT document_id FROM records WHERE year BETWEEN ? AND ?))
                """, [y.lowerBound, y.upperBound, y.lowerBound, y.upperBound])
        }
        let whereClause = conditions.whereClause
        let pageCount = hasPage ? "page_count" : "NULL AS page_count"
        return try read { db in
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents" + whereClause, arguments: conditions.arguments) ?? 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, source_path, title, format, federation, region, document_date, record_count, \(pageCount), byte_count
                FROM documents\(whereClause) ORDER BY source_path LIMIT ? OFFSET ?
                """, arguments: conditions.arguments(then: [Self.bounded(query.limit), max(0, query.offset)]))
            return (total, rows.map { row in
                DocumentSummary(id: row["id"], sourcePath: row["source_path"], title: row["title"], format: row["format"],
                                federation: row["federation"], region: row["region"], documentDate: row["document_date"],
                                recordCount: row["record_count"], pageCount: row["page_count"], byteCount: row["byte_count"])
            })
        }
    }

    /// One stored document with its text, or nil when there is none with this id.
    public func document(id: Int64) throws(GonghuiError) -> StoredDocument? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM documents WHERE id = ?", arguments: [id]).map(Self.storedDocument)
        }
    }

    /// The records of one document, in text order.
    public func records(documentID: Int64) throws(GonghuiError) -> [MetricRecord] {
        try read { db in
            try recordRows(db, sql: "SELECT \(recordColumns) FROM records WHERE document_id = ? ORDER BY start", arguments: [documentID])
        }
    }

    /// A page of records matching `query`, each with its document's id, in document and text
    /// order, and how many match in all.
    public func records(_ query: RecordQuery) throws(GonghuiError) -> (total: Int, page: [(documentID: Int64, record: MetricRecord)]) {
        var conditions = SQLConditions()
        conditions.records(metrics: query.metrics, years: query.years)
        conditions.equal("federation", query.federation)
        conditions.equal("region", query.region)
        // instr: the words as they are (no wildcards to escape), and faster than LIKE.
        if let t = query.text, !t.isEmpty { conditions.add("instr(sentence, ?) > 0", [t]) }
        let whereClause = conditions.whereClause
        return try read { db in
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM records" + whereClause, arguments: conditions.arguments) ?? 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT document_id, \(recordColumns) FROM records\(whereClause) ORDER BY id LIMIT ? OFFSET ?
                """, arguments: conditions.arguments(then: [Self.bounded(query.limit), max(0, query.offset)]))
            return (total, rows.map { (documentID: $0[0], record: self.record($0, first: 1)) })
        }
    }

    /// The ids of the documents stored under these paths.
    public func documentIDs(paths: Set<String>) throws(GonghuiError) -> [String: Int64] {
        guard !paths.isEmpty else { return [:] }
        return try read { db in
            var ids: [String: Int64] = [:]
            // In chunks below SQLite's limit on bound parameters.
            let all = Array(paths)
            for start in stride(from: 0, to: all.count, by: 500) {
                let chunk = Array(all[start..<min(all.count, start + 500)])
                let sql = "SELECT id, source_path FROM documents WHERE source_path IN (\(SQLConditions.marks(chunk.count)))"
                for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(chunk)) { ids[row["source_path"]] = row["id"] }
            }
            return ids
        }
    }

    /// The federations, regions, formats, metrics and years the corpus holds.
    public func facets() throws(GonghuiError) -> Facets {
        try read { db in
            // Metrics and years in one pass over the records.
            var metrics = Set<String>(), years = Set<Int>()
            let pairs = try Row.fetchCursor(db, sql: "SELECT DISTINCT metric, year FROM records")
            while let row = try pairs.next() {
                metrics.insert(row[0])
                if let y: Int = row[1] { years.insert(y) }
            }
            return Facets(federations: try String.fetchAll(db, sql: "SELECT DISTINCT federation FROM documents WHERE federation IS NOT NULL ORDER BY federation"),
                          regions: try String.fetchAll(db, sql: "SELECT DISTINCT region FROM documents WHERE region IS NOT NULL ORDER BY region"),
                          formats: try String.fetchAll(db, sql: "SELECT DISTINCT format FROM documents ORDER BY format"),
                          metrics: metrics.sorted(), years: years.sorted())
        }
    }

    /// Changes whenever a document is stored, replaced or removed: a key for what is computed
    /// from the whole corpus (the digest, the audit) and kept until the corpus changes.
    public func version() throws(GonghuiError) -> String {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT count(*) AS n, max(id) AS last, max(ingested_at) AS at FROM documents") else { return "" }
            let count: Int = row["n"] ?? 0
            let last: Int64 = row["last"] ?? 0
            let at: String = row["at"] ?? ""
            return "\(count)/\(last)/\(at)"
        }
    }

    var recordColumns: String {
        #"metric, value_text, unit, qualifier, kind, surface, sentence, start, "end", federation, region, year, source, is_part, in_sample"#
            + (hasGroup ? #", "group""# : "") + (hasPage ? ", page" : "") + (hasOCR ? ", ocr" : "")
    }

    static func bounded(_ limit: Int) -> Int { min(max(1, limit), maximumPageSize) }
}
