import Foundation
import GRDB
import Gonghui

/// A corpus of reports in SQLite: documents with their normalised text, and their records.
///
/// Each document is written in one transaction together with its records, replacing what was
/// stored for its path before; so a run stopped at any moment (Ctrl-C, kill -9) leaves every
/// document either wholly stored or not at all, and the next run carries on. WAL journaling
/// lets the ingest workers read (is this content stored?) while one writer commits.
public final class Store: Sendable {
    public let path: String
    let pool: any DatabaseWriter
    /// Opened for reading only: no migration, no write (compare, digest, audit).
    public let readOnly: Bool
    /// Whether the records table has the `group` column (a read-only database made before it).
    let hasGroup: Bool
    /// Whether the records table has the `page` column.
    let hasPage: Bool
    let hasOCR: Bool

    /// Gonghui's mark in the SQLite header (`PRAGMA application_id`): "GHUI".
    static let applicationID: Int32 = 0x4748_5549

    /// Opens the database at `path`. Read-write: creates it and brings its schema up to date.
    /// Read-only: opens it as it is — also on a read-only folder or drive, where SQLite cannot
    /// create its shared-memory file (then it reads the file as immutable).
    /// Either way a SQLite file of another program is refused untouched.
    public init(path: String, readOnly: Bool = false) throws(GonghuiError) {
        self.path = path
        self.readOnly = readOnly
        if readOnly, !FileManager.default.fileExists(atPath: path) {
            throw GonghuiError(.database, "\(path): no such database")
        }
        var config = Configuration()
        config.busyMode = .timeout(30)
        config.readonly = readOnly
        if !readOnly {
            config.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // Fewer, larger checkpoints (each one waits for the disk); the batch truncates the
                // log when it ends.
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 32768")
            }
        }
        do {
            // Whose file it is, before anything is written (opening a pool alone switches the
            // file to WAL).
            var probe = Configuration()
            probe.readonly = true
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > 0 {
                try Self.openReadOnly(path, probe).read { db in try Self.checkOwnership(db, path: path) }
            }
            let opened: any DatabaseWriter
            if readOnly {
                opened = try Self.openReadOnly(path, config)
            } else {
                opened = try DatabasePool(path: path, configuration: config)
            }
            if !readOnly {
                try Schema.migrator.migrate(opened)
                try opened.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA application_id = \(Self.applicationID)") }
            }
            let columns = try opened.read { db in try db.columns(in: "records").map(\.name) }
            hasGroup = columns.contains("group")
            hasPage = columns.contains("page")
            hasOCR = columns.contains("ocr")
            pool = opened
        } catch let error as GonghuiError {
            throw error
        } catch {
            throw GonghuiError(.database, "\(path): cannot open the database (\(Self.reason(error)))")
        }
    }

    /// Read-only, as SQLite allows; on a read-only folder (no -shm can be made for a WAL file)
    /// the file is read as immutable.
    static func openReadOnly(_ path: String, _ config: Configuration) throws -> any DatabaseWriter {
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        } catch {
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            let uri = "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? absolute) + "?immutable=1"
            let queue = try DatabaseQueue(path: uri, configuration: config)
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        }
    }

    /// A database is Gonghui's when it is empty (new), carries Gonghui's application id, or was
    /// made by a Gonghui from before the id (its migrations table names Gonghui's first one).
    static func checkOwnership(_ db: Database, path: String) throws {
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        if tables.isEmpty { return }
        if try Int32.fetchOne(db, sql: "PRAGMA application_id") == applicationID { return }
        if tables.contains("grdb_migrations"),
           try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations").contains(Schema.firstMigration) { return }
        let shown = tables.prefix(4).joined(separator: ", ") + (tables.count > 4 ? ", …" : "")
        throw GonghuiError(.database, "\(path): not a Gonghui database (it holds another program's tables: \(shown)); left untouched — give a new file")
    }

    static func reason(_ error: Error) -> String {
        if let e = error as? DatabaseError { return e.message ?? "\(e.resultCode)" }
        return "\(error)"
    }

    func read<T>(_ body: (Database) throws -> T) throws(GonghuiError) -> T {
        do { return try pool.read(body) } catch {
            throw GonghuiError(.database, "\(path): \(Self.reason(error))")
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws(GonghuiError) -> T {
        do { return try pool.write(body) } catch let error as DatabaseError where error.resultCode == .SQLITE_FULL {
            throw GonghuiError(.diskFull, "\(path): the disk is full")
        } catch {
            throw GonghuiError(.database, "\(path): \(Self.reason(error))")
        }
    }

    // MARK: Ingest

    /// The path under which this content is stored, if it is (the first, if several).
    public func storedPath(forContent hash: String) throws(GonghuiError) -> String? {
        try read { db in
            try String.fetchOne(db.cachedStatement(sql: "SELECT source_path FROM documents WHERE content_hash = ? ORDER BY source_path LIMIT 1"), arguments: [hash])
        }
    }

    /// What `save` did.
    public enum SaveResult: Sendable, Equatable {
        case stored
        /// The same content is stored under this other path, which sorts first: kept, this one not.
        case duplicate(of: String)
    }

    /// A document and its records with their statement arguments built, so that the one
    /// thread that writes spends its time in SQLite, not in building values.
    public struct Prepared: @unchecked Sendable {
        public let sourcePath: String
        public let contentHash: String
        public let recordCount: Int
        let document: StatementArguments
        let records: [StatementArguments]

        public init(_ d: StoredDocument, records: [MetricRecord]) {
            sourcePath = d.sourcePath
            contentHash = d.contentHash
            recordCount = records.count
            document = [d.sourcePath, d.contentHash, d.format, d.encoding, d.byteCount, d.title, d.federation, d.region,
                        d.documentDate, d.textLength, d.recordCount, d.ingestedAt, d.text, d.pageCount]
            self.records = records.map { r in
                [r.metric, NSDecimalNumber(decimal: r.value).doubleValue, r.value.plainString, r.unit.rawValue, r.qualifier.rawValue,
                 r.kind.rawValue, r.surface, r.sentence, r.start, r.end, r.federation, r.region, r.year, r.source ?? d.sourcePath,
                 r.isPart ? 1 : 0, r.inSample ? 1 : 0, r.group, r.page, r.ocr ? 1 : 0]
            }
        }
    }

    /// Stores a document and its records in one transaction, replacing any document stored for
    /// the same path (a changed file) and clearing a failure recorded for it.
    ///
    /// Identical files are stored once, under the path that sorts first, whatever order the
    /// workers reach them in: so every run over the same files ends with the same database.
    @discardableResult
    public func save(_ document: StoredDocument, records: [MetricRecord]) throws(GonghuiError) -> SaveResult {
        try save(Prepared(document, records: records))
    }

    @discardableResult
    public func save(_ p: Prepared) throws(GonghuiError) -> SaveResult {
        try write { db in
            let deletePath = try db.cachedStatement(sql: "DELETE FROM documents WHERE source_path = ?")
            if let other = try String.fetchOne(db.cachedStatement(sql: "SELECT source_path FROM documents WHERE content_hash = ? AND source_path <> ? ORDER BY source_path LIMIT 1"),
                                               arguments: [p.contentHash, p.sourcePath]) {
                if other < p.sourcePath {
                    try deletePath.execute(arguments: [p.sourcePath])
                    return .duplicate(of: other)
                }
                try db.cachedStatement(sql: "DELETE FROM documents WHERE content_hash = ? AND source_path <> ?").execute(arguments: [p.contentHash, p.sourcePath])
            }
            try deletePath.execute(arguments: [p.sourcePath])
            try db.cachedStatement(sql: "DELETE FROM failures WHERE source_path = ?").execute(arguments: [p.sourcePath])
            try db.cachedStatement(sql: """
                INSERT INTO documents (source_path, content_hash, format, encoding, byte_count, title, federation, region,
                                       document_date, text_length, record_count, ingested_at, text, page_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: p.document)
            let id: StatementArguments = [db.lastInsertedRowID]
            let insert = try db.cachedStatement(sql: """
                INSERT INTO records (document_id, metric, value, value_text, unit, qualifier, kind, surface, sentence, start, "end",
                                     federation, region, year, source, is_part, in_sample, "group", page, ocr)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for r in p.records { try insert.execute(arguments: id + r) }
            return .stored
        }
    }

    /// Moves the write-ahead log into the database file and truncates it.
    public func checkpoint() throws(GonghuiError) {
        do { _ = try pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) } } catch {
            throw GonghuiError(.database, "\(path): \(Self.reason(error))")
        }
    }

    /// Removes the document stored for a path, and its records.
    public func remove(path: String) throws(GonghuiError) {
        try write { db in try db.execute(sql: "DELETE FROM documents WHERE source_path = ?", arguments: [path]) }
    }

    /// The content hash stored for a path, if any.
    public func storedHash(forPath path: String) throws(GonghuiError) -> String? {
        try read { db in try String.fetchOne(db.cachedStatement(sql: "SELECT content_hash FROM documents WHERE source_path = ?"), arguments: [path]) }
    }

    /// Notes that a file could not be ingested (a later success clears it).
    public func recordFailure(path: String, reason: String) throws(GonghuiError) {
        let now = ISO8601DateFormatter().string(from: Date())
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO failures (source_path, reason, attempted_at) VALUES (?, ?, ?)",
                           arguments: [path, reason, now])
        }
    }

    /// Writes the metric catalogue (ids, families, Chinese names), for tools that join on it.
    public func saveMetrics(_ catalog: MetricCatalog) throws(GonghuiError) {
        try write { db in
            try db.execute(sql: "DELETE FROM metrics")
            for m in catalog.metrics {
                try db.execute(sql: "INSERT INTO metrics (id, family, name_zh, units) VALUES (?, ?, ?, ?)",
                               arguments: [m.id, m.family, m.name, m.units.map(\.rawValue).joined(separator: "|")])
            }
        }
    }

    // MARK: Reading

    /// Filters for the records a comparison or audit reads.
    public struct Filter: Sendable {
        public var metrics: [String] = []
        /// Federations or regions: a record of any of them.
        public var federations: [String] = []
        public var years: ClosedRange<Int>? = nil
        public init(metrics: [String] = [], federation: String? = nil, years: ClosedRange<Int>? = nil) {
            self.init(metrics: metrics, federations: federation.map { [$0] } ?? [], years: years)
        }
        public init(metrics: [String] = [], federations: [String], years: ClosedRange<Int>? = nil) {
            self.metrics = metrics
            self.federations = federations
            self.years = years
        }
    }

    /// The stored records matching `filter`, in document and text order.
    public func records(_ filter: Filter = Filter()) throws(GonghuiError) -> [MetricRecord] {
        var conditions = SQLConditions()
        conditions.records(metrics: filter.metrics, years: filter.years)
        if !filter.federations.isEmpty {
            let marks = SQLConditions.marks(filter.federations.count)
            conditions.add("(federation IN (\(marks)) OR region IN (\(marks)))", filter.federations + filter.federations)
        }
        let (whereClause, arguments) = (conditions.whereClause, conditions.arguments)
        return try read { db in
            // Sorted here, not by SQLite: its sort moves whole rows, sentences and all, and took
            // two thirds of reading a metric's records from ten thousand reports.
            var keyed: [(document: Int64, start: Int, id: Int64, record: MetricRecord)] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT document_id, id, \(recordColumns) FROM records\(whereClause)",
                                           arguments: arguments)
            while let row = try rows.next() {
                let r = record(row, first: 2)
                keyed.append((row[0], r.start, row[1], r))
            }
            keyed.sort { ($0.document, $0.start, $0.id) < ($1.document, $1.start, $1.id) }
            return keyed.map(\.record)
        }
    }

    /// The exact decimal of `value_text` (what Gonghui wrote: digits, one point, maybe a minus);
    /// Foundation's parser only for anything else. Parsing was a tenth of reading records.
    package static func decimal(_ text: String) -> Decimal {
        Decimal(plainDigits: text.utf8) ?? Decimal(string: text) ?? 0
    }

    /// Records read through a cursor: each row decoded where SQLite holds it, not copied first.
    func recordRows(_ db: Database, sql: String, arguments: StatementArguments, first: Int = 0) throws -> [MetricRecord] {
        var out: [MetricRecord] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() { out.append(record(row, first: first)) }
        return out
    }

    /// A record from a row of `recordColumns` starting at column `first`. By position: reading
    /// columns by name costs a lowercased copy of the name per value, half the time of a
    /// comparison over ten thousand reports.
    func record(_ row: Row, first: Int = 0) -> MetricRecord {
        let c = first
        var r = MetricRecord(
            metric: row[c], value: Self.decimal(row[c + 1] as String),
            unit: RecordUnit(rawValue: row[c + 2] as String) ?? .item, qualifier: Qualifier(rawValue: row[c + 3] as String) ?? .exact,
            kind: MetricRecord.Kind(rawValue: row[c + 4] as String) ?? .level,
            surface: row[c + 5], sentence: row[c + 6], start: row[c + 7], end: row[c + 8],
            federation: row[c + 9], region: row[c + 10], year: row[c + 11], source: row[c + 12])
        r.isPart = (row[c + 13] as Int) != 0
        r.inSample = (row[c + 14] as Int) != 0
        var k = c + 15
        if hasGroup { r.group = row[k]; k += 1 }
        if hasPage { r.page = row[k]; k += 1 }
        if hasOCR { r.ocr = (row[k] as Int) != 0 }
        return r
    }

    /// The federations and regions that stored records name, each once, sorted.
    public func names() throws(GonghuiError) -> (federations: [String], regions: [String]) {
        try read { db in
            (try String.fetchAll(db, sql: "SELECT DISTINCT federation FROM records WHERE federation IS NOT NULL ORDER BY federation"),
             try String.fetchAll(db, sql: "SELECT DISTINCT region FROM records WHERE region IS NOT NULL ORDER BY region"))
        }
    }

    /// Every stored document, ordered by path.
    public func documents() throws(GonghuiError) -> [StoredDocument] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM documents ORDER BY source_path").map(Self.storedDocument)
        }
    }

    static func storedDocument(_ row: Row) -> StoredDocument {
        StoredDocument(id: row["id"], sourcePath: row["source_path"], contentHash: row["content_hash"], format: row["format"],
                       encoding: row["encoding"], byteCount: row["byte_count"], title: row["title"], federation: row["federation"],
                       region: row["region"], documentDate: row["document_date"], textLength: row["text_length"],
                       recordCount: row["record_count"], pageCount: row.hasColumn("page_count") ? row["page_count"] : nil,
                       ingestedAt: row["ingested_at"], text: row["text"])
    }

    /// Files that failed, with their reasons, ordered by path.
    public func failures() throws(GonghuiError) -> [(path: String, reason: String)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT source_path, reason FROM failures ORDER BY source_path").map { ($0["source_path"], $0["reason"]) }
        }
    }
}

/// The WHERE clause of a query and its bound values, built condition by condition: every value
/// reaches SQLite as a parameter.
struct SQLConditions {
    private var parts: [String] = []
    private var values: [any DatabaseValueConvertible] = []

    mutating func add(_ sql: String, _ arguments: [any DatabaseValueConvertible] = []) {
        parts.append(sql)
        values += arguments
    }

    /// `column = ?` when a value is given.
    mutating func equal(_ column: String, _ value: String?) {
        if let value { add("\(column) = ?", [value]) }
    }

    /// The conditions every record query can have: its metrics, its years.
    mutating func records(metrics: [String], years: ClosedRange<Int>?) {
        if !metrics.isEmpty { add("metric IN (\(Self.marks(metrics.count)))", metrics) }
        if let y = years { add("year BETWEEN ? AND ?", [y.lowerBound, y.upperBound]) }
    }

    static func marks(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ",") }

    var whereClause: String { parts.isEmpty ? "" : " WHERE " + parts.joined(separator: " AND ") }
    var arguments: StatementArguments { StatementArguments(values) }
    /// The arguments with more after them (LIMIT, OFFSET).
    func arguments(then more: [any DatabaseValueConvertible]) -> StatementArguments { StatementArguments(values + more) }
}
