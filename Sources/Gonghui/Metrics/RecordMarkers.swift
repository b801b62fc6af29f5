/// The marker words of `dictionaries/record-markers.tsv`, by kind.
public final class RecordMarkers: Sendable {
    public enum Kind: Int, Sendable, CaseIterable {
        case up, down, compare, new, perUnit, plan, targetShare
        case cumulative, thisYear, wholeYear, lastYear, negation, share, sample
        case veto, group, respectively, part, media, neutral, flow, whole, current, period
        case notPlan, surveyed, total, planNoun, kinds, subgroup, partYear, yearOnYear, achieved, band, thatYear, composition, attend, meeting, bareSubject, speech, registry, asOf, perPeriod, standing, perfect, recent, mixed, founding, notNegation, shareSubject, placeGroup, actsOn

        /// The kind's name in `record-markers.tsv`.
        public var name: String { Self.names[rawValue] }
        static let names = ["up", "down", "compare", "new", "per-unit", "plan", "target-share",
                            "cumulative", "this-year", "whole-year", "last-year", "negation", "share", "sample",
                            "veto", "group", "respectively", "part", "media", "neutral", "flow", "whole", "current", "period",
                            "not-plan", "surveyed", "total", "plan-noun", "kinds", "subgroup", "part-year", "year-on-year", "achieved", "band", "that-year", "composition", "attend", "meeting", "bare-subject", "speech", "registry", "as-of", "per-period", "standing", "perfect", "recent", "mixed", "founding", "not-negation", "share-subject", "place-group", "acts-on"]
        public init?(name: String) {
            guard let i = Self.names.firstIndex(of: name) else { return nil }
            self.init(rawValue: i)
        }
        /// Kinds asked about only at a place (`starting`, `ending`), never found by the index: their
        /// words hold words of other kinds (已组建 holds the flow verb 组建), which the index's
        /// leftmost-longest scan would hide.
        static let unindexed: Set<Kind> = [.standing, .perfect, .mixed, .placeGroup, .actsOn]
        var bit: UInt64 { 1 << UInt64(rawValue) }
        static func | (a: Kind, b: Kind) -> Kinds { Kinds(rawValue: a.bit | b.bit) }
    }

    /// A set of kinds, for asking about several at once without allocating.
    struct Kinds: OptionSet {
        let rawValue: UInt64
        init(rawValue: UInt64) { self.rawValue = rawValue }
        init(_ kind: Kind) { rawValue = kind.bit }
        static func | (a: Kinds, b: Kinds) -> Kinds { Kinds(rawValue: a.rawValue | b.rawValue) }
        static func | (a: Kinds, b: Kind) -> Kinds { Kinds(rawValue: a.rawValue | b.bit) }
        func has(_ kind: Kind) -> Bool { rawValue & kind.bit != 0 }
    }

    let matcher: PhraseMatcher
    let kinds: [Kind]
    let lengths: [Int]
    /// Per kind (by raw value), a trie of its words reversed, for "does one of these end right
    /// here", and one of its words forward.
    private let reversedTries: [PrefixTrie?]
    private let forwardTries: [PrefixTrie?]
    /// Per kind (by raw value), its one-character words.
    private let singles: [UnitSet]

    init(_ file: DictionaryFile) throws(GonghuiError) {
        var words: [String] = []
        var kinds: [Kind] = []
        var seen: [String: Int] = [:]
        var reversed = [PrefixTrie?](repeating: nil, count: Kind.allCases.count)
        var forward = [PrefixTrie?](repeating: nil, count: Kind.allCases.count)
        var singles = [UnitSet](repeating: UnitSet(), count: Kind.allCases.count)
        for line in file.lines {
            try file.require(line, fields: 2)
            guard let k = Kind(name: line.fields[0]) else {
                throw file.error(line, "unknown kind \(line.fields[0]) (\(Kind.names.joined(separator: ", ")))")
            }
            try DictionaryFile.checkUnique(line.fields[0] + " " + line.fields[1], line, in: &seen, file: file)
            words.append(line.fields[1])
            kinds.append(k)
            if reversed[k.rawValue] == nil { reversed[k.rawValue] = PrefixTrie(); forward[k.rawValue] = PrefixTrie() }
            reversed[k.rawValue]!.insert(String(line.fields[1].reversed()), index: words.count - 1)
            forward[k.rawValue]!.insert(line.fields[1], index: words.count - 1)
            if line.fields[1].utf16.count == 1, let c = line.fields[1].utf16.first { singles[k.rawValue].insert(c) }
        }
        matcher = PhraseMatcher(words.indices.map { Kind.unindexed.contains(kinds[$0]) ? "" : words[$0] })
        self.kinds = kinds
        lengths = words.map { $0.utf16.count }
        reversedTries = reversed
        forwardTries = forward
        self.singles = singles
    }

    /// The one-character words of `kind` (占 of `share`), asked about one code unit at a time.
    func characters(_ kind: Kind) -> UnitSet { singles[kind.rawValue] }

    /// A word of rising or falling (增加, 减, 降) ends right before `end`.
    func endsChange(before end: Int, in u: UnsafeBufferPointer<UInt16>, limit: Int = 0) -> Bool {
        ending(.up, before: end, in: u, limit: limit) != nil || ending(.down, before: end, in: u, limit: limit) != nil
    }

    /// The longest word of `kind` ending right before `end` (reading back no further than
    /// `limit`): its start.
    func ending(_ kind: Kind, before end: Int, in u: UnsafeBufferPointer<UInt16>, limit: Int = 0) -> Int? {
        guard let t = reversedTries[kind.rawValue], let (_, length) = t.longestSuffix(in: u, before: end, limit: limit) else { return nil }
        return end - length
    }

    /// The longest word of `kind` starting at `start`: its end.
    func starting(_ kind: Kind, at start: Int, in u: UnsafeBufferPointer<UInt16>, limit: Int) -> Int? {
        guard let t = forwardTries[kind.rawValue], start < limit, let (_, end) = t.longestPrefix(in: u, from: start, limit: limit) else { return nil }
        return end
    }

    /// All marker occurrences in the given lines (ascending, not overlapping) of a document,
    /// found in one scan of each.
    func index(_ u: UnsafeBufferPointer<UInt16>, lines: [Range<Int>]) -> MarkerIndex {
        var all: [MarkerIndex.Occurrence] = []
        for line in lines {
            matcher.forEachMatch(in: u, range: line) { m in
                all.append(MarkerIndex.Occurrence(kind: kinds[m.phrase], start: Int32(m.range.lowerBound), end: Int32(m.range.upperBound)))
            }
        }
        return MarkerIndex(all: all)
    }
}

/// The marker occurrences of one document, ordered by where they end.
///
/// Record extraction asks "which markers lie in this stretch" a dozen times per quantity;
/// scanning the stretch each time cost more than everything else in the stage. One scan of the
/// document and a binary search per question give the same answers.
struct MarkerIndex {
    struct Occurrence {
        var kind: RecordMarkers.Kind
        var start: Int32
        var end: Int32
    }

    let all: [Occurrence]

    /// The occurrences lying wholly inside `range`, in the order a scan of `range` finds them.
    func occurrences(in range: Range<Int>) -> [(kind: RecordMarkers.Kind, range: Range<Int>)] {
        var out: [(kind: RecordMarkers.Kind, range: Range<Int>)] = []
        forEach(in: range) { out.append(($0.kind, Int($0.start)..<Int($0.end))) }
        return out
    }

    /// True when an occurrence of one of `kinds` lies wholly inside `range`.
    func contains(_ kinds: RecordMarkers.Kinds, in range: Range<Int>) -> Bool {
        var found = false
        forEach(in: range) { if kinds.has($0.kind) { found = true } }
        return found
    }

    func contains(_ kind: RecordMarkers.Kind, in range: Range<Int>) -> Bool { contains(RecordMarkers.Kinds(kind), in: range) }

    /// Calls `body` with each occurrence of one of `kinds` inside `range`, in scan order.
    func forEach(_ kinds: RecordMarkers.Kinds, in range: Range<Int>, _ body: (Range<Int>) -> Void) {
        forEach(in: range) { if kinds.has($0.kind) { body(Int($0.start)..<Int($0.end)) } }
    }

    /// The last occurrence of `kind` inside `range`.
    func last(_ kind: RecordMarkers.Kind, in range: Range<Int>) -> Range<Int>? {
        var found: Range<Int>?
        forEach(in: range) { if $0.kind == kind { found = Int($0.start)..<Int($0.end) } }
        return found
    }

    private func forEach(in range: Range<Int>, _ body: (Occurrence) -> Void) {
        guard !range.isEmpty else { return }
        // First occurrence ending after range.lowerBound.
        var lo = 0, hi = all.count
        let lower = Int32(range.lowerBound), upper = Int32(range.upperBound)
        while lo < hi {
            let mid = (lo + hi) / 2
            if all[mid].end <= lower { lo = mid + 1 } else { hi = mid }
        }
        var i = lo
        while i < all.count && all[i].end <= upper {
            if all[i].start >= lower { body(all[i]) }
            i += 1
        }
    }
}
