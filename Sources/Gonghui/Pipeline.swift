/// The stages of Gonghui in their fixed order, built in code:
/// ingest → normalise → segment → quantities → records.
///
/// A Pipeline holds ICU iterators, which are not thread-safe: make one per thread (they share
/// the immutable dictionaries).
public final class Pipeline {
    public let dictionaries: Dictionaries
    public var ingestor: Ingestor
    public var normalizer: Normalizer
    public let segmenter: Segmenter
    public let quantities: QuantityRecognizer
    public let structure: StructureReader
    public let records: RecordExtractor

    public init(dictionaries: Dictionaries, limits: IngestLimits = .standard, encoding: String? = nil) throws(GonghuiError) {
        self.dictionaries = dictionaries
        ingestor = Ingestor(dictionaries: dictionaries, limits: limits, forcedEncoding: encoding)
        normalizer = Normalizer(dictionaries: dictionaries)
        segmenter = try Segmenter(dictionaries: dictionaries)
        quantities = QuantityRecognizer(lexicon: dictionaries.quantities)
        structure = StructureReader(dictionaries: dictionaries)
        records = RecordExtractor(dictionaries: dictionaries)
    }

    /// Reads and normalises one file ("-" for standard input).
    public func document(at path: String) throws(GonghuiError) -> Document {
        normalizer.normalize(try ingestor.read(path: path))
    }

    /// The records of a normalised document: sentences, quantities, structure, then records
    /// (word segmentation is not needed for records, and is the slowest stage).
    public func extractRecords(from document: Document, explain: ((DecisionNote) -> Void)? = nil) -> [MetricRecord] {
        extraction(of: document, explain: explain).records
    }

    /// The records of a normalised document and the union body it reports for.
    public func extraction(of document: Document, explain: ((DecisionNote) -> Void)? = nil) -> Extraction {
        var records: [MetricRecord] = []
        var body: UnionBody?
        extraction(of: document, explain: explain) { e in
            records += e.records
            if body == nil { body = e.body }
        }
        return Extraction(records: records, body: body)
    }

    /// The records of a normalised document, handed over window by window (`TextWindows`) for a
    /// long one, so that a caller can write them out before the next window is read. With
    /// `jobs` over 1 (and no `explain`), a long document's windows are read on that many threads.
    /// Records' offsets are into the whole text.
    public func extraction(of document: Document, jobs: Int = 1, explain: ((DecisionNote) -> Void)? = nil, each: (Extraction) -> Void) {
        guard document.windows.count > 1 else {
            let read = structure.structure(of: document)
            each(windowRecords(document, structure: read, explain: explain))
            return
        }
        readWindows(jobs: jobs, explain: explain, each: each) { window in
            for k in document.windows.indices {
                window(document.window(k), document.text.scalarOffset(document.windows[k].lowerBound))
            }
        }
    }

    /// Reads one file and hands over its records window by window: a long document is read,
    /// normalised and extracted one window at a time (`TextWindows`), and never held whole in
    /// normalised form, so memory stays at the decoded text plus a few windows. The records are
    /// those of `extraction(of: document(at: path))`. Returns the reader's warnings.
    public func extract(path: String, jobs: Int = 1, explain: ((DecisionNote) -> Void)? = nil, each: (Extraction) -> Void) throws(GonghuiError) -> [IngestWarning] {
        let source = try ingestor.read(path: path)
        let cuts = source.text.units.withUnsafeBufferPointer { TextWindows.cuts($0, limit: normalizer.windowLimit) }
        guard cuts.count > 1 else {
            let document = normalizer.normalize(source)
            extraction(of: document, explain: explain, each: each)
            return document.warnings
        }
        extract(source, cuts: cuts, jobs: jobs, explain: explain, each: each)
        return source.warnings
    }

    /// A text longer than a window, read window by window (`cuts`).
    func extract(_ source: SourceText, cuts: [TextWindows.Cut], jobs: Int, explain: ((DecisionNote) -> Void)?, each: (Extraction) -> Void) {
        readWindows(jobs: jobs, explain: explain, each: each) { window in
            normalizer.forEachWindow(source, cuts) { w, at, metadata in
                window(Document(source: source.source, original: source.text, text: UTF16Text(w.text), offsetMap: w.map,
                                metadata: metadata, warnings: []), at.scalars)
            }
        }
    }

    /// The records of the windows `produce` hands over (each with where it starts in the whole
    /// text, in scalars), in order. A window is read as a document of its own, except that its
    /// first piece goes on with the union body the previous window ended with (a cut falls
    /// inside a piece, not at a title): structures are read in order on this thread; records,
    /// the larger part, here too or, with `jobs` over 1, on the workers a batch at a time.
    private func readWindows(jobs: Int, explain: ((DecisionNote) -> Void)?, each: (Extraction) -> Void,
                             produce: ((Document, Int) -> Void) -> Void) {
        // `each` is called from the window closure only while `produce` runs.
        withoutActuallyEscaping(each) { each in
            let workers = jobs > 1 && explain == nil ? WindowWorkers(self, jobs: jobs) : nil
            var continuing: UnionBody?
            // Whether the document is a plan, by its title in the first window.
            var plan: Bool?
            var batch: [WindowWorkers.Window] = []
            produce { window, offset in
                var read = structure.structure(of: window, plan: plan)
                plan = read.layout.isPlan
                if let continuing, read.pieceBodies.first == .some(nil) { read.pieceBodies[0] = continuing }
                if let last = read.pieceBodies.last, let last { continuing = last }
                guard let workers else {
                    var e = windowRecords(window, structure: read, explain: explain)
                    e.shift(by: offset)
                    each(e)
                    return
                }
                batch.append(WindowWorkers.Window(document: window, structure: read, offset: offset))
                if batch.count == workers.batch {
                    workers.records(batch, each)
                    batch = []
                }
            }
            if let workers, !batch.isEmpty { workers.records(batch, each) }
        }
    }

    /// A window's records, given its structure.
    func windowRecords(_ document: Document, structure read: DocumentStructure, explain: ((DecisionNote) -> Void)?) -> Extraction {
        let sentences = segmenter.sentences(document.text)
        let found = quantities.quantities(in: document.text)
        return records.extraction(of: document, structure: read, sentences: sentences, quantities: found, explain: explain)
    }

    /// Reads and normalises bytes that came from `path`.
    public func document(bytes: [UInt8], path: String) throws(GonghuiError) -> Document {
        normalizer.normalize(try ingestor.read(bytes: bytes, path: path))
    }
}

extension Extraction {
    /// Offsets of a window's records made offsets into the whole text.
    mutating func shift(by scalars: Int) {
        for i in records.indices {
            records[i].start += scalars
            records[i].end += scalars
        }
    }
}
