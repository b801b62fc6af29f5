/// The words that say which place a figure covers when the text does not name it there
/// (`dictionaries/scope-words.tsv`): 全国, 我省/全省, 全市/本市, 全县/全区; and the words that make
/// 全国 part of a name (全国五一劳动奖状) rather than a scope.
public final class ScopeWords: Sendable {
    public enum Scope: String, Sendable, CaseIterable {
        case nation, province, city, county
        case notScope = "not-scope"
        case street

        /// The last character of a place name of this scope (省, 市, 县; 区 as well for county).
        var levels: [Character] {
            switch self {
            case .nation, .notScope, .street: return []
            case .province: return ["省", "区", "市"]
            case .city: return ["市"]
            case .county: return ["县", "区", "市"]
            }
        }
    }

    let matcher: PhraseMatcher
    let scopes: [Scope]
    let notScope: PhraseMatcher
    /// Words that, right after a place name, make it a street's (岚皋路, 中山大道).
    let streets: [[UInt16]]
    /// How far after 全国 a name may run to its honour word (全国教育系统先进集体).
    static let nameReach = 10

    init(_ file: DictionaryFile) throws(GonghuiError) {
        var words: [String] = [], scopes: [Scope] = [], after: [String] = [], streets: [[UInt16]] = []
        var seen: [String: Int] = [:]
        for line in file.lines {
            try file.require(line, fields: 2)
            guard let scope = Scope(rawValue: line.fields[0]) else {
                throw file.error(line, "unknown scope \(line.fields[0]) (\(Scope.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            try DictionaryFile.checkUnique(line.fields[0] + " " + line.fields[1], line, in: &seen, file: file)
            switch scope {
            case .notScope: after.append(line.fields[1])
            case .street: streets.append(Array(line.fields[1].utf16))
            default: words.append(line.fields[1]); scopes.append(scope)
            }
        }
        matcher = PhraseMatcher(words)
        self.scopes = scopes
        notScope = PhraseMatcher(after)
        self.streets = streets
    }

    /// The scope words in `r`, leftmost-longest. A 全国 that begins a name — an honour word
    /// within the next few characters, before any figure or punctuation (全国五一劳动奖状,
    /// 全国教育系统先进集体, 全国总工会) — is flagged `inName`, and left out unless `names`.
    func occurrences(in u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, names: Bool = false) -> [(scope: Scope, range: Range<Int>, inName: Bool)] {
        matcher.longestMatches(in: u, range: r).compactMap { m in
            let scope = scopes[m.phrase]
            var inName = false
            if scope == .nation {
                // Every nation word opens with 全国; what follows those two characters decides.
                let after = m.range.lowerBound + 2
                var end = after
                while end < u.count && end - after < Self.nameReach && CodeUnit.isHan(u[end]) { end += 1 }
                notScope.forEachMatch(in: u, range: after..<end) { _ in inName = true }
            }
            if inName && !names { return nil }
            return (scope, m.range, inName)
        }
    }
}
