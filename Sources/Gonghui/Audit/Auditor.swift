import Foundation

/// A document as the audit reads it: its normalised text and its records.
public struct AuditDocument: Sendable {
    public var source: String
    public var text: UTF16Text
    public var records: [MetricRecord]

    public init(source: String, text: UTF16Text, records: [MetricRecord]) {
        self.source = source
        self.text = text
        self.records = records
    }
}

/// One inconsistency in the arithmetic of reports, with the computation that shows it and the
/// sentences it rests on.
public struct AuditFinding: Sendable, Hashable {
    public enum Check: String, Sendable, CaseIterable {
        /// A stated percentage against the counts and base it comes from.
        case share
        /// Parts that should add up to their total (专职 + 兼职 = 工会干部总数).
        case sum
        /// A 其中 part larger than its whole.
        case part
        /// A stated change against the previous year's stated figure.
        case growth
        /// Different figures for the same federation, metric and year in different documents.
        case conflict
    }

    public struct Citation: Sendable, Hashable {
        public var source: String
        public var sentence: String
    }

    public var check: Check
    public var federation: String?
    public var metric: String
    public var year: Int?
    /// How sure the finding is: a confident one is shown by default; a weak one (the figures
    /// may not be two statements of one quantity) only when asked for, with its doubt.
    public enum Confidence: String, Sendable {
        case confident, weak
    }

    /// The computation, e.g. "118 / 148 = 79.7%, stated 88.5%".
    public var computation: String
    /// The same in Chinese, for digests (dictionaries/audit-phrases.tsv).
    public var computationZh: String = ""
    public var citations: [Citation]
    public var confidence: Confidence = .confident
    /// Why a weak finding is weak, in the words of the report (the two figures' descriptions).
    public var doubt: String?
}

/// Checks the arithmetic reports contain. Every figure is taken at the rounding it is stated
/// with (FigureInterval), so only real contradictions are reported, not roundings.
public struct Auditor: Sendable {
    let catalog: MetricCatalog
    let rules: AuditRules
    let lexicon: QuantityLexicon
    let words: FunctionWords
    let markers: RecordMarkers
    /// The one-character share markers (占, record-markers.tsv `share`).
    let shareMarks: UnitSet
    let phrases: AuditPhrases
    let statements: FigureStatements

    public init(dictionaries: Dictionaries) {
        catalog = dictionaries.metrics
        rules = dictionaries.auditRules
        lexicon = dictionaries.quantities
        words = dictionaries.functionWords
        markers = dictionaries.recordMarkers
        shareMarks = dictionaries.recordMarkers.characters(.share)
        phrases = dictionaries.auditPhrases
        statements = FigureStatements(dictionaries: dictionaries)
    }

    /// All findings over a set of documents (documents of several years and sources together:
    /// growth and conflicts are checked across them), in a stable order.
    public func audit(_ documents: [AuditDocument]) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        let recognizer = QuantityRecognizer(lexicon: lexicon)
        for d in documents {
            findings += surveyShares(d, quantities: recognizer.quantities(in: d.text))
            findings += ruleChecks(d)
            findings += parts(d)
        }
        findings += growth(documents)
        findings += conflicts(documents)
        return findings.sorted {
            ($0.check.rawValue, $0.federation ?? "", $0.metric, $0.year ?? 0, $0.computation)
                < ($1.check.rawValue, $1.federation ?? "", $1.metric, $1.year ?? 0, $1.computation)
        }
    }

    // MARK: Shares in survey sentences

    /// 在148家已建会企业中,建立职代会制度的有118家,占88.5%: the count over the base.
    func surveyShares(_ d: AuditDocument, quantities: [Quantity]) -> [AuditFinding] {
        var out: [AuditFinding] = []
        d.text.units.withUnsafeBufferPointer { u in
            for sentence in Self.fullSentences(u) {
                let bases = RecordExtractor.sampleBases(u, sentence, words: words)
                guard !bases.isEmpty else { continue }
                let inSentence = quantities.filter { sentence.contains($0.range.lowerBound) }
                for (k, p) in inSentence.enumerated() where p.unit == .percent && Self.isShare(u, p, sentence, marks: shareMarks) {
                    // The count: the nearest figure before the share, outside any base.
                    guard let c = inSentence[..<k].last(where: { q in q.unit != .percent && !bases.contains { $0.contains(q.range.lowerBound) } }),
                          Self.countGovernsShare(u, c, p),
                          let base = bases.last(where: { $0.upperBound <= c.range.lowerBound }),
                          let whole = inSentence.first(where: { base.contains($0.range.lowerBound) }), whole.unit == c.unit,
                          case let b = subset(u, of: base, before: c, in: inSentence) ?? whole,
                          let computed = interval(c, d.text).percent(of: interval(b, d.text)) else { continue }
                    let stated = interval(p, d.text)
                    guard !computed.overlaps(stated) else { continue }
                    // 占企业总数的81%: a share that names its own base may not be of the survey's.
                    let named = Self.namedBase(u, p, words: words, marks: shareMarks)
                    let record = d.records.first { d.text.utf16Offset(ofScalar: $0.start) <= p.range.lowerBound && d.text.utf16Offset(ofScalar: $0.end) >= p.range.upperBound }
                        ?? d.records.first { d.text.utf16Offset(ofScalar: $0.start) <= c.range.lowerBound && d.text.utf16Offset(ofScalar: $0.end) >= c.range.upperBound }
                    let text = d.text[sentence]
                    out.append(AuditFinding(
                        check: .share, federation: record?.federation ?? Self.mainFederation(d), metric: record?.metric ?? "share",
                        year: record?.year, computation: "\(Self.number(c.value)) / \(Self.number(b.value)) = \(Self.percent(computed.middle)), stated \(d.text[p.range])",
                        computationZh: phrases("stated", "\(Self.number(c.value)) / \(Self.number(b.value)) = \(Self.percent(computed.middle))", d.text[p.range]),
                        citations: [.init(source: d.source, sentence: text)],
                        confidence: named == nil ? .confident : .weak, doubt: named.map { "the share names its own base: \($0)" }))
                }
            }
        }
        return out
    }

    /// 在87家公司制企业中,70家成立董事会,其中39家…,占56%: a 其中 between the survey's base and
    /// the count makes the figure of the count's unit before it the base (39 of the 70, not of
    /// the 87) — a share's base is the nearest set that holds what it counts.
    func subset(_ u: UnsafeBufferPointer<UInt16>, of base: Range<Int>, before c: Quantity, in quantities: [Quantity]) -> Quantity? {
        // Within the count's stretch of the sentence: a 其中 before a semicolon closed its subset.
        var from = c.range.lowerBound
        while from > base.upperBound && u[from - 1] != 0x3B && u[from - 1] != 0x3002 { from -= 1 }
        var part: Int?
        for i in from..<c.range.lowerBound where markers.starting(.part, at: i, in: u, limit: c.range.lowerBound) != nil { part = i }
        guard let part else { return nil }
        return quantities.last { $0.unit == c.unit && $0.range.lowerBound >= from && $0.range.upperBound <= part }
    }

    /// …的有118家,占88.5%: the count is in the share's clause or the one before, with no
    /// semicolon between (…的有2065人,占76.0%;希望…的占58.4% — the second share has no count).
    static func countGovernsShare(_ u: UnsafeBufferPointer<UInt16>, _ c: Quantity, _ p: Quantity) -> Bool {
        var commas = 0
        for i in c.range.upperBound..<p.range.lowerBound {
            if u[i] == 0x3B || u[i] == 0x3002 { return false }
            if u[i] == 0x2C { commas += 1 }
        }
        return commas <= 1
    }

    /// 占建会企业的30.8%: the words between 占 and the figure, when there are any beyond a
    /// function word (占了, 占比). `marks`: the one-character share markers (占).
    static func namedBase(_ u: UnsafeBufferPointer<UInt16>, _ p: Quantity, words: FunctionWords, marks: UnitSet) -> String? {
        var i = p.range.lowerBound - 1
        while i >= 0 && !marks.contains(u[i]) { i -= 1 }
        guard i >= 0 else { return nil }
        var between = (i + 1)..<p.range.lowerBound
        if let last = between.last, words.isA(.of, u[last]) { between = between.lowerBound..<last }
        return between.count >= 2 ? String(decoding: u[between], as: UTF16.self) : nil
    }

    /// 占88.5% / 占建会企业的30.8%: a share marker before the figure in its clause.
    static func isShare(_ u: UnsafeBufferPointer<UInt16>, _ p: Quantity, _ sentence: Range<Int>, marks: UnitSet) -> Bool {
        var i = p.range.lowerBound - 1
        while i >= sentence.lowerBound && p.range.lowerBound - i <= 12 {
            if u[i] == 0x2C || u[i] == 0x3B { return false }
            if marks.contains(u[i]) { return true }
            i -= 1
        }
        return false
    }

    // MARK: Rates and sums of one document

    func ruleChecks(_ d: AuditDocument) -> [AuditFinding] {
        var out: [AuditFinding] = []
        let groups = Dictionary(grouping: d.records.filter { $0.kind == .level && !$0.isPart && !$0.inSample && $0.group == nil }) { GroupKey(federation: $0.federation, year: $0.year) }
        for (key, records) in groups.sorted(by: { ($0.key.federation ?? "", $0.key.year ?? 0) < ($1.key.federation ?? "", $1.key.year ?? 0) }) {
            // Each metric's one figure in the group (a metric stated with two values is left out).
            var single: [String: MetricRecord] = [:]
            for (metric, rs) in Dictionary(grouping: records, by: \.metric) where Set(rs.map(\.value)).count == 1 { single[metric] = rs[0] }
            for result in Set(rules.rules.map(\.result)).sorted() {
                guard let r = single[result] else { continue }
                let applicable = rules.rules.filter { $0.result == result }.compactMap { rule -> (AuditRules.Rule, MetricRecord, MetricRecord)? in
                    guard let a = single[rule.operands.0], let b = single[rule.operands.1] else { return nil }
                    return (rule, a, b)
                }
                guard !applicable.isEmpty else { continue }
                let stated = interval(r)
                var explanations: [String] = []
                var agrees = false
                for (rule, a, b) in applicable {
                    switch rule.kind {
                    case .ratio:
                        guard let computed = interval(a).percent(of: interval(b)) else { agrees = true; continue }
                        if computed.overlaps(stated) { agrees = true }
                        explanations.append("\(a.surface) / \(b.surface) = \(Self.percent(computed.middle))")
                    case .sum:
                        let computed = interval(a) + interval(b)
                        if computed.overlaps(stated) { agrees = true }
                        explanations.append("\(a.surface) + \(b.surface) = \(Self.number(Decimal(computed.middle)))")
                    }
                }
                guard !agrees, let first = applicable.first else { continue }
                var citations: [AuditFinding.Citation] = []
                for rec in [r, first.1, first.2] where !citations.contains(where: { $0.sentence == rec.sentence }) {
                    citations.append(.init(source: d.source, sentence: rec.sentence))
                }
                // Figures from different sentences may be of different scopes or dates.
                let apart = citations.count > 1
                out.append(AuditFinding(check: first.0.kind == .ratio ? .share : .sum, federation: key.federation, metric: result, year: key.year,
                                        computation: explanations.joined(separator: "; ") + ", stated \(r.surface)",
                                        computationZh: phrases("stated", explanations.joined(separator: "；"), r.surface), citations: citations,
                                        confidence: apart ? .weak : .confident, doubt: apart ? "the figures are stated in different sentences" : nil))
            }
        }
        return out
    }

    struct GroupKey: Hashable {
        var federation: String?
        var year: Int?
    }

    // MARK: Parts and wholes

    /// 新发展会员3,680人,其中新就业形态劳动者4,160人: a part above its whole. A 其中 part
    /// belongs to the figure it qualifies, which is not always the nearest: in 参加职工1693.59万
    /// 人次,提升技能等级235.26万人次,其中组织农民工培训566.6万人次 it is the participants. So a part
    /// is an error only when it is above every figure of its unit before it in the sentence.
    func parts(_ d: AuditDocument) -> [AuditFinding] {
        var out: [AuditFinding] = []
        for (k, part) in d.records.enumerated() where part.isPart && part.kind == .level {
            let before = d.records[..<k].filter { !$0.isPart && $0.kind == .level && $0.sentence == part.sentence && $0.unit == part.unit && $0.start < part.start }
            guard let whole = before.last(where: { $0.metric == part.metric }) else { continue }
            let p = interval(part)
            guard before.allSatisfy({ p.low > interval($0).high }) else { continue }
            out.append(AuditFinding(check: .part, federation: part.federation, metric: part.metric, year: part.year,
                                    computation: "part \(part.surface) > whole \(whole.surface)",
                                    computationZh: phrases("part", part.surface, whole.surface),
                                    citations: [.init(source: d.source, sentence: part.sentence)]))
        }
        return out
    }

    // MARK: Growth against the previous year

    struct FigureKey: Hashable {
        var federation: String
        var metric: String
        var year: Int
        /// The subgroup counted (农民工), nil for the whole: a group's figure never meets the whole's.
        var group: String?
    }

    func growth(_ documents: [AuditDocument]) -> [AuditFinding] {
        var levels: [FigureKey: [(record: MetricRecord, source: String)]] = [:]
        for d in documents {
            for r in d.records where r.kind == .level && !r.isPart && !r.inSample {
                guard let f = r.federation, let y = r.year else { continue }
                levels[FigureKey(federation: f, metric: r.metric, year: y, group: r.group), default: []].append((r, d.source))
            }
        }
        /// The one figure of a key: the one in `sentence` if there is one, else the only value stated.
        func figure(_ key: FigureKey, sentence: String, source: String) -> (record: MetricRecord, source: String)? {
            guard let all = levels[key] else { return nil }
            if let here = all.first(where: { $0.record.sentence == sentence && $0.source == source }) { return here }
            let values = Set(all.map(\.record.value))
            return values.count == 1 ? all[0] : nil
        }
        var out: [AuditFinding] = []
        for d in documents {
            for ch in d.records where ch.kind == .change {
                guard let f = ch.federation, let y = ch.year, let baseYear = self.baseYear(of: ch, year: y),
                      let current = figure(FigureKey(federation: f, metric: ch.metric, year: y, group: ch.group), sentence: ch.sentence, source: d.source),
                      let base = figure(FigureKey(federation: f, metric: ch.metric, year: baseYear, group: ch.group), sentence: ch.sentence, source: d.source),
                      current.record.unit == base.record.unit,
                      // 今年上半年…比去年同期增长18.5%: a part of a year is not set against a whole one.
                      statement(of: ch).period == .year, statement(of: current.record).period == .year,
                      statement(of: base.record).period == .year else { continue }
                let cur = interval(current.record), prev = interval(base.record)
                let computed: FigureInterval
                let shown: String
                let nowZh = phrases("in-year", current.record.surface, String(y)), wasZh = phrases("in-year", base.record.surface, String(baseYear))
                let shownZh: String
                switch ch.unit {
                case .percent where current.record.unit != .percent:
                    guard let ratio = cur.percent(of: prev) else { continue }
                    computed = FigureInterval(ratio.low - 100, ratio.high - 100)
                    shown = "\(current.record.surface) (\(y)) / \(base.record.surface) (\(baseYear)) − 1 = \(Self.percent(computed.middle))"
                    shownZh = "\(nowZh) / \(wasZh) − 1 = \(Self.percent(computed.middle))"
                case .pp, .percent:
                    computed = cur - prev
                    shown = "\(current.record.surface) (\(y)) − \(base.record.surface) (\(baseYear)) = \(Self.number(Decimal(computed.middle))) pp"
                    shownZh = "\(nowZh) − \(wasZh) = " + phrases("pp", Self.number(Decimal(computed.middle)))
                default:
                    computed = cur - prev
                    shown = "\(current.record.surface) (\(y)) − \(base.record.surface) (\(baseYear)) = \(Self.number(Decimal(computed.middle)))"
                    shownZh = "\(nowZh) − \(wasZh) = \(Self.number(Decimal(computed.middle)))"
                }
                guard !computed.overlaps(interval(ch)) else { continue }
                var citations: [AuditFinding.Citation] = [.init(source: d.source, sentence: ch.sentence)]
                for other in [current, base] where !citations.contains(where: { $0.sentence == other.record.sentence }) {
                    citations.append(.init(source: other.source, sentence: other.record.sentence))
                }
                out.append(AuditFinding(check: .growth, federation: f, metric: ch.metric, year: y,
                                        computation: shown + ", stated \(ch.surface)", computationZh: phrases("stated", shownZh, ch.surface), citations: citations))
            }
        }
        return out
    }

    /// The year a change is measured from: 比上年/同比/较去年 → the year before; 比2018年 → 2018.
    /// The last comparison before the change's figure decides (…比2022年的2.76万人次增长13.0%).
    func baseYear(of change: MetricRecord, year: Int) -> Int? {
        guard let end = change.sentence.range(of: change.surface)?.lowerBound else { return nil }
        let before = Array(String(change.sentence[..<end].suffix(24)).utf16)
        return before.withUnsafeBufferPointer { u -> Int? in
            var compare: Int?
            for i in 0..<u.count where markers.starting(.compare, at: i, in: u, limit: u.count) != nil || markers.starting(.yearOnYear, at: i, in: u, limit: u.count) != nil {
                compare = i
            }
            guard let c = compare else { return nil }
            if markers.starting(.yearOnYear, at: c, in: u, limit: u.count) != nil { return year - 1 }
            // 比2018年: four digits and the year mark after the comparison word.
            var i = c
            while i < u.count && !CodeUnit.isDigit(u[i]) { i += 1 }
            var digits = 0, value = 0
            while i < u.count && CodeUnit.isDigit(u[i]) { value = value * 10 + Int(u[i] - 0x30); digits += 1; i += 1 }
            guard digits == 4, i < u.count, words.isA(.yearMark, u[i]), i - c <= 8 else { return nil }
            return value
        }
    }

    // MARK: Conflicting figures

    /// The same federation, metric, group and year with figures that cannot both be true, in
    /// different documents (within one document, parts and subgroups legitimately differ). A
    /// document that states several values for the key is left out. Two figures conflict only
    /// when they are two statements of one quantity: a cumulative or part-year figure beside a
    /// year's level is no conflict, nor are two figures the report describes with different words
    /// of the metric (劳模书架 readers and 劳模工匠 trainees bound to one metric by mistake). When
    /// one of them names no word of the metric, the finding is weak.
    func conflicts(_ documents: [AuditDocument]) -> [AuditFinding] {
        var byKey: [FigureKey: [Figure]] = [:]
        for d in documents {
            let levels = d.records.filter { $0.kind == .level && !$0.isPart && !$0.inSample && $0.federation != nil && $0.year != nil }
            for (key, rs) in Dictionary(grouping: levels, by: { FigureKey(federation: $0.federation!, metric: $0.metric, year: $0.year!, group: $0.group) })
            where Set(rs.map(\.value)).count == 1 {
                byKey[key, default: []].append(Figure(record: rs[0], source: d.source, statement: statement(of: rs[0])))
            }
        }
        var out: [AuditFinding] = []
        for (key, figures) in byKey where Set(figures.map(\.source)).count > 1 {
            let sorted = figures.sorted { $0.source < $1.source }
            var clash: [Figure] = []
            var weak: [String] = []
            for (i, a) in sorted.enumerated() {
                for b in sorted[(i + 1)...] where a.record.unit == b.record.unit && !interval(a.record).overlaps(interval(b.record)) {
                    guard !a.statement.differs(from: b.statement) else { continue }
                    // One of them names no word of its metric: they may not be one quantity.
                    if a.statement.cues.isEmpty || b.statement.cues.isEmpty { weak.append(a.statement.words + " / " + b.statement.words) }
                    if !clash.contains(where: { $0.source == a.source }) { clash.append(a) }
                    if !clash.contains(where: { $0.source == b.source }) { clash.append(b) }
                }
            }
            guard clash.count >= 2 else { continue }
            var finding = AuditFinding(check: .conflict, federation: key.federation, metric: key.metric, year: key.year,
                                       computation: clash.map { "\($0.record.surface) (\(($0.source as NSString).lastPathComponent))" }.joined(separator: " vs "),
                                       computationZh: clash.map { "\($0.record.surface)（\(($0.source as NSString).lastPathComponent)）" }.joined(separator: phrases("versus")),
                                       citations: clash.map { .init(source: $0.source, sentence: $0.record.sentence) })
            if let doubt = weak.first {
                finding.confidence = .weak
                finding.doubt = doubt
            }
            out.append(finding)
        }
        return out
    }

    struct Figure {
        var record: MetricRecord
        var source: String
        var statement: FigureStatement
    }

    func statement(of r: MetricRecord) -> FigureStatement { statements.describe(r) }

    // MARK: Helpers

    func interval(_ r: MetricRecord) -> FigureInterval {
        FigureInterval(value: r.value, qualifier: r.qualifier, surface: r.surface, numerals: lexicon)
    }

    func interval(_ q: Quantity, _ text: UTF16Text) -> FigureInterval {
        FigureInterval(value: q.value, qualifier: q.qualifier, surface: text[q.range], numerals: lexicon)
    }

    /// Sentences ending in 。！？ or a line break.
    static func fullSentences(_ u: UnsafeBufferPointer<UInt16>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for i in 0..<u.count where u[i] == 0x3002 || u[i] == 0xFF01 || u[i] == 0x21 || u[i] == 0xFF1F || u[i] == 0x3F || u[i] == 0x0A {
            if i + 1 > start { out.append(start..<(i + 1)) }
            start = i + 1
        }
        if start < u.count { out.append(start..<u.count) }
        return out
    }

    static func mainFederation(_ d: AuditDocument) -> String? {
        let counts = Dictionary(grouping: d.records.compactMap(\.federation), by: { $0 }).mapValues(\.count)
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// 3,120 / 9.12 / -1,234.5: two decimals at most (halves to even), thousands grouped. By
    /// hand: a NumberFormatter per figure was a tenth of auditing a corpus.
    package static func number(_ d: Decimal) -> String {
        var v = d, rounded = Decimal()
        NSDecimalRound(&rounded, &v, 2, .bankers)
        let plain = rounded.plainString
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? plain.dropFirst() : Substring(plain)
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        let whole = Array(parts.first ?? "0")
        var grouped = ""
        for (i, c) in whole.enumerated() {
            if i > 0 && (whole.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(c)
        }
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (negative && rounded != 0 ? "-" : "") + grouped + fraction
    }

    static func percent(_ x: Double) -> String { String(format: "%.1f%%", x) }
}
