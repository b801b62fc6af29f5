import Foundation

/// A one-page digest of one report: who and when, its headline figures by family, its changes,
/// what the audit found, the few sentences that carry it, and its salient terms. Every figure
/// points at the sentence it was stated in.
/// The language a digest speaks: Chinese, or Chinese with the audit's English beside it.
public enum DigestLanguage: String, Sendable, CaseIterable {
    case zh, en

    /// An audit finding's computation in this language.
    public func computation(_ f: AuditFinding) -> String {
        switch self {
        case .zh: return f.computationZh.isEmpty ? f.computation : f.computationZh
        case .en: return f.computationZh.isEmpty ? f.computation : "\(f.computationZh) (\(f.computation))"
        }
    }
}

public struct ReportDigest: Sendable {
    /// A figure as the digest shows it: 工会会员数 119.3万人 (2023年), citing sentence 3.
    public struct Figure: Sendable, Hashable {
        public var metric: String
        public var name: String
        public var display: String
        public var year: Int?
        /// Index into `citations`.
        public var citation: Int
    }

    public struct Section: Sendable {
        public var heading: String
        public var figures: [Figure]
    }

    public var title: String
    public var federation: String?
    public var region: String?
    /// The document's date (2023-12-27), when it states one.
    public var date: String?
    /// The years its figures refer to.
    public var years: ClosedRange<Int>?
    public var source: String
    public var sections: [Section]
    public var changes: [Figure]
    public var findings: [AuditFinding]
    /// Indexes into `citations` of the summary's sentences, in reading order.
    public var summary: [Int]
    public var keywords: [String]
    /// The sentences the digest cites, numbered in the order it first cites them.
    public var citations: [String]
    /// For a paged source (PDF), the page of each cited sentence, where a record of it says.
    public var citationPages: [Int?]
    public var language: DigestLanguage = .zh

    /// Headline figures per family at most (the rest stay in `gonghui extract`).
    public static let figuresPerSection = 8

    public init(document: Document, extraction: Extraction, pipeline: Pipeline) {
        let catalog = pipeline.dictionaries.metrics
        let records = extraction.records
        var citations: [String] = []
        var pages: [Int?] = []
        // The page a sentence stands on, from the records stated in it.
        let pageOf = Dictionary(records.compactMap { r in r.page.map { (r.sentence, $0) } }, uniquingKeysWith: { a, _ in a })
        func cite(_ sentence: String) -> Int {
            if let k = citations.firstIndex(of: sentence) { return k }
            citations.append(sentence)
            pages.append(pageOf[sentence])
            return citations.count - 1
        }
        func figure(_ r: MetricRecord) -> Figure {
            Figure(metric: r.metric, name: catalog.metric(r.metric)?.name ?? r.metric,
                   display: ChineseNumberStyle.format(r.value, unit: r.unit, qualifier: r.qualifier, change: r.kind == .change),
                   year: r.year, citation: cite(r.sentence))
        }

        title = document.metadata.title ?? document.text.string.split(separator: "\n").first.map(String.init) ?? document.source.path
        federation = extraction.body?.name
        region = extraction.body?.region
        date = document.metadata.date?.description
        let yearsStated = records.compactMap(\.year)
        years = yearsStated.min().map { $0...yearsStated.max()! }
        source = document.source.path

        // Headline figures: level figures that are not parts, by family and metric order; one
        // entry per distinct value of a metric and year.
        let order = Dictionary(uniqueKeysWithValues: catalog.metrics.enumerated().map { ($1.id, $0) })
        var sections: [Section] = []
        for family in catalog.families {
            var seen = Set<String>()
            let figures = records
                .filter { $0.kind == .level && !$0.isPart && catalog.metric($0.metric)?.family == family.id }
                .sorted { (order[$0.metric] ?? 0, $0.start) < (order[$1.metric] ?? 0, $1.start) }
                .filter { seen.insert("\($0.metric) \($0.value) \($0.unit) \($0.year ?? 0)").inserted }
                .prefix(Self.figuresPerSection)
                .map(figure)
            if !figures.isEmpty { sections.append(Section(heading: family.heading, figures: Array(figures))) }
        }
        self.sections = sections
        changes = records.filter { $0.kind == .change }.map(figure)
        findings = Auditor(dictionaries: pipeline.dictionaries).audit([AuditDocument(source: document.source.path, text: document.text, records: records)]).filter { $0.confidence == .confident }
        for f in findings { for c in f.citations { _ = cite(c.sentence) } }

        // The summary: TextRank over the sentences, tilted toward those stating figures.
        let ranked = Self.summary(document.text, sentences: pipeline.segmenter.sentences(document.text), records: records)
        summary = ranked.map(cite)
        keywords = Self.keywords(document.text, segmentation: pipeline.segmenter.segment(document.text), lexicon: pipeline.dictionaries.lexicon,
                                 leaving: pipeline.dictionaries.keywordStopwords)
        self.citations = citations
        citationPages = pages
    }

    /// 第3页 for a cited sentence of a paged source, else nothing.
    public func pageLabel(_ citation: Int) -> String? {
        citationPages.indices.contains(citation) ? citationPages[citation].map { "第\($0)页" } : nil
    }

    /// The sentences that carry the report, in reading order: three to five, by length.
    static func summary(_ text: UTF16Text, sentences: [Range<Int>], records: [MetricRecord]) -> [String] {
        let u = text.units
        // Body sentences only: long enough, and ending as sentences do (not headings).
        let candidates = sentences.filter { r in
            let han = u[r].filter(CodeUnit.isHan).count
            guard han >= 12, let last = u[r].last(where: { !CodeUnit.isSpace($0) && $0 != 0x0A }) else { return false }
            return [0x3002, 0x21, 0x3F, 0x3B, 0xFF01, 0xFF1F].contains(last)
        }
        guard !candidates.isEmpty else { return [] }
        let grams = candidates.map { TextRank.bigrams(u[$0]) }
        var weights = [[Double]](repeating: [Double](repeating: 0, count: candidates.count), count: candidates.count)
        for i in candidates.indices {
            for j in (i + 1)..<candidates.count {
                let w = TextRank.similarity(grams[i], grams[j])
                weights[i][j] = w
                weights[j][i] = w
            }
        }
        let figureStarts = records.map { text.utf16Offset(ofScalar: $0.start) }
        let bias = candidates.map { r in 1 + 0.5 * Double(min(figureStarts.filter { r.contains($0) }.count, 4)) }
        let scores = TextRank.rank(weights, bias: bias)
        let k = min(candidates.count, max(3, min(5, candidates.count / 12)))
        let chosen = candidates.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }.prefix(k).sorted()
        return chosen.map { text[candidates[$0]].trimmingCharacters(in: .whitespaces) }
    }

    /// Domain terms (nouns of the lexicon) ranked by TextRank over their co-occurrence in
    /// sentences; at most ten, ties by first appearance.
    static func keywords(_ text: UTF16Text, segmentation: Segmentation, lexicon: Lexicon, leaving stopwords: Set<String>, count: Int = 10) -> [String] {
        let nounTags: Set<String> = ["n", "vn", "nz", "nt"]
        var terms: [String] = []
        var index: [String: Int] = [:]
        var sentencesOfTerms: [[Int]] = []
        for sentence in segmentation.sentences {
            var here: [Int] = []
            for t in segmentation.tokens[sentence.tokens] where t.kind == .word && t.range.count >= 2 {
                let word = text[t.range]
                guard let tag = lexicon.tag(of: word), nounTags.contains(tag), !stopwords.contains(word) else { continue }
                let k = index[word] ?? {
                    terms.append(word)
                    index[word] = terms.count - 1
                    return terms.count - 1
                }()
                here.append(k)
            }
            sentencesOfTerms.append(here)
        }
        guard !terms.isEmpty else { return [] }
        var weights = [[Double]](repeating: [Double](repeating: 0, count: terms.count), count: terms.count)
        var frequency = [Double](repeating: 0, count: terms.count)
        for here in sentencesOfTerms {
            for (i, a) in here.enumerated() {
                frequency[a] += 1
                for b in here[(i + 1)..<min(here.count, i + 5)] where b != a {
                    weights[a][b] += 1
                    weights[b][a] += 1
                }
            }
        }
        let scores = TextRank.rank(weights, bias: frequency)
        return terms.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }.prefix(count).map { terms[$0] }
    }
}
