import Foundation

/// 成 followed by one of these characters is a word (成立, 成为, 成效), not tenths (六成企业).
struct ChengWords: Sendable {
    let followers: UnitSet
    func startsWord(_ c: UInt16) -> Bool { followers.contains(c) }
}

/// The language facts the quantity stage reads from `dictionaries/`: numerals, measures,
/// qualifiers, the nouns that decide 个 and 次, table labels, the small words of the grammar of
/// numbers (quantity-context.tsv), and the names and slogans whose numerals are not counts.
public final class QuantityLexicon: Sendable {
    public enum NumeralKind: String, Sendable { case digit, zero, unit, big, vague, tens }

    /// The kinds of `quantity-context.tsv`: context that makes a number no quantity, and the
    /// words of the grammar of numbers.
    enum ContextKind: Int, WordKind {
        case before, after, label, chengWord, minusWord, percentOf, fraction, half, halfMark, tenths, decimalPoint, minute, minus
        case range, list, numbering, itemMark, session, countless, documentNumber, countStart, programme, article, eventArticle

        static let names = ["before", "after", "label", "cheng-word", "minus-word", "percent-of", "fraction", "half", "half-mark", "tenths", "decimal-point", "minute", "minus",
                            "range", "list", "numbering", "item-mark", "session", "countless", "document-number", "count-start", "programme", "article", "event-article"]

        /// Kinds asked about one code unit at a time.
        static let oneCharacter: Set<ContextKind> = [.chengWord, .minusWord, .halfMark, .tenths, .decimalPoint, .minute, .minus, .range, .numbering, .itemMark, .documentNumber, .countStart, .article]
    }

    public enum MeasureKind: Sendable, Hashable {
        case unit(RecordUnit)
        /// 个 and 次: the counted noun decides.
        case noun
        /// A real measure outside the record units (平方公里).
        case none
        /// Time and other non-counts: the number is not a quantity.
        case time
    }

    public struct Measure: Sendable, Hashable {
        public var word: String
        public var kind: MeasureKind
        public var scale: Decimal
    }

    public struct QualifierWord: Sendable, Hashable {
        public enum Position: String, Sendable { case before, inner, after }
        public var word: String
        public var position: Position
        public var qualifier: Qualifier
        public var notAfter: UnitSet
        /// The word qualifies only a bare multiplier (上百人, 上万名; not 上3人).
        public var onlyBareMultiplier = false
    }

    /// Per BMP unit: the numeral kind and value (nil when not a numeral).
    let numeralKind: [NumeralKind?]
    let numeralValue: [Int]
    let measures: [Measure]
    let measureTrie: PrefixTrie
    /// For 个 and 次: noun → unit.
    let measureNouns: [String: [(noun: String, unit: RecordUnit)]]
    /// The second field of a measure-nouns line that gives a measure another's nouns (座 like 处).
    static let likeMark = "like"
    let nounMatchers: [String: PhraseMatcher]
    /// The words of money before a bare figure in 万 or 亿 (measure "<"), reversed, matched backwards
    /// from the figure, and their units by index.
    let moneyBeforeTrie: PrefixTrie
    let moneyBeforeUnits: [RecordUnit]
    /// For 个 and 次: the unit when no noun is found (the noun `*` of measure-nouns.tsv).
    let nounFallback: [String: RecordUnit]
    let qualifiers: [QualifierWord]
    let beforeQualifierTrie: PrefixTrie   // over reversed words, matched backwards from a number
    let innerQualifierTrie: PrefixTrie
    let afterQualifierTrie: PrefixTrie
    let contextBefore: PrefixTrie          // reversed words
    let contextAfter: PrefixTrie
    let counterLabels: [[UInt16]]
    /// Characters that make 成 the start of a word (成立, 成为), not tenths.
    let cheng: ChengWords
    /// Characters that make 负 the end of a word (担负, 负责 is caught by what follows), not a sign.
    let minusWordStarts: UnitSet
    /// 百分之, 千分之, 万分之 and what a number after one is divided by to be a percentage
    /// (the value of the numeral the word opens with, over 100).
    let percentOf: [(word: [UInt16], divisor: Int)]
    /// The words a multiplier inside a number may open instead (百分之, 百分点): the percent-of
    /// words and the measures of percentage points.
    let percentWords: [[UInt16]]
    private let percentWordStarts: UnitSet
    /// 分之, between a denominator and a numerator.
    let fractionWords: [[UInt16]]
    /// 一半, 半数.
    let halfWords: [[UInt16]]
    /// 半 (半成, 半百, 三成半).
    let halfMarks: UnitSet
    /// 成 (三成).
    let tenthsMarks: UnitSet
    /// 点 inside a Chinese number (八十六点六).
    let decimalPoints: UnitSet
    /// 分 after 点 and digits: a time of day (十点零五分).
    let minuteMarks: UnitSet
    /// 负 right before a number.
    let minusSigns: UnitSet
    /// 至 到 ~ - — – 〜 ～ between the numbers of a range.
    let rangeSeparators: UnitSet
    /// 、 和 及 与 或 以及 between the members of a list, and those of one character as a set.
    let listSeparators: [[UInt16]]
    let listMarks: UnitSet
    /// 是 after a Chinese numeral (一是): an item's number.
    let numberingMarks: UnitSet
    /// 、 after a number at a line's start (一、): an item's number.
    let itemMarks: UnitSet
    /// By measure index: a measure that numbers sessions before a numeral (十九届五中全会).
    let sessionMeasures: [Bool]
    /// 万家: a bare multiplier and its measure that mean countless.
    let countless: [[UInt16]]
    /// 工程 after 十项: a programme's name (十项工程劳动竞赛), not a count.
    let programmes: [[UInt16]]
    /// 是 before 一次: an article (既是一次…展示), not a count.
    let articleMarks: UnitSet
    /// By measure index: 次, 场 after 的一, an event spoken of as one (规模最大的一次盛会), not a
    /// count of events.
    let eventArticleMeasures: [Bool]
    /// 号 after 〔2019〕12.
    let documentNumberMarks: UnitSet
    /// 人 名 元 家 户 万 亿 right after a long run of digits: a count, not a code.
    let countStarts: UnitSet
    /// From function-words.tsv: the everyday Chinese numerals (一 … 十 零 〇 两), the
    /// multipliers (十 百 千 万 亿), and 余/多 between a number and its multiplier (10余万).
    let plainNumerals: UnitSet
    let multipliers: UnitSet
    let moreMarks: UnitSet
    /// The function words the stages after this one read numbers with.
    let words: FunctionWords
    /// The dates of a text (their marks and Chinese digits are function words).
    let dates: DateFinder
    let labelEndings: [(units: [UInt16], unit: RecordUnit)]
    /// Names, slogans and idioms whose numerals are not quantities (and place names with numerals).
    let exceptions: PhraseMatcher
    private let followers: [Bool]

    init(directory: URL, extraExceptions: [String], words: FunctionWords, numerals: Numerals) throws(GonghuiError) {
        // Numerals
        let kinds = numerals.kinds, values = numerals.values
        numeralKind = kinds
        numeralValue = values

        // Measures
        let mfile = try DictionaryFile("measures.tsv", in: directory)
        var ms: [Measure] = []
        var seen: [String: Int] = [:]
        for line in mfile.lines {
            try mfile.require(line, fields: 2)
            let kind: MeasureKind
            switch line.fields[1] {
            case "noun": kind = .noun
            case "none": kind = .none
            case "time": kind = .time
            default:
                guard let u = RecordUnit(rawValue: line.fields[1]) else {
                    throw mfile.error(line, "unknown unit \(line.fields[1]) (record units, noun, none or time)")
                }
                kind = .unit(u)
            }
            var scale: Decimal = 1
            if line.fields.count > 2, !line.fields[2].isEmpty {
                guard let s = Decimal(string: line.fields[2], locale: Locale(identifier: "en_US_POSIX")) else {
                    throw mfile.error(line, "scale must be a number")
                }
                scale = s
            }
            try DictionaryFile.checkUnique(line.fields[0], line, in: &seen, file: mfile)
            ms.append(Measure(word: line.fields[0], kind: kind, scale: scale))
        }
        measures = ms
        measureTrie = PrefixTrie(ms.map(\.word))

        // Nouns for 个 and 次 (and `*`: the unit without one)
        let nfile = try DictionaryFile("measure-nouns.tsv", in: directory)
        var nouns: [String: [(String, RecordUnit)]] = [:]
        var fallback: [String: RecordUnit] = [:]
        // (座 like 处: a measure that counts what another counts, read after all lines.)
        var likes: [(measure: String, as: String, line: DictionaryFile.Line)] = []
        seen = [:]
        for line in nfile.lines {
            try nfile.require(line, fields: 3)
            try DictionaryFile.checkUnique(line.fields[0] + " " + line.fields[1], line, in: &seen, file: nfile)
            if line.fields[1] == Self.likeMark { likes.append((line.fields[0], line.fields[2], line)); continue }
            guard let u = RecordUnit(rawValue: line.fields[2]) else { throw nfile.error(line, "unknown unit \(line.fields[2])") }
            if line.fields[1] == "*" { fallback[line.fields[0]] = u; continue }
            nouns[line.fields[0], default: []].append((line.fields[1], u))
        }
        for like in likes {
            guard nouns[like.measure] == nil, fallback[like.measure] == nil else { throw nfile.error(like.line, "\(like.measure) has nouns of its own and a like line") }
            guard let theirs = nouns[like.as] else { throw nfile.error(like.line, "no nouns of \(like.as) to take") }
            nouns[like.measure] = theirs
            fallback[like.measure] = fallback[like.as]
        }
        measureNouns = nouns
        nounMatchers = nouns.mapValues { PhraseMatcher($0.map(\.0)) }
        nounFallback = fallback
        let money = nouns[Self.beforeMark] ?? []
        var moneyTrie = PrefixTrie()
        for (k, word) in money.enumerated() { moneyTrie.insert(String(word.0.reversed()), index: k) }
        moneyBeforeTrie = moneyTrie
        moneyBeforeUnits = money.map(\.1)

        // Qualifiers
        let qfile = try DictionaryFile("qualifiers.tsv", in: directory)
        var qs: [QualifierWord] = []
        seen = [:]
        for line in qfile.lines {
            try qfile.require(line, fields: 3)
            guard let p = QualifierWord.Position(rawValue: line.fields[1]) else {
                throw qfile.error(line, "position must be before, inner or after")
            }
            guard let q = Qualifier(rawValue: line.fields[2]) else { throw qfile.error(line, "qualifier must be over, under or about") }
            try DictionaryFile.checkUnique(line.fields[0] + " " + line.fields[1], line, in: &seen, file: qfile)
            let notAfter = line.fields.count > 3 ? UnitSet(line.fields[3]) : []
            let only = line.fields.count > 4 ? line.fields[4] : ""
            guard only.isEmpty || only == "bare" else { throw qfile.error(line, "only must be bare or empty, not \(only)") }
            qs.append(QualifierWord(word: line.fields[0], position: p, qualifier: q, notAfter: notAfter, onlyBareMultiplier: only == "bare"))
        }
        qualifiers = qs
        func trie(_ p: QualifierWord.Position, reversed: Bool) -> PrefixTrie {
            var t = PrefixTrie()
            for (i, q) in qs.enumerated() where q.position == p {
                t.insert(reversed ? String(q.word.reversed()) : q.word, index: i)
            }
            return t
        }
        beforeQualifierTrie = trie(.before, reversed: true)
        innerQualifierTrie = trie(.inner, reversed: false)
        afterQualifierTrie = trie(.after, reversed: false)

        // Context and the grammar of numbers
        let cfile = try DictionaryFile("quantity-context.tsv", in: directory)
        let context = try WordKinds<ContextKind>(cfile, oneCharacter: ContextKind.oneCharacter)
        func text(_ w: [UInt16]) -> String { String(decoding: w, as: UTF16.self) }
        var before = PrefixTrie(), after = PrefixTrie()
        for (i, w) in context[.before].enumerated() { before.insert(String(text(w).reversed()), index: i) }
        for (i, w) in context[.after].enumerated() { after.insert(text(w), index: i) }
        contextBefore = before
        contextAfter = after
        counterLabels = Set(context.strings(.label)).sorted().map { Array($0.utf16) }
        cheng = ChengWords(followers: context.characters(.chengWord))
        minusWordStarts = context.characters(.minusWord)
        var percents: [(word: [UInt16], divisor: Int)] = []
        for w in context[.percentOf] {
            let value = values[Int(w[0])]
            guard kinds[Int(w[0])] == .unit || kinds[Int(w[0])] == .big, value >= 100, value % 100 == 0 else {
                throw cfile.error(kind: ContextKind.percentOf.name, word: text(w), "a percent-of word opens with a numeral of a hundred or more (百分之, 千分之)")
            }
            percents.append((word: w, divisor: value / 100))
        }
        percentOf = percents
        let pointMeasures = ms.filter { $0.kind == .unit(.pp) }.map { Array($0.word.utf16) }
        let percentWords = context[.percentOf] + pointMeasures
        self.percentWords = percentWords
        percentWordStarts = UnitSet(percentWords.map { $0[0] })
        fractionWords = context[.fraction]
        halfWords = context[.half]
        halfMarks = context.characters(.halfMark)
        tenthsMarks = context.characters(.tenths)
        decimalPoints = context.characters(.decimalPoint)
        minuteMarks = context.characters(.minute)
        minusSigns = context.characters(.minus)
        rangeSeparators = context.characters(.range)
        listSeparators = context[.list]
        listMarks = context.characters(.list)
        numberingMarks = context.characters(.numbering)
        itemMarks = context.characters(.itemMark)
        // By measure index, the measures a kind lists; each must be a measure of measures.tsv.
        func measureFlags(_ kind: ContextKind) throws(GonghuiError) -> [Bool] {
            var flags = [Bool](repeating: false, count: ms.count)
            for w in context[kind] {
                guard let m = ms.firstIndex(where: { $0.word == text(w) }) else {
                    throw cfile.error(kind: kind.name, word: text(w), "a \(kind.name) word must be a measure of measures.tsv")
                }
                flags[m] = true
            }
            return flags
        }
        sessionMeasures = try measureFlags(.session)
        countless = context[.countless]
        programmes = context[.programme]
        articleMarks = context.characters(.article)
        eventArticleMeasures = try measureFlags(.eventArticle)
        documentNumberMarks = context.characters(.documentNumber)
        countStarts = context.characters(.countStart)

        // Numerals and date marks of function-words.tsv
        self.words = words
        plainNumerals = words.set(.numeral)
        multipliers = words.set(.multiplier)
        moreMarks = words.set(.more)
        for w in words.words[.multiplier] {
            guard kinds[Int(w[0])] == .unit || kinds[Int(w[0])] == .big else {
                throw words.error(.multiplier, w[0], "a multiplier must be a unit or big numeral of numerals.tsv")
            }
        }
        dates = try DateFinder(words: words, numeralKind: kinds, numeralValue: values)

        // Table labels
        let lfile = try DictionaryFile("table-labels.tsv", in: directory)
        var endings: [(String, RecordUnit)] = []
        seen = [:]
        for line in lfile.lines {
            try lfile.require(line, fields: 2)
            guard let u = RecordUnit(rawValue: line.fields[1]) else { throw lfile.error(line, "unknown unit \(line.fields[1])") }
            try DictionaryFile.checkUnique(line.fields[0], line, in: &seen, file: lfile)
            endings.append((line.fields[0], u))
        }
        labelEndings = endings.sorted { $0.0.count > $1.0.count }.map { (Array($0.0.utf16), $0.1) }

        // Exceptions
        let efile = try DictionaryFile("quantity-exceptions.txt", in: directory)
        var phrases: [String] = []
        var seenPhrases = Set<String>()
        for line in efile.lines {
            let phrase = line.fields[0]
            if seenPhrases.insert(phrase).inserted { phrases.append(phrase) }
        }
        for name in extraExceptions where seenPhrases.insert(name).inserted { phrases.append(name) }
        exceptions = PhraseMatcher(phrases)

        var follow = [Bool](repeating: false, count: 65536)
        for (u, k) in kinds.enumerated() where k != nil { follow[u] = true }
        for m in ms { if let f = m.word.utf16.first { follow[Int(f)] = true } }
        for q in qs where q.position != .before { if let f = q.word.utf16.first { follow[Int(f)] = true } }
        // 分之, 成, 点, 半 and the separators of lists and ranges (% is a measure, 几 a numeral).
        for kind in [ContextKind.fraction, .tenths, .decimalPoint, .halfMark, .list, .range] {
            for w in context[kind] { follow[Int(w[0])] = true }
        }
        for ch in "0123456789".utf16 { follow[Int(ch)] = true }
        followers = follow
    }

    @inline(__always) func numeral(_ u: UInt16) -> NumeralKind? { numeralKind[Int(u)] }

    /// The value of a multiplier (十 百 千 万 亿, function-words.tsv) as numerals.tsv gives it.
    @inline(__always) func multiplierValue(_ u: UInt16) -> Int? {
        multipliers.contains(u) ? numeralValue[Int(u)] : nil
    }

    /// A word of `words` starts at `i` and ends by `limit`: its length.
    @inline(__always) func starting(_ words: [[UInt16]], at i: Int, in u: UnsafeBufferPointer<UInt16>, limit: Int) -> Int? {
        for w in words where i + w.count <= limit {
            var k = 0
            while k < w.count && u[i + k] == w[k] { k += 1 }
            if k == w.count { return w.count }
        }
        return nil
    }

    /// A percentage word (百分之, 千分之, 万分之, 百分点) starts at `j`, ending by `limit`: the
    /// multiplier there belongs to it, not to the number before.
    @inline(__always) func startsPercentWord(_ u: UnsafeBufferPointer<UInt16>, _ j: Int, _ limit: Int) -> Bool {
        percentWordStarts.contains(u[j]) && starting(percentWords, at: j, in: u, limit: limit) != nil
    }

    /// True when `u` can come right after a Chinese numeral inside a quantity: another
    /// numeral, the first character of a measure or of an inner/after qualifier, a list or
    /// range separator, or the 分之/成/点/% of percentages and fractions.
    @inline(__always) func canFollowNumeral(_ u: UInt16) -> Bool { followers[Int(u)] }
}

extension QuantityLexicon {
    /// The unit the word of money ending right before a figure in 万 or 亿 gives it, when no measure
    /// nor noun follows (筹资33万, 拨出100万 → yuan; measure-nouns.tsv, measure "<"): the longest.
    func moneyBefore(in u: UnsafeBufferPointer<UInt16>, at i: Int) -> RecordUnit? {
        moneyBeforeTrie.longestSuffix(in: u, before: i, limit: 0).map { moneyBeforeUnits[$0.0] }
    }
    /// The measure field of the words of money before a bare figure.
    static let beforeMark = "<"

    /// The noun a figure counts when no measure word stands between them (1300多万职工 → person,
    /// 4000万资金 → yuan; measure-nouns.tsv, measure "-"), if one starts right at `i`.
    func bareNoun(in u: UnsafeBufferPointer<UInt16>, at i: Int) -> RecordUnit? {
        guard let matcher = nounMatchers["-"], let nouns = measureNouns["-"] else { return nil }
        var found: PhraseMatcher.Match?
        matcher.forEachMatch(in: u, range: i..<min(u.count, i + matcher.maxLength)) { m in
            if m.range.lowerBound == i, found.map({ m.range.count > $0.range.count }) ?? true { found = m }
        }
        return found.map { nouns[$0.phrase].unit }
    }
}
