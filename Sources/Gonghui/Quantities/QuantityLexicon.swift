import Foundation

/// 成 followed by one of these characters is a word (成立, 成为, 成效), not tenths (六成企业).
struct ChengWords: Sendable {
    let followers: UnitSet
    func startsWord(_ c: UInt16) -> Bool { followers.contains(c) }
}

/// The language facts the quantity stage reads from `dictionaries/`: numerals, measures,
/// qualifiers, the nouns that decide 个 and 次, table labels, and the names and slogans whose
/// numerals are not counts.
public final class QuantityLexicon: Sendable {
    public enum NumeralKind: String, Sendable { case digit, zero, unit, big, vague }

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
    }

    /// Per BMP unit: the numeral kind and value (nil when not a numeral).
    let numeralKind: [NumeralKind?]
    let numeralValue: [Int]
    let measures: [Measure]
    let measureTrie: PrefixTrie
    /// For 个 and 次: noun → unit.
    let measureNouns: [String: [(noun: String, unit: RecordUnit)]]
    let nounMatchers: [String: PhraseMatcher]
    let qualifiers: [QualifierWord]
    let beforeQualifierTrie: PrefixTrie   // over reversed words, matched backwards from a number
    let innerQualifierTrie: PrefixTrie
    let afterQualifierTrie: PrefixTrie
    let contextBefore: PrefixTrie          // reversed words
    let contextAfter: PrefixTrie
    let counterLabels: Set<String>
    /// Characters that make 成 the start of a word (成立, 成为), not tenths.
    let cheng: ChengWords
    /// Characters that make 负 the end of a word (担负, 负责 is caught by what follows), not a sign.
    let minusWordStarts: UnitSet
    let labelEndings: [(units: [UInt16], unit: RecordUnit)]
    /// Names, slogans and idioms whose numerals are not quantities (and place names with numerals).
    let exceptions: PhraseMatcher
    private let followers: [Bool]

    init(directory: URL, extraExceptions: [String]) throws(GonghuiError) {
        // Numerals
        var kinds = [NumeralKind?](repeating: nil, count: 65536)
        var values = [Int](repeating: 0, count: 65536)
        let numerals = try DictionaryFile("numerals.tsv", in: directory)
        var seen: [String: Int] = [:]
        for line in numerals.lines {
            try numerals.require(line, fields: 3)
            let ch = line.fields[0]
            guard ch.utf16.count == 1, let u = ch.utf16.first else { throw numerals.error(line, "a numeral is one character, not \(ch)") }
            guard let kind = NumeralKind(rawValue: line.fields[1]) else {
                throw numerals.error(line, "kind must be digit, zero, unit, big or vague, not \(line.fields[1])")
            }
            guard let v = Int(line.fields[2]) else { throw numerals.error(line, "value must be a whole number") }
            try DictionaryFile.checkUnique(ch, line, in: &seen, file: numerals)
            kinds[Int(u)] = kind
            values[Int(u)] = v
        }
        numeralKind = kinds
        numeralValue = values

        // Measures
        let mfile = try DictionaryFile("measures.tsv", in: directory)
        var ms: [Measure] = []
        seen = [:]
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

        // Nouns for 个 and 次
        let nfile = try DictionaryFile("measure-nouns.tsv", in: directory)
        var nouns: [String: [(String, RecordUnit)]] = [:]
        seen = [:]
        for line in nfile.lines {
            try nfile.require(line, fields: 3)
            guard let u = RecordUnit(rawValue: line.fields[2]) else { throw nfile.error(line, "unknown unit \(line.fields[2])") }
            try DictionaryFile.checkUnique(line.fields[0] + " " + line.fields[1], line, in: &seen, file: nfile)
            nouns[line.fields[0], default: []].append((line.fields[1], u))
        }
        measureNouns = nouns
        nounMatchers = nouns.mapValues { PhraseMatcher($0.map(\.0)) }

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
            qs.append(QualifierWord(word: line.fields[0], position: p, qualifier: q, notAfter: notAfter))
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

        // Context
        let cfile = try DictionaryFile("quantity-context.tsv", in: directory)
        var before = PrefixTrie(), after = PrefixTrie()
        var labels = Set<String>()
        var chengWords = UnitSet(), minusWords = UnitSet()
        seen = [:]
        for (i, line) in cfile.lines.enumerated() {
            try cfile.require(line, fields: 2)
            try DictionaryFile.checkUnique(line.fields[0] + " " + line.fields[1], line, in: &seen, file: cfile)
            switch line.fields[0] {
            case "before": before.insert(String(line.fields[1].reversed()), index: i)
            case "after": after.insert(line.fields[1], index: i)
            case "label": labels.insert(line.fields[1])
            case "cheng-word", "minus-word":
                guard line.fields[1].utf16.count == 1, let c = line.fields[1].utf16.first else { throw cfile.error(line, "one character") }
                if line.fields[0] == "cheng-word" { chengWords.insert(c) } else { minusWords.insert(c) }
            default: throw cfile.error(line, "where must be before, after, label, cheng-word or minus-word")
            }
        }
        contextBefore = before
        contextAfter = after
        counterLabels = labels
        cheng = ChengWords(followers: chengWords)
        minusWordStarts = minusWords

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
        for ch in "分成点%、和及与或以至到~-—–〜～半几".utf16 { follow[Int(ch)] = true }
        for ch in "0123456789".utf16 { follow[Int(ch)] = true }
        followers = follow
    }

    @inline(__always) func numeral(_ u: UInt16) -> NumeralKind? { numeralKind[Int(u)] }

    /// True when `u` can come right after a Chinese numeral inside a quantity: another
    /// numeral, the first character of a measure or of an inner/after qualifier, a list or
    /// range separator, or the 分之/成/点/% of percentages and fractions.
    @inline(__always) func canFollowNumeral(_ u: UInt16) -> Bool { followers[Int(u)] }
}
