/// The small words of grammar the stages read structure by (`dictionaries/function-words.tsv`):
/// list separators, the particle 的, the frame 在…中, the marks and digits of dates, the
/// numerals that number items. Most are single characters, asked about one code unit at a
/// time, so each kind is also kept as a set.
public final class FunctionWords: Sendable {
    /// The kinds, in file order; an Int raw value so that each kind's set is found by index
    /// (the sets are asked about one character at a time).
    public enum Kind: Int, WordKind {
        case coordinator, objectJoiner, of, copula, reach, reachState, each, enumerationEnd, towards, anaphor, totalVerb, more, largeUnit, rateSuffix, `is`, frameOpen, frameClose, countMeasure, changeFiller, needsComparison, changeItself, systemWord, clauseOpener, nameContinues, yearMark, yearSuffix, monthMark, dayMark, until, since, yearEnd
        case numeral, multiplier, ordinal, dateDigit, dateZero, spokenDayMark, enumerationMark, rangeDash, yearMask
        case eventAnaphor, wordNotCoordinator, sinceOpen, disposal, predicateOpener, disposalVerb, delivery, purpose, funding, standard, sinceAfter, stockNoun, futureAdverb, futureAfter, baseAfter, threshold, sum, historyBefore, historyAfter, reports, beneficiary, handOut, givingPreposition, purposeOpener, listVerb, aside, objectMarker, receives, honourVerb, timesMeasure, titleWord, varying, designates, dispatch, sends, valueWord, covers, notGiven, workforce, standardLink, genericMoney, prize, oneRecipient, notOneRecipient, kindSuffix, honoursGiven, prizeSuffix, passive, netRise, netFall, spacedMeasure, othersOpener, hearsay, rocMarker, notRocBefore, notRocAfter, near, subjectAfter, placing, wholeOf, changedTo, campaignNumeral, campaignVerb, campaignEnd, praiseOpener, lightVerb, eachScope

        public static let names = ["coordinator", "object-joiner", "of", "copula", "reach", "reach-state", "each", "enumeration-end", "towards", "anaphor", "total-verb", "more", "large-unit", "rate-suffix", "is", "frame-open", "frame-close", "count-measure", "change-filler", "needs-comparison", "change-itself", "system-word", "clause-opener", "name-continues", "year-mark", "year-suffix", "month-mark", "day-mark", "until", "since", "year-end",
                                   "numeral", "multiplier", "ordinal", "date-digit", "date-zero", "spoken-day-mark", "enumeration-mark", "range-dash", "year-mask",
                                   "event-anaphor", "word-not-coordinator", "since-open", "disposal", "predicate-opener", "disposal-verb", "delivery", "purpose", "funding", "standard", "since-after", "stock-noun", "future-adverb", "future-after", "base-after", "threshold", "sum", "history-before", "history-after", "reports", "beneficiary", "hand-out", "giving-preposition", "purpose-opener", "list-verb", "aside", "object-marker", "receives", "honour-verb", "times-measure", "title-word", "varying", "designates", "dispatch", "sends", "value-word", "covers", "not-given", "workforce", "standard-link", "generic-money", "prize", "one-recipient", "not-one-recipient", "kind-suffix", "honours-given", "prize-suffix", "passive", "net-rise", "net-fall", "spaced-measure", "others-opener", "hearsay", "roc-marker", "not-roc-before", "not-roc-after", "near", "subject-after", "placing", "whole-of", "changed-to", "campaign-numeral", "campaign-verb", "campaign-end", "praise-opener", "light-verb", "each-scope"]

        /// The kinds that are only ever asked about one code unit at a time: a longer word
        /// there would never be found, so it is an error.
        static let oneCharacter: Set<Kind> = [.numeral, .multiplier, .ordinal, .dateDigit, .dateZero, .spokenDayMark, .enumerationMark, .rangeDash, .yearMask, .beneficiary, .givingPreposition, .objectMarker, .designates, .dispatch, .kindSuffix, .prizeSuffix, .passive, .spacedMeasure, .changedTo, .campaignNumeral, .eachScope]
    }

    let words: WordKinds<Kind>
    private let sets: [UnitSet]
    /// Per kind, the characters its words begin with: a scan asks these before it compares words.
    private let firsts: [[UInt16]]
    /// The file, for errors about a word found only when another file is read against it.
    let file: DictionaryFile

    init(_ file: DictionaryFile) throws(GonghuiError) {
        let words = try WordKinds<Kind>(file, oneCharacter: Kind.oneCharacter)
        self.words = words
        self.file = file
        sets = Kind.allCases.map { words.characters($0) }
        firsts = Kind.allCases.map { kind in Array(Set(words[kind].compactMap(\.first))).sorted() }
    }

    /// An error pointing at the line that declares `c` of `kind`.
    func error(_ kind: Kind, _ c: UInt16, _ message: String) -> GonghuiError {
        file.error(kind: kind.name, word: String(decoding: [c], as: UTF16.self), message)
    }

    /// `c` is a one-character word of `kind`.
    @inline(__always) func isA(_ kind: Kind, _ c: UInt16) -> Bool {
        sets[kind.rawValue].contains(c)
    }

    /// The one-character words of `kind`.
    func set(_ kind: Kind) -> UnitSet { sets[kind.rawValue] }

    /// `u[r]` holds a one-character word of `kind`.
    /// 和 joining two things, not opening 和谐 (`word-not-coordinator`).
    /// A word of whom something goes to or is for: 为, 对, 向, 给 (giving-preposition) or a
    /// beneficiary word (beneficiary).
    @inline(__always) func isGiving(_ c: UInt16) -> Bool { isA(.givingPreposition, c) || isA(.beneficiary, c) }

    func isCoordinator(at i: Int, in u: UnsafeBufferPointer<UInt16>) -> Bool {
        isA(.coordinator, u[i]) && starting(.wordNotCoordinator, at: i, in: u, limit: min(u.count, i + 4)) == nil
    }

    /// The words of a kind, as listed.
    subscript(_ kind: Kind) -> [[UInt16]] { words[kind] }

    func contains(_ kind: Kind, in u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Bool {
        let s = set(kind)
        return u[r].contains(where: s.contains) || words.contains(kind, in: u, r)
    }

    /// The first word of `kind` starting at `p`; only where one of its words can begin are the
    /// words compared (scans ask this at every character of a stretch).
    func starting(_ kind: Kind, at p: Int, in u: UnsafeBufferPointer<UInt16>, limit: Int) -> [UInt16]? {
        guard p < u.count, firsts[kind.rawValue].contains(u[p]) else { return nil }
        return words.starting(kind, at: p, in: u, limit: limit)
    }

    func ending(_ kind: Kind, before p: Int, in u: UnsafeBufferPointer<UInt16>, limit: Int) -> [UInt16]? {
        words.ending(kind, before: p, in: u, limit: limit)
    }

    /// The first place in `r` (the last, `fromEnd`) where a word of `kind` starts, read up to
    /// `limit`, and the word. (A loop, not a lazy sequence: a closure stored in one would copy
    /// whatever its caller captured, for every question.)
    func firstStarting(_ kind: Kind, in r: Range<Int>, of u: UnsafeBufferPointer<UInt16>, limit: Int, fromEnd: Bool = false) -> (at: Int, word: [UInt16])? {
        if fromEnd {
            for p in r.reversed() { if let w = starting(kind, at: p, in: u, limit: limit) { return (p, w) } }
        } else {
            for p in r { if let w = starting(kind, at: p, in: u, limit: limit) { return (p, w) } }
        }
        return nil
    }

    /// An event anaphor (此次, 本次) opens the stretch at `p` and ends before `limit`, right at
    /// its start or after a phrase of hearsay and its comma (据了解,此次助学活动…): the stretch
    /// speaks of an event named before.
    func opensWithEventAnaphor(at p: Int, in u: UnsafeBufferPointer<UInt16>, limit: Int) -> Bool {
        eventAnaphorEnd(at: p, in: u, limit: limit) != nil
    }

    /// Where such an event anaphor ends (before the event's noun: 此次|大赛).
    func eventAnaphorEnd(at p: Int, in u: UnsafeBufferPointer<UInt16>, limit: Int) -> Int? {
        var s = p
        if let h = starting(.hearsay, at: s, in: u, limit: limit), s + h.count < limit, u[s + h.count] == 0x2C { s += h.count + 1 }
        return starting(.eventAnaphor, at: s, in: u, limit: min(limit, s + Self.eventAnaphorLength)).map { s + $0.count }
    }

    /// The longest event anaphor.
    static let eventAnaphorLength = 3
}
