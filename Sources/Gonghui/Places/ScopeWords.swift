/// The words that say which place a figure covers when the text does not name it there
/// (`dictionaries/scope-words.tsv`): 全国, 我省/全省, 全市/本市, 全县/全区; the words that make
/// 全国 part of a name (全国五一劳动奖状) rather than a scope; the last characters of the place
/// names of each scope (省, 市, 县); the nation's region (全国).
public final class ScopeWords: Sendable {
    public enum Scope: String, Sendable, CaseIterable {
        case nation, province, city, county
        case notScope = "not-scope"
        case nameOpener = "name-opener"
        case street
        case origin
        case destination
        case title
        case notSurname = "not-surname"
        /// A place's name that opens with a scope word (全州县): read leftmost-longest with the
        /// scope words, it hides the scope inside it and is no scope itself.
        case placeName = "place-name"
    }

    /// The kinds of line that are no scope: the place-name endings of a scope's level, and the
    /// region of the nation.
    static let levelKinds: [String: Scope] = ["province-level": .province, "city-level": .city, "county-level": .county]
    static let nationRegionKind = "nation-region"

    let matcher: PhraseMatcher
    let scopes: [Scope]
    /// The longest scope word, in UTF-16 units: how far a scope at a given place can reach.
    let maxLength: Int
    let notScope: PhraseMatcher
    /// Words that make 全国 part of a name only right after it (全国职工书屋示范点; not 全国各级工会
    /// 建成职工书屋…, the nation's count).
    let nameOpeners: PrefixTrie
    /// Words that, right after a place name, make it a street's (岚皋路, 中山大道).
    let streets: [[UInt16]]
    /// Words that, right before a place name, make it where a person comes from (来自富蕴县).
    let origins: [[UInt16]]
    /// Words that, right before a place name, make it where the text's people go or send aid
    /// (赴杭州疗休养, 对口支援喀什): not a place the text speaks for.
    let destinations: [[UInt16]]
    /// Titles that, right before a surname, make a two-character place after the surname a
    /// person's given name (秘书长宫镇江).
    let titles: [[UInt16]]
    /// Surnames that, after a title, are as often a preposition (主席于南京出席).
    let notSurnames: UnitSet
    /// Per scope, the last character of a place name of its level, in the order they are
    /// tried (province: 省, 区, 市; county: 县, 区, 市).
    private let levelEndings: [Scope: [Character]]
    /// The region a figure of the nation scope covers (全国).
    let nationRegion: String
    /// How far after 全国 a name may run to its honour word (全国教育系统先进集体).
    static let nameReach = 10

    init(_ file: DictionaryFile) throws(GonghuiError) {
        var words: [String] = [], scopes: [Scope] = [], after: [String] = [], openers: [String] = [], streets: [[UInt16]] = [], origins: [[UInt16]] = [], destinations: [[UInt16]] = [], titles: [[UInt16]] = []
        var notSurnames = UnitSet()
        var levels: [Scope: [Character]] = [:]
        var region: String? = nil
        var seen: [String: Int] = [:]
        for line in file.lines {
            try file.require(line, fields: 2)
            try DictionaryFile.checkUnique(line.fields[0] + " " + line.fields[1], line, in: &seen, file: file)
            if let scope = Self.levelKinds[line.fields[0]] {
                guard line.fields[1].count == 1, let c = line.fields[1].first else {
                    throw file.error(line, "a \(line.fields[0]) word is one character, not \(line.fields[1])")
                }
                levels[scope, default: []].append(c)
                continue
            }
            if line.fields[0] == Self.nationRegionKind {
                guard region == nil, !line.fields[1].isEmpty else { throw file.error(line, "one nation-region, not empty") }
                region = line.fields[1]
                continue
            }
            guard let scope = Scope(rawValue: line.fields[0]) else {
                let kinds = Scope.allCases.map(\.rawValue) + Self.levelKinds.keys.sorted() + [Self.nationRegionKind]
                throw file.error(line, "unknown scope \(line.fields[0]) (\(kinds.joined(separator: ", ")))")
            }
            switch scope {
            case .notScope: after.append(line.fields[1])
            case .nameOpener: openers.append(line.fields[1])
            case .street: streets.append(Array(line.fields[1].utf16))
            case .origin: origins.append(Array(line.fields[1].utf16))
            case .destination: destinations.append(Array(line.fields[1].utf16))
            case .title: titles.append(Array(line.fields[1].utf16))
            case .notSurname:
                guard line.fields[1].utf16.count == 1 else { throw file.error(line, "a not-surname word is one character, not \(line.fields[1])") }
                notSurnames.insert(line.fields[1].utf16.first!)
            default: words.append(line.fields[1]); scopes.append(scope)
            }
        }
        for (kind, scope) in Self.levelKinds.sorted(by: { $0.key < $1.key }) where levels[scope] == nil {
            throw GonghuiError(.dictionary, "\(file.displayName): no \(kind) words")
        }
        guard let region else { throw GonghuiError(.dictionary, "\(file.displayName): no \(Self.nationRegionKind)") }
        matcher = PhraseMatcher(words)
        maxLength = words.map(\.utf16.count).max() ?? 0
        self.scopes = scopes
        notScope = PhraseMatcher(after)
        nameOpeners = PrefixTrie(openers)
        self.streets = streets
        self.origins = origins
        self.destinations = destinations
        self.titles = titles
        self.notSurnames = notSurnames
        levelEndings = levels
        nationRegion = region
    }

    /// The last characters of a place name of `scope`'s level, in the order they are tried.
    func levels(of scope: Scope) -> [Character] { levelEndings[scope] ?? [] }

    /// The scope words in `r`, leftmost-longest. A 全国 that begins a name — an honour word
    /// within the next few characters, before any figure or punctuation but quotation marks (全国五一劳动奖状,
    /// 全国教育系统先进集体, 全国总工会) — is flagged `inName`, and left out unless `names`.
    func occurrences(in u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, names: Bool = false) -> [(scope: Scope, range: Range<Int>, inName: Bool)] {
        matcher.longestMatches(in: u, range: r).compactMap { m in
            let scope = scopes[m.phrase]
            if scope == .placeName { return nil }
            var inName = false
            if scope == .nation {
                // Every nation word opens with 全国; what follows those two characters decides.
                let after = m.range.lowerBound + 2
                var end = after
                // (Quotation marks do not end the name: 全国“五一劳动奖章”, 全国“五一”劳动奖章.)
                while end < u.count && end - after < Self.nameReach && (CodeUnit.isHan(u[end]) || u[end] == 0x201C || u[end] == 0x201D) { end += 1 }
                notScope.forEachMatch(in: u, range: after..<end) { _ in inName = true }
                if nameOpeners.longestPrefix(in: u, from: after, limit: end) != nil { inName = true }
            }
            if inName && !names { return nil }
            return (scope, m.range, inName)
        }
    }
}
