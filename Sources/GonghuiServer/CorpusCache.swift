import Foundation
import Gonghui
import GonghuiStore
import Synchronization

/// What the app computes from the whole corpus, kept until the corpus changes (`Store.version`):
/// the audit and the digest read every document, the filters' values every record. Each request
/// asks the database for its version (one indexed query) and recomputes only when it moved.
final class CorpusCache: Sendable {
    /// The corpus as the audit and the digest need it.
    struct Corpus: Sendable {
        var documents: [AuditDocument]
        /// Every finding, confident and weak.
        var findings: [AuditFinding]
        var sentences: SentenceIndex
        /// The digest's HTML, which changes only with the corpus.
        var digestBody: String
    }

    private struct Entry<Value: Sendable>: Sendable {
        var version: String
        var value: Value
    }

    private let facetsEntry = Mutex<Entry<Store.Facets>?>(nil)
    private let corpusEntry = Mutex<Entry<Corpus>?>(nil)

    func facets(_ store: Store) throws -> Store.Facets {
        let version = try store.version()
        if let hit = facetsEntry.withLock({ $0 }), hit.version == version { return hit.value }
        let value = try store.facets()
        facetsEntry.withLock { $0 = Entry(version: version, value: value) }
        return value
    }

    func corpus(_ store: Store, dictionaries: Dictionaries) throws -> Corpus {
        let version = try store.version()
        if let hit = corpusEntry.withLock({ $0 }), hit.version == version { return hit.value }
        let bySource = Dictionary(grouping: try store.records(), by: { $0.source ?? "" })
        let documents = try store.documents().map { d in
            AuditDocument(source: d.sourcePath, text: UTF16Text(d.text), records: bySource[d.sourcePath] ?? [])
        }
        let sentences = try SentenceIndex(records: documents.flatMap(\.records), store: store)
        let digest = CorpusDigest(documents: documents.filter { !$0.records.isEmpty }, dictionaries: dictionaries)
        let value = Corpus(documents: documents, findings: Auditor(dictionaries: dictionaries).audit(documents), sentences: sentences,
                           digestBody: DigestHTML.corpusBody(digest, catalog: dictionaries.metrics, link: sentences.link))
        corpusEntry.withLock { $0 = Entry(version: version, value: value) }
        return value
    }
}

/// Where a sentence of a source stands: the document page, at the first record of that sentence.
struct SentenceIndex: Sendable {
    /// A sentence of a source (hashed as it is: no string is built per record).
    struct Key: Hashable, Sendable {
        var source: String
        var sentence: String
        init(_ source: String, _ sentence: String) {
            self.source = source
            self.sentence = sentence
        }
    }

    private var anchors: [Key: String] = [:]
    private var documents: [String: Int64] = [:]

    /// From the records that state the sentences; `only` limits it to these keys.
    init(records: [MetricRecord], store: Store, only wanted: Set<Key>? = nil) throws {
        var first: [Key: MetricRecord] = [:]
        for r in records {
            guard let source = r.source else { continue }
            let key = Key(source, r.sentence)
            if wanted?.contains(key) ?? true, first[key] == nil { first[key] = r }
        }
        documents = try store.documentIDs(paths: Set(first.keys.map(\.source)))
        for (key, r) in first {
            if let id = documents[key.source] { anchors[key] = SiteHTML.documentLink(id, anchor: SiteHTML.recordAnchor(r)) }
        }
    }

    func link(_ source: String, _ sentence: String) -> String? {
        anchors[Key(source, sentence)] ?? documents[source].map { SiteHTML.documentLink($0) }
    }
}
