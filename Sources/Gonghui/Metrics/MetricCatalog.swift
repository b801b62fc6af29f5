import Foundation

/// The metrics Gonghui extracts and the cue words that bind a quantity to each
/// (`dictionaries/metrics.tsv`, `metric-cues.tsv`, `metric-families.tsv`).
public final class MetricCatalog: Sendable {
    public struct Metric: Sendable, Hashable {
        public var id: String
        public var family: String
        public var units: [RecordUnit]
        public var name: String
        /// The share metric a 占…% after this figure reports.
        public var rateId: String?
        /// The metric a list naming this one among other kinds of its family sums into
        /// (助困、助学、助医…资金: aid.education_funds among others is aid.funds).
        public var wholeId: String? = nil
        public var isRate: Bool { units == [.percent] }
    }

    /// Where a cue must stand relative to the number for it to count.
    public enum CuePosition: String, Sendable {
        case before, after, any, context
        /// Only in the label of a table row (职工人数 in a union statistics table).
        case label
        /// Only right before the figure (linking words and qualifiers aside: 工会总计553家), as the noun it counts:
        /// a generic word that says little from afar says what a figure counts when nothing
        /// stands between (已有单建工会125家). Not after it: there the word is as often the
        /// start of a longer noun (10个工会协作区).
        case head

        /// Before the number in running text (before or any).
        var standsBefore: Bool { self == .before || self == .any }
    }

    public struct Cue: Sendable, Hashable {
        public var metric: Int
        public var weight: Double
        public var position: CuePosition
    }

    public let metrics: [Metric]
    let index: [String: Int]
    /// Cue phrases and, for each phrase (by its index in `cueMatcher`), what it says.
    let cueMatcher: PhraseMatcher
    let cuesByPhrase: [[Cue]]
    let phraseLengths: [Int]
    public let families: [(id: String, heading: String)]
    /// For a stock metric, the metric counting what is new of it (members.count → members.new).
    let flowOfStock: [Int?]
    /// Per metric, the metric a list of kinds naming it with others sums into (metrics.tsv, column 6).
    let wholeOf: [Int?]
    /// The metrics that are some metric's whole.
    let wholes: [Int]
    /// Per metric: units a measure word may give that the metric records in another
    /// (`unit-coercions.tsv`: 合理化建议…万件 → item).
    let coercions: [[RecordUnit: (unit: RecordUnit, named: [UInt16]?)]]
    /// Per metric, its units as bits by `RecordUnit.ordinal`: asked for every candidate
    /// reading of every figure, so a test of a bit, not a search of an array of enums.
    let unitMasks: [UInt32]
    /// Per metric, its rate metric's index (metrics.tsv, column 5), looked up once rather than by
    /// name wherever a percentage takes the rate of a count.
    let rateIndex: [Int?]

    init(directory: URL) throws(GonghuiError) {
        let mfile = try DictionaryFile("metrics.tsv", in: directory)
        var metrics: [Metric] = []
        var index: [String: Int] = [:]
        var seen: [String: Int] = [:]
        for line in mfile.lines {
            try mfile.require(line, fields: 4)
            let f = line.fields
            var units: [RecordUnit] = []
            for u in f[2].split(separator: "|") {
                guard let unit = RecordUnit(rawValue: String(u)) else { throw mfile.error(line, "unknown unit \(u)") }
                units.append(unit)
            }
            try DictionaryFile.checkUnique(f[0], line, in: &seen, file: mfile)
            index[f[0]] = metrics.count
            let rate = f.count > 4 && f[4] != "-" && !f[4].isEmpty ? f[4] : nil
            let whole = f.count > 5 && f[5] != "-" && !f[5].isEmpty ? f[5] : nil
            metrics.append(Metric(id: f[0], family: f[1], units: units, name: f[3], rateId: rate, wholeId: whole))
        }
        for line in mfile.lines where line.fields.count > 4 && line.fields[4] != "-" && index[line.fields[4]] == nil {
            throw mfile.error(line, "rate \(line.fields[4]) is not a metric of this file")
        }
        for line in mfile.lines where line.fields.count > 5 && line.fields[5] != "-" {
            guard let w = index[line.fields[5]], metrics[w].family == line.fields[1], metrics[w].units == metrics[index[line.fields[0]]!].units else {
                throw mfile.error(line, "whole \(line.fields[5]) is not a metric of the same family and units")
            }
        }
        wholeOf = metrics.map { m in m.wholeId.flatMap { index[$0] } }
        wholes = Array(Set(wholeOf.compactMap { $0 })).sorted()
        self.metrics = metrics
        self.index = index
        flowOfStock = metrics.indices.map { stock in
            metrics.indices.first { flow in MetricCatalog.isStock(metrics[stock].id, of: metrics[flow].id) }
        }

        let cfile = try DictionaryFile("metric-cues.tsv", in: directory)
        var phrases: [String] = []
        var phraseIndex: [String: Int] = [:]
        var cues: [[Cue]] = []
        seen = [:]
        for line in cfile.lines {
            try cfile.require(line, fields: 4)
            let f = line.fields
            guard let m = index[f[0]] else { throw cfile.error(line, "unknown metric \(f[0])") }
            guard let w = Double(f[2]), w != 0, w >= -10, w <= 10 else {
                throw cfile.error(line, "weight must be a number from -10 to 10, not 0 (negative: the phrase argues against the metric)")
            }
            guard let p = CuePosition(rawValue: f[3]) else { throw cfile.error(line, "position must be before, after, any, context, label or head") }
            guard !f[1].isEmpty else { throw cfile.error(line, "empty cue") }
            try DictionaryFile.checkUnique(f[0] + " " + f[1] + " " + f[3], line, in: &seen, file: cfile)
            let k: Int
            if let existing = phraseIndex[f[1]] { k = existing } else {
                k = phrases.count
                phraseIndex[f[1]] = k
                phrases.append(f[1])
                cues.append([])
            }
            cues[k].append(Cue(metric: m, weight: w, position: p))
        }
        cueMatcher = PhraseMatcher(phrases)
        cuesByPhrase = cues
        rateIndex = metrics.map { $0.rateId.flatMap { index[$0] } }
        phraseLengths = phrases.map { $0.utf16.count }

        let kfile = try DictionaryFile("unit-coercions.tsv", in: directory)
        var coercions = [[RecordUnit: (unit: RecordUnit, named: [UInt16]?)]](repeating: [:], count: metrics.count)
        for line in kfile.lines {
            try kfile.require(line, fields: 4)
            guard let m = index[line.fields[0]] else { throw kfile.error(line, "unknown metric \(line.fields[0])") }
            guard let from = RecordUnit(rawValue: line.fields[1]), let to = RecordUnit(rawValue: line.fields[2]) else {
                throw kfile.error(line, "units must be record units (person, org, item …)")
            }
            guard metrics[m].units.contains(to) else { throw kfile.error(line, "\(line.fields[0]) is not recorded in \(to.rawValue)") }
            coercions[m][from] = (to, line.fields[3] == "-" ? nil : Array(line.fields[3].utf16))
        }
        self.coercions = coercions
        unitMasks = metrics.map { $0.units.reduce(UInt32(0)) { $0 | 1 << $1.ordinal } }

        let ffile = try DictionaryFile("metric-families.tsv", in: directory)
        var families: [(String, String)] = []
        for line in ffile.lines {
            try ffile.require(line, fields: 2)
            families.append((line.fields[0], line.fields[1]))
        }
        for m in metrics where !families.contains(where: { $0.0 == m.family }) {
            throw GonghuiError(.dictionary, "dictionaries/metrics.tsv: family \(m.family) of \(m.id) has no heading in metric-families.tsv")
        }
        self.families = families
    }

    public func metric(_ id: String) -> Metric? { index[id].map { metrics[$0] } }
    func metricIndex(_ id: String) -> Int? { index[id] }

    /// True when `stock` counts the stock of what `flow` counts as new (members.count of
    /// members.new, unions.count of unions.new): the two ids share their stem.
    func isStock(_ stock: Int, of flow: Int) -> Bool { Self.isStock(metrics[stock].id, of: metrics[flow].id) }

    static func isStock(_ s: String, of f: String) -> Bool {
        guard f.hasSuffix(".new"), s.hasSuffix(".count") else { return false }
        return s.dropLast(".count".count) == f.dropLast(".new".count)
    }

    /// True when a level record of metric `m` may have unit `u`.
    func accepts(_ m: Int, _ u: RecordUnit) -> Bool { metrics[m].units.contains(u) }

    /// The unit a figure in unit `u` is recorded in as metric `m`: `u` itself, or what a
    /// measure word of `u` counts for `m` when the words around the figure (`around`) name that
    /// thing (`unit-coercions.tsv`); nil when `m` cannot count it.
    func recordUnit(_ m: Int, for u: RecordUnit, around before: UnsafeBufferPointer<UInt16>.SubSequence? = nil) -> RecordUnit? {
        if unitMasks[m] & 1 << u.ordinal != 0 { return u }
        guard let c = coercions[m][u] else { return nil }
        guard let named = c.named else { return c.unit }
        guard let before, before.count >= named.count else { return nil }
        var i = before.startIndex
        while i + named.count <= before.endIndex {
            if (0..<named.count).allSatisfy({ before[i + $0] == named[$0] }) { return c.unit }
            i += 1
        }
        return nil
    }
}
