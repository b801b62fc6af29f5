/// Web boilerplate rules (`dictionaries/boilerplate.tsv`): which lines of a page are site
/// chrome rather than report.
///
/// Each rule is `action<TAB>pattern[<TAB>note]`; the pattern is an ICU regular expression
/// matched against one trimmed line of normalised text. Actions:
/// - `line`: drop the line (已阅读5页,还剩2页未读);
/// - `block`: drop the line and the list under it (最新文档 followed by titles);
/// - `rest`: drop the line and everything after it;
/// - `date`: the line gives the page's date (发布时间:2020-12-15); record it, drop the line;
/// - `inline`: drop what the pattern matches inside any line, however long (a page footer that a
///   document site left in the middle of a word: 名牌工第 1 页 共 2 页人, ……此处隐藏2632个字……).
public struct BoilerplateRules: Sendable {
    public enum Action: String, Sendable, CaseIterable {
        case line, block, rest, date, inline
    }

    public struct Rule: Sendable {
        public var action: Action
        public var pattern: String
        /// Literals of which a matching line contains at least one (see RegexKeys).
        let keys: [String]
        /// True when the line must start with one of the keys (anchored patterns).
        let keysLead: Bool
    }

    public let rules: [Rule]
    /// Finds the rules' keys in a line, so only rules that can match are run.
    let keyMatcher: PhraseMatcher
    /// For each key (by index in keyMatcher), the rules it selects wherever it occurs, and
    /// the rules it selects only when the line starts with it.
    let rulesByKey: [[Int]]
    let rulesByLeadingKey: [[Int]]
    /// Rules without keys, tried on every short line.
    let keylessRules: [Int]
    /// The rules that drop spans inside lines, with their keys.
    let inlineRules: [Int]
    let inlineKeys: [[[UInt16]]]

    /// Lines longer than this are never boilerplate.
    public static let maxLineLength = 200
    /// Lines longer than this that end with 。 are never boilerplate on their own.
    public static let maxSentenceLength = 60

    init(_ file: DictionaryFile) throws(GonghuiError) {
        var rules: [Rule] = []
        var seen: [String: Int] = [:]
        for line in file.lines {
            try file.require(line, fields: 2)
            guard let action = Action(rawValue: line.fields[0]) else {
                throw file.error(line, "action must be one of line, block, rest, date, inline — not \(line.fields[0])")
            }
            let pattern = line.fields[1]
            try DictionaryFile.checkUnique(pattern, line, in: &seen, file: file)
            do { _ = try ICURegex(pattern) } catch { throw file.error(line, "not a valid regular expression: \(pattern)") }
            if let leading = RegexKeys.leadingKeys(pattern) {
                rules.append(Rule(action: action, pattern: pattern, keys: leading, keysLead: true))
            } else {
                rules.append(Rule(action: action, pattern: pattern, keys: RegexKeys.keys(pattern), keysLead: false))
            }
        }
        self.init(rules: rules)
    }

    init(rules: [Rule]) {
        self.rules = rules
        var keys: [String] = []
        var keyIndex: [String: Int] = [:]
        var byKey: [[Int]] = []
        var byLeadingKey: [[Int]] = []
        var keyless: [Int] = []
        for (i, rule) in rules.enumerated() {
            if rule.keys.isEmpty { keyless.append(i); continue }
            for k in Set(rule.keys) {
                let index: Int
                if let existing = keyIndex[k] { index = existing } else {
                    index = keys.count
                    keyIndex[k] = index
                    keys.append(k)
                    byKey.append([])
                    byLeadingKey.append([])
                }
                if rule.keysLead { byLeadingKey[index].append(i) } else { byKey[index].append(i) }
            }
        }
        keyMatcher = PhraseMatcher(keys)
        rulesByKey = byKey
        rulesByLeadingKey = byLeadingKey
        keylessRules = keyless
        inlineRules = rules.indices.filter { rules[$0].action == .inline }
        inlineKeys = inlineRules.map { rules[$0].keys.map { Array($0.utf16) } }
    }


    /// Indices of the rules a line might match, in file order.
    func candidates(_ line: [UInt16]) -> [Int] {
        var picked = keylessRules
        keyMatcher.forEachMatch(in: line) { m in
            picked.append(contentsOf: rulesByKey[m.phrase])
            if m.range.lowerBound == 0 { picked.append(contentsOf: rulesByLeadingKey[m.phrase]) }
        }
        if picked.count <= 1 { return picked }
        picked.sort()
        var unique: [Int] = []
        for r in picked where unique.last != r { unique.append(r) }
        return unique
    }
}

/// The rules compiled for one thread (ICU regular expressions are not thread-safe).
final class CompiledBoilerplate {
    let rules: BoilerplateRules
    private let regexes: [ICURegex]

    init(_ rules: BoilerplateRules) {
        self.rules = rules
        // Patterns were validated when the dictionary was loaded.
        regexes = rules.rules.compactMap { try? ICURegex($0.pattern) }
    }

    /// The first line rule matching a (trimmed, short) line.
    func firstMatch(_ line: [UInt16]) -> BoilerplateRules.Rule? {
        let candidates = rules.candidates(line)
        guard !candidates.isEmpty else { return nil }
        return line.withUnsafeBufferPointer { b in
            for i in candidates where rules.rules[i].action != .inline && regexes[i].matches(b) { return rules.rules[i] }
            return nil
        }
    }

    /// The spans inline rules drop from a line of any length (ranges into `line`), in order,
    /// not overlapping. Rules whose literal keys the line lacks are not run.
    func inlineSpans(_ line: UnsafeBufferPointer<UInt16>) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        for (n, i) in rules.inlineRules.enumerated() {
            let keys = rules.inlineKeys[n]
            guard keys.isEmpty || CodeUnit.contains(keys, in: line, 0..<line.count) else { continue }
            spans += regexes[i].matchRanges(line)
        }
        spans.sort { $0.lowerBound < $1.lowerBound }
        var out: [Range<Int>] = []
        for s in spans where out.last.map({ $0.upperBound <= s.lowerBound }) ?? true { out.append(s) }
        return out
    }
}
