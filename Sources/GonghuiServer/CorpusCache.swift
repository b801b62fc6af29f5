import Foundation
import Gonghui
import GonghuiStore
import Synchronization

/// What the app computes from the whole corpus, kept until the corpus changes (`Store.version`):
/// the audit and the digest read every document, the filters' values every record. Each request
/// asks the database for its version (one indexed query) and recomputes only when it moved.
///
/// The audit and digest of ten thousand reports take seconds, so a server computes them in the
/// background (from its start, and again when the corpus changes) and answers meanwhile with the
/// previous result, marked as such, or with a page that says it is being computed.
final class CorpusCache: Sendable {
    /// The corpus as the audit and digest pages show it.
    struct Corpus: Sendable {
        var documentCount: Int
        /// Every finding, confident and weak.
        var findings: [AuditFinding]
        var sentences: SentenceIndex
        /// The digest's HTML, which changes only with the corpus.
        var digestBody: String
    }

    /// What a page gets: the corpus as last computed (nil before the first computation ends),
    /// and whether the database has changed since.
    struct Answer: Sendable {
        var corpus: Corpus?
        var stale: Bool
        /// Why the last computation failed, if it did.
        var failure: String?
    }

    private struct Entry<Value: Sendable>: Sendable {
        var version: String
        var value: Value
    }

    private struct Slot: Sendable {
        var entry: Entry<Corpus>?
        /// The version being computed in the background.
        var computing: String?
        var failure: String?
    }

    /// Compute in the background (a server) or in the request (tests, one-off use).
    let background: Bool
    private let facetsEntry = Mutex<Entry<Store.Facets>?>(nil)
    private let slot = Mutex(Slot())

    init(background: Bool) { self.background = background }

    func facets(_ store: Store) throws -> Store.Facets {
        let version = try store.version()
        if let hit = facetsEntry.withLock({ $0 }), hit.version == version { return hit.value }
        let value = try store.facets()
        facetsEntry.withLock { $0 = Entry(version: version, value: value) }
        return value
    }

    func corpus(_ store: Store, dictionaries: Dictionaries) throws -> Answer {
        let version = try store.version()
        let current = slot.withLock { $0 }
        if let e = current.entry, e.version == version { return Answer(corpus: e.value, stale: false) }
        if !background {
            let value = try Self.compute(store, dictionaries: dictionaries)
            slot.withLock { $0.entry = Entry(version: version, value: value) }
            return Answer(corpus: value, stale: false)
        }
        start(version, store: store, dictionaries: dictionaries)
        return Answer(corpus: current.entry?.value, stale: current.entry != nil, failure: current.failure)
    }

    /// Starts computing the corpus as it is now, unless that is under way.
    func warm(_ store: Store, dictionaries: Dictionaries) {
        guard let version = try? store.version() else { return }
        start(version, store: store, dictionaries: dictionaries)
    }

    private func start(_ version: String, store: Store, dictionaries: Dictionaries) {
        let begin = slot.withLock { s -> Bool in
            guard s.computing != version, s.entry?.version != version else { return false }
            s.computing = version
            return true
        }
        guard begin else { return }
        Thread.detachNewThread { [self] in
            do {
                let value = try Self.compute(store, dictionaries: dictionaries)
                slot.withLock { s in
                    s.entry = Entry(version: version, value: value)
                    s.failure = nil
                    if s.computing == version { s.computing = nil }
                }
            } catch {
                slot.withLock { s in
                    s.failure = "\(error)"
                    if s.computing == version { s.computing = nil }
                }
            }
        }
    }

    static func compute(_ store: Store, dictionaries: Dictionaries) throws -> Corpus {
        let bySource = Dictionary(grouping: try store.records(), by: { $0.source ?? "" })
        let documents = try store.documents().map { d in
            AuditDocument(source: d.sourcePath, text: UTF16Text(d.text), records: bySource[d.sourcePath] ?? [])
        }
        let sentences = try SentenceIndex(records: documents.flatMap(\.records), store: store)
        let digest = CorpusDigest(documents: documents.filter { !$0.records.isEmpty }, dictionaries: dictionaries)
        return Corpus(documentCount: documents.count, findings: Auditor(dictionaries: dictionaries).audit(documents), sentences: sentences,
                      digestBody: DigestHTML.corpusBody(digest, catalog: dictionaries.metrics, link: sentences.link))
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
