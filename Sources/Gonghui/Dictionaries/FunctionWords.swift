/// The small words of grammar the record and year stages read structure by
/// (`dictionaries/function-words.tsv`): list separators, the particle 的, the frame 在…中, the
/// marks of dates. Most are single characters, asked about one code unit at a time, so each
/// kind is also kept as a set.
public final class FunctionWords: Sendable {
    /// The kinds, in file order; an Int raw value so that each kind's set is found by index
    /// (the sets are asked about one character at a time).
    public enum Kind: Int, WordKind {
        case coordinator, objectJoiner, of, copula, reach, reachState, each, enumerationEnd, towards, anaphor, totalVerb, more, largeUnit, rateSuffix, `is`, frameOpen, frameClose, countMeasure, changeFiller, needsComparison, changeItself, systemWord, clauseOpener, nameContinues, yearMark, yearSuffix, monthMark, dayMark, until, since, yearEnd

        public static let names = ["coordinator", "object-joiner", "of", "copula", "reach", "reach-state", "each", "enumeration-end", "towards", "anaphor", "total-verb", "more", "large-unit", "rate-suffix", "is", "frame-open", "frame-close", "count-measure", "change-filler", "needs-comparison", "change-itself", "system-word", "clause-opener", "name-continues", "year-mark", "year-suffix", "month-mark", "day-mark", "until", "since", "year-end"]
    }

    let words: WordKinds<Kind>
    private let sets: [UnitSet]

    init(_ file: DictionaryFile) throws(GonghuiError) {
        let words = try WordKinds<Kind>(file)
        self.words = words
        sets = Kind.allCases.map { words.characters($0) }
    }

    /// `c` is a one-character word of `kind`.
    @inline(__always) func isA(_ kind: Kind, _ c: UInt16) -> Bool {
        sets[kind.rawValue].contains(c)
    }

    /// The one-character words of `kind`.
    func set(_ kind: Kind) -> UnitSet { sets[kind.rawValue] }

    /// `u[r]` holds a one-character word of `kind`.
    func contains(_ kind: Kind, in u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Bool {
        let s = set(kind)
        return u[r].contains(where: s.contains) || words.contains(kind, in: u, r)
    }

    func starting(_ kind: Kind, at p: Int, in u: UnsafeBufferPointer<UInt16>, limit: Int) -> [UInt16]? {
        words.starting(kind, at: p, in: u, limit: limit)
    }

    func ending(_ kind: Kind, before p: Int, in u: UnsafeBufferPointer<UInt16>, limit: Int) -> [UInt16]? {
        words.ending(kind, before: p, in: u, limit: limit)
    }
}
