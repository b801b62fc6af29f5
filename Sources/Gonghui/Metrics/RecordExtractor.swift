import Foundation

/// The record stage: a normalised document, its sentences and its quantities in; the metric
/// records of the contract out.
///
/// Sentence by sentence: level figures are bound to metrics by their cue words (MetricBinder);
/// shares (占…%) become the rate of the figure they qualify; changes (比上年增长…) take the
/// metric of the figure they compare, distributed in order after 分别; figures that are not
/// records are dropped by the contract's rules (per-unit amounts, plans, survey bases,
/// complements, thresholds over groups, plan and comparison columns of tables). Each record
/// then gets its year (YearResolver) and its federation and region (FederationFinder).
///
/// It holds compiled ICU regular expressions, which are not thread-safe: one per thread, as
/// the Pipeline that owns it.
public struct RecordExtractor {
    let catalog: MetricCatalog
    let markers: RecordMarkers
    let federations: FederationFinder
    let scopes: ScopeWords
    let words: FunctionWords
    let dates: DateFinder
    /// The words that name a report in a title (总结, 报告): a year there is the report's.
    let reportWords: [[UInt16]]
    /// 概况: opens a yearbook entry's overview (YearResolver).
    let overviewWords: [[UInt16]]
    /// The lexicon's verbs (tag v): what a clause states its figure with (签订1082家).
    let verbs: Set<[UInt16]>
    /// The quantity stage's lexicon, for the nouns that name their own measure (table-labels.tsv:
    /// 人次, 人数, 户数), read in running text as well as in tables.
    let quantityLexicon: QuantityLexicon
    /// Built once: its metric sets cost as much as a short document's records.
    let binder: MetricBinder
    /// The count of unions, which rules of its own read (union nouns, unions worked on).
    let unionCount: Int?

    public init(dictionaries: Dictionaries) {
        catalog = dictionaries.metrics
        markers = dictionaries.recordMarkers
        federations = dictionaries.federations
        scopes = dictionaries.scopeWords
        words = dictionaries.functionWords
        dates = dictionaries.dates
        reportWords = dictionaries.structureWords[.reportWord]
        overviewWords = dictionaries.structureWords[.overviewHeading]
        verbs = Set(dictionaries.lexicon.entries.filter { $0.tag == "v" }.map { Array($0.word.utf16) })
        quantityLexicon = dictionaries.quantities
        binder = MetricBinder(catalog: dictionaries.metrics, words: dictionaries.functionWords)
        unionCount = dictionaries.metrics.metricIndex(RecordRun.unionCount)
    }

    /// The records of a document. `explain`, when given, is told for every quantity what
    /// was decided and why (the best-scoring metrics), for users checking a binding.
    func records(in document: Document, structure: DocumentStructure, sentences: [Range<Int>], quantities: [Quantity],
                 explain: ((DecisionNote) -> Void)? = nil) -> [MetricRecord] {
        extraction(of: document, structure: structure, sentences: sentences, quantities: quantities, explain: explain).records
    }

    /// The records of a document and the union body it reports for (its first piece's).
    func extraction(of document: Document, structure: DocumentStructure, sentences: [Range<Int>], quantities: [Quantity],
                    explain: ((DecisionNote) -> Void)? = nil) -> Extraction {
        document.text.units.withUnsafeBufferPointer { u in
            var run = RecordRun(extractor: self, document: document, structure: structure, u: u, quantities: quantities)
            run.explain = explain
            let records = run.extract(sentences: sentences, quantities: quantities)
            return Extraction(records: records, body: structure.pieceBodies.first { $0 != nil } ?? nil)
        }
    }
}

/// What the record stage makes of a document.
public struct Extraction: Sendable {
    public var records: [MetricRecord]
    /// The union body the document reports for, if it names one.
    public var body: UnionBody?
}

/// One extraction over one document.
struct RecordRun {
    let extractor: RecordExtractor
    let document: Document
    let u: UnsafeBufferPointer<UInt16>
    let layout: DocumentLayout
    let markerIndex: MarkerIndex
    let years: YearResolver
    let binder: MetricBinder
    let attribution: Attribution
    var explain: ((DecisionNote) -> Void)?
    /// For each table row (by line) whose figures were bound, the metric: its part rows count the same.
    var rowMetrics: [Int: Int] = [:]
    /// The text of the sentence records were last made from: records of one sentence share it.
    var sentenceText: (range: Range<Int>, text: String) = (0..<0, "")
    /// The survey bases of the sentence last recorded from (a sentence's records ask in turn).
    var basesOfSentence: (range: Range<Int>, bases: [Range<Int>]) = (0..<0, [])
    var catalog: MetricCatalog { extractor.catalog }
    var words: FunctionWords { extractor.words }

    /// Tells `explain` about a quantity: its surface, the decision, the metrics of the records
    /// made, the leading candidates.
    func note(_ q: Quantity, _ decision: Decision, _ metrics: [Int] = [], _ scored: [MetricBinder.Scored] = [], detail: String? = nil) {
        guard let explain else { return }
        let n = DecisionNote(surface: String(document.text[q.range]), decision: decision, metrics: metrics.map { catalog.metrics[$0].id },
                             detail: detail, candidates: scored.map { (catalog.metrics[$0.metric].id, $0.score) })
        if held.notes != nil { held.notes!.append(n) } else { explain(n) }
    }

    /// Notes held back while a headline waits for the text that restates it: they go out after
    /// its note, in text order.
    final class HeldNotes { var notes: [DecisionNote]? = nil }
    let held = HeldNotes()

    /// Stops holding notes back: the ones held, to tell after what comes now.
    func takeHeldNotes() -> [DecisionNote] {
        defer { held.notes = nil }
        return held.notes ?? []
    }
    var markers: RecordMarkers { extractor.markers }

    /// A level record made in this document, for changes and shares that refer back.
    struct Made {
        var metric: Int
        var quantity: Quantity
        var year: Int?
        var index: Int
    }

    init(extractor: RecordExtractor, document: Document, structure: DocumentStructure, u: UnsafeBufferPointer<UInt16>, quantities: [Quantity]) {
        self.extractor = extractor
        self.document = document
        self.u = u
        let layout = structure.layout
        self.layout = layout
        // Markers and years matter only on lines with figures; most lines of a report have none.
        var withFigures = [Bool](repeating: false, count: layout.lines.count)
        var line = 0
        for q in quantities {
            while line + 1 < layout.lines.count && layout.lines[line].upperBound < q.range.lowerBound { line += 1 }
            withFigures[line] = true
        }
        markerIndex = extractor.markers.index(u, lines: layout.lines.indices.filter { withFigures[$0] }.map { layout.lines[$0] })
        years = YearResolver(markers: extractor.markers, index: markerIndex, documentDate: document.metadata.date, layout: layout,
                             linesWithFigures: withFigures, words: extractor.words, dates: extractor.dates, reportWords: extractor.reportWords,
                             overviewWords: extractor.overviewWords, u: u)
        binder = extractor.binder
        attribution = Attribution(structure: structure, scopes: extractor.scopes, federations: extractor.federations, words: extractor.words,
                                  dates: extractor.dates, u: u)
    }

    mutating func extract(sentences: [Range<Int>], quantities: [Quantity]) -> [MetricRecord] {
        var out: [MetricRecord] = []
        var made: [Made] = []
        var q = 0
        // A figure alone on its line, waiting for the text after it to restate it (headline).
        var headline: Headline? = nil
        for sentence in sentences {
            while q < quantities.count && quantities[q].range.lowerBound < sentence.lowerBound { q += 1 }
            var inSentence: [Quantity] = []
            var k = q
            while k < quantities.count && quantities[k].range.lowerBound < sentence.upperBound {
                inSentence.append(quantities[k])
                k += 1
            }
            q = k
            guard !inSentence.isEmpty else { continue }
            let line = layout.line(containing: sentence.lowerBound)
            if let h = headline, line - h.line > Self.headlineReach {
                unrestated(h, made: &made, out: &out)
                headline = nil
            }
            if inSentence.count == 1, isAlone(inSentence[0], line: line), isRepeated(inSentence[0], below: line) {
                if let h = headline { unrestated(h, made: &made, out: &out) }
                headline = Headline(sentence: sentence, quantity: inSentence[0], line: line, at: out.count)
                held.notes = []
                continue
            }
            let before = out.count
            process(sentence: sentence, quantities: inSentence, made: &made, out: &out)
            if let h = headline {
                let figure = document.text[h.quantity.range]
                if let restated = out[before...].first(where: { $0.kind == .level && $0.surface.hasSuffix(figure) }) {
                    let waiting = takeHeldNotes()
                    emitHeadline(h.quantity, sentence: h.sentence, restated: restated, at: before, made: &made, out: &out)
                    for n in waiting { explain?(n) }
                    headline = nil
                }
            }
        }
        if let h = headline { unrestated(h, made: &made, out: &out) }
        return out
    }

    /// A figure alone on its line, waiting for the text after it to restate it.
    struct Headline {
        var sentence: Range<Int>
        var quantity: Quantity
        var line: Int
        /// Where its records go among those made so far.
        var at: Int
    }

    /// A headline that nothing after it restated: read as any other figure, its records and notes
    /// put before those of the lines read while it waited.
    mutating func unrestated(_ h: Headline, made: inout [Made], out: inout [MetricRecord]) {
        let waiting = takeHeldNotes()
        let start = out.count, madeStart = made.count
        process(sentence: h.sentence, quantities: [h.quantity], made: &made, out: &out)
        for n in waiting { explain?(n) }
        let moved = out.count - start
        guard moved > 0, h.at < start else { return }
        let records = Array(out[start...])
        out.removeSubrange(start...)
        out.insert(contentsOf: records, at: h.at)
        for k in made.indices {
            if made[k].index >= start { made[k].index -= start - h.at } else if made[k].index >= h.at { made[k].index += moved }
        }
        // (`made` stays in text order: later rules look back through it by position.)
        let late = Array(made[madeStart...])
        made.removeSubrange(madeStart...)
        let slot = made.firstIndex { $0.quantity.range.lowerBound > h.quantity.range.lowerBound } ?? made.count
        made.insert(contentsOf: late, at: slot)
    }

    /// The figure's text stands again in the few lines below it (where a restatement would be).
    func isRepeated(_ q: Quantity, below line: Int) -> Bool {
        let figure = Array(u[q.range])
        for l in (line + 1)..<min(layout.lines.count, line + 1 + Self.headlineReach) {
            let r = layout.lines[l]
            guard r.count >= figure.count else { continue }
            for i in r.lowerBound...(r.upperBound - figure.count) where u[i] == figure[0] {
                if (1..<figure.count).allSatisfy({ u[i + $0] == figure[$0] }) { return true }
            }
        }
        return false
    }

    /// How many lines after a figure alone on its line its restatement may come (a blank line
    /// between).
    static let headlineReach = 3

    /// The figure is all its line holds (400多亿元, 163万个(次), a short bracket after it): an
    /// infographic's headline.
    func isAlone(_ q: Quantity, line: Int) -> Bool {
        guard line < layout.lines.count else { return false }
        let r = layout.lines[line]
        var a = r.lowerBound, b = r.upperBound
        while a < b, CodeUnit.isSpace(u[a]) { a += 1 }
        while b > a, CodeUnit.isSpace(u[b - 1]) { b -= 1 }
        guard a == q.range.lowerBound, b >= q.range.upperBound else { return false }
        return b == q.range.upperBound
            || (u[q.range.upperBound] == 0x28 && u[b - 1] == 0x29 && b - q.range.upperBound <= Self.headlineAsideLength)
    }

    /// The longest bracket after a headline figure (个(次), 户(次)).
    static let headlineAsideLength = 5

    /// 400多亿元 ¶ 20年来,各级工会共筹集送温暖资金400多亿元。: the headline counts what the
    /// text right after it counts, for the same body and year; its record goes before that one's.
    mutating func emitHeadline(_ q: Quantity, sentence: Range<Int>, restated: MetricRecord, at index: Int, made: inout [Made], out: inout [MetricRecord]) {
        let text = document.text
        var record = restated
        record.surface = text[q.range]
        record.sentence = text[sentence]
        record.start = text.scalarOffset(q.range.lowerBound)
        record.end = text.scalarOffset(q.range.upperBound)
        record.page = document.page(at: q.range.lowerBound)
        record.ocr = record.page.map { document.source.ocrPages.contains($0) } ?? false
        record.isPart = false
        record.inSample = false
        out.insert(record, at: index)
        for k in made.indices where made[k].index >= index { made[k].index += 1 }
        if let metric = catalog.metricIndex(restated.metric) { note(q, .headline, [metric]) }
    }

    // MARK: A sentence

    func clauses(_ sentence: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = sentence.lowerBound
        for i in sentence where u[i] == 0x2C || u[i] == 0x3B || u[i] == 0x3A || u[i] == 0x21 || u[i] == 0x3F || u[i] == 0x3002 {
            // Not the comma of 5,460 or the colon of 9:30.
            if (u[i] == 0x2C || u[i] == 0x3A), i > sentence.lowerBound, i + 1 < sentence.upperBound,
               CodeUnit.isDigit(u[i - 1]), CodeUnit.isDigit(u[i + 1]) { continue }
            out.append(start..<(i + 1))
            start = i + 1
        }
        if start < sentence.upperBound { out.append(start..<sentence.upperBound) }
        return out
    }

    /// The position of a bracket opened before `p` in `clause` and not closed by `p`.
    static func bracketOpening(_ u: UnsafeBufferPointer<UInt16>, before p: Int, in clause: Range<Int>) -> Int? {
        var i = p - 1
        while i >= clause.lowerBound {
            if u[i] == 0x29 { return nil }
            if u[i] == 0x28 { return i }
            i -= 1
        }
        return nil
    }

    /// 在206家企业中 / 在93家职工人数200人以上的企业中: survey bases.
    func sampleBases(_ sentence: Range<Int>) -> [Range<Int>] { RecordExtractor.sampleBases(u, sentence, words: words) }

    mutating func process(sentence: Range<Int>, quantities: [Quantity], made: inout [Made], out: inout [MetricRecord]) {
        let clauses = self.clauses(sentence)
        let allCues = binder.sentenceCues(in: u, range: sentence)
        let cues = allCues.longest
        let bases = sampleBases(sentence)
        let line = layout.line(containing: sentence.lowerBound)
        let row = layout.rowOfLine[line]
        // A table row's bare figures take the row's measure (职工人数(万人) 714.26 → 7142600 person).
        var quantities = row.map { r in quantities.map { r.applyingMeasure(to: $0, in: u) } } ?? quantities
        // 会员总数达3亿, 发放补贴3.8万: a figure in 万 or 亿 without a measure counts what its
        // subject names.
        for k in quantities.indices where quantities[k].unit == nil {
            quantities[k].unit = impliedUnit(quantities[k], cues: cues, sentence: sentence)
            // 从2013年的1.08亿增加到2017年的1.4亿: the level it rose to, in the unit it rose from.
            if quantities[k].unit == nil, k > 0, let before = quantities[k - 1].unit, words.contains(.largeUnit, in: u, quantities[k].range),
               isRiseTo(quantities[k - 1], quantities[k], clause: Attribution.clauseStart(u, before: quantities[k].range.lowerBound, limit: sentence.lowerBound)..<sentence.upperBound, sameUnit: false) {
                quantities[k].unit = before
            }
            // 会员人数增至788万人,五年净增177万: the change right after the level, in the level's unit.
            if quantities[k].unit == nil, k > 0, let before = quantities[k - 1].unit, before != .percent, words.contains(.largeUnit, in: u, quantities[k].range),
               quantities[k].range.lowerBound - quantities[k - 1].range.upperBound <= Self.changeAfterLevelGap,
               // (职工书屋达1200家,藏书增加3万: a noun of its own between counts another thing.)
               binder.catalog.cueMatcher.longestMatches(in: u, range: quantities[k - 1].range.upperBound..<quantities[k].range.lowerBound).isEmpty,
               changeVerb(before: quantities[k].range.lowerBound, clause: quantities[k - 1].range.upperBound..<quantities[k].range.upperBound) != nil {
                quantities[k].unit = before
            }
        }
        // Counts of groups that a threshold after them qualifies (全市5个区县中有4个签订率超过90%:
        // the 5 and the 4 count districts, the 90% is a bar): decided before any record is made.
        var groupCounts: [Int: Int] = [:]
        var thresholds = Set<Int>()
        for (qi, q) in quantities.enumerated() where q.unit != nil && !bases.contains(where: { $0.contains(q.numberRange.lowerBound) }) {
            let clause = clauses.first { $0.contains(q.range.lowerBound) } ?? sentence
            guard let over = thresholdOverGroups(q, index: qi, in: quantities, clause: clause) else { continue }
            thresholds.insert(qi)
            guard let g = over else { continue }
            groupCounts[g] = qi
            // …and the groups it is a part of (全市5个区县中有4个…超过90%: the 5 too).
            var h = g - 1
            while h >= 0, clause.contains(quantities[h].range.lowerBound) {
                if isGroupCount(quantities[h]) { groupCounts[h] = qi }
                h -= 1
            }
        }
        var complementClause: Range<Int>? = nil
        var pendingChanges: [(index: Int, quantity: Quantity, clause: Range<Int>)] = []
        var respectivelyDone = Set<Int>()

        for (qi, quantity) in quantities.enumerated() {
            guard let unit = quantity.unit else { note(quantity, .noUnit); continue }
            let n = quantity.numberRange
            let clause = clauses.first { $0.contains(quantity.range.lowerBound) } ?? sentence
            // (A sum of money is no sample: 在1500万元慰问金中,省总本级就拿出了256万元 names the sum
            // raised; a bound is, 在月收入2000元以下的职工中.)
            if !Self.namesSum(quantity), bases.contains(where: { $0.contains(n.lowerBound) }) { note(quantity, .surveyBase); continue }
            if groupCounts[qi] != nil { note(quantity, .groupCount); continue }
            if respectivelyDone.contains(qi) { continue }

            // Table cells: the column decides the year, and plan or comparison columns hold no
            // figures; the row label names the metric whatever the distance.
            var tableYear: Int?? = nil
            var cellLabelEnd: Int? = nil
            if let row, let cell = row.cells.first(where: { $0.range.contains(n.lowerBound) }) {
                let table = layout.tables[row.table]
                if row.isOtherBody { note(quantity, .otherBodyRow); continue }
                if cell.column < table.columnYears.count {
                    if !table.columnIsFigure[cell.column] { note(quantity, .planColumn); continue }
                    tableYear = .some(table.columnYears[cell.column])
                    cellLabelEnd = row.label.upperBound
                }
            }

            let candidate = Candidate(index: qi, quantity: quantity, quantities: quantities, clause: clause, sentence: sentence,
                                      line: line, cues: cues, made: made)
            if let rule = firstHolding(Self.noRecordRules, candidate) {
                // What is not done (未建会…) makes the share after it a share of the complement.
                if rule == .negated { complementClause = clause }
                note(quantity, rule)
                continue
            }
            // Neither the count of groups nor the threshold is a record.
            if thresholds.contains(qi) { note(quantity, .threshold); continue }

            var situation = self.situation(quantity, clause: clause, sentence: sentence, quantities: quantities, bases: bases)
            situation.sentenceCues = cues
            // Units are aided as a whole only in a sentence that gives aid (not 走访企业30家 alone)
            // and when their count closes its noun (not 2个单位的部分困难职工, whose workers are).
            if quantity.unit == .org {
                // (Not 531家不同类型的企业: a unit is still the head after the 的.)
                let end = max(quantity.range.upperBound, contentEnd(clause))
                if let of = (quantity.range.upperBound..<end).last(where: { words.isA(.of, u[$0]) }) {
                    situation.unitsModify = !markerIndex.contains(.group, in: (of + 1)..<end)
                }
                situation.unitsAided = situation.beneficiary && !situation.unitsModify && binder.givesAid(cues)
            }
            if let labelEnd = cellLabelEnd {
                // Every cell of a row is as near its label as the first.
                situation.number = labelEnd..<labelEnd
                situation.surface = labelEnd..<labelEnd
                situation.afterLimit = labelEnd
                situation.otherQuantities = []
                situation.tableLabel = true
            }

            // Changes: 比上年增长3.2%, 增长5.7和10个百分点.
            if isChange(qi, in: quantities, clause: clause, cues: cues) {
                pendingChanges.append((qi, quantity, clause))
                continue
            }
            if let clause = complementClause, clause.contains(n.lowerBound), unit == .percent {
                note(quantity, .complementShare); continue
            }

            // A list after 分别 whose subject names as many metrics: 职代会和厂务公开建制率分别
            // 达到90.2%和88.6%.
            if let assigned = respectivelyLevels(from: qi, in: quantities, clause: clause, cues: cues) ?? respectivelyRates(from: qi, in: quantities, clause: clause, sentence: sentence, made: made) {
                for (k, metric) in assigned {
                    let member = quantities[k]
                    emit(metric, member, kind: .level, value: member.value, unit: member.unit!, year: tableYear, sentence: sentence,
                         clause: clause, surfaceStart: nil, made: &made, out: &out, line: line)
                    note(member, .respectively, [metric])
                    respectivelyDone.insert(k)
                }
                continue
            }

            var figure = Figure(index: qi, quantity: quantity, quantities: quantities, unit: unit, clause: clause, clauses: clauses, sentence: sentence, line: line,
                                tableYear: tableYear, cellLabelEnd: cellLabelEnd, row: row, situation: situation, cues: cues)
            if unit == .percent {
                let rateCues = binder.visibleCues(allCues) { catalog.metrics[$0].isRate }
                figure.scored = binder.score(situation, cues: rateCues) { catalog.metrics[$0].isRate }
                for rule in Self.rateRules {
                    if let p = proposeRate(rule, figure, made: made) { apply(p, figure, made: &made, out: &out); break }
                }
                continue
            }
            if unit == .pp { note(quantity, .pointsWithoutChange); continue }

            // A level figure: the metrics that count its unit, or count it in another (合理化建议…万件
            // → item), by what its own words say it counts (a few characters either side of it).
            let metricCatalog = catalog
            let lead = u[max(clause.lowerBound, quantity.range.lowerBound - Self.coercionBefore)..<min(clause.upperBound, quantity.range.upperBound + Self.coercionAfter)]
            figure.fits = { metricCatalog.recordUnit($0, for: unit, around: lead) != nil }
            figure.recorded = { metricCatalog.recordUnit($0, for: unit, around: lead) ?? unit }
            figure.unitCues = binder.visibleCues(allCues, accepts: figure.fits)
            // A clause whose figure is followed by what it counts (全市有3个单位被授予全国模范职工
            // 之家称号) has a subject of its own, whatever stands before the figure.
            if figure.situation.elided, binder.namesAfter(figure.situation, cues: figure.unitCues, accepts: figure.fits) { figure.situation.elided = false }
            let framed = binder.narrowingToFramedKind(binder.score(figure.situation, cues: figure.unitCues, accepts: figure.fits), figure.situation,
                                                      cues: figure.unitCues, accepts: figure.fits, u: u)
            figure.scored = binder.liftingListedWhole(framed, figure.situation,
                                                      cues: allCues.longest, accepts: figure.fits) { words.isA(.enumerationMark, u[$0]) }
            var decided = false
            for rule in Self.levelRules {
                if let p = proposeLevel(rule, figure, made: made) { apply(p, figure, made: &made, out: &out); decided = true; break }
            }
            if !decided { note(quantity, .noMetric, [], figure.scored) }
        }
        resolveChanges(pendingChanges, sentence: sentence, cues: cues, quantities: quantities, bases: bases,
                       made: &made, out: &out, line: line)
    }

    /// The list after 分别 that starts at `qi` (its first member): its members, and where 分别 stands.
    func respectivelyList(from qi: Int, in quantities: [Quantity], clause: Range<Int>, fits: (RecordUnit?) -> Bool) -> (members: [Int], resp: Range<Int>)? {
        let q = quantities[qi]
        guard fits(q.unit), qi + 1 < quantities.count, isListGap(q.range.upperBound, quantities[qi + 1].range.lowerBound) else { return nil }
        // Only from the list's first member.
        if qi > 0, isListGap(quantities[qi - 1].range.upperBound, q.range.lowerBound) { return nil }
        guard let resp = markerIndex.last(.respectively, in: clause.lowerBound..<q.range.lowerBound) else { return nil }
        var members = [qi]
        var k = qi + 1
        while k < quantities.count, clause.contains(quantities[k].range.lowerBound), fits(quantities[k].unit),
              isListGap(quantities[k - 1].range.upperBound, quantities[k].range.lowerBound) { members.append(k); k += 1 }
        return members.count >= 2 ? (members, resp) : nil
    }

    /// For a list introduced by 分别 whose subject names one metric per member, in order:
    /// (member index, metric). Rates named by 率 in the subject map counts to their rates.
    func respectivelyLevels(from qi: Int, in quantities: [Quantity], clause: Range<Int>, cues: [MetricBinder.CueMatch]) -> [(Int, Int)]? {
        // The members may differ in unit (分别为146件和2,100人次).
        guard let unit = quantities[qi].unit, let (members, resp) = respectivelyList(from: qi, in: quantities, clause: clause, fits: { $0 != nil }) else { return nil }
        let subject = clause.lowerBound..<resp.lowerBound
        let units = members.map { quantities[$0].unit! }
        guard let metrics = namedMetrics(in: subject, units: units, rate: unit == .percent && words.contains(.rateSuffix, in: u, subject), cues: cues) else { return nil }
        // (A percentage's level is a rate: a count's metric gives its rate, or the list is none.)
        var rated: [Int] = []
        for (unit, metric) in zip(units, metrics) {
            if unit == .pp { return nil }
            if unit != .percent || catalog.metrics[metric].isRate { rated.append(metric); continue }
            guard let r = catalog.rateIndex[metric] else { return nil }
            rated.append(r)
        }
        return Array(zip(members, rated))
    }

    /// 建立职代会82820家,实行厂务公开84469家,建制率分别为90.43%和92.23%: percentages after 分别
    /// whose subject, a rate's word, names no list of metrics of its own (`respectivelyLevels`
    /// found none) take, in order, the rates of the figures the sentence recorded just before
    /// their clause — as many as there are members.
    func respectivelyRates(from qi: Int, in quantities: [Quantity], clause: Range<Int>, sentence: Range<Int>, made: [Made]) -> [(Int, Int)]? {
        guard !clause.contains(sentence.lowerBound),
              let (members, resp) = respectivelyList(from: qi, in: quantities, clause: clause, fits: { $0 == .percent }),
              words.contains(.rateSuffix, in: u, clause.lowerBound..<resp.lowerBound) else { return nil }
        // One record per figure (a figure that gave two records is one member's).
        var earlier: [Made] = []
        for m in Self.made(since: sentence.lowerBound, made) where m.quantity.range.upperBound <= clause.lowerBound && m.quantity.unit != .percent
            && !earlier.contains(where: { $0.quantity.range == m.quantity.range }) { earlier.append(m) }
        guard earlier.count >= members.count else { return nil }
        var rates: [Int] = []
        for m in earlier.suffix(members.count) {
            guard let r = catalog.rateIndex[m.metric], !rates.contains(r) else { return nil }
            rates.append(r)
        }
        return Array(zip(members, rates))
    }

    /// One metric per member of a list, from the metrics a subject names in order (命名劳动模范
    /// 和工匠分别为60和25名; 基层工会组织和工会会员分别比上年增加94家和1.2万人), each placed
    /// where its strongest cue stands (命名, a weak cue of 工匠, does not count). A member in
    /// percent or pp (a relative change) fits any metric.
    func namedMetrics(in subject: Range<Int>, units: [RecordUnit], rate: Bool, cues: [MetricBinder.CueMatch]) -> [Int]? {
        guard !subject.isEmpty else { return nil }
        func fits(_ metric: Int, _ unit: RecordUnit) -> Bool {
            unit == .pp || (unit == .percent && !catalog.metrics[metric].isRate) || catalog.accepts(metric, unit)
        }
        var named: [(metric: Int, weight: Double, position: Int)] = []
        for m in cues where m.range.lowerBound >= subject.lowerBound && m.range.upperBound <= subject.upperBound {
            for c in catalog.cuesByPhrase[m.phrase] where c.position.standsBefore && c.weight > 0 {
                var metric = c.metric
                if rate && !catalog.metrics[metric].isRate {
                    guard let r = catalog.rateIndex[metric] else { continue }
                    metric = r
                }
                guard units.contains(where: { fits(metric, $0) }) else { continue }
                if let i = named.firstIndex(where: { $0.metric == metric }) {
                    // (A tie keeps the first place: 职代会、厂务公开建制率 names congress first, whatever
                    // 建制率 after both also names.)
                    if c.weight > named[i].weight { named[i] = (metric, c.weight, m.range.lowerBound) }
                } else {
                    named.append((metric, c.weight, m.range.lowerBound))
                }
            }
        }
        // Several metrics from one cue phrase: keep the strongest per position.
        var byPosition: [Int: (metric: Int, weight: Double)] = [:]
        for n in named where (byPosition[n.position]?.weight ?? -1) < n.weight { byPosition[n.position] = (n.metric, n.weight) }
        var ranked = byPosition.sorted { $0.key < $1.key }.map { (position: $0.key, metric: $0.value.metric, weight: $0.value.weight) }
        if ranked.count > units.count { ranked = ranked.filter { $0.weight >= 2 } }
        // (全市建会企业职代会、厂务公开建制率分别…: the list right before 分别 is what it distributes;
        // a word before the list, 建会企业, says whose it is — when the kept cues are a list, joined
        // by 、和及与.)
        if ranked.count > units.count {
            let kept = ranked.suffix(units.count)
            guard let first = kept.first?.position, let last = kept.last?.position,
                  (first..<last).contains(where: { words.isCoordinator(at: $0, in: u) }) else { return nil }
            ranked = Array(kept)
        }
        guard ranked.count == units.count, zip(ranked, units).allSatisfy({ fits($0.0.metric, $0.1) }) else { return nil }
        return ranked.map(\.metric)
    }

    func situation(_ q: Quantity, clause whole: Range<Int>, sentence: Range<Int>, quantities: [Quantity], bases: [Range<Int>]) -> MetricBinder.Situation {
        // A figure inside brackets is named by the words inside them (村联合会6家(包含企业90家),
        // 建会企业120家(其中非公企业100家)); the words before the bracket name the figure before
        // it, and lend to this one only as an earlier clause does.
        var clause = Self.bracketOpening(u, before: q.range.lowerBound, in: whole).map { ($0 + 1)..<whole.upperBound } ?? whole
        // A count that is an item of a list parted by commas reads as one in a list of 、.
        let visited = handOutList(q, clause: clause, sentence: sentence, quantities: quantities)
        let list = visited ?? commaList(q, clause: clause, sentence: sentence, quantities: quantities)
        if let list { clause = list.range }
        let following = quantities.first { $0.range.lowerBound >= q.range.upperBound }
        let next = following?.range.lowerBound ?? clause.upperBound
        let previous = quantities.last { $0.range.upperBound <= q.range.lowerBound && clause.contains($0.range.lowerBound) }
        var s = MetricBinder.Situation(
            number: q.numberRange, surface: q.range, clause: clause, sentence: sentence,
            // A list separator right after the figure closes it: what follows names the next item
            // (职工书屋168家、“爱心驿站”等服务站点203个).
            afterLimit: q.range.upperBound < u.count && words.isCoordinator(at: q.range.upperBound, in: u)
                ? q.range.upperBound : min(next, clause.upperBound),
            otherQuantities: quantities.map(\.range.lowerBound).filter { $0 != q.range.lowerBound },
            // Cues inside a survey's base do not name its figures; nor, for a figure defined by
            // its own predicate (…中,审议…方案的有93家), those of a group named without a count.
            // (…except the money a base names, which its own words do: 在1500万元慰问金中.)
            ignored: bases.filter { !Self.namesSum(q) || !$0.contains(q.range.lowerBound) } + (definedByPredicate(q, clause: clause)
                ? RecordExtractor.sampleBases(u, sentence, words: words, counting: false).filter { !bases.contains($0) } : []))
        s.visitedList = visited?.range
        s.modifiesNoun = q.range.upperBound < clause.upperBound && CodeUnit.isHan(u[q.range.upperBound])
            && !hasVerb(q.range.upperBound..<min(clause.upperBound, q.range.upperBound + 2))
        if let p = previous, let unit = p.unit {
            s.previousAfterWindow = p.range.upperBound..<q.range.lowerBound
            let catalog = self.catalog
            s.previousAccepts = { catalog.accepts($0, unit) }
        }
        if q.range.lowerBound > clause.lowerBound, words.isA(.enumerationEnd, u[q.range.lowerBound - 1]) { s.enumerationEnd = q.range.lowerBound - 1 }
        var open: Int? = nil
        for i in q.range.upperBound..<clause.upperBound {
            if u[i] == 0x201C { open = i } else if u[i] == 0x201D, let o = open { s.quoted.append(o..<(i + 1)); open = nil }
        }
        // 3名同志为“工会系统创先争优标兵”: the title the counted were named, a few characters on.
        if let t = s.quoted.first, t.lowerBound - q.range.upperBound <= Self.titleReach, t.lowerBound > q.range.upperBound,
           words.isA(.designates, u[t.lowerBound - 1]) { s.conferred = t }
        // (The last member of a list this count opens: 6名大专生和9名高中生分别领到了… receive together.)
        var listEnd = q.range.upperBound
        if let qi = quantities.firstIndex(where: { $0.range == q.range }) {
            let members = countList(from: qi, in: quantities, clause: clause)
            if members.count > 1, let last = members.last {
                let end = quantities[last].range.upperBound
                s.sharedTail = end..<clause.upperBound
                // (Members parted by a list mark: in a run-together headline, 17支队伍97名选手参加, the
                // nouns are the list's.)
                let second = quantities[members[1]].range.lowerBound
                s.lastOwnsNoun = s.modifiesNoun && words.isA(.coordinator, u[second - 1])
                    && end < clause.upperBound && CodeUnit.isHan(u[end]) && !hasVerb(end..<min(clause.upperBound, end + 2))
                listEnd = end
            }
        }
        s.elided = isElided(clause.lowerBound..<q.range.lowerBound, quantities: quantities)
        s.purpose = purposeClause(after: clause, figure: q, sentence: sentence, next: following)
        if q.unit == .person || q.unit == .personTime || q.unit == .household {
            var i = listEnd
            while i < min(clause.upperBound, listEnd + Self.receiveReach), !CodeUnit.isDigit(u[i]) {
                if let e = words.starting(.receives, at: i, in: u, limit: clause.upperBound) {
                    // (86名学子分别领到了…3000元助学金 too: what each received, they received. Not
                    // 120名志愿者走访获得救助金的困难职工, 30名干部看望了享受生活补助的…: a verb of their
                    // own first, or the receiving in a 的-phrase that names others.)
                    let end = i + e.count
                    // (A sum's own 的 is none: 领到了1500元的助学金.)
                    if !words.contains(.handOut, in: u, q.range.upperBound..<i),
                       !(end..<clause.upperBound).contains(where: { p in words.isA(.of, u[p]) && !quantities.contains { $0.range.upperBound == p } }) { s.received = end..<clause.upperBound }
                    break
                }
                i += 1
            }
        }
        markerIndex.forEach(.init(.neutral), in: max(clause.lowerBound, q.range.lowerBound - 8)..<q.range.lowerBound) { s.neutral.append($0) }
        // 会员数从2021年3月29日的676人: the date the figure stood at is no distance from its cue.
        for d in years.dates(in: max(clause.lowerBound, q.range.lowerBound - Self.dateReach)..<q.range.lowerBound) { s.neutral.append(d.range) }
        // 全国工会(含工会联合组织)总计共有5724家: an aside between the cue and the figure is no distance.
        var close = q.range.lowerBound - 1
        while close > clause.lowerBound, q.range.lowerBound - close <= Self.asideReach {
            if u[close] == 0x29, let open = (max(clause.lowerBound, close - Self.asideLength)..<close).last(where: { u[$0] == 0x28 }) {
                s.neutral.append(open..<(close + 1))
                close = open
            }
            close -= 1
        }
        // 为8家单位14名会员赔付…: the count right after another that follows 为 is for them too;
        // scope words may stand between (为全市400余名劳动模范…). A count right after a verb that
        // hands out (发放全区498名劳模春节慰问金) is whom it is handed to.
        // 向/对 only with a hand-out verb after the count (向…136名劳模发放…; not 对30名…进行表彰):
        // the rest of the clause is read only when one stands there.
        func isGiving(_ p: Int) -> Bool {
            words.isA(.beneficiary, u[p - 1]) || words.ending(.handOut, before: p, in: u, limit: clause.lowerBound) != nil
                || (words.isA(.givingPreposition, u[p - 1]) && words.contains(.handOut, in: u, q.range.upperBound..<clause.upperBound))
        }
        /// A count of those aid can be given to (people, households, units).
        let recipient = q.unit == .person || q.unit == .personTime || q.unit == .household || q.unit == .org
        /// Whether the count at `start` is whom the clause gives to, and the 的-modifier between
        /// the giving word and the count when one stands there.
        func followsBeneficiary(_ start: Int, neutral: [Range<Int>]) -> (Bool, modifier: Range<Int>?) {
            var neutral = neutral
            // 向中山市390户…: a place's full name may stand between, as a scope word does.
            let places = extractor.federations.placeMatcher
            if start > clause.lowerBound, extractor.federations.isLevel(u[start - 1]),
               let m = places.longestMatches(in: u, range: max(clause.lowerBound, start - Self.placeBeforeCount)..<start).last, m.range.upperBound == start {
                neutral.append(m.range)
            }
            var p = start
            while p > clause.lowerBound, !isGiving(p), let r = neutral.last(where: { $0.upperBound == p }) { p = r.lowerBound }
            if p > clause.lowerBound && isGiving(p) { return (true, nil) }
            // 为遭遇意外灾害的8名职工…, 帮扶因大病…的8名职工: a modifier closed by 的 may stand
            // between (no figure in it).
            var sawOf = false
            var b = start - 1
            while b >= clause.lowerBound, start - b <= Self.beneficiaryModifierReach, !CodeUnit.isDigit(u[b]) {
                if words.isA(.of, u[b]) { sawOf = true } else if sawOf, isGiving(b + 1) { return (true, (b + 1)..<start) }
                b -= 1
            }
            // 帮扶特困职工、农民工和劳模600余名: the objects of a verb that hands out, then their
            // count — nouns only between (no verb: 慰问活动表彰劳模50人 is no aid). Only those given
            // to are counted so: people, households, units.
            var o = start - 1
            // (People may be a list of groups: 救助困难职工、下岗职工、农民工2万余人; units listed so
            // are as often visited as aided.)
            while recipient, o > clause.lowerBound, start - o <= (q.unit == .org ? Self.objectCountReach : Self.groupsCountReach),
                  CodeUnit.isHan(u[o - 1]) || words.isCoordinator(at: o - 1, in: u) {
                if words.ending(.handOut, before: o, in: u, limit: clause.lowerBound) != nil {
                    return (!hasVerb(o..<start), nil)
                }
                o -= 1
            }
            return (false, nil)
        }
        let own = followsBeneficiary(q.range.lowerBound, neutral: s.neutral)
        // 帮扶因大病陷入困境的86名职工: the giving verb governs the count across its modifier.
        if let modifier = own.modifier { s.neutral.append(modifier) }
        // (向390户困难职工家庭、517名贫困学子发放…: along a list of them too, back to its first
        // member: 对…253户困难职工、8名全国劳动模范、50名北京市劳动模范进行走访慰问.)
        func listedAfterGiving() -> Bool {
            var next = q
            for p in quantities.reversed() where p.range.upperBound <= next.range.lowerBound {
                guard clause.contains(p.range.lowerBound) else { return false }
                let gap = p.range.upperBound..<next.range.lowerBound
                let listed = gap.contains { words.isCoordinator(at: $0, in: u) }
                // (走访慰问困难职工420户、表彰劳动模范35人: a verb of its own starts another object.)
                guard gap.count <= (listed ? Self.beneficiaryListGap : 6), gap.allSatisfy({ CodeUnit.isHan(u[$0]) || words.isCoordinator(at: $0, in: u) }),
                      !hasVerb(gap) else { return false }
                // (对全县30名大学生和30名高中生进行救助: the scope before the first count is skipped too.)
                var neutral: [Range<Int>] = []
                markerIndex.forEach(.init(.neutral), in: max(clause.lowerBound, p.range.lowerBound - 8)..<p.range.lowerBound) { neutral.append($0) }
                if followsBeneficiary(p.range.lowerBound, neutral: neutral).0 { return true }
                guard recipient else { return false }
                next = p
            }
            return false
        }
        // 为一线路面环卫清扫工3627人发放慰问金: 为 (or 向, 给) and whom, nouns only, then the count and
        // right after it the verb that hands out — the count is of those given to.
        func namedBeforeHandOut() -> Bool {
            guard q.unit == .person || q.unit == .personTime || q.unit == .household else { return false }
            // (The count's own noun may stand between: 为县城管局300名职工送去了降暑降温物资.)
            var h = q.range.upperBound
            while h < clause.upperBound, h - q.range.upperBound <= Self.countNounLength, CodeUnit.isHan(u[h]),
                  words.starting(.handOut, at: h, in: u, limit: clause.upperBound) == nil { h += 1 }
            // (Not what is no aid: 送上节日祝福, 送去法律知识讲座 — function-words not-given.)
            guard h < clause.upperBound, words.starting(.handOut, at: h, in: u, limit: clause.upperBound) != nil, !hasVerb(q.range.upperBound..<h),
                  !words.contains(.notGiven, in: u, h..<clause.upperBound) else { return false }
            var o = q.range.lowerBound
            while o > clause.lowerBound, q.range.lowerBound - o <= Self.objectCountReach, CodeUnit.isHan(u[o - 1]) || words.isCoordinator(at: o - 1, in: u) {
                if words.isGiving(u[o - 1]) { return o < q.range.lowerBound && !hasVerb(o..<q.range.lowerBound) }
                o -= 1
            }
            return false
        }
        let named = !own.0 && namedBeforeHandOut()
        s.beneficiary = own.0 || listedAfterGiving() || named
        // (…价值10万余元的慰问物资,送给…四大系统的800多名一线职工: a verb that delivers to them, opening
        // the clause, hands out as well; function-words delivery.)
        s.handedOut = s.beneficiary && (named || words.contains(.handOut, in: u, clause.lowerBound..<q.range.lowerBound)
                                        || q.unit != .org && words.starting(.delivery, at: clause.lowerBound, in: u, limit: q.range.lowerBound) != nil)
        // 为…近590名农民工送去月饼: those a clause then sends something to are as handed to.
        // (Not what is no aid: 送去法律知识, 送上祝福, 带去文艺演出 — function-words not-given.)
        if s.beneficiary, !s.handedOut, q.unit == .person || q.unit == .personTime || q.unit == .household,
           // (So are those a clause then hands a sum of money out to: 对全区200名…医护人员发放了共计10万元的慰问金.)
           let send = (q.range.upperBound..<s.afterLimit).first(where: { words.starting(.sends, at: $0, in: u, limit: s.afterLimit) != nil
               || words.starting(.handOut, at: $0, in: u, limit: s.afterLimit) != nil && quantities.contains { $0.unit == .yuan && $0.range.lowerBound >= s.afterLimit && clause.contains($0.range.lowerBound) } }),
           !words.contains(.notGiven, in: u, send..<clause.upperBound) { s.handedOut = true }
        // …慰问…各级劳动模范,其中劳动模范1264人,送去慰问金278万余元: a part of a group, whom the
        // next clause hands something to, its count closing its own clause, is aided too. (Not
        // people a clause of their own counts: 培训…320人,发放培训教材…; 表彰…100人,慰问….)
        if !s.beneficiary, q.unit == .person || q.unit == .personTime || q.unit == .household, clause.upperBound < sentence.upperBound,
           q.range.upperBound + 1 >= clause.upperBound, u[clause.upperBound - 1] == 0x2C,
           words.starting(.clauseOpener, at: clause.lowerBound, in: u, limit: q.range.lowerBound) != nil, !hasVerb(clause.lowerBound..<q.range.lowerBound),
           words.starting(.handOut, at: clause.upperBound, in: u, limit: sentence.upperBound) != nil {
            s.beneficiary = true
            s.handedOut = true
        }
        for i in clause.lowerBound..<q.range.lowerBound where words.isCoordinator(at: i, in: u) || list?.separators.contains(i) == true { s.separators.append(i) }
        if markerIndex.contains(.part, in: sentence.lowerBound..<q.range.lowerBound), !isPart(q, clause: clause, sentence: sentence) {
            s.inherits = false
        }
        return s
    }

    /// 共走访慰问18个重点企业,6个新就业形态企业,48名省级以上劳模,3229名环卫工: clauses of a count
    /// and its noun alone, parted by commas, are items of the list the clause before them opens
    /// with its verb. The list's range (from that clause) and its commas, for a figure that opens
    /// such an item.
    func commaList(_ q: Quantity, clause: Range<Int>, sentence: Range<Int>, quantities: [Quantity]) -> (range: Range<Int>, separators: [Int])? {
        guard clause.lowerBound > sentence.lowerBound, u[clause.lowerBound - 1] == 0x2C, opensWith(clause, q),
              !quantities.contains(where: { $0.range != q.range && clause.contains($0.range.lowerBound) }),
              nounOnly(q.range.upperBound..<clause.upperBound),
              // (…培训7389场次,560296人参加 / 36名劳模受到表彰: a predicate, no item.)
              !words.contains(.predicateOpener, in: u, q.range.upperBound..<clause.upperBound) else { return nil }
        var start = clause.lowerBound
        var separators: [Int] = []
        for _ in 0..<Self.commaListLength {
            guard let (a, comma) = clauseBefore(comma: start - 1, sentence: sentence) else { return nil }
            let previous = a..<(comma + 1)
            let inPrevious = quantities.filter { previous.contains($0.range.lowerBound) }
            // (…困难职工326户,36名…: the item before may end with its count.)
            guard let last = inPrevious.last, nounOnly(last.range.upperBound..<previous.upperBound, orNothing: true),
                  // (共受理的260件法援案件中,112件为…: a frame, no item.)
                  !words.isA(.frameClose, u[comma - 1]) else { return nil }
            separators.append(comma)
            start = a
            // The clause that opens the list: a verb or a subject before its count.
            if inPrevious.count > 1 || !opensWith(previous, inPrevious[0]) { return (a..<clause.upperBound, separators) }
        }
        return nil
    }
    /// How many items back a list parted by commas is followed to the clause that opens it.
    static let commaListLength = 8

    /// The clause of `sentence` that ends with the comma at `comma`: (its start, the comma).
    private func clauseBefore(comma: Int, sentence: Range<Int>) -> (Int, Int)? {
        guard comma > sentence.lowerBound, u[comma] == 0x2C else { return nil }
        var a = comma
        while a > sentence.lowerBound, !CodeUnit.clauseEnds.contains(u[a - 1]) { a -= 1 }
        return (a, comma)
    }

    /// 慰问困难职工183人,大病职工107人,劳动模范142人: clauses of a noun and its count alone,
    /// parted by commas, after a clause whose verb hands out or visits, are items of the list
    /// that verb opens (the people visited), as if parted by 、.
    func handOutList(_ q: Quantity, clause: Range<Int>, sentence: Range<Int>, quantities: [Quantity]) -> (range: Range<Int>, separators: [Int])? {
        /// A noun and its count, nothing after it: the clause is one such item.
        func isItem(_ r: Range<Int>, _ inside: [Quantity]) -> Bool {
            guard inside.count == 1, let c = inside.first else { return false }
            return contentEnd(c.range.upperBound..<r.upperBound) == c.range.upperBound
                && nounOnly(r.lowerBound..<c.range.lowerBound) && !hasVerb(r.lowerBound..<c.range.lowerBound)
                && !words.contains(.predicateOpener, in: u, r.lowerBound..<c.range.lowerBound)  // (…,达到3200人)
        }
        // (People and households only: 收到…帮扶资金14.1万元,自治区财政资金9.6万元 lists sums received.)
        guard q.unit == .person || q.unit == .personTime || q.unit == .household,
              clause.lowerBound > sentence.lowerBound, u[clause.lowerBound - 1] == 0x2C,
              isItem(clause, quantities.filter { clause.contains($0.range.lowerBound) }) else { return nil }
        var start = clause.lowerBound
        var separators: [Int] = []
        for _ in 0..<Self.commaListLength {
            guard let (a, comma) = clauseBefore(comma: start - 1, sentence: sentence) else { return nil }
            let previous = a..<comma
            let inPrevious = quantities.filter { previous.contains($0.range.lowerBound) }
            separators.append(comma)
            start = a
            if isItem(previous, inPrevious) { continue }
            // The clause that opens the list: a verb that hands out or visits, then its noun and count.
            guard let last = inPrevious.last, contentEnd(last.range.upperBound..<previous.upperBound) == last.range.upperBound,
                  words.contains(.handOut, in: u, a..<last.range.lowerBound) else { return nil }
            return (a..<clause.upperBound, separators)
        }
        return nil
    }

    /// The clause opens with `q` (spaces aside).
    private func opensWith(_ clause: Range<Int>, _ q: Quantity) -> Bool {
        var a = clause.lowerBound
        while a < q.range.lowerBound, CodeUnit.isSpace(u[a]) { a += 1 }
        return a == q.range.lowerBound
    }

    /// A verb of the lexicon (two characters) in `r`.
    func hasVerb(_ r: Range<Int>) -> Bool {
        r.count >= 2 && (r.lowerBound..<(r.upperBound - 1)).contains { extractor.verbs.contains([u[$0], u[$0 + 1]]) }
    }

    /// Where the words of `r` end: before the punctuation and spaces that close it.
    func contentEnd(_ r: Range<Int>) -> Int {
        var e = r.upperBound
        while e > r.lowerBound, CodeUnit.clauseEnds.contains(u[e - 1]) || CodeUnit.isSpace(u[e - 1]) { e -= 1 }
        return e
    }

    /// A noun and nothing else up to the clause's end (its comma aside): Han characters, a few.
    private func nounOnly(_ r: Range<Int>, orNothing: Bool = false) -> Bool {
        let e = contentEnd(r)
        return (e > r.lowerBound || orNothing) && e - r.lowerBound <= Self.listNounLength && (r.lowerBound..<e).allSatisfy { CodeUnit.isHan(u[$0]) }
    }
    static let listNounLength = 12

    /// The clause after `clause` in its sentence when it says what a sum ending `clause` is for:
    /// it opens with a word of purpose (…万元,用于…), or the sum was raised or handed out
    /// (筹集资金4033万元,精准帮扶…) — up to the next figure, which must count something else
    /// (…帮扶困难职工28150人次; not 地方财政投入55.1亿元,工会经费投入45.8亿元, a list of sums).
    /// A sum raised or handed out inside its clause has its purpose after it in that clause.
    /// How far a clause of purpose is read (对兄弟局…、…技术人员和参加高铁工作的困难职工进行慰问).
    static let purposeReach = 64
    /// How far after a count the 为 of its conferred title may stand (3名同志为“…”).
    static let titleReach = 4

    func purposeClause(after clause: Range<Int>, figure q: Quantity, sentence: Range<Int>, next figure: Quantity?) -> Range<Int>? {
        guard q.unit == .yuan else { return nil }
        let start = clause.upperBound
        // 投入220万元,为4000余名困难职工…提供了生活救助: whom the sum went to opens its clause of
        // purpose; the clause says, past them, what the sum is for.
        // (…筹集资金460多万元,对3.7万名…开展送温暖帮扶活动: 对 and 向 open it too; the clause's
        // words say whether it is aid: 向20家基层工会拨付送温暖经费.)
        let beneficiaryNext = givenTo(at: start, next: figure)
        let next = beneficiaryNext ? sentence.upperBound : figure?.range.lowerBound ?? sentence.upperBound
        let limit = min(next, sentence.upperBound)
        let stops: UnitSet = [0x2C, 0x3B, 0x3002, 0x0A, 0x21, 0x3F]
        func clauseEnd(from p: Int, upTo bound: Int? = nil) -> Int {
            let bound = bound ?? limit
            var end = p
            while end < bound && end - p < Self.purposeReach && !stops.contains(u[end]) { end += 1 }
            return end
        }
        let funded = words.contains(.funding, in: u, clause.lowerBound..<q.range.lowerBound)
        let endsClause = start > clause.lowerBound && u[start - 1] == 0x2C && q.range.upperBound <= start - 1
        if endsClause, !(q.range.upperBound..<(start - 1)).contains(where: { CodeUnit.isHan(u[$0]) }) {
            // (A sum in a later clause is no list member: 筹资5000万元,用于…解困,市总工会共筹资16.29万元.)
            let listed = figure.map { f in f.unit == .yuan && !(start..<f.range.lowerBound).contains(where: { stops.contains(u[$0]) }) } ?? false
            guard !listed, start < sentence.upperBound, next >= start else { return nil }
            let opener = words.starting(.purpose, at: start, in: u, limit: sentence.upperBound)
            guard opener != nil || funded else { return nil }
            // 筹措资金15万元,由主席…带队,对全区253户困难职工…进行慰问: a sum raised whose next clauses
            // go on with how it was spent says what it is for up to the first later clause, within a
            // few, that opens with whom it went to (对, 向, 为, 给) — not past another sum.
            if opener == nil, !beneficiaryNext, let later = givingClause(after: start, sentence: sentence, before: figure.flatMap { $0.unit == .yuan ? $0.range.lowerBound : nil }) {
                return start..<clauseEnd(from: later, upTo: sentence.upperBound)
            }
            return start..<clauseEnd(from: start + (opener?.count ?? 0))
        }
        // 其中100万元用于慰问…: a word of purpose right after the sum, in its clause.
        if let opener = words.starting(.purpose, at: q.range.upperBound, in: u, limit: limit) {
            return q.range.upperBound..<clauseEnd(from: q.range.upperBound + opener.count)
        }
        // 拿出398万元慰问了…, 下拨150.7万元开展…帮扶, 筹集450万元专项经费,用于…: a sum raised or
        // handed out says what it is for in the words after it, and in a clause of purpose
        // that follows them.
        guard funded, limit > q.range.upperBound else { return nil }
        // (拿出50万元为300名困难职工发放慰问金: whom it went to right after the sum; its clause
        // says, past them, what the sum is for.)
        var end = clauseEnd(from: q.range.upperBound, upTo: givenTo(at: q.range.upperBound, next: figure) ? sentence.upperBound : nil)
        if endsClause, end == start - 1, start < limit, figure?.unit != .yuan, words.starting(.purpose, at: start, in: u, limit: sentence.upperBound) != nil {
            end = clauseEnd(from: start)
        }
        return q.range.upperBound..<end
    }

    /// Whom a sum went to opens the text at `p`: the next figure follows within two characters,
    /// after 为, 对, 向 or 给 at `p` or a word of benefit right before the figure.
    func givenTo(at p: Int, next figure: Quantity?) -> Bool {
        figure.map { f in f.range.lowerBound > p && f.range.lowerBound - p <= 2
            && (words.isA(.beneficiary, u[f.range.lowerBound - 1]) || words.isA(.givingPreposition, u[p])) } ?? false
    }

    /// How many clauses after a sum raised its clause of giving may open (…万元,由…带队,对…).
    static let givingClauseReach = 3

    /// The start of the first clause in `start..<sentence end`, within `givingClauseReach`
    /// clauses and before `sum`, that opens with whom something goes to (对, 向, 为, 给).
    func givingClause(after start: Int, sentence: Range<Int>, before sum: Int?) -> Int? {
        var c = start
        for _ in 0..<Self.givingClauseReach {
            while c < sentence.upperBound, u[c] != 0x2C { c += 1 }
            c += 1
            guard c < sentence.upperBound, sum.map({ c < $0 }) ?? true else { return nil }
            if words.isGiving(u[c]) { return c }
        }
        return nil
    }

    /// True when the stretch before a figure holds only neutral words, dates, numbers and
    /// punctuation: the clause's subject is elided.
    func isElided(_ r: Range<Int>, quantities: [Quantity]) -> Bool {
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: r.count) { covered in
            covered.initialize(repeating: false)
            markerIndex.forEach(.neutral | .bareSubject | .compare | .thisYear | .thatYear | .lastYear | .wholeYear | .cumulative | .period | .current, in: r) { o in
                for i in o where r.contains(i) { covered[i - r.lowerBound] = true }
            }
            for d in years.dates(in: r) { for i in d.range where r.contains(i) { covered[i - r.lowerBound] = true } }
            for q in quantities where q.range.overlaps(r) { for i in q.range where r.contains(i) { covered[i - r.lowerBound] = true } }
            func uncovered() -> Bool { r.enumerated().contains { k, i in !covered[k] && CodeUnit.isHan(u[i]) } }
            guard uncovered() else { return true }
            // A place as the subject (…,其中广东超过5万家) names no other thing counted (looked up
            // only when the rest leaves words over: most clauses are decided before, and a word
            // left over with a character no place name holds is decided without the look-up).
            let places = extractor.federations.placeMatcher
            if r.enumerated().contains(where: { k, i in !covered[k] && CodeUnit.isHan(u[i]) && !places.mayHold(u[i]) }) { return false }
            for m in places.longestMatches(in: u, range: r) { for i in m.range { covered[i - r.lowerBound] = true } }
            return !uncovered()
        }
    }

    func coordinatedEnd(_ s: MetricBinder.Situation, _ cues: [MetricBinder.CueMatch]) -> Int? {
        cues.filter { $0.range.lowerBound >= s.surface.upperBound && $0.range.lowerBound < s.afterLimit }.last?.range.upperBound
    }

    // MARK: Rules

    /// The unit a bare figure in 万 or 亿 takes: from a subject that names its own measure
    /// (培训人次…1.86亿), from a verb that raises or hands out money right before it (拨出100万),
    /// else from the cue right before it (within a few characters, in its clause): person for 会员,
    /// 职工, 农民工; yuan for 资金, 补贴 — when every typical reading of that cue agrees.
    func impliedUnit(_ q: Quantity, cues: [MetricBinder.CueMatch], sentence: Range<Int>) -> RecordUnit? {
        // (Not a figure whose measure counts what no metric does: 输送原油120万吨.)
        guard words.contains(.largeUnit, in: u, q.range), q.measure?.isEmpty ?? true else { return nil }
        let clauseStart = Attribution.clauseStart(u, before: q.range.lowerBound, limit: sentence.lowerBound)
        if let unit = measureOfSubject(q, cues: cues, from: clauseStart) { return unit }
        // 拨出100万, 筹集50万: money raised or handed out, where no word follows the figure (not
        // 投入2万余志愿者, whose noun says what it counts).
        if words.ending(.funding, before: q.range.lowerBound, in: u, limit: clauseStart) != nil,
           q.range.upperBound >= u.count || !CodeUnit.isHan(u[q.range.upperBound]) { return .yuan }
        guard let m = cues.last(where: { $0.range.upperBound <= q.range.lowerBound && $0.range.lowerBound >= clauseStart }),
              q.range.lowerBound - m.range.upperBound <= 10 else { return nil }
        var units = Set<RecordUnit>()
        for cue in catalog.cuesByPhrase[m.phrase] where cue.weight >= 2 && cue.position.standsBefore {
            let metric = catalog.metrics[cue.metric]
            if metric.units.contains(.yuan) { units.insert(.yuan) } else if metric.units.contains(.person) { units.insert(.person) } else { return nil }
        }
        return units.count == 1 ? units.first : nil
    }

    /// 培训人次累计达到1.86亿, 参与人次达12万: a subject that names its own measure, a few
    /// characters before the figure with no other cue between, says what the figure counts in —
    /// before the cue inside it (培训 → person) does.
    func measureOfSubject(_ q: Quantity, cues: [MetricBinder.CueMatch], from clauseStart: Int) -> RecordUnit? {
        let end = q.range.lowerBound
        var p = end
        while p > max(clauseStart, end - 8) {
            guard !CodeUnit.isDigit(u[p - 1]) else { return nil }
            if let unit = extractor.quantityLexicon.endingUnit(Array(u[max(clauseStart, p - 6)..<p])) {
                let between = p..<end
                return cues.contains { between.contains($0.range.lowerBound) } ? nil : unit
            }
            p -= 1
        }
        return nil
    }

    /// …的有93家 / …的为12个: the figure counts what its own clause's predicate defines.
    func definedByPredicate(_ q: Quantity, clause: Range<Int>) -> Bool {
        let s = q.range.lowerBound
        return s - 2 >= clause.lowerBound && words.isA(.of, u[s - 2]) && words.isA(.copula, u[s - 1])
    }

    /// 据对206名企业工会主席态度测评: the figure counts whom a survey asked.
    func isSurveyed(_ q: Quantity, clause: Range<Int>) -> Bool {
        let s = q.range.lowerBound
        guard s > clause.lowerBound, words.isA(.towards, u[s - 1]) else { return false }
        return markerIndex.contains(.sample, in: q.range.upperBound..<clause.upperBound)
    }

    /// How far a sum may stand after the sum per head it is joined to (1500元慰问金和价值500元).
    static let besidesReach = 8

    /// 每人2000元, 人均增资320元, 单笔最高27860元, 按每户1000元的标准.
    func isPerUnit(_ qi: Int, in quantities: [Quantity], _ clause: Range<Int>) -> Bool {
        let n = quantities[qi].numberRange
        // The rate's own number comes first after the marker (按每人3000元的标准资助…85名:
        // only 3000元 is per head).
        // A range or list (每人3000元至5000元) shares its first member's marker.
        var first = qi
        while first > 0, clause.contains(quantities[first - 1].range.lowerBound),
              isRangeOrListGap(quantities[first - 1].range.upperBound, quantities[first].range.lowerBound) { first -= 1 }
        let from = first > 0 && clause.contains(quantities[first - 1].range.lowerBound) ? quantities[first - 1].range.upperBound : clause.lowerBound
        if markerIndex.contains(.perUnit, in: from..<n.lowerBound) { return true }
        // 每年…开展1次至2次走访: how often, not how many.
        if let measure = quantities[qi].measure, words[.timesMeasure].contains(Array(measure.utf16)),
           markerIndex.contains(.perPeriod, in: clause.lowerBound..<n.lowerBound) { return true }
        if isBand(first, qi, in: quantities, clause) { return true }
        if isEachOneSum(qi, in: quantities, clause) { return true }
        if isOneEach(qi, in: quantities, clause) { return true }
        if isEachReceived(first, in: quantities, clause) { return true }
        // 为每名困难职工发放1500元慰问金和价值500元的慰问品: a sum joined to a sum per head is what each
        // gets besides (a coordinator between them, within a few characters).
        if quantities[qi].unit == .yuan, qi > 0, quantities[qi - 1].unit == .yuan, clause.contains(quantities[qi - 1].range.lowerBound),
           n.lowerBound - quantities[qi - 1].range.upperBound <= Self.besidesReach,
           (quantities[qi - 1].range.upperBound..<n.lowerBound).contains(where: { words.isA(.coordinator, u[$0]) }),
           isPerUnit(qi - 1, in: quantities, clause) { return true }
        // 按照…每年资助4000元、…一次性资助5000元的标准: standard amounts, every sum of the clause
        // up to the one 的标准 follows.
        if quantities[qi].unit == .yuan {
            var k = qi
            while k < quantities.count, clause.contains(quantities[k].range.lowerBound), quantities[k].unit == .yuan {
                let end = quantities[k].range.upperBound
                if end + 1 < clause.upperBound, words.isA(.of, u[end]), words.starting(.standard, at: end + 1, in: u, limit: clause.upperBound) != nil { return true }
                // 分别领到了5000元、4000、3000元不等的…: each paid to some.
                if words.starting(.varying, at: end, in: u, limit: clause.upperBound) != nil { return true }
                // Only along a list (…4000元、…3000元、…5000元的标准), not from a total to the standard
                // after it (发放慰问金286万元按照每人500元的标准).
                guard k + 1 < quantities.count, (end..<quantities[k + 1].range.lowerBound).contains(where: { words.isA(.coordinator, u[$0]) }) else { break }
                k += 1
            }
        }
        // “送温暖”标准由300元提高到500元, 慰问标准为800元: a sum that a standard (function-words standard)
        // before it is stated as — nothing between them but link words (one at least: 帮扶资金额度500万元
        // is an allocation) and the sums it rose from.
        if quantities[qi].unit == .yuan, let (std, word) = words.firstStarting(.standard, in: clause.lowerBound..<n.lowerBound, of: u, limit: n.lowerBound, fromEnd: true) {
            var p = std + word.count
            var linked = false
            while p < n.lowerBound {
                if let w = words.starting(.standardLink, at: p, in: u, limit: n.lowerBound) { p += w.count; linked = true; continue }
                if let e = markers.starting(.perUnit, at: p, in: u, limit: n.lowerBound) { p = e; continue }
                if let k = quantities[..<qi].lastIndex(where: { $0.range.lowerBound == p }) { p = quantities[k].range.upperBound; continue }
                linked = false
                break
            }
            if linked, p == n.lowerBound { return true }
        }
        // 资助标准大学一本5000元、二本4000元、三本及大专2000元: sums a standard lists by label, each
        // label short and no verb of handing out or totalling (not 按标准发放慰问金90万元).
        if quantities[qi].unit == .yuan, isStandardList(qi, in: quantities, clause) { return true }
        // 3000元每人, 500元每户: a sum its per-unit word follows right after is a rate too.
        if quantities[qi].unit == .yuan, quantities[qi].range.upperBound < clause.upperBound,
           markers.starting(.perUnit, at: quantities[qi].range.upperBound, in: u, limit: clause.upperBound) != nil { return true }
        // 500元/人
        let after = n.upperBound
        if let slash = (after..<min(u.count, after + 4)).first(where: { u[$0] == 0x2F }), slash + 1 < u.count, CodeUnit.isHan(u[slash + 1]) { return true }
        return false
    }

    /// Whether the sum at `qi` is one of a list of labelled sums right after a standard word of its
    /// clause (标准大学一本5000元、二本4000元): the labels are short and hand nothing out.
    func isStandardList(_ qi: Int, in quantities: [Quantity], _ clause: Range<Int>) -> Bool {
        let n = quantities[qi].numberRange
        guard let (std, word) = words.firstStarting(.standard, in: clause.lowerBound..<n.lowerBound, of: u, limit: n.lowerBound, fromEnd: true) else { return false }
        // The sums of the list, each after its label, from the standard on (a list: two at least;
        // 按标准拨缴工会经费3200万元 is one sum, by a verb).
        var p = std + word.count
        var members: [Int] = []
        // (The first sum after the standard, found back from the figure: the standard is in its clause.)
        var first = qi
        while first > 0, quantities[first - 1].range.lowerBound >= p { first -= 1 }
        var k = quantities[first...].firstIndex { $0.unit != nil } ?? quantities.count
        while k < quantities.count, clause.contains(quantities[k].range.lowerBound), quantities[k].unit == .yuan {
            let label = p..<quantities[k].numberRange.lowerBound
            // (一本, 二本: words that only look like counts are part of a label.)
            guard !label.isEmpty, label.count <= Self.standardLabelLength, label.allSatisfy({ CodeUnit.isHan(u[$0]) || u[$0] == 0x3001 }),
                  !label.indices.dropLast().contains(where: { extractor.verbs.contains([u[$0], u[$0 + 1]]) }),
                  !words.contains(.handOut, in: u, label), !words.contains(.valueWord, in: u, label), !words.contains(.sends, in: u, label) else { break }
            members.append(k)
            p = quantities[k].range.upperBound
            k = quantities[(k + 1)...].firstIndex { $0.range.lowerBound >= p && $0.unit != nil } ?? quantities.count
        }
        return members.count >= Self.standardListMinimum && members.contains(qi)
    }
    /// The fewest sums a standard's list holds.
    static let standardListMinimum = 2
    /// The longest label of a sum in a standard's list (三本及大专).
    static let standardLabelLength = 6

    /// 为4099名快递员…赠送1份意外伤害互助保障: one thing handed to a counted group of people after
    /// them in the clause, is what each received (not a count of one).
    func isOneEach(_ qi: Int, in quantities: [Quantity], _ clause: Range<Int>) -> Bool {
        let q = quantities[qi]
        guard q.value == 1, q.unit != .yuan, q.numberRange.lowerBound > clause.lowerBound,
              let verb = words.ending(.handOut, before: q.numberRange.lowerBound, in: u, limit: clause.lowerBound)
                ?? words.ending(.sends, before: q.numberRange.lowerBound, in: u, limit: clause.lowerBound) else { return false }
        let verbStart = q.numberRange.lowerBound - verb.count
        // (The group after 为/向/给: whom it was handed to, not givers nor another list's members.)
        return quantities[..<qi].contains { o in
            o.unit == .person && clause.contains(o.range.lowerBound) && o.range.upperBound <= verbStart
                && (max(clause.lowerBound, o.range.lowerBound - Self.placeBeforeCount)..<o.range.lowerBound).contains { words.isGiving(u[$0]) }
        }
    }

    /// 120名学子分别接受了…5000元助学金, 三家企业分别捐款5万元: one sum alone after 分别, no list
    /// for it to distribute, is what each received or gave.
    func isEachOneSum(_ qi: Int, in quantities: [Quantity], _ clause: Range<Int>) -> Bool {
        let q = quantities[qi]
        guard q.unit == .yuan, let r = markerIndex.last(.respectively, in: clause.lowerBound..<q.range.lowerBound) else { return false }
        return !quantities.indices.contains { $0 != qi && clause.contains(quantities[$0].range.lowerBound) && quantities[$0].range.lowerBound >= r.upperBound }
    }

    /// 17名…职工子女都收到了1800元资助金, 4名大专生和13名高中生也分别领到了1500元、1000元: a sum (or a
    /// list of sums, `first` opening it) that people counted before it each received — 都/均
    /// (function-words each) or 分别 right before the verb of receiving, the verb right before
    /// the sum. Without it (208名…子女得到了47.8万元助学金) the sum is their total.
    func isEachReceived(_ first: Int, in quantities: [Quantity], _ clause: Range<Int>) -> Bool {
        let q = quantities[first]
        guard q.unit == .yuan || q.unit == nil, first > 0,
              quantities[..<first].contains(where: { clause.contains($0.range.lowerBound) && ($0.unit == .person || $0.unit == .household) }) else { return false }
        let n = q.numberRange.lowerBound
        for end in stride(from: n, through: max(clause.lowerBound, n - Self.receivedFillerLength), by: -1) {
            guard let verb = words.ending(.receives, before: end, in: u, limit: clause.lowerBound) else { continue }
            let start = end - verb.count
            return words.ending(.each, before: start, in: u, limit: clause.lowerBound) != nil
                || markers.ending(.respectively, before: start, in: u, limit: clause.lowerBound) != nil
        }
        return false
    }

    /// The most characters between a verb of receiving and its sum (了).
    static let receivedFillerLength = 1

    /// How close before a range its 分别 stands (分别领取了…).
    static let bandReach = 10

    /// 分别领取了3000元至5000元, 发放1000-2000元不等: a range that each recipient's amount lies
    /// in, not a total (a list after 分别 may be totals; a range cannot be). `first` opens the
    /// range when it is written as two figures.
    func isBand(_ first: Int, _ qi: Int, in quantities: [Quantity], _ clause: Range<Int>) -> Bool {
        var last = qi
        while last + 1 < quantities.count, clause.contains(quantities[last + 1].range.lowerBound),
              isRangeOrListGap(quantities[last].range.upperBound, quantities[last + 1].range.lowerBound) { last += 1 }
        let isRange = quantities[qi].role == .range || (first..<last).contains { k in
            quantities[k].range.upperBound < quantities[k + 1].range.lowerBound
                && (quantities[k].range.upperBound..<quantities[k + 1].range.lowerBound).allSatisfy { words.isA(.reach, u[$0]) || words.isA(.rangeDash, u[$0]) }
        }
        guard isRange else { return false }
        // 给予3000元至6000元的救助, 得到了1000至4500元助学金: a range of sums each under ten thousand
        // is what each received (not 全市投入帮扶资金300万至500万元, a total between two bounds).
        if quantities[first...last].allSatisfy({ ($0.unit == .yuan || $0.unit == nil) && $0.value < Self.bandCeiling }), quantities[last].unit == .yuan { return true }
        let end = quantities[last].range.upperBound
        if markers.starting(.band, at: end, in: u, limit: min(clause.upperBound, end + 4)) != nil { return true }
        // 分别领取了3000元至5000元; not 分别于3月和9月…慰问3000至3500人次 (分别 over the dates).
        let start = quantities[first].range.lowerBound
        return markerIndex.contains(.respectively, in: max(clause.lowerBound, start - Self.bandReach)..<start)
    }

    /// The sum under which a range of sums is read as what each received (bands are of hundreds and
    /// thousands of yuan; totals of 万 and 亿).
    static let bandCeiling: Decimal = 10000

    /// 201家已建会企业共有职工4.12万人 after 已建立工会组织的有201家: a figure already stated,
    /// restated as the subject of further figures, is their base, not a new record.
    func isRestatedBase(_ qi: Int, in quantities: [Quantity], clause: Range<Int>, made: [Made]) -> Bool {
        let q = quantities[qi]
        // 这1,520份合同 / 上述 / 该: pointing back at a figure already given.
        if words.ending(.anaphor, before: q.range.lowerBound, in: u, limit: max(0, q.range.lowerBound - 2)) != nil,
           madeRecently(q, made: made) {
            return true
        }
        // 共受理的301件法援案件中,128件为…: a total given before, restated (共) as the whole its
        // clause closes on (…中) and the next clause's figure is part of.
        if clause.upperBound - 2 >= q.range.upperBound, u[clause.upperBound - 1] == 0x2C, words.isA(.frameClose, u[clause.upperBound - 2]),
           words.contains(.sum, in: u, clause.lowerBound..<q.range.lowerBound),
           qi + 1 < quantities.count, quantities[qi + 1].unit == q.unit, madeRecently(q, made: made) {
            return true
        }
        // 共有 / 共配备 / 有 between this figure and the next, within a short noun phrase.
        guard qi + 1 < quantities.count, clause.contains(quantities[qi + 1].range.lowerBound) else { return false }
        let gap = q.range.upperBound..<quantities[qi + 1].range.lowerBound
        guard gap.count <= 14, words.contains(.totalVerb, in: u, gap) else { return false }
        return madeRecently(q, made: made)
    }

    /// A record of the same figure in this paragraph or the three before: what a restatement
    /// points back at (201家建会企业共有… two paragraphs after 已建立工会组织的有201家) — never
    /// further, so that the look-back stays bounded however long the document.
    func madeRecently(_ q: Quantity, made: [Made]) -> Bool {
        Self.made(since: lookBackStart(q.range.lowerBound), made).contains { $0.quantity.unit == q.unit && $0.quantity.value == q.value }
    }

    /// Where a look-back from `p` stops: the start of the `paragraphs`th paragraph with text
    /// before `p`'s own. Look-backs across a document would make cost grow with its square.
    func lookBackStart(_ p: Int, paragraphs limit: Int = 3) -> Int {
        var line = layout.line(containing: p)
        var paragraphs = 0
        while line > 0 && paragraphs < limit {
            line -= 1
            if !layout.lines[line].isEmpty { paragraphs += 1 }
        }
        return layout.lines[line].lowerBound
    }

    /// The records made at or after `start`: records are made in text order, so this reads
    /// back only as far as `start`.
    static func made(since start: Int, _ made: [Made]) -> ArraySlice<Made> {
        var k = made.count
        while k > 0 && made[k - 1].quantity.range.lowerBound >= start { k -= 1 }
        return made[k...]
    }

    /// Plans, targets and the future: a plan word (将, 力争, 预计 …) in the quantity's clause or
    /// earlier in its sentence (…将力争新建工会组织40个、发展会员1000人,新建…站点10个), or a
    /// section headed as a plan (2024年工作打算).
    func hasPlan(_ clause: Range<Int>, _ q: Quantity, sentence: Range<Int>, line: Int, cues: [MetricBinder.CueMatch]) -> Bool {
        if layout.planSection[line] { return true }
        // 2025年1月…意见提出到2026年底,创新工作室总数超过5000家: a date the figure's sentence
        // sets (到, 至) after the page's own date is a target's — not one a title names (《…规划
        // (2021至2025年)》), nor one before work reported done (…的目标,目前已建成860个).
        // (Only a date right after 到 or 至 is read: one look at each such digit.)
        if let dated = document.metadata.date?.year, sentence.lowerBound + 1 < q.range.lowerBound,
           ((sentence.lowerBound + 1)..<q.range.lowerBound).contains(where: { p in
               guard CodeUnit.isDigit(u[p]), words.isA(.reach, u[p - 1]),
                     let d = extractor.dates.date(at: p, in: u, limit: q.range.lowerBound), d.date.year > dated else { return false }
               return !isInTitle(d.range, from: sentence.lowerBound) && !markerIndex.contains(.achieved, in: d.range.upperBound..<q.range.lowerBound)
           }) { return true }
        // 具体任务包括…;…;推动全市664户…: a plan noun that opens a list before a semicolon plans
        // every part of it.
        let full = YearResolver.fullSentenceStart(u, sentence.lowerBound)
        if full < sentence.lowerBound, markerIndex.contains(.planNoun, in: full..<sentence.lowerBound) {
            for o in markerIndex.occurrences(in: full..<sentence.lowerBound) where o.kind == .planNoun && introducesList(o.range.upperBound, full..<sentence.upperBound) {
                if !markerIndex.contains(.achieved, in: Attribution.clauseStart(u, before: o.range.lowerBound, limit: full)..<o.range.lowerBound) { return true }
            }
        }
        let occurrences = markerIndex.occurrences(in: sentence.lowerBound..<clause.upperBound)
        // 33名即将踏入大学校门的贫困家庭子女: a plan word right after the figure that opens a
        // 的-phrase describes those counted, not the count (and so does the 将 inside 即将).
        let describing = occurrences.first { $0.kind == .plan && $0.range.lowerBound == q.range.upperBound }
            .flatMap { lead in (lead.range.upperBound..<clause.upperBound).contains { words.isA(.of, u[$0]) } ? lead.range : nil }
        for o in occurrences where o.kind == .plan || o.kind == .planNoun {
            let r = o.range
            // 汇报了…下一步打算: a plan word inside a plan noun that a verb of reporting takes as its
            // object speaks as the noun, for that clause only (下一步打算,全年新建… still plans).
            if o.kind == .plan, let noun = occurrences.first(where: { $0.kind == .planNoun && $0.range.count > r.count && $0.range.contains(r.lowerBound) && $0.range.contains(r.upperBound - 1) }),
               words.contains(.reports, in: u, Attribution.clauseStart(u, before: noun.range.lowerBound, limit: sentence.lowerBound)..<noun.range.lowerBound) { continue }
            // 为了确保不让一名职工子女上不起学,近年来…资助…1594人次: a plan word right after a word of
            // purpose, in an earlier clause, is what the work was for.
            // So is one in an earlier clause that opens with a word of purpose (为最大限度地将新就业形态
            // 劳动者吸纳到工会组织中来,…吸引了…260余人加入工会).
            if !clause.contains(r.lowerBound), words.ending(.purposeOpener, before: r.lowerBound, in: u, limit: sentence.lowerBound) != nil
                || words.starting(.purposeOpener, at: Attribution.clauseStart(u, before: r.lowerBound, limit: sentence.lowerBound), in: u, limit: r.lowerBound) != nil { continue }
            // 全年计划培训职工3,000人次,上半年已完成…培训1,860人次: once a later clause reports work
            // done (record-markers achieved), the plan is over for the rest of the sentence (…,实际筹集
            // 1350万元,走访慰问困难职工8600户). (Not at a clause opening with a year: plans set dates,
            // 计划投入500万元,2024年底前建成…30个.)
            // (Not the work a group named in a frame has done: 力争…,在已建立…并签订了集体合同的单位中,使…签订率达到80%.)
            if !clause.contains(r.lowerBound), markerIndex.contains(.achieved, in: r.upperBound..<q.range.lowerBound) {
                let bases = RecordExtractor.sampleBases(u, sentence, words: words, counting: false)
                var done = false
                markerIndex.forEach(.init(.achieved), in: r.upperBound..<q.range.lowerBound) { a in
                    if !bases.contains(where: { $0.contains(a.lowerBound) }) { done = true }
                }
                if done { continue }
            }
            // 制定3个《…五年规划》: a plan word inside a title names a document, not a plan; so does
            // one inside a quoted name (荣获“2012年度工会工作目标责任制”一等奖).
            if isInTitle(r, from: sentence.lowerBound) { continue }
            // (Not a target quoted with its figure: 提出“力争年底前新建工会200家”的目标.)
            if isInTitle(r, from: sentence.lowerBound, open: 0x201C, close: 0x201D), !isInTitle(q.range, from: sentence.lowerBound, open: 0x201C, close: 0x201D) { continue }
            // 将近200家: a qualifier inside the figure, not a plan.
            if r.lowerBound >= q.range.lowerBound && r.lowerBound < q.range.upperBound { continue }
            if o.kind == .plan, let d = describing, r.lowerBound >= d.lowerBound, r.upperBound <= d.upperBound { continue }
            // 将总共10.8万元的救助资金下发到市行: 将 before what it moves.
            // (按照年度计划,共开展…: a phrase holding the plan word that says the work followed a plan.)
            if isNotPlan(r) { continue }
            // 将收集的24件代表提案提交…: a figure heads the 的-phrase 将 moves, a thing that exists.
            if isDisposal(r) { continue }
            // A plan word inside a metric's own name (互助保障计划) is no plan.
            if cues.contains(where: { $0.range.count > r.count && $0.range.contains(r.lowerBound) && $0.range.contains(r.upperBound - 1) }) { continue }
            if o.kind == .planNoun {
                // The nouns speak only for their own clause (按照计划,全年新建…) unless they
                // introduce a list (主要目标是:新建…), and after the figure only when it is what
                // the figure describes (降低20%的目标任务; not 完成任务的85%).
                if !clause.contains(r.lowerBound) && !introducesList(r.upperBound, sentence) { continue }
                // 已经完成了全部工作任务:建立…: a plan reported done.
                if markerIndex.contains(.achieved, in: Attribution.clauseStart(u, before: r.lowerBound, limit: sentence.lowerBound)..<r.lowerBound) { continue }
                // 完成任务的85%: the share of a target, judged with shares.
                if q.unit == .percent, let t = markers.ending(.targetShare, before: q.range.lowerBound, in: u, limit: clause.lowerBound), t <= r.lowerBound { continue }
                // (实现…入会100万人目标: the noun right after the figure, with or without 的.)
                if r.lowerBound > q.range.lowerBound, r.lowerBound != q.range.upperBound,
                   !(r.lowerBound == q.range.upperBound + 1 && words.isA(.of, u[q.range.upperBound])) { continue }
            }
            return true
        }
        return false
    }

    /// The stretch `r` lies inside a book title (《…》) opened after `start` and closed after `r`.
    func isInTitle(_ r: Range<Int>, from start: Int, open o: UInt16 = 0x300A, close c: UInt16 = 0x300B) -> Bool {
        guard let open = (max(start, r.lowerBound - Self.bookTitleReach)..<r.lowerBound).last(where: { u[$0] == o || u[$0] == c }),
              u[open] == o else { return false }
        var k = r.upperBound
        while k < u.count, k - r.upperBound < Self.bookTitleReach, u[k] != o, u[k] != 0x3002 {
            if u[k] == c { return true }
            k += 1
        }
        return false
    }
    /// How far before and after a plan word a title's brackets may be.
    static let bookTitleReach = 40

    /// A not-plan phrase (record-markers not-plan) starts in the plan word at `r` or right after
    /// it (将总共, 将近), or holds it (按照年度计划).
    func isNotPlan(_ r: Range<Int>) -> Bool {
        var found = false
        markerIndex.forEach(.init(.notPlan), in: max(0, r.lowerBound - Self.notPlanLead)..<min(u.count, r.upperBound + 3)) { o in
            if o.upperBound > r.lowerBound { found = true }
        }
        return found
    }

    /// How far before a plan word a not-plan phrase holding it may start (按照年度 before 计划).
    static let notPlanLead = 4

    /// How far after 将 its object and the verb that moves it are read (将饱含…的慰问信和慰问金分别为
    /// 9名…、12名…、4名困难职工送到手中: a list of recipients may stand between).
    static let disposalReach = 64

    /// 将 as 把 (将收集的24件代表提案分类提交, 将筹措的36.4万元送到…, 将扶贫工作作为重点): the word at
    /// `r` is one that moves its object, and a figure after a 的 heads that object in its clause,
    /// or a verb that takes such an object (作为, 纳入) follows in it, or one that hands a figure
    /// over (送到, 发放到) follows the figure.
    func isDisposal(_ r: Range<Int>) -> Bool {
        guard words.starting(.disposal, at: r.lowerBound, in: u, limit: r.upperBound)?.count == r.count else { return false }
        // 还将把…送到, 将有…拨付到, 将筹集…发放到: the future, whatever verb hands the figure over
        // (but 将筹集的…: what was raised).
        let future: Bool = {
            if r.lowerBound > 0, words.isA(.futureAdverb, u[r.lowerBound - 1]) { return true }
            guard r.upperBound < u.count else { return false }
            if words.isA(.futureAfter, u[r.upperBound]) { return true }
            guard let f = words.starting(.funding, at: r.upperBound, in: u, limit: u.count) else { return false }
            return !(r.upperBound + f.count < u.count && words.isA(.of, u[r.upperBound + f.count]))
        }()
        // 还将把…纳入: 把 after 将 makes 将 the future, whatever verb takes the object.
        let movesObjectItself = r.upperBound < u.count && words.isA(.objectMarker, u[r.upperBound])
        var i = r.upperBound
        var figure = false
        var inAside = false
        while i + 1 < u.count && i - r.upperBound < Self.disposalReach {
            // An aside set off by commas (将女职工特殊权益,特别是平等就业…等纳入…) stays in the object.
            if CodeUnit.clauseEnds.contains(u[i]) {
                guard u[i] == 0x2C, words.starting(.aside, at: i + 1, in: u, limit: u.count) != nil || inAside else { break }
                inAside.toggle()
                i += 1
                continue
            }
            if words.isA(.of, u[i]) && CodeUnit.isDigit(u[i + 1]) { return true }
            // 仍将扶贫工作作为工作重点: 将…作为 is 把…作为 (but 将作为试点… is the future, and so is
            // 将投入300万元作为…: a figure the plan sets aside).
            if CodeUnit.isDigit(u[i]) { figure = true }
            if i > r.upperBound, !figure, !movesObjectItself, words.starting(.disposalVerb, at: i, in: u, limit: u.count) != nil { return true }
            // 将21900元慰问金送到88名…手中: a figure handed over to someone was there to hand.
            if figure, !future, words.starting(.delivery, at: i, in: u, limit: u.count) != nil { return true }
            i += 1
        }
        return false
    }

    /// The clause from `p` ends with a colon, or opens with a verb of listing (包括): what it names
    /// is spelled out after it.
    func introducesList(_ p: Int, _ sentence: Range<Int>) -> Bool {
        // 具体任务包括…;…: a verb that opens the list right after the noun.
        if words.starting(.listVerb, at: p, in: u, limit: sentence.upperBound) != nil { return true }
        var i = p
        while i < sentence.upperBound {
            let c = u[i]
            if c == 0x3A { return true }
            if c == 0x2C || c == 0x3B || c == 0x3002 { return false }
            i += 1
        }
        return false
    }

    /// How long a clause may run from its opening negation to the figure (未签订集体合同120家).
    static let negatedOpenerReach = 10
    /// 21家未签订集体合同, 未签订集体合同的25家: the figure counts what is not done.
    func isNegated(_ q: Quantity, clause: Range<Int>) -> Bool {
        // …未签订集体合同的25家 / 尚未建会的有27家: a negated predicate turned into the subject.
        var d = q.range.lowerBound
        if d - 1 > clause.lowerBound, words.isA(.copula, u[d - 1]) { d -= 1 }  // 的有 / 的为
        if d - 1 >= clause.lowerBound, words.isA(.of, u[d - 1]), markerIndex.contains(.negation, in: clause.lowerBound..<(d - 1)) { return true }
        // 未签订120家, 未实行厂务公开的企业32家: a clause that opens with what is not done counts it
        // (not 未来, 未成年; nor people a 的-phrase describes: 未就业的困难职工子女215人 are helped).
        let s = clause.lowerBound
        if q.range.lowerBound - s <= Self.negatedOpenerReach, markers.starting(.notNegation, at: s, in: u, limit: q.range.lowerBound) == nil,
           markers.starting(.negation, at: s, in: u, limit: q.range.lowerBound) != nil,
           (s..<q.range.lowerBound).allSatisfy({ CodeUnit.isHan(u[$0]) && (q.unit == .org || !words.isA(.of, u[$0])) }) { return true }
        var i = q.range.upperBound
        // Skip a noun of up to twelve characters (20家企业工会主席或副主席不是…).
        var k = 0
        while i < u.count && k < 13 {
            if markers.starting(.negation, at: i, in: u, limit: min(u.count, i + 2)) != nil { return true }
            guard CodeUnit.isHan(u[i]) else { break }
            i += 1
            k += 1
        }
        return false
    }

    /// 7个省区的签订率达到60%以上, 12个地区超过10万个, 各县区新建工会均超过3万家: a threshold
    /// over a count of groups, or one that each member of a group passes (均). nil when not;
    /// otherwise the index of the count of groups, if there is one.
    func thresholdOverGroups(_ q: Quantity, index: Int, in quantities: [Quantity], clause: Range<Int>) -> Int?? {
        guard q.qualifier == .over || q.qualifier == .under else { return nil }
        // 余 / 多 round a count; only 超过, 以上, 不足, 以下 … set a bar.
        if words.contains(.more, in: u, q.range) { return nil }
        // (近30万名职工参加了…: 近 and 将近 say about how many, as 余 does.)
        if words.starting(.near, at: q.range.lowerBound, in: u, limit: q.range.upperBound) != nil { return nil }
        // (630家25人以上单位新成立工会: a size right before its groups' noun says which groups the
        // count before it counts; it is no bar they pass.)
        if isSizeClass(q, clause: clause) { return nil }
        // 均超过 / 均达到 / 都在…以上: each of a group.
        let lead = max(clause.lowerBound, q.range.lowerBound - 4)..<q.range.lowerBound
        if words.contains(.each, in: u, lead) {
            let g = index > 0 && clause.contains(quantities[index - 1].range.lowerBound) ? index - 1 : nil
            // (职代会和厂务公开建制率均超过九成: with no count of groups and no word that makes
            // groups (各市, function-words each-scope) before it, 均 gives the figure to each rate
            // named: no bar.)
            if g == nil, !words.contains(.eachScope, in: u, clause.lowerBound..<q.range.lowerBound) { return nil }
            return .some(g)
        }
        // 合共有超过41万名: the groups' sum, not a bar each passes.
        if words.contains(.sum, in: u, max(clause.lowerBound, q.range.lowerBound - 3)..<q.range.lowerBound) { return nil }
        // A count of groups earlier in the clause: 全市5个区县中有4个签订率超过90%.
        var g = index - 1
        while g >= 0, clause.contains(quantities[g].range.lowerBound) {
            let after = quantities[g].range.upperBound
            // …named as groups (7个省区), or a count of organisations (有21家职工人数不足50人).
            if isGroupCount(quantities[g]) { return .some(g) }
            if quantities[g].unit == .org, !u[after..<q.range.lowerBound].contains(where: { words.isA(.coordinator, $0) }) { return .some(g) }
            g -= 1
        }
        return nil
    }

    /// A count named as groups by the noun right after it (7个省区, 5个区县).
    func isGroupCount(_ q: Quantity) -> Bool {
        let after = q.range.upperBound
        return markers.starting(.group, at: after, in: u, limit: min(u.count, after + 6)) != nil
    }

    /// An exact sum of money: inside a survey's base (在1500万元慰问金中) it is the sum, no sample,
    /// and its own words name it (a bound is a sample's: 在月收入2000元以下的职工中).
    static func namesSum(_ q: Quantity) -> Bool { q.unit == .yuan && q.qualifier == .exact }

    /// 全县14个乡镇, 8个开发区新建工会组织186个: units right before a word of places (place-group)
    /// are where the clause's work is done, not what a metric counts — unless a union's name
    /// follows the places (14个县区总工会, 14个乡镇企业工会, 43个乡镇(街道)工会组织; a founding verb
    /// between, 开发区新建工会组织, makes the unions its object), or the places found what the clause
    /// names and it counts none of them (12个县市区建立了帮扶中心: one each).
    func countsPlaces(_ index: Int, in quantities: [Quantity], clause: Range<Int>) -> Bool {
        let q = quantities[index]
        guard q.unit == .org, var e = markers.starting(.placeGroup, at: q.range.upperBound, in: u, limit: clause.upperBound) else { return false }
        e = CodeUnit.asideEnd(u, at: e, reach: QuantityResolver.asideReach, limit: clause.upperBound) ?? e
        let unionWords = extractor.federations.words
        if let union = (e..<min(clause.upperBound, e + Self.placeUnionReach)).first(where: { unionWords.starting(.unionWord, at: $0, in: u, limit: clause.upperBound) != nil }),
           (e..<union).allSatisfy({ CodeUnit.isHan(u[$0]) }), !markerIndex.contains(RecordMarkers.Kind.flow | .founding, in: e..<union) { return false }
        var verb: Int? = nil
        markerIndex.forEach(RecordMarkers.Kind.flow | .founding, in: e..<clause.upperBound) { o in if verb == nil { verb = o.upperBound } }
        guard let verb else { return true }
        // (8个开发区新建工会组织186个: what they founded is counted after the verb. Only the clause's
        // later figures are read, not the document's.)
        return quantities[(index + 1)...].prefix { $0.range.lowerBound < clause.upperBound }.contains { $0.range.lowerBound >= verb }
    }

    /// How far after a word of places a union's word may start (乡镇企业工会: two characters between).
    static let placeUnionReach = 4

    /// 职工200人以上的企业, 不足50人的单位: a bound that defines a class of groups, not a count.
    func isSizeClass(_ q: Quantity, clause: Range<Int>) -> Bool {
        let e = q.range.upperBound
        // The figure, then 的, then a later figure of the clause: it says which ones that figure counts.
        func definesLaterFigure() -> Bool {
            e + 1 < clause.upperBound && words.isA(.of, u[e]) && (e + 1..<clause.upperBound).contains { CodeUnit.isDigit(u[$0]) }
        }
        // 工资增长15%—20%的10100家, 增长20%以上的4127家: a change so written defines a class of what
        // that figure counts; it changes nothing.
        if q.unit == .percent, definesLaterFigure(), changeVerb(before: q.range.lowerBound, clause: clause) != nil { return true }
        // (A share is no size: 90%以上的企业建立了… is a rate.)
        guard q.qualifier != .exact, q.qualifier != .about, q.unit != .percent else { return false }
        // 百人以上企业, 25人以上参保企业, 百人以下小微、非公企业: a headcount bound right before a kind
        // of group (a few modifiers between; a word of two characters at least, not the 市 of 全市)
        // is the size of the group, without 的.
        if q.unit == .person, words.ending(.threshold, before: e, in: u, limit: q.range.lowerBound) != nil, (0...Self.sizeModifierLength).contains(where: { k in
            // (、 only between modifiers: 1万人以上、参赛企业120家 lists another count.)
            e + k < u.count && (e..<(e + k)).allSatisfy { CodeUnit.isHan(u[$0]) || (u[$0] == 0x3001 && $0 > e) }
                && (markers.starting(.group, at: e + k, in: u, limit: min(u.count, e + k + 8)).map { $0 - (e + k) >= 2 } ?? false)
        }) { return true }
        guard e + 1 < u.count, words.isA(.of, u[e]) else { return false }
        // 1万元以上的大额赔付45起: a bound written after the figure, then 的, defines a class of
        // whatever a later figure of the clause counts (not 保持在95%以上的水平, 筹集了300万元以上的
        // 帮扶资金); 超过200人的企业 only of groups.
        if words.ending(.threshold, before: e, in: u, limit: q.range.lowerBound) != nil, definesLaterFigure() { return true }
        return markers.starting(.group, at: e + 1, in: u, limit: min(u.count, e + 8)) != nil
    }

    /// The most characters of modifiers between a headcount bound and its group (小微、非公).
    static let sizeModifierLength = 5

    /// The most characters between a level and a bare change in 万 or 亿 right after it that
    /// takes its unit (增至788万人,五年净增177万).
    static let changeAfterLevelGap = 8

    /// How many characters before an earlier figure a subject of changes (…分别增长) must repeat to
    /// name it (覆盖企业 of 覆盖企业147792个).
    static let restatedWordLength = 2

    /// How far either side of a figure the words that let its measure count another unit are
    /// read (unit-coercions.tsv): after it, a short quoted title (67个“南漳五一劳动奖章”).
    static let coercionBefore = 6
    static let coercionAfter = 10

    /// The longest word of time or year between a verb of reaching and 的 (2004年底, 2023年3月底).
    static let riseToTimeLength = 8

    /// The most characters between a level and the level it rose to (增长到2023年3月底的).
    static let riseToGap = 13

    /// 9场增加到12场 / 3.2%提高到4.5%: only a change verb ending in 到/至 between the two.
    func isRiseTo(_ p: Quantity, _ q: Quantity, clause: Range<Int>, sameUnit: Bool = true) -> Bool {
        guard clause.contains(p.range.lowerBound), !sameUnit || p.unit == q.unit, q.range.lowerBound - p.range.upperBound <= Self.riseToGap,
              q.range.lowerBound > p.range.upperBound else { return false }
        var to = q.range.lowerBound - 1
        // (下降为19.61%: 为 after the verb, as 到.)
        func reaches(_ c: UInt16) -> Bool { words.isA(.reach, c) || words.isA(.changedTo, c) }
        // 由原来的56%提高到现在的81%, 增长到2022年的15.6万人, 下降为2004年底的19.61%: a word of time
        // or a year and 的 between.
        if words.isA(.of, u[to]), let reach = (2...Self.riseToTimeLength + 1).first(where: { to - $0 > p.range.upperBound && reaches(u[to - $0]) }),
           (1..<reach).allSatisfy({ (CodeUnit.isHan(u[to - $0]) || CodeUnit.isDigit(u[to - $0])) && !reaches(u[to - $0]) }) { to -= reach }
        guard to > p.range.upperBound, reaches(u[to]) else { return false }
        let verbEnd = to
        return markers.endsChange(before: verbEnd, in: u, limit: p.range.upperBound)
    }

    /// The counts of a list this one belongs to, from it on: counts joined by 、 和 及 与, each
    /// with at most a short noun of its own before the separator (14家单位和44名个人,
    /// 33个单位、109名个人, 一个集体、三名个人).
    func countList(from qi: Int, in quantities: [Quantity], clause: Range<Int>) -> [Int] {
        var members = [qi]
        var k = qi
        while k + 1 < quantities.count, clause.contains(quantities[k + 1].range.lowerBound) {
            let gap = quantities[k].range.upperBound..<quantities[k + 1].range.lowerBound
            // A headline runs its members together: 全省9家单位43名个人摘取….
            // (我市四集体一个人荣获…: no gap at all.)
            let next = u[gap.upperBound]
            let runTogether = gap.isEmpty || (gap.count == 2 && u[gap].allSatisfy(CodeUnit.isHan) && (CodeUnit.isDigit(next) || words.isA(.numeral, next)))
            if !runTogether {
                guard gap.count <= 6, let sep = gap.last.map({ u[$0] }), words.isA(.coordinator, sep),
                      u[gap].dropLast().allSatisfy({ CodeUnit.isHan($0) }) else { break }
            }
            k += 1
            members.append(k)
        }
        return members
    }

    /// The quantity before this one when the two are members of one list: same unit and only a
    /// list separator between (so no word of its own).
    func listPredecessor(_ qi: Int, in quantities: [Quantity], clause: Range<Int>, visitedList: Range<Int>? = nil) -> Quantity? {
        guard qi > 0 else { return nil }
        let p = quantities[qi - 1], q = quantities[qi]
        // 慰问困难职工家庭216户,单亲女职工家庭43户,因病致困家庭57户: an item of a list by commas that a
        // visiting verb opens counts what the item before it counts.
        if let visitedList, p.unit == q.unit, !clause.contains(p.range.lowerBound), visitedList.contains(p.range.lowerBound) { return p }
        guard clause.contains(p.range.lowerBound), p.unit == q.unit else { return nil }
        if isListGap(p.range.upperBound, q.range.lowerBound) { return p }
        // 提出合理化建议3751.79万件、实施2373.8万件: a verb of its own and the same measure word:
        // the next stage of the same things.
        let gap = p.range.upperBound..<q.range.lowerBound
        // 一等奖2项、二等奖5项、三等奖15项: the next tier of the same prize, in the same measure.
        if gap.count >= 2, u[gap.lowerBound] == 0x3001, p.measure != nil, p.measure == q.measure,
           words.starting(.prize, at: gap.lowerBound + 1, in: u, limit: gap.upperBound)?.count == gap.count - 1 { return p }
        guard gap.count >= 2, gap.count <= 3, u[gap.lowerBound] == 0x3001, p.measure != nil, p.measure == q.measure,
              u[(gap.lowerBound + 1)..<gap.upperBound].allSatisfy(CodeUnit.isHan),
              binder.catalog.cueMatcher.longestMatches(in: u, range: gap).isEmpty else { return nil }
        return p
    }

    /// Of rates tied on their cue words (a bare 建制率: a congress's, an open-affairs system's or a
    /// contract system's), the share of what the sentence — else its paragraph — counted last
    /// (建立职代会制度的1200家,建制率达到92%: metrics.tsv's rate column).
    func shareOfCounted(_ scored: [MetricBinder.Scored], made: [Made], sentence: Range<Int>) -> MetricBinder.Scored? {
        guard scored.count > 1, let best = scored.first, scored[1].score * 1.02 >= best.score else { return nil }
        let paragraph = layout.lines[layout.line(containing: sentence.lowerBound)]
        guard let previous = Self.made(since: sentence.lowerBound, made).last ?? Self.made(since: paragraph.lowerBound, made).last,
              let rate = catalog.metrics[previous.metric].rateId else { return nil }
        return scored.first { $0.score * 1.02 >= best.score && catalog.metrics[$0.metric].id == rate }
    }

    /// The best-scoring metric, if it stands out. A tie is broken by the family of the figure
    /// before it in the sentence (签订集体合同4.1万份,覆盖企业7.8万家: contract coverage, not
    /// unionised units), else in its paragraph; otherwise a tie names nothing.
    func chooseBest(_ scored: [MetricBinder.Scored], made: [Made], sentence: Range<Int>) -> MetricBinder.Scored? {
        guard let best = scored.first else { return nil }
        guard scored.count > 1, best.score <= scored[1].score * 1.1 else { return best }
        let tied = scored.filter { $0.score * 1.02 >= best.score }
        // (…集体合同14785份。覆盖企业50604户: the sentence before, in the same paragraph, when the
        // figure's own sentence has made none yet.)
        let paragraph = layout.lines[layout.line(containing: sentence.lowerBound)]
        if tied.count > 1, let previous = Self.made(since: sentence.lowerBound, made).last
            ?? Self.made(since: paragraph.lowerBound, made).last {
            let family = catalog.metrics[previous.metric].family
            let same = tied.filter { catalog.metrics[$0.metric].family == family }
            if same.count == 1 { return same[0] }
        }
        return catalog.metrics[best.metric].id < catalog.metrics[scored[1].metric].id ? best : nil
    }

    /// The metrics strong cues name before the figure in its clause, in order, once each.
    func eachNamed(before q: Quantity, clause: Range<Int>, cues: [MetricBinder.CueMatch], accepts: (Int) -> Bool) -> [Int] {
        var out: [Int] = []
        for m in cues where m.range.lowerBound >= clause.lowerBound && m.range.upperBound <= q.range.lowerBound {
            guard let best = catalog.cuesByPhrase[m.phrase].filter({ accepts($0.metric) && $0.weight >= 3 && ($0.position == .before || $0.position == .any) })
                .max(by: { $0.weight < $1.weight }) else { continue }
            if !out.contains(best.metric) { out.append(best.metric) }
        }
        return out
    }

    /// 均 / 都 right before the figure: each of the things named before has it.
    func isEach(_ q: Quantity, clause: Range<Int>) -> Bool {
        let lead = max(clause.lowerBound, q.range.lowerBound - 3)..<q.range.lowerBound
        return words.contains(.each, in: u, lead)
    }

    /// How far a founding verb reaches over the items of a list it opens.
    static let flowListReach = 32

    /// How far a founding or recruiting verb's object may stand from it (新发展网约车司机和货车司机
    /// 工会会员: ten characters between).
    static let flowObjectReach = 12
    /// How far a figure may follow the cue a founding verb opens (建立工会组织2105个, …共15家).
    static let cueToFigure = 2

    /// How far a verb's object framed by 以…为…的 may stand from it.
    static let framedObjectReach = 80

    /// 新建民办学校工会组织186个, 其中年内新建19个: a founding or recruiting verb shortly before
    /// the cue of a stock (or before the number, for a part) makes the figure what is new.
    func flowInstead(of metric: Int, _ q: Quantity, clause: Range<Int>, sentence: Range<Int>, cue: Range<Int>?) -> Int {
        guard let flow = catalog.flowOfStock[metric] else { return metric }
        let target = cue?.lowerBound ?? q.numberRange.lowerBound
        var found = false
        // 2023年,区总工会建立基层工会86个: a plain founding verb reads as new only in a sentence that
        // states no point or sum it stands at (截至2020年底,全县建立…856个; 全市累计建立…5538个).
        let foundingIsNew = markerIndex.contains(.founding, in: clause.lowerBound..<q.numberRange.lowerBound)
            && !standsAtTime(sentence.lowerBound..<q.numberRange.lowerBound)
        markerIndex.forEach(foundingIsNew ? RecordMarkers.Kind.flow | .founding : .init(.flow), in: clause.lowerBound..<q.numberRange.lowerBound) { o in
            let founding = foundingIsNew && markerIndex.contains(.founding, in: o)
            // 发展到 / 发展至 / 发展成: a level reached, not what is new; 组建有: what there is.
            if o.upperBound < u.count, words.isA(.reach, u[o.upperBound]) || words.isA(.reachState, u[o.upperBound]) { return }
            // 今年建立工会组织18家: a founding verb that opens the cue itself.
            // (Its object, right before the figure: not 建立工会组织的非公企业数量达到3200家.)
            // (Nor a cue that ends as a relative clause, the subject of a stock: 改制企业建立工会的有6 840家.)
            if founding, let cue, o.lowerBound == cue.lowerBound, o.upperBound <= cue.upperBound, q.numberRange.lowerBound - cue.upperBound <= Self.cueToFigure,
               !words.isA(.of, u[cue.upperBound - 1]) { found = true }
            // (成立初期有会员2万名: what there was when it was founded, not what it founded.)
            if founding, words.contains(.totalVerb, in: u, o.upperBound..<max(o.upperBound, target)) { return }
            if o.upperBound <= target, target - o.upperBound <= Self.flowObjectReach { found = true }
            // 发展以货车司机、快递员等九大群体为重点的新就业形态劳动者会员57768人: the verb's object
            // after a frame of 以…为…的, however long.
            // (Not 自组建以来…, nor a stock the clause states after the frame: …的工会组织网络共有基层工会1260个.)
            if o.upperBound < target, target - o.upperBound <= Self.framedObjectReach, words.isA(.objectJoiner, u[o.upperBound]),
               !markerIndex.contains(.cumulative, in: o.upperBound..<min(target, o.upperBound + 2)),
               !words.contains(.totalVerb, in: u, o.upperBound..<target),
               (o.upperBound..<target).contains(where: { words.isA(.of, u[$0]) }) { found = true }
            // 新发展基层工会1972家、会员16.6万人: the items of a list the verb opens share it, when
            // the item is only its noun (not 、覆盖企业860家, 、全市会员52.3万人), or a subgroup's
            // (…货车司机会员90.64万人、网约车司机会员28.35万人).
            let item = markers.ending(.subgroup, before: target, in: u, limit: o.upperBound) ?? target
            if o.upperBound <= item, target - o.upperBound <= Self.flowListReach, item > 0, words.isA(.coordinator, u[item - 1]),
               (o.upperBound..<(item - 1)).contains(where: { CodeUnit.isDigit(u[$0]) }) { found = true }
            // 新成立八方小区…、岳围九年制学校等16家项目工会: the verb's object is the list of names the
            // figure right after 等 sums up.
            if o.upperBound < target, target == q.numberRange.lowerBound, target - o.upperBound <= Self.flowListReach,
               words.isA(.enumerationEnd, u[target - 1]), !words.contains(.totalVerb, in: u, o.upperBound..<target) { found = true }
            // …,其中年内新建19个 / 单独建会新增企业2家: between the cue and the number.
            if q.numberRange.lowerBound - o.upperBound <= 3, o.lowerBound >= (cue?.upperBound ?? clause.lowerBound) { found = true }
        }
        return found ? flow : metric
    }

    /// 农民工会员总数达到8854.7万人: a total named in the figure's clause is a stock, whatever
    /// new figures the sentence gave before.
    /// So is one after a verb of having so far, in a sentence that opened with the time it stands
    /// at (目前,…共有21.5万农民工加入了工会组织), or a verb of founding in the perfect in a sentence
    /// that names no period (全市已组建村级工会802个; not 今年以来,已组建…65个).
    /// What makes a count a stock it stands at: a point in time, a sum so far, a total.
    static let standingTimeKinds = RecordMarkers.Kind.asOf | .current | .cumulative | .total

    /// True when `r` states a point, sum or total a count stands at; not the 以来 of a period of
    /// this year (今年以来, 年初以来: what is new in it).
    func standsAtTime(_ r: Range<Int>) -> Bool {
        var periods: [Range<Int>] = []
        markerIndex.forEach(.init(.thisYear), in: r) { periods.append($0) }
        var found = false
        markerIndex.forEach(Self.standingTimeKinds, in: r) { o in
            if !periods.contains(where: { $0.lowerBound <= o.lowerBound && $0.upperBound >= o.upperBound }) { found = true }
        }
        return found
    }


    func totalInstead(of metric: Int, _ q: Quantity, clause: Range<Int>, sentence: Range<Int>) -> Int {
        guard let stock = catalog.flowOfStock.firstIndex(of: metric),
              markerIndex.contains(.total, in: clause.lowerBound..<q.numberRange.lowerBound)
                || (clause.lowerBound..<q.numberRange.lowerBound).contains(where: { p in
                    // (Not past a newness of its own: 共有…(其中当年新建210个).)
                    func stands(_ end: Int) -> Bool { !markerIndex.contains(RecordMarkers.Kind.flow | .part | .new, in: end..<q.numberRange.lowerBound) }
                    if let end = markers.starting(.standing, at: p, in: u, limit: q.numberRange.lowerBound) {
                        return markerIndex.contains(RecordMarkers.Kind.current | .asOf, in: sentence.lowerBound..<p) && stands(end)
                    }
                    // 海南工会已发展农民工会员134万人: founded so far, in no period the sentence names
                    // (今年以来, 自开展…行动以来, 2021年全市已吸收…; 截至2022年底 is a point, no period).
                    if let end = markers.starting(.perfect, at: p, in: u, limit: q.numberRange.lowerBound) {
                        let before = sentence.lowerBound..<p
                        let dated = !years.dates(in: before).isEmpty && !markerIndex.contains(RecordMarkers.Kind.current | .asOf, in: before)
                        return !markerIndex.contains(RecordMarkers.Kind.thisYear | .wholeYear | .partYear | .lastYear | .period, in: before)
                            && !words.contains(.since, in: u, before) && !dated && stands(end)
                    }
                    return false }),
              // (目前已有320家非公企业新建工会组织: the clause says what is new after the figure.)
              !markerIndex.contains(.flow, in: q.numberRange.upperBound..<clause.upperBound) else { return metric }
        return stock
    }

    /// 截至目前,全县共建立基层工会组织540家,入会会员44410人: members counted in a clause after
    /// the sentence's last count of unions, a stock now or at a date (after 目前, 截至2022年底),
    /// are the stock too, when their own clause names no time, total or newness of its own (a
    /// recruiting verb: 发展会员 is new, as the contract reads it). (Not the other way: after 今年新建
    /// 工会组织86家, 全市工会会员12.5万人 is as often the stock.)
    func pairedStatus(_ metric: Int, _ q: Quantity, clause: Range<Int>, sentence: Range<Int>, made: [Made]) -> Int {
        guard catalog.metrics[metric].family == Self.membershipFamily else { return metric }
        // The sentence's records only, and not a part in brackets (…5548个(其中当年新建210个),会员62.6万人).
        var k = made.count - 1
        while k >= 0, sentence.contains(made[k].quantity.range.lowerBound),
              Self.bracketOpening(u, before: made[k].quantity.range.lowerBound, in: sentence) != nil { k -= 1 }
        guard k >= 0 else { return metric }
        let last = made[k]
        guard sentence.contains(last.quantity.range.lowerBound), last.quantity.range.upperBound <= clause.lowerBound,
              catalog.metrics[last.metric].family == Self.organizationFamily,
              // (…已建项目工会200余个,新吸纳的…会员达15余万人; …已建工会13家,发展会员100人: a
              // newness of its own.)
              !markerIndex.contains(Self.ownTimeKinds, in: clause.lowerBound..<q.numberRange.lowerBound)
        else { return metric }
        if catalog.flowOfStock[last.metric] != nil, let stock = catalog.flowOfStock.firstIndex(of: metric),
           markerIndex.contains(.current, in: sentence.lowerBound..<last.quantity.range.lowerBound)
            || atYearEnd(sentence.lowerBound..<last.quantity.range.lowerBound) { return stock }
        return metric
    }

    /// 截至2022年底 in `r`: a count as of a year's end (not 截止到9月底, a part of the year).
    func atYearEnd(_ r: Range<Int>) -> Bool {
        var found = false
        markerIndex.forEach(.init(.asOf), in: r) { o in
            if !found, let k = (o.upperBound..<min(r.upperBound, o.upperBound + Self.asOfDateLength)).first(where: { words.isA(.yearMark, u[$0]) }),
               k + 1 < r.upperBound, words.isA(.yearEnd, u[k + 1]) { found = true }
        }
        return found
    }
    /// How far after 截至 its date is read.
    static let asOfDateLength = 8

    /// The families pairedStatus reads (metric-families.tsv).
    static let membershipFamily = "membership"
    static let organizationFamily = "organization"
    /// Words by which a clause dates its own figure or says it is a total or new.
    static let ownTimeKinds = RecordMarkers.Kinds(.thisYear) | .wholeYear | .thatYear | .lastYear | .current | .total | .cumulative | .new | .flow | .period

    /// 一百余人参加了助学金发放仪式: people counted as the audience of a meeting, right before
    /// the verb that says they attended it, or opening the clause whose verb it is (一百余名受助
    /// 学生、家长代表和工会干部参加了发放仪式).
    func isAttendance(_ q: Quantity, clause: Range<Int>, sentence: Range<Int>, quantities: [Quantity], cues: [MetricBinder.CueMatch]) -> Bool {
        guard q.unit == .person || q.unit == .personTime else { return false }
        // 为参加仪式的百余名会员代表颁发了会员证: those who attended, named so right before the count.
        if attendedBefore(q, clause: clause) { return true }
        var attend: Range<Int>?
        markerIndex.forEach(.init(.attend), in: q.range.upperBound..<min(clause.upperBound, q.range.upperBound + Self.attendReach + 3)) { r in
            if attend == nil, r.lowerBound - q.range.upperBound <= Self.attendReach { attend = r }
        }
        // The meeting after the verb, or named earlier in the sentence when the verb takes no
        // object a metric names (召开…座谈会,共20名…代表欢聚一堂; not …,150名学员参加了培训).
        guard let verb = attend, markerIndex.contains(.meeting, in: verb.upperBound..<clause.upperBound)
                || clause.lowerBound > sentence.lowerBound && markerIndex.contains(.meeting, in: sentence.lowerBound..<clause.lowerBound)
                    && !cues.contains(where: { $0.range.upperBound > verb.upperBound && $0.range.lowerBound < clause.upperBound }) else { return false }
        // Not 慰问120名困难职工并参加了座谈会: past the words right after the count, only neutral
        // words may stand before it (the count is the subject).
        return verb.lowerBound == q.range.upperBound || isElided(clause.lowerBound..<q.range.lowerBound, quantities: quantities)
    }

    /// A verb of attending and a meeting after it, then 的 right before the count (参加仪式的,
    /// 出席大会的), within a short modifier.
    func attendedBefore(_ q: Quantity, clause: Range<Int>) -> Bool {
        let s = q.range.lowerBound
        guard s - 1 > clause.lowerBound, words.isA(.of, u[s - 1]) else { return false }
        let reach = max(clause.lowerBound, s - 1 - Self.attendedModifierLength)..<(s - 1)
        guard let meeting = markerIndex.last(.meeting, in: reach), meeting.upperBound == s - 1 else { return false }
        // (为参加仪式的30名困难职工子女发放助学金: those handed something are aided, wherever they sat.)
        guard q.range.upperBound >= clause.upperBound || !words.contains(.handOut, in: u, q.range.upperBound..<clause.upperBound) else { return false }
        return markerIndex.contains(.attend, in: reach.lowerBound..<meeting.lowerBound)
    }
    /// The longest modifier that says whom a count attended (参加颁奖仪式).
    static let attendedModifierLength = 10

    /// How far before a figure an aside that is no distance may close (…(含工会联合组织)总计共有5724家),
    /// and how long it may be.
    static let asideReach = 8
    /// The longest aside read so (含工会联合组织).
    static let asideLength = 16

    /// How far after a count of people the verb by which they received something may stand.
    static let receiveReach = 24

    /// How long the 的-modifier between a beneficiary's 为 (or a hand-out verb) and its count may be.
    static let beneficiaryModifierReach = 20
    /// How long the noun and separator between two listed beneficiaries may be.
    static let beneficiaryListGap = 10
    /// The longest stretch of object nouns between a verb that hands out and the count of them.
    static let objectCountReach = 12
    static let groupsCountReach = 16
    /// The longest noun of a count read between it and the verb that hands out to it.
    static let countNounLength = 6
    /// The longest place name read between a giving word and its count.
    static let placeBeforeCount = 8

    /// How far after a count that opens its clause the verb of attending may come.
    static let attendReach = 20

    /// 来自15个市州总工会的负责人, 来自富蕴县一个困难职工家庭: a figure in the phrase a word of
    /// origin opens (up to its 的) says where the people spoken of come from; it counts nothing.
    /// 8个工种, 58个参赛项目, 15个集中比赛项目: a noun of kinds right after the figure, or after a
    /// modifier of a few characters when it ends the noun (not 2家生态领域劳模工匠创新工作室, where
    /// it is a modifier itself), makes it a count of kinds.
    func countsKinds(_ q: Quantity, clause: Range<Int>) -> Bool {
        var p = q.range.upperBound
        while p <= min(clause.upperBound, q.range.upperBound + Self.kindsModifierLength) {
            if let e = markers.starting(.kinds, at: p, in: u, limit: clause.upperBound),
               p == q.range.upperBound || e >= clause.upperBound || !CodeUnit.isHan(u[e]) || words.isA(.of, u[e]) { return true }
            guard p < clause.upperBound, CodeUnit.isHan(u[p]) else { return false }
            p += 1
        }
        return false
    }

    /// The longest modifier read between a count and its noun of kinds.
    static let kindsModifierLength = 2

    func isOrigin(_ q: Quantity, clause: Range<Int>) -> Bool {
        // The figure counts the places or families named right after it (31个省区市, 一个…家庭),
        // not what came (来自职工捐款5.6万元, 来自…劳动者2.6万人).
        // (People never count places: 来自…各站段24名困难职工子女代表 are the people who came.)
        let after = q.range.upperBound
        guard q.unit != .person, after < clause.upperBound, CodeUnit.isHan(u[after]), !words.isA(.coordinator, u[after]) else { return false }
        var i = q.range.lowerBound
        while i > clause.lowerBound && q.range.lowerBound - i < 16 {
            i -= 1
            // An origin governs the first count after it, or a list of them (来自36家企业、8个基层工会
            // 的…), not a count after a verb (来自园区108家企业提供8000余个岗位: not 8000).
            if words.isA(.of, u[i]) { return false }
            if CodeUnit.isDigit(u[i]), !(i..<q.range.lowerBound).contains(where: { words.isCoordinator(at: $0, in: u) }) { return false }
            if extractor.scopes.origins.contains(where: { i + $0.count <= q.range.lowerBound && DocumentPlaces.holds(u, $0, at: i) }) { return true }
        }
        return false
    }

    /// “……”环卫班组的一位职工说: one person, quoted, is a voice in a press item, not a count. A
    /// speech word (record-markers.tsv) follows within a few characters (说 only at the end of
    /// the words: not 说明).
    func isSpeaker(_ q: Quantity, clause: Range<Int>) -> Bool {
        guard q.unit == .person, q.value == 1 else { return false }
        var i = q.range.upperBound
        while i < clause.upperBound, i - q.range.upperBound < Self.speakerReach, CodeUnit.isHan(u[i]) {
            // (说 alone must end the words: not 说明, 解说员.)
            if let end = markers.starting(.speech, at: i, in: u, limit: clause.upperBound),
               end - i > 1 || end >= u.count || !CodeUnit.isHan(u[end]) { return true }
            i += 1
        }
        return false
    }

    /// 千名律师进万家企业行动, 万名工会干部下基层进企业行动, 百名劳模进校园活动: a number written as a
    /// bare round numeral (function-words campaign-numeral: 百, 千, 万) whose words run on, through
    /// going to or visiting a place (campaign-verb: 进企业, 下基层, 访万家), into the name of a campaign
    /// (campaign-end: 行动, 活动, 工程) is the campaign's name, not a count (近千名职工参加活动 and 千名职工
    /// 进行健康体检活动 are counts: no such phrase).
    func isCampaignName(_ q: Quantity, clause: Range<Int>) -> Bool {
        guard !q.numberRange.isEmpty, q.numberRange.lowerBound == q.range.lowerBound,
              q.numberRange.allSatisfy({ words.isA(.campaignNumeral, u[$0]) }) else { return false }
        var visits = false
        var i = q.range.upperBound
        while i < clause.upperBound, i - q.range.upperBound <= Self.campaignReach, CodeUnit.isHan(u[i]) || CodeUnit.isDigit(u[i]) || words.isA(.campaignNumeral, u[i]) {
            if words.starting(.campaignEnd, at: i, in: u, limit: clause.upperBound) != nil { return visits }
            if words.starting(.campaignVerb, at: i, in: u, limit: clause.upperBound) != nil { visits = true }
            i += 1
        }
        return false
    }

    /// How far after a round number the name of its campaign may end (千名律师进万家企业行动).
    static let campaignReach = 16

    /// 接待了基层一名困难职工, 不遗漏一名帮扶对象: one person, household or item (not one received)
    /// written with the numeral 一
    /// before the noun it stands for is an article, not a count (so is one unit right after 的 in a
    /// clause of 是: 是由…组成的一个…组织) — unless its clause honours (一个人
    /// 荣获“全国荣誉”, 授予一名职工…称号). After its noun (困难劳模一名、…; 仅剩一户,) or after 其中 (其中
    /// 一名为农民工) it counts.
    func isSingle(_ q: Quantity, clause: Range<Int>) -> Bool {
        // (A unit too, right after 的 in a clause of 是: 是由…共同组成的一个基层工会联合组织 says what the
        // body is; not 由原来的一个增加到五个.)
        let describedUnit = q.unit == .org && q.value == 1 && q.range.lowerBound > clause.lowerBound && words.isA(.of, u[q.range.lowerBound - 1])
            && words.contains(.is, in: u, clause.lowerBound..<q.range.lowerBound)
        // (An item too: 打造一个促进就业的品牌, 促进就业的一项举措 — an article before what it
        // introduces; not one a clause receives, 获得一项发明专利, which counts.)
        let introducedItem = q.unit == .item && !words.contains(.receives, in: u, clause)
        guard q.unit == .person || q.unit == .household || introducedItem || describedUnit, q.value == 1, q.numberRange.count == 1,
              words.isA(.numeral, u[q.numberRange.lowerBound]), !CodeUnit.isDigit(u[q.numberRange.lowerBound]),
              q.range.upperBound < clause.upperBound, CodeUnit.isHan(u[q.range.upperBound]),
              markers.ending(.part, before: q.range.lowerBound, in: u, limit: clause.lowerBound) == nil else { return false }
        return !words.contains(.honourVerb, in: u, clause)
    }

    /// 将1万元困难补助送到她手上, 刘玉玲在领到自己600元生活救助款时: a sum one person or one family
    /// received (function-words one-recipient, receiving forms only — not a speaker, 她介绍; not
    /// 给他们: not-one-recipient), in a sentence that counts no people or households, is a gift told
    /// as a story, not a figure of the union's work.
    func isPrivateSum(_ q: Quantity, clause: Range<Int>, sentence: Range<Int>, quantities: [Quantity]) -> Bool {
        guard q.unit == .yuan, !quantities.contains(where: { p in
            (p.unit == .person || p.unit == .household || p.unit == .personTime) && sentence.contains(p.range.lowerBound) }) else { return false }
        // (A clause of its own with a scope or a total is the union's: 这位职工得到慰问金5000元,全年全市
        // 共发放慰问金320万元 keeps the total. Asked only once a receiving form is found.)
        func totalOfItsOwn() -> Bool {
            !clause.contains(sentence.lowerBound) && (words.contains(.totalVerb, in: u, clause.lowerBound..<q.range.lowerBound)
                || extractor.scopes.occurrences(in: u, clause.lowerBound..<q.range.lowerBound).contains(where: { !$0.inName && Self.wholeScopes.contains($0.scope) }))
        }
        var p = sentence.lowerBound
        while p < sentence.upperBound {
            guard let w = words.starting(.oneRecipient, at: p, in: u, limit: sentence.upperBound) else { p += 1; continue }
            // (给他们: a word of many overlapping it.)
            let voided = (max(sentence.lowerBound, p - 1)..<(p + w.count)).contains { s in
                words.starting(.notOneRecipient, at: s, in: u, limit: sentence.upperBound).map { s + $0.count > p } ?? false
            }
            if !voided { return !totalOfItsOwn() }
            p += w.count
        }
        return false
    }

    /// Scopes of a whole place (全市, 全年 aside): a sum said of one is the union's, no one person's.
    static let wholeScopes: Set<ScopeWords.Scope> = [.nation, .province, .city, .county]

    /// How far after a count the pair of kinds it counts together may start (先进集体和个人).
    static let mixedReach = 4

    /// How far before a figure a date is looked for that does not part it from its cue (UTF-16 units).
    static let dateReach = 14

    /// How far after a figure of one person a speech word is looked for (UTF-16 units).
    static let speakerReach = 10

    /// 30多名大工匠被央视…宣传报道: the figure counts coverage by the media.
    func isMedia(_ q: Quantity, clause: Range<Int>) -> Bool {
        markerIndex.contains(.media, in: q.range.upperBound..<clause.upperBound)
    }

    /// 106名工会主席是同级党政副职: the figure breaks a group down by what its members are.
    func isClassification(_ q: Quantity, clause: Range<Int>) -> Bool {
        var i = q.range.upperBound
        var k = 0
        while i < clause.upperBound && k < 9 && CodeUnit.isHan(u[i]) {
            if words.isA(.is, u[i]) && k > 0 { return true }
            i += 1
            k += 1
        }
        return false
    }

    /// 占企业总数的81%, 占67%.
    func isShare(_ q: Quantity, clause: Range<Int>) -> Bool {
        markerIndex.contains(.share, in: clause.lowerBound..<q.range.lowerBound)
    }

    /// 在常规表彰的奖章对象中, opening the paragraph of line `line` before `p`: a group whose
    /// members the paragraph counts (not a survey base: it holds no count).
    func groupFrame(line: Int, before p: Int) -> Range<Int>? {
        let paragraph = layout.lines[line]
        guard let frame = RecordExtractor.sampleBases(u, paragraph.lowerBound..<min(paragraph.upperBound, paragraph.lowerBound + 40), words: words, counting: false).first,
              frame.lowerBound - paragraph.lowerBound <= 1, frame.upperBound <= p, !RecordExtractor.holdsCount(u, frame, words: words) else { return nil }
        return frame
    }

    /// …先进集体和个人中, a clause before the figure's (the 在 left out): the group the figure
    /// counts a part of. It is the clause right before (`adjacent`), or before the list's earlier
    /// members and their shares (…人选中,产业工人有412名,占41.6%;科教人员215名: the frame of 215
    /// too, across the semicolon). Not 其中 (a part of the figure before), not a clause that holds
    /// a number of its own — a figure or digits; the numerals of a name are none (全国五一劳动奖章
    /// 获得者中: 五一 is no quantity).
    func sentenceFrame(_ clauses: [Range<Int>], before p: Int, sentence: Range<Int>, quantities: [Quantity]) -> (body: Range<Int>, adjacent: Bool)? {
        var earlier = clauses.filter { $0.upperBound <= p }
        let full = YearResolver.fullSentenceStart(u, sentence.lowerBound)
        if full < sentence.lowerBound { earlier = self.clauses(full..<sentence.lowerBound) + earlier }
        func holdsNumber(_ r: Range<Int>) -> Bool {
            r.contains(where: { CodeUnit.isDigit(u[$0]) }) || quantities.contains(where: { r.overlaps($0.range) })
        }
        guard let k = earlier.lastIndex(where: { !holdsNumber($0) }) else { return nil }
        let frame = earlier[k]
        guard frame.count >= 5, u[frame.upperBound - 1] == 0x2C else { return nil }
        let body = frame.lowerBound..<(frame.upperBound - 1)
        guard words.isA(.frameClose, u[body.upperBound - 1]), !markerIndex.contains(.part, in: body) else { return nil }
        return (body, k == earlier.count - 1)
    }

    /// The heading a figure's paragraph opens with ((二)工会经费缴交工作。…), if any.
    func headingAbove(line: Int, sentence: Range<Int>) -> Range<Int>? {
        guard let lead = DocumentLayout.leadHeading(u, layout.lines[line], numerals: words), lead.upperBound <= sentence.lowerBound else { return nil }
        return lead
    }

    /// The sentence right before `sentence` when it opens their paragraph, ends with a full stop
    /// and states no figure (dates aside): a topic sentence (2013年,武汉市开展了…劳动竞赛。).
    func topicSentence(before sentence: Range<Int>, line: Int) -> Range<Int>? {
        let paragraph = layout.lines[line]
        let end = sentence.lowerBound - 1
        guard end > paragraph.lowerBound, CodeUnit.sentenceEnds.contains(u[end]) else { return nil }
        var start = end
        while start > paragraph.lowerBound, end - start < Self.topicSentenceLength, !CodeUnit.sentenceEnds.contains(u[start - 1]) { start -= 1 }
        // (The paragraph's first: a later sentence goes on from what was said before it.)
        guard start == paragraph.lowerBound else { return nil }
        var i = start
        while i < end {
            if let d = extractor.dates.date(at: i, in: u, limit: end) { i = d.range.upperBound; continue }
            if CodeUnit.isDigit(u[i]) || (words.isA(.numeral, u[i]) && i + 1 < end && words.isA(.countMeasure, u[i + 1])) { return nil }
            i += 1
        }
        return start..<end
    }
    /// How far back a topic sentence is looked for (UTF-16 units).
    static let topicSentenceLength = 160

    /// The document's title when a sentence opens with an event anaphor (本次活动共筹集资金182万元
    /// under …送温暖活动启动仪式): the event it speaks of is the one the title names.
    func eventTitle(_ sentence: Range<Int>) -> Range<Int>? {
        guard attribution.opensWithEventAnaphor(sentence),
              let title = layout.lines.first(where: { !$0.isEmpty }), title.upperBound <= sentence.lowerBound,
              title.count <= YearResolver.captionLength, !u[title].contains(0x3002) else { return nil }
        return title
    }

    /// The title of the piece `sentence` is in, when the piece is a short text (a news item, not a
    /// report whose sections each have their own subject): what its money is for.
    func documentTitle(_ sentence: Range<Int>) -> Range<Int>? {
        let piece = layout.pieces[layout.piece(containing: sentence.lowerBound)]
        guard piece.count <= Self.shortTextLength else { return nil }
        // (The piece's first line by its start, not by reading every line before it.)
        var k = layout.line(containing: piece.lowerBound)
        while k < layout.lines.count, layout.lines[k].isEmpty || layout.lines[k].lowerBound < piece.lowerBound { k += 1 }
        guard k < layout.lines.count, piece.contains(layout.lines[k].lowerBound), layout.isHeading[k] else { return nil }
        let title = layout.lines[k]
        guard title.upperBound <= sentence.lowerBound, title.count <= YearResolver.captionLength, !u[title].contains(0x3002) else { return nil }
        return title
    }
    /// The longest piece read as one short text under its title (UTF-16 units).
    static let shortTextLength = 3000

    /// The sentence with the parts of a list before it that semicolons end (…;其中,农民工122人;
    /// 非公有制企业职工419人): where a 其中 can stand that `sentence` goes on from.
    func partSentence(_ sentence: Range<Int>) -> Range<Int> {
        guard sentence.lowerBound > 0, u[sentence.lowerBound - 1] == 0x3B else { return sentence }
        // Back over the semicolons of the full sentence (bounded as fullSentenceStart is), to the
        // part that opens with 其中.
        let limit = YearResolver.fullSentenceStart(u, sentence.lowerBound - 1)
        var start = sentence.lowerBound
        while start > limit, u[start - 1] == 0x3B {
            var k = start - 1
            while k > limit, u[k - 1] != 0x3B { k -= 1 }
            start = k
            if markerIndex.contains(.part, in: k..<min(k + 3, sentence.lowerBound)) { break }
        }
        return start..<sentence.upperBound
    }

    /// Where the whole of a 其中 part in `sentence` may stand: its sentence, or, when 其中 opens
    /// it (…共资助困难职工子女31名。其中,就读…27名), the paragraph up to it as well.
    func partScope(_ sentence: Range<Int>) -> Range<Int> {
        let sentence = partSentence(sentence)
        guard let part = markerIndex.last(.part, in: sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 3)),
              part.lowerBound <= sentence.lowerBound + 1 else { return sentence }
        return layout.lines[layout.line(containing: sentence.lowerBound)].lowerBound..<sentence.upperBound
    }

    /// A part named by a noun after 其中 (其中农民工会员…); not one defined by its own predicate
    /// (其中,2005年召开职代会的有144家), which counts something else.
    func isPart(_ q: Quantity, clause: Range<Int>, sentence: Range<Int>) -> Bool {
        // (A list of parts goes on past a semicolon: 其中,农民工122人,…;非公有制企业职工419人.)
        let from = partSentence(sentence).lowerBound
        guard let part = markerIndex.last(.part, in: from..<q.range.lowerBound) else { return false }
        // A clause that opens by naming a whole again (…,全市工会会员总数达到…) is past the part.
        var wholeAgain = false
        markerIndex.forEach(.init(.whole), in: part.upperBound..<q.range.lowerBound) { w in
            if w.lowerBound > part.upperBound, [0x2C, 0x3B].contains(u[w.lowerBound - 1]) { wholeAgain = true }
        }
        if wholeAgain { return false }
        // 的有 / 的为
        for i in part.upperBound..<max(part.upperBound, q.range.lowerBound - 1) where words.isA(.of, u[i]) && words.isA(.copula, u[i + 1]) {
            return false
        }
        return true
    }

    /// 其中农民工会员12万人 / 女职工会员3.2万人: the subgroup named before the figure in its
    /// clause (the nearest one, within a short noun phrase), which the figure counts instead of
    /// the whole.
    func subgroup(before q: Quantity, clause: Range<Int>) -> String? {
        var from = max(clause.lowerBound, q.range.lowerBound - Self.subgroupReach)
        // A coordinator right after the figure before separates the figures, not groups.
        while from < q.range.lowerBound && words.isA(.coordinator, u[from]) { from += 1 }
        var found: Range<Int>?
        var i = from
        while i < q.range.lowerBound {
            if let end = markers.starting(.subgroup, at: i, in: u, limit: q.range.lowerBound) {
                found = i..<end
                i = end
            } else {
                i += 1
            }
        }
        guard let found else { return nil }
        // 困难职工、困难农民工两千余户 / 一线职工和劳动模范12.4万人次: a list of groups counts
        // them together, not one subgroup; 快递员、外卖配送员等新就业形态劳动者 names its group
        // last, after 等.
        let listed = found.lowerBound > from && words.isA(.enumerationEnd, u[found.lowerBound - 1])
        for i in (listed ? found.upperBound : from)..<q.range.lowerBound where words.isA(.coordinator, u[i]) { return nil }
        return document.text[found]
    }

    /// How far before a figure a subgroup may stand (其中新就业形态劳动者会员: 9 units).
    static let subgroupReach = 16

    /// 采集会员信息1191万人: a noun other than the cue stands right before the number; so does
    /// one that swallows the cue (工会企事业540家: businesses a union runs).
    func isVetoed(_ q: Quantity, nearestCue: Range<Int>?, clause: Range<Int>) -> Bool {
        guard let cue = nearestCue else { return false }
        // Within the figure's clause: 公布表彰名单,我市有4个集体… is no list of 4; nor is the next
        // phrase of a headline (…工作室名单 中国中铁九家工作室入选).
        var start = max(cue.lowerBound, clause.lowerBound)
        if let space = (start..<q.numberRange.lowerBound).last(where: { isPhraseSpace($0) }) { start = space }
        guard start < q.numberRange.lowerBound else { return false }
        var vetoed = false
        // 困难职工档案1329户: a registry counted in households counts the households on file.
        let kinds: RecordMarkers.Kinds = q.unit == .household ? .init(.veto) : .veto | .registry
        markerIndex.forEach(kinds, in: start..<q.numberRange.lowerBound) { r in
            if r.upperBound > cue.upperBound && r.upperBound <= q.numberRange.lowerBound { vetoed = true }
        }
        return vetoed
    }

    /// A space between two Han characters, not after a numeral (1.5万 项): what parts the phrases
    /// of a headline.
    func isPhraseSpace(_ i: Int) -> Bool {
        u[i] == 0x20 && i > 0 && i + 1 < u.count && CodeUnit.isHan(u[i - 1]) && CodeUnit.isHan(u[i + 1])
            && extractor.quantityLexicon.numeral(u[i - 1]) == nil
    }

    /// A change: a change verb right before the number (比上年增长3.2%, 减少了30%), or the
    /// later members of a list of changes, or percentage points.
    func isChange(_ qi: Int, in quantities: [Quantity], clause: Range<Int>, cues: [MetricBinder.CueMatch]) -> Bool {
        let q = quantities[qi]
        if q.unit == .pp { return true }
        let previous = qi > 0 ? quantities[qi - 1] : nil
        // The later members of a list of changes: 增长5.7和10个百分点, 增长18.6%、21.7%和24.3%.
        if let p = previous, clause.contains(p.range.lowerBound),
           p.unit == q.unit || p.unit == nil || (markerIndex.contains(.respectively, in: clause.lowerBound..<p.range.lowerBound) && q.unit != .percent && q.unit != .pp)
            // (Counts of different things share the verb: 净增3872家和11.5万人.)
            || (p.unit.map { $0 != .percent && $0 != .pp } ?? false) && q.unit != .percent && q.unit != .pp,
           isListGap(p.range.upperBound, q.range.lowerBound), isChange(qi - 1, in: quantities, clause: clause, cues: cues) {
            return true
        }
        if netChange(qi, in: quantities, clause: clause) != nil { return true }
        guard let (_, verbStart) = changeVerb(before: q.range.lowerBound, clause: clause) else { return false }
        // 技能提升2.8万人: a change word ending a metric's own name is no change.
        if cues.contains(where: { $0.range.lowerBound < verbStart && $0.range.upperBound > verbStart }) { return false }
        // 新增会员 is a level; 增加 needs a comparison (比上年增加…) to be a change.
        if markers.ending(.new, before: verbStart + 2, in: u, limit: clause.lowerBound) != nil { return false }
        // 增加, 扩大, 多出 and 增… other than 增长/增幅 need a comparison — not before a percent,
        // which only a change is (增加57%至1436间; 增加到57% states a level, and is no change).
        if q.unit != .percent, words.starting(.needsComparison, at: verbStart, in: u, limit: q.range.lowerBound) != nil,
           words.starting(.changeItself, at: verbStart, in: u, limit: q.range.lowerBound) == nil {
            if markerIndex.contains(.compare | .lastYear, in: clause.lowerBound..<verbStart) { return true }
            // 会员人数增加15万人: the stock named right before the verb is what changed; so is a
            // count a typical cue names there, the verb's subject (被帮扶的特困职工增加了1.4万人).
            if words.ending(.stockNoun, before: verbStart, in: u, limit: clause.lowerBound) != nil { return true }
            if cues.contains(where: { m in m.range.upperBound == verbStart && m.range.lowerBound >= clause.lowerBound
                && catalog.cuesByPhrase[m.phrase].contains { cue in cue.weight >= 3 && cue.position.standsBefore && q.unit.map { catalog.accepts(cue.metric, $0) } ?? false } }) { return true }
            if opensWithComparison(before: clause.lowerBound) { return true }
            // 基层工会组织8,790个,增加178个: right after a figure in the same unit, the rise of it.
            if let p = previous, p.unit == q.unit, verbStart - p.range.upperBound <= 2 { return true }
            return false
        }
        return true
    }

    /// 与上年相比,全市工会会员增加了1.2万人: the sentence before `p` opens with a clause that only
    /// frames a comparison (its comparison word closes it), which the clauses after it share.
    func opensWithComparison(before p: Int) -> Bool {
        let start = YearResolver.fullSentenceStart(u, p)
        var comma = start
        while comma < p && u[comma] != 0x2C { comma += 1 }
        guard comma < p, let frame = markerIndex.last(.compare, in: start..<comma) else { return false }
        return frame.upperBound == comma
    }

    /// Only a list or range separator between two quantities (、 和 及 与 或 至 到 ~ -).
    func isRangeOrListGap(_ a: Int, _ b: Int) -> Bool {
        guard b > a, b - a <= 2 else { return false }
        return u[a..<b].allSatisfy { words.isA(.coordinator, $0) || words.isA(.reach, $0) || words.isA(.rangeDash, $0) }
    }

    /// Only a list separator between two quantities (、 和 及 与).
    func isListGap(_ a: Int, _ b: Int) -> Bool {
        guard b > a, b - a <= 2 else { return false }
        return u[a..<b].allSatisfy { words.isA(.coordinator, $0) }
    }

    /// The change verb ending right before `position` (allowing 了, 约, 近, 分别 in between):
    /// (sign, verb start).
    func changeVerb(before position: Int, clause: Range<Int>) -> (Int, Int)? {
        var end = position
        // 增加到12场 / 降至3% state the new level, not the change.
        if end > clause.lowerBound, words.isA(.reach, u[end - 1]) { return nil }
        // 由3657家增为4476家, 减为297万人: 为 right after the verb states the level too — unless it
        // ends the change's own noun (增幅为12%).
        if end - 1 > clause.lowerBound, words.isA(.changedTo, u[end - 1]),
           !markers.endsChange(before: end, in: u, limit: clause.lowerBound), markers.endsChange(before: end - 1, in: u, limit: clause.lowerBound) { return nil }
        var skipped = 0
        while end > clause.lowerBound && skipped < 2 && words.isA(.changeFiller, u[end - 1]) { end -= 1; skipped += 1 }
        // 增幅分别为12%、8%: 分别 between the verb and its list.
        if let r = markers.ending(.respectively, before: end, in: u, limit: clause.lowerBound) {
            end = r
            skipped = 0
            while end > clause.lowerBound && skipped < 2 && words.isA(.changeFiller, u[end - 1]) { end -= 1; skipped += 1 }
        }
        if let s = markers.ending(.up, before: end, in: u, limit: max(clause.lowerBound, end - 4)) { return (1, s) }
        if let s = markers.ending(.down, before: end, in: u, limit: max(clause.lowerBound, end - 4)) { return (-1, s) }
        return nil
    }

    /// 净增基层工会1.94万家、会员208.88万人: a net change word (function-words net-rise, net-fall)
    /// before the noun that names what changed, right before the number — or, for a later member
    /// of its list, the member's own noun after 、: (sign, the noun).
    func netChange(_ qi: Int, in quantities: [Quantity], clause: Range<Int>) -> (Int, Range<Int>)? {
        let q = quantities[qi]
        var s = q.range.lowerBound
        while s > clause.lowerBound, q.range.lowerBound - s < Self.netChangeReach, CodeUnit.isHan(u[s - 1]) { s -= 1 }
        guard s < q.range.lowerBound else { return nil }
        for p in (s..<q.range.lowerBound).reversed() {
            for (kind, sign) in Self.netChangeKinds {
                if let w = words.starting(kind, at: p, in: u, limit: q.range.lowerBound), p + w.count < q.range.lowerBound {
                    return (sign, (p + w.count)..<q.range.lowerBound)
                }
            }
        }
        guard s > clause.lowerBound, qi > 0, words.isA(.enumerationMark, u[s - 1]) || u[s - 1] == 0x3001,
              quantities[qi - 1].range.upperBound == s - 1, let (sign, _) = netChange(qi - 1, in: quantities, clause: clause) else { return nil }
        return (sign, s..<q.range.lowerBound)
    }
    /// The longest stretch of a net change word and its noun before a number.
    static let netChangeReach = 12
    /// The net change words' kinds and their signs (built once: `netChange` asks for every figure).
    static let netChangeKinds: [(FunctionWords.Kind, Int)] = [(.netRise, 1), (.netFall, -1)]

    // MARK: Changes

    mutating func resolveChanges(_ changes: [(index: Int, quantity: Quantity, clause: Range<Int>)], sentence: Range<Int>,
                                         cues: [MetricBinder.CueMatch], quantities: [Quantity], bases: [Range<Int>],
                                         made: inout [Made], out: inout [MetricRecord], line: Int) {
        guard !changes.isEmpty else { return }
        var k = 0
        while k < changes.count {
            // A run of changes sharing one verb: a list (5.7和10个百分点, 18.6%、21.7%和24.3%).
            var group = [changes[k]]
            while k + 1 < changes.count, changes[k + 1].clause == changes[k].clause,
                  isListGap(changes[k].quantity.range.upperBound, changes[k + 1].quantity.range.lowerBound) {
                k += 1
                group.append(changes[k])
            }
            k += 1
            let first = group[0]
            let clause = first.clause
            let sign: Int
            let subject: Range<Int>
            if let (s, verbStart) = changeVerb(before: first.quantity.range.lowerBound, clause: clause) {
                // The subject of the change: the words before the verb, after any figure before it
                // in the clause (会员人数比上年增长, 而培训人次仅仅提升了, 建制率分别比五年前提高).
                let previousInClause = quantities.last { clause.contains($0.range.lowerBound) && $0.range.upperBound <= verbStart }
                let subjectStart = max(clause.lowerBound, previousInClause?.range.upperBound ?? clause.lowerBound)
                (sign, subject) = (s, subjectStart..<verbStart)
            } else if let (s, noun) = netChange(first.index, in: quantities, clause: clause) {
                // (净增基层工会1.94万家: what changed is named after the verb.)
                (sign, subject) = (s, noun)
            } else {
                for member in group { note(member.quantity, .pointsWithoutChange) }
                continue
            }
            let subjectNamesRate = words.contains(.rateSuffix, in: u, subject)
            let respectively = markerIndex.contains(.respectively, in: clause.lowerBound..<first.quantity.range.lowerBound)
            let earlier = Self.made(since: lookBackStart(sentence.lowerBound), made).filter { $0.quantity.range.upperBound <= first.quantity.range.lowerBound }

            var targets: [Int?]
            var reason: String
            if respectively && group.count > 1,
               let named = namedMetrics(in: subject, units: group.compactMap(\.quantity.unit), rate: subjectNamesRate, cues: cues),
               named.count == group.count {
                // (覆盖企业147792个,覆盖职工6288509人,…覆盖企业及覆盖职工增幅分别为12%、8%: a subject
                // naming no figure of its sentence by its own metric changes the one figure before it
                // that counts what it names, here the contract's enterprises and workers.)
                let inSentence = earlier.filter { sentence.contains($0.quantity.range.lowerBound) }
                targets = named.map { t in
                    guard !inSentence.contains(where: { $0.metric == t }), let base = catalog.metrics[t].units.first else { return t }
                    // (…and whose own words, right before its number, the subject repeats: 覆盖企业.)
                    let counting = inSentence.filter { m in
                        let s = m.quantity.range.lowerBound
                        return catalog.metrics[m.metric].units.first == base && s - Self.restatedWordLength >= sentence.lowerBound
                            && CodeUnit.contains([Array(u[(s - Self.restatedWordLength)..<s])], in: u, subject)
                    }
                    return counting.count == 1 ? counting[0].metric : t
                }
                reason = "分别: the metrics its subject names, in order"
            } else if respectively && group.count > 1 {
                let last = earlier.suffix(group.count)
                targets = last.count == group.count ? last.map { Optional($0.metric) } : Array(repeating: nil, count: group.count)
                reason = "分别: the figures before it, in order"
            } else if let subjectMetric = subjectCue(subject, unit: first.quantity.unit, cues: cues, rate: subjectNamesRate) {
                targets = Array(repeating: subjectMetric, count: group.count)
                reason = "its subject"
            } else if let previous = earlier.last, sentence.contains(previous.quantity.range.lowerBound) {
                // An absolute change takes the latest figure before it that counts in its unit
                // (新建企业工会13740家,发展会员34.3万人,比上年净增3872家和11.5万人).
                targets = group.map { member in
                    guard let unit = member.quantity.unit, unit != .percent, unit != .pp, !catalog.accepts(previous.metric, unit) else { return previous.metric }
                    return earlier.last { sentence.contains($0.quantity.range.lowerBound) && catalog.accepts($0.metric, unit) }?.metric ?? previous.metric
                }
                reason = "the figure before it"
            } else {
                targets = Array(repeating: nil, count: group.count)
                reason = ""
            }
            for (member, target) in zip(group, targets) {
                guard var metric = target, let unit = member.quantity.unit else {
                    note(member.quantity, .changeUnnamed)
                    continue
                }
                // The change of a rate: 建制率分别提高1.5和3.8个百分点 → the rates of the counts.
                if subjectNamesRate, !catalog.metrics[metric].isRate {
                    guard let rate = catalog.rateIndex[metric] else {
                        note(member.quantity, .changeOfMissingRate); continue
                    }
                    metric = rate
                } else if unit != .percent, unit != .pp, !catalog.accepts(metric, unit) {
                    note(member.quantity, .changeInOtherUnit); continue
                }
                // The figure that changed: of its metric in the sentence, the latest in time, else
                // the first (合理化建议436条,比2022年的388条增长12.4%: 436, not the base 388; 由2022年
                // 的118家增加到131家,增加13家: 131); else the last one before.
                let metrics = catalog.metrics
                let target = metric
                let sameMetric: (Made) -> Bool = { $0.metric == target || metrics[$0.metric].rateId == metrics[target].id }
                // (The figure compared may be a table a few paragraphs up: 由上表可以看出,…提升了19%.)
                let recent = Self.made(since: lookBackStart(sentence.lowerBound, paragraphs: 8), made)
                let inSentence = recent.filter { sameMetric($0) && sentence.contains($0.quantity.range.lowerBound) }
                let latest = inSentence.compactMap(\.year).max()
                // A figure before the sentence stands for its row: of a table row (培训人次 550 460),
                // the latest year's cell changed.
                let before = recent.last(where: sameMetric).map { last in
                    let row = layout.lines[layout.line(containing: last.quantity.range.lowerBound)]
                    return recent.filter { sameMetric($0) && row.contains($0.quantity.range.lowerBound) }
                        .max { ($0.year ?? Int.min) < ($1.year ?? Int.min) } ?? last
                }
                let compared = (latest.flatMap { y in inSentence.first { $0.year == y } } ?? inSentence.first) ?? before
                let value = sign < 0 ? -member.quantity.value : member.quantity.value
                // (A change that goes on to the level it reached, 增加57%至2020年年底的1436间, is of
                // that level's year, not of the figure it started from.)
                let end = member.quantity.range.upperBound
                let reached = end < clause.upperBound && words.isA(.reach, u[end])
                    ? inSentence.first { clause.contains($0.quantity.range.lowerBound) && $0.quantity.range.lowerBound > end } : nil
                let year = reached.map(\.year) ?? compared?.year ?? years.year(number: member.quantity.numberRange, clause: clause, sentence: sentence, line: line)
                emit(metric, member.quantity, kind: .change, value: value, unit: unit, year: .some(year), sentence: sentence,
                     clause: clause, surfaceStart: nil, made: &made, out: &out, line: line)
                note(member.quantity, .change, [metric], detail: reason)
            }
        }
    }

    /// The metric a change's subject names, if any.
    func subjectCue(_ subject: Range<Int>, unit: RecordUnit?, cues: [MetricBinder.CueMatch], rate: Bool) -> Int? {
        guard !subject.isEmpty else { return nil }
        var best: (Int, Double)? = nil
        for m in cues where m.range.lowerBound >= subject.lowerBound && m.range.upperBound <= subject.upperBound {
            for cue in catalog.cuesByPhrase[m.phrase] where cue.position.standsBefore {
                let metric = catalog.metrics[cue.metric]
                if rate != metric.isRate { continue }
                if let unit, unit != .percent, unit != .pp, !catalog.accepts(cue.metric, unit) { continue }
                if best == nil || cue.weight > best!.1 { best = (cue.metric, cue.weight) }
            }
        }
        guard let (m, w) = best, w >= 2 else { return nil }
        return m
    }

    // MARK: Figures that are no records

    /// A figure as the rules that judge it see it.
    struct Candidate {
        var index: Int
        var quantity: Quantity
        var quantities: [Quantity]
        var clause: Range<Int>
        var sentence: Range<Int>
        var line: Int
        var cues: [MetricBinder.CueMatch]
        var made: [Made]
    }

    /// The rules that find a figure is no record, tried in this order; the first that holds
    /// decides. (Table cells, survey bases, thresholds over groups and the kinds of percentage
    /// are judged where their context is read; these need only the figure's sentence.)
    static let noRecordRules: [Decision] = [.surveySample, .perUnit, .restatedBase, .media, .classification, .plan, .negated, .sizeClass, .countsKinds, .origin, .placeCount, .attendance, .speaker, .campaignName, .single, .mixedKinds, .privateSum]

    /// A survey's verb in `r` (调查了6个乡镇…), not the start of a longer word that only looks into
    /// things (调查了解困难职工需求, a neutral marker).
    func surveysBefore(_ r: Range<Int>) -> Bool {
        var found = false
        markerIndex.forEach(.init(.surveyed), in: r) { s in
            guard !found else { return }
            var longer = false
            markerIndex.forEach(.init(.neutral), in: s.lowerBound..<min(u.count, s.upperBound + Self.longerWordReach)) { n in
                if n.lowerBound == s.lowerBound && n.upperBound > s.upperBound { longer = true }
            }
            found = !longer
        }
        return found
    }

    /// How far past a marker a longer word that begins with it may reach.
    static let longerWordReach = 4

    func firstHolding(_ rules: [Decision], _ c: Candidate) -> Decision? {
        for rule in rules where holds(rule, c) { return rule }
        return nil
    }

    /// Whether the no-record rule `rule` holds for the figure.
    func holds(_ rule: Decision, _ c: Candidate) -> Bool {
        switch rule {
        case .surveySample:
            return isSurveyed(c.quantity, clause: c.clause)
                || surveysBefore(YearResolver.fullSentenceStart(u, c.sentence.lowerBound)..<c.quantity.range.lowerBound)
        case .perUnit: return isPerUnit(c.index, in: c.quantities, c.clause)
        case .restatedBase: return isRestatedBase(c.index, in: c.quantities, clause: c.clause, made: c.made)
        case .media: return isMedia(c.quantity, clause: c.clause)
        case .classification: return isClassification(c.quantity, clause: c.clause)
        case .plan: return hasPlan(c.clause, c.quantity, sentence: c.sentence, line: c.line, cues: c.cues)
        case .negated: return isNegated(c.quantity, clause: c.clause)
        case .sizeClass: return isSizeClass(c.quantity, clause: c.clause)
        case .placeCount: return countsPlaces(c.index, in: c.quantities, clause: c.clause)
        case .countsKinds: return countsKinds(c.quantity, clause: c.clause)
        case .origin: return isOrigin(c.quantity, clause: c.clause)
        case .attendance: return isAttendance(c.quantity, clause: c.clause, sentence: c.sentence, quantities: c.quantities, cues: c.cues)
        case .speaker: return isSpeaker(c.quantity, clause: c.clause)
        case .campaignName: return isCampaignName(c.quantity, clause: c.clause)
        case .single: return isSingle(c.quantity, clause: c.clause)
        case .privateSum: return isPrivateSum(c.quantity, clause: c.clause, sentence: c.sentence, quantities: c.quantities)
        case .mixedKinds:
            // 17个先进集体和个人荣获全国表彰: one count of two kinds (record-markers mixed) a few
            // characters on, counted by two metrics, is a record of neither.
            let q = c.quantity
            return (q.range.upperBound..<min(c.clause.upperBound, q.range.upperBound + Self.mixedReach)).contains { markers.starting(.mixed, at: $0, in: u, limit: c.clause.upperBound) != nil }
        default: return false
        }
    }

    // MARK: Making records

    mutating func emit(_ metric: Int, _ q: Quantity, kind: MetricRecord.Kind, value: Decimal, unit: RecordUnit, year: Int??,
                               sentence: Range<Int>, clause: Range<Int>, surfaceStart: Range<Int>?, made: inout [Made],
                               out: inout [MetricRecord], line: Int, extendSurfaceTo: Int? = nil, part: Bool = false) {
        let resolvedYear: Int? = year ?? years.year(number: q.numberRange, clause: clause, sentence: sentence, line: line)
        // The surface: the quantity, with the metric words right before it.
        var start = q.range.lowerBound
        if let cue = surfaceStart, cue.upperBound <= q.range.lowerBound, q.range.lowerBound - cue.upperBound <= 4, cue.lowerBound >= clause.lowerBound {
            start = cue.lowerBound
        }
        var end = max(q.range.upperBound, extendSurfaceTo ?? 0)
        // (10个集体为“模范职工之家”: a title the surface opens, it closes.)
        if let open = (q.range.upperBound..<end).last(where: { u[$0] == 0x201C }), !(open..<end).contains(where: { u[$0] == 0x201D }),
           let close = (end..<clause.upperBound).first(where: { u[$0] == 0x201D }) {
            end = close + 1
        }
        let body = attribution.body(for: q, sentence: sentence)
        let text = document.text
        if sentenceText.range != sentence { sentenceText = (sentence, text[sentence]) }
        var record = MetricRecord(
            metric: catalog.metrics[metric].id, value: value, unit: unit, qualifier: q.qualifier, kind: kind,
            surface: text[start..<end], sentence: sentenceText.text,
            start: text.scalarOffset(start), end: text.scalarOffset(end),
            federation: body.flatMap { $0.name.isEmpty ? nil : $0.name }, region: body?.region, year: resolvedYear, source: document.source.path)
        // A part: after 其中 with a figure of its metric before it, or inside a survey's subgroup.
        let wholeScope = partScope(sentence)
        let partOfWhole = isPart(q, clause: clause, sentence: sentence)
            && Self.made(since: wholeScope.lowerBound, made).contains { $0.metric == metric && $0.quantity.range.upperBound <= q.range.lowerBound }
        // (The survey's base may open the sentence before a semicolon: 在1,560名受访职工中,…;已入会的有1,153人.)
        let fullSentence = YearResolver.fullSentenceStart(u, sentence.lowerBound)..<sentence.upperBound
        record.isPart = partOfWhole || part
        // (From the figure before it in the clause, if any: 其中农民工会员12.1万人、女职工会员….)
        let previous = Self.made(since: clause.lowerBound, made).last { $0.quantity.range.upperBound <= q.range.lowerBound }
        record.page = document.page(at: q.range.lowerBound)
        record.ocr = record.page.map { document.source.ocrPages.contains($0) } ?? false
        record.group = subgroup(before: q, clause: (previous?.quantity.range.upperBound ?? clause.lowerBound)..<max(clause.upperBound, q.range.lowerBound))
        // A change (较上年增加0.6万人) is of the figure it follows: its group too.
        if kind == .change, record.group == nil, let level = Self.made(since: sentence.lowerBound, made).last(where: { $0.metric == metric }) {
            record.group = out[level.index].group
        }
        if basesOfSentence.range != fullSentence { basesOfSentence = (fullSentence, sampleBases(fullSentence)) }
        record.inSample = basesOfSentence.bases.contains { $0.upperBound <= q.range.lowerBound }
        if kind == .level { made.append(Made(metric: metric, quantity: q, year: resolvedYear, index: out.count)) }
        out.append(record)
    }

}

extension RecordExtractor {
    /// Digits, or a Chinese numeral with a measure word (在一百名职工中), in `r`.
    static func holdsCount(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, words: FunctionWords) -> Bool {
        for i in r {
            if CodeUnit.isDigit(u[i]) { return true }
            if words.isA(.numeral, u[i]), i + 1 < r.upperBound, words.isA(.countMeasure, u[i + 1]) { return true }
        }
        return false
    }

    /// 1260户…, 29名…, 1.2万名…: `r` opens with digits and a count's measure word.
    static func opensWithCount(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, words: FunctionWords) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound && (CodeUnit.isDigit(u[k]) || u[k] == 0x2E) { k += 1 }
        guard k > r.lowerBound else { return false }
        if k < r.upperBound && words.isA(.largeUnit, u[k]) { k += 1 }
        return (k..<min(r.upperBound, k + 2)).contains { words.isA(.countMeasure, u[$0]) }
    }

    /// 在206家企业中 / 在93家职工人数200人以上的企业中: survey bases in a sentence.
    /// With `counting` false, every 在…中 phrase (在建立职代会制度的企业中 as well).
    static func sampleBases(_ u: UnsafeBufferPointer<UInt16>, _ sentence: Range<Int>, words: FunctionWords, counting: Bool = true) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            if words.isA(.frameOpen, u[i]) {
                var j = i + 1
                while j < sentence.upperBound && j - i <= 30 && u[j] != 0x2C && u[j] != 0x3002 {
                    if words.isA(.frameClose, u[j]), j + 1 >= sentence.upperBound || u[j + 1] == 0x2C || u[j + 1] == 0x3A {
                        // Only a base that counts (在206家企业中); 在常规表彰的奖章对象中 names a
                        // group whose members are then counted, as records.
                        if !counting || Self.holdsCount(u, i..<j, words: words) { out.append(i..<(j + 1)) }
                        break
                    }
                    j += 1
                }
            }
            i += 1
        }
        // 29名全国五一劳动奖章获得者中,一线职工21人: a clause that opens with its count (digits, a
        // large unit, and a count's measure within two characters: not 2023年…中) and ends with 中
        // is a base as well, without 在.
        if counting {
            var start = sentence.lowerBound
            for j in sentence where j > start {
                let c = u[j]
                if c == 0x2C || c == 0x3B || c == 0x3A {
                    if words.isA(.frameClose, u[j - 1]), j - start <= 30, opensWithCount(u, start..<j, words: words),
                       !out.contains(where: { $0.overlaps(start..<j) }) { out.append(start..<j) }
                    start = j + 1
                }
            }
        }
        return out
    }
}
