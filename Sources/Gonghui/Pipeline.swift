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
        let sentences = segmenter.sentences(document.text)
        let found = quantities.quantities(in: document.text)
        return records.extraction(of: document, structure: structure.structure(of: document), sentences: sentences,
                                  quantities: found, explain: explain)
    }

    /// Reads and normalises bytes that came from `path`.
    public func document(bytes: [UInt8], path: String) throws(GonghuiError) -> Document {
        normalizer.normalize(try ingestor.read(bytes: bytes, path: path))
    }
}
