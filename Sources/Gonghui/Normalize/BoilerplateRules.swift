import Foundation

/// Web boilerplate rules (`dictionaries/boilerplate.tsv`): which lines of a page are site
/// chrome rather than report.
///
/// Each rule is `action<TAB>pattern[<TAB>note]`; the pattern is an ICU regular expression
/// matched against one trimmed line of normalised text. Actions:
/// - `line`: drop the line (已阅读5页,还剩2页未读);
/// - `block`: drop the line and the list under it (最新文档 followed by titles);
/// - `rest`: drop the line and everything after it;
/// - `date`: the line gives the page's date (发布时间:2020-12-15); record it, drop the line.
public struct BoilerplateRules: Sendable {
    public enum Action: String, Sendable, CaseIterable {
        case line, block, rest, date
    }

    public struct Rule: Sendable {
        public var action: Action
        public var pattern: String
        let regex: SendableRegex
        /// Han-character literals of which the line must contain at least one, or empty when
        /// the pattern has none (then every short line is tried).
        let keys: [String]
    }

    public let rules: [Rule]
    /// Finds the rules' keys in a line, so only rules that can match are run.
    let keyMatcher: PhraseMatcher
    /// For each key (by index in keyMatcher), the rules it selects.
    let rulesByKey: [[Int]]
    let keylessRules: [Int]

    /// Lines longer than this are never boilerplate.
    public static let maxLineLength = 200

    init(_ file: DictionaryFile) throws(GonghuiError) {
        var rules: [Rule] = []
        var seen: [String: Int] = [:]
        for line in file.lines {
            try file.require(line, fields: 2)
            guard let action = Action(rawValue: line.fields[0]) else {
                throw file.error(line, "action must be one of line, block, rest, date — not \(line.fields[0])")
            }
            let pattern = line.fields[1]
            try DictionaryFile.checkUnique(pattern, line, in: &seen, file: file)
            let regex: NSRegularExpression
            do { regex = try NSRegularExpression(pattern: pattern) } catch {
                throw file.error(line, "not a valid regular expression: \(pattern)")
            }
            rules.append(Rule(action: action, pattern: pattern, regex: SendableRegex(regex), keys: Self.requiredLiterals(pattern)))
        }
        self.init(rules: rules)
    }

    init(rules: [Rule]) {
        self.rules = rules
        var keys: [String] = []
        var keyIndex: [String: Int] = [:]
        var byKey: [[Int]] = []
        var keyless: [Int] = []
        for (i, rule) in rules.enumerated() {
            if rule.keys.isEmpty { keyless.append(i); continue }
            for k in rule.keys {
                if let existing = keyIndex[k] { byKey[existing].append(i) } else {
                    keyIndex[k] = keys.count
                    keys.append(k)
                    byKey.append([i])
                }
            }
        }
        keyMatcher = PhraseMatcher(keys)
        rulesByKey = byKey
        keylessRules = keyless
    }

    /// The first rule matching a (trimmed, short) line.
    func firstMatch(_ line: String, units: [UInt16]) -> Rule? {
        var candidates = Set(keylessRules)
        keyMatcher.forEachMatch(in: units) { m in candidates.formUnion(rulesByKey[m.phrase]) }
        guard !candidates.isEmpty else { return nil }
        let ns = line as NSString
        let range = NSRange(location: 0, length: ns.length)
        for i in candidates.sorted() where rules[i].regex.value.firstMatch(in: line, range: range) != nil {
            return rules[i]
        }
        return nil
    }

    /// The Han literals a pattern cannot match without: for each top-level alternative, its
    /// longest run of Han characters outside groups and classes that no quantifier makes
    /// optional. If any alternative has none, the pattern has no keys.
    static func requiredLiterals(_ pattern: String) -> [String] {
        var alternatives: [[Character]] = [[]]
        var depth = 0, inClass = false, escaped = false
        for ch in pattern {
            if escaped { alternatives[alternatives.count - 1].append("\u{1}"); escaped = false; continue }
            switch ch {
            case "\\": escaped = true
            case "[" where !inClass: inClass = true; alternatives[alternatives.count - 1].append("\u{1}")
            case "]" where inClass: inClass = false
            case "(" where !inClass: depth += 1; alternatives[alternatives.count - 1].append("\u{1}")
            case ")" where !inClass: depth -= 1
            case "|" where !inClass && depth == 0: alternatives.append([])
            default:
                if inClass || depth > 0 { continue }
                alternatives[alternatives.count - 1].append(ch)
            }
        }
        var keys: [String] = []
        for alt in alternatives {
            var best = "", run = ""
            for (i, ch) in alt.enumerated() {
                let nextIsQuantifier = i + 1 < alt.count && "?*{".contains(alt[i + 1])
                if ch.unicodeScalars.allSatisfy({ CodeUnit.isHan(UInt16(truncatingIfNeeded: $0.value)) && $0.value < 0x10000 }) && !nextIsQuantifier {
                    run.append(ch)
                } else {
                    if run.count > best.count { best = run }
                    run = ""
                }
            }
            if run.count > best.count { best = run }
            if best.isEmpty { return [] }
            keys.append(best)
        }
        return keys
    }
}

/// NSRegularExpression is immutable once built and safe to share between threads.
struct SendableRegex: @unchecked Sendable {
    let value: NSRegularExpression
    init(_ value: NSRegularExpression) { self.value = value }
}
