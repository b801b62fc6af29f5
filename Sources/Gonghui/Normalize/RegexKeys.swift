/// Literal strings of which every match of a regular expression must contain at least one,
/// found by reading the pattern's structure: a prefilter, so that a line is only tried
/// against the rules whose keys it contains.
///
/// Examples: `^(上一篇|下一篇)\s*:` must start with 上一篇 or 下一篇; `收益归属内容提供方` must
/// contain itself; `[Ii][Cc][Pp]备` must contain ICP备, icp备, …; `^\d{4}-` must start with a
/// digit. A pattern with no such literal gets no keys and is tried on every line.
enum RegexKeys {
    indirect enum Element: Equatable {
        case literal(Unicode.Scalar)
        /// A character class of a few explicit characters ([Cc], [【\[], \d).
        case klass([Unicode.Scalar])
        case group([[Item]])
        case anchor
        case other
    }

    struct Item: Equatable {
        var element: Element
        var optional: Bool
        /// Quantified to occur more than once ({2,4}, +): still required, but not part of a run.
        var repeated: Bool
    }

    /// Classes larger than this give no keys (too many alternatives to be selective).
    static let maxClass = 10
    /// A literal run with classes expands to at most this many keys.
    static let maxExpansion = 16

    /// Keys one of which a match contains, anywhere in the line; [] when there are none.
    static func keys(_ pattern: String) -> [String] {
        guard let alternatives = parse(pattern) else { return [] }
        return keys(ofGroup: alternatives) ?? []
    }

    /// Keys one of which the line must start with, for anchored patterns (`^…`); nil when the
    /// pattern is unanchored or may start with anything.
    static func leadingKeys(_ pattern: String) -> [String]? {
        guard let alternatives = parse(pattern), alternatives.count == 1 else { return nil }
        var items = alternatives[0]
        guard let first = items.first, first.element == .anchor else { return nil }
        items.removeFirst()
        return leading(items)
    }

    static func parse(_ pattern: String) -> [[Item]]? {
        // Scalars, not Characters: the patterns hold no combining marks, and Character
        // comparison made reading them a tenth of `gonghui normalize`'s start-up.
        let chars = Array(pattern.unicodeScalars)
        var i = 0
        guard let alternatives = parseAlternatives(chars, &i), i == chars.count else { return nil }
        return alternatives
    }

    // MARK: Keys

    static func keys(ofSequence items: [Item]) -> [String]? {
        var best: [String]? = nil
        var k = 0
        while k < items.count {
            let item = items[k]
            if item.optional || item.element == .anchor { k += 1; continue }
            switch item.element {
            case .literal, .klass:
                // A run of single mandatory literals and small classes: its expansions.
                var run: [String] = [""]
                var start = k
                while k < items.count, !items[k].optional, !items[k].repeated {
                    let chars: [Unicode.Scalar]
                    switch items[k].element {
                    case .literal(let c): chars = [c]
                    case .klass(let cs): chars = cs
                    default: chars = []
                    }
                    if chars.isEmpty || run.count * chars.count > maxExpansion { break }
                    run = run.flatMap { prefix in chars.map { prefix + String($0) } }
                    k += 1
                }
                if k == start {
                    // A repeated literal or class on its own still requires one of its characters.
                    if case .klass(let cs) = item.element { best = better(best, cs.map { String($0) }) }
                    if case .literal(let c) = item.element { best = better(best, [String(c)]) }
                    k += 1
                    start = k
                } else {
                    best = better(best, run)
                }
                continue
            case .group(let alternatives):
                if let ks = keys(ofGroup: alternatives) { best = better(best, ks) }
            case .anchor, .other:
                break
            }
            k += 1
        }
        return best
    }

    static func keys(ofGroup alternatives: [[Item]]) -> [String]? {
        var all: [String] = []
        for alternative in alternatives {
            guard let ks = keys(ofSequence: alternative) else { return nil }
            all += ks
        }
        return all.isEmpty ? nil : Array(Set(all)).sorted()
    }

    /// Prefers keys whose shortest member is longest (rarer in text), then fewer keys.
    static func better(_ a: [String]?, _ b: [String]) -> [String] {
        guard let a else { return b }
        let ma = a.map(\.count).min() ?? 0, mb = b.map(\.count).min() ?? 0
        if mb != ma { return mb > ma ? b : a }
        return b.count < a.count ? b : a
    }

    /// The literals a sequence must start with.
    private static func leading(_ items: [Item]) -> [String]? {
        guard let first = items.first, !first.optional else { return nil }
        switch first.element {
        case .literal(let c):
            var run = String(c)
            if !first.repeated {
                for item in items.dropFirst() {
                    guard !item.optional, !item.repeated, case .literal(let d) = item.element else { break }
                    run.unicodeScalars.append(d)
                }
            }
            return [run]
        case .klass(let cs):
            return cs.map { String($0) }
        case .group(let alternatives):
            var all: [String] = []
            for alternative in alternatives {
                guard let ks = leading(alternative) else { return nil }
                all += ks
            }
            return all.isEmpty ? nil : all
        case .anchor, .other:
            return nil
        }
    }

    // MARK: Parsing the subset of ICU regex syntax the dictionaries use

    static func parseAlternatives(_ c: [Unicode.Scalar], _ i: inout Int) -> [[Item]]? {
        var alternatives: [[Item]] = [[]]
        while i < c.count {
            let ch = c[i]
            if ch == ")" { break }
            if ch == "|" { alternatives.append([]); i += 1; continue }
            guard let element = parseAtom(c, &i) else { return nil }
            var optional = false, repeated = false
            if i < c.count {
                switch c[i] {
                case "?", "*": optional = true; i += 1
                case "+": repeated = true; i += 1
                case "{":
                    let start = i
                    while i < c.count && c[i] != "}" { i += 1 }
                    var body = ""
                    body.unicodeScalars.append(contentsOf: c[(start + 1)..<min(i, c.count)])
                    optional = body.hasPrefix("0")
                    repeated = body != "1"
                    i += 1
                default: break
                }
                if i < c.count, c[i] == "?" || c[i] == "+" { i += 1 }  // lazy / possessive
            }
            alternatives[alternatives.count - 1].append(Item(element: element, optional: optional, repeated: repeated))
        }
        return alternatives
    }

    static func parseAtom(_ c: [Unicode.Scalar], _ i: inout Int) -> Element? {
        let ch = c[i]
        switch ch {
        case "(":
            i += 1
            if i + 1 < c.count, c[i] == "?", c[i + 1] == ":" { i += 2 }
            guard let alternatives = parseAlternatives(c, &i), i < c.count, c[i] == ")" else { return nil }
            i += 1
            return .group(alternatives)
        case "[":
            i += 1
            var negated = false
            if i < c.count, c[i] == "^" { negated = true; i += 1 }
            var members: [Unicode.Scalar] = []
            var simple = true
            var first = true
            while i < c.count && (c[i] != "]" || first) {
                first = false
                if c[i] == "\\" {
                    guard i + 1 < c.count else { return nil }
                    let e = c[i + 1]
                    if isWordScalar(e) { simple = false; i += 2; if e == "u" || e == "x" { i += 4 }; continue }
                    members.append(e)
                    i += 2
                    continue
                }
                if c[i] == "-", !members.isEmpty, i + 1 < c.count, c[i + 1] != "]" { simple = false }
                members.append(c[i])
                i += 1
            }
            i += 1
            return simple && !negated && members.count <= maxClass ? .klass(members) : .other
        case "\\":
            guard i + 1 < c.count else { return nil }
            let e = c[i + 1]
            i += 2
            if e == "u" || e == "x" {  // \u4e00
                i += 4
                return .other
            }
            if e == "d" { return .klass(Array("0123456789".unicodeScalars)) }
            if isWordScalar(e) { return .other }  // \s \S \w \b
            return .literal(e)
        case "^", "$":
            i += 1
            return .anchor
        case ".":
            i += 1
            return .other
        default:
            i += 1
            return .literal(ch)
        }
    }

    /// A letter or digit after a backslash: an escape with a meaning (\s, \d, \p), not a literal.
    static func isWordScalar(_ e: Unicode.Scalar) -> Bool {
        e.properties.isAlphabetic || e.properties.numericType != nil
    }
}
