import GRDB

/// The database's tables, as migrations: a database made by an older Gonghui is brought up to
/// date when opened. Plain columns only, so that sqlite3, pandas or Excel (via ODBC) read it
/// without Gonghui (README, "The database").
///
/// Records are indexed by document only (for replacing a document's records): an index by
/// metric cost a third of the writer's time during ingest, and a comparison scans the records
/// of ten thousand reports in well under a second without it.
enum Schema {
    /// The first migration's name: a database that has it was made by Gonghui.
    static let firstMigration = "v1: documents, records, metrics, failures"

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration(firstMigration) { db in
            try db.execute(sql: """
                CREATE TABLE documents (
                    id INTEGER PRIMARY KEY,
                    source_path TEXT NOT NULL UNIQUE,
                    content_hash TEXT NOT NULL,
                    format TEXT NOT NULL,
                    encoding TEXT NOT NULL,
                    byte_count INTEGER NOT NULL,
                    title TEXT,
                    federation TEXT,
                    region TEXT,
                    document_date TEXT,
                    text_length INTEGER NOT NULL,
                    record_count INTEGER NOT NULL,
                    ingested_at TEXT NOT NULL,
                    text TEXT NOT NULL
                );
                CREATE INDEX documents_by_hash ON documents(content_hash);
                CREATE TABLE records (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    metric TEXT NOT NULL,
                    value REAL NOT NULL,
                    value_text TEXT NOT NULL,
                    unit TEXT NOT NULL,
                    qualifier TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    surface TEXT NOT NULL,
                    sentence TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    federation TEXT,
                    region TEXT,
                    year INTEGER,
                    source TEXT NOT NULL,
                    is_part INTEGER NOT NULL DEFAULT 0,
                    in_sample INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX records_by_document ON records(document_id);
                CREATE TABLE metrics (
                    id TEXT PRIMARY KEY,
                    family TEXT NOT NULL,
                    name_zh TEXT NOT NULL,
                    units TEXT NOT NULL
                );
                CREATE TABLE failures (
                    source_path TEXT PRIMARY KEY,
                    reason TEXT NOT NULL,
                    attempted_at TEXT NOT NULL
                );
                """)
        }
        // The contract's optional group field (农民工会员 → 农民工): NULL for the whole.
        m.registerMigration("v2: records.group") { db in
            try db.execute(sql: #"ALTER TABLE records ADD COLUMN "group" TEXT"#)
        }
        // The contract's optional page field, and the page count of a paged source (PDF).
        m.registerMigration("v3: records.page, documents.page_count") { db in
            try db.execute(sql: "ALTER TABLE records ADD COLUMN page INTEGER; ALTER TABLE documents ADD COLUMN page_count INTEGER")
        }
        // 1 for a figure read by OCR from a page without a text layer.
        m.registerMigration("v4: records.ocr") { db in
            try db.execute(sql: "ALTER TABLE records ADD COLUMN ocr INTEGER NOT NULL DEFAULT 0")
        }
        return m
    }
}
