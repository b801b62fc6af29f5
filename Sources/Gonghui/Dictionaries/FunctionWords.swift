/// The small words of grammar the record and year stages read structure by
/// (`dictionaries/function-words.tsv`): list separators, the particle 的, the frame 在…中, the
/// marks of dates. Most are single characters, asked about one code unit at a time, so each
/// kind is also kept as a set.
public struct FunctionWords: Sendable {
    public enum Kind: String, WordKind {
        case coordinator
        case objectJoiner = "object-joiner"
        case of
        case copula
        case reach
        case reachState = "reach-state"
        case each
        case enumerationEnd = "enumeration-end"
        case towards
        case anaphor
        case totalVerb = "total-verb"
        case more
        case largeUnit = "large-unit"
        case rateSuffix = "rate-suffix"
        case `is`
        case frameOpen = "frame-open"
        case frameClose = "frame-close"
        case countMeasure = "count-measure"
        case changeFiller = "change-filler"
        case needsComparison = "needs-comparison"
        case changeItself = "change-itself"
        case systemWord = "system-word"
        case clauseOpener = "clause-opener"
        case nameContinues = "name-continues"
        case yearMark = "year-mark"
        case yearSuffix = "year-suffix"
        case monthMark = "month-mark"
        case dayMark = "day-mark"
        case until
        case since
        case yearEnd = "year-end"
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
        sets[Kind.allCases.firstIndex(of: kind)!].contains(c)
    }

    /// The one-character words of `kind`.
    func set(_ kind: Kind) -> UnitSet { sets[Kind.allCases.firstIndex(of: kind)!] }

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
