/// The arithmetic between metrics that the audit checks (`dictionaries/audit-rules.tsv`).
public struct AuditRules: Sendable {
    public struct Rule: Sendable, Hashable {
        public enum Kind: String, Sendable { case ratio, sum }
        public var kind: Kind
        public var result: String
        public var operands: (String, String)

        public static func == (a: Rule, b: Rule) -> Bool {
            a.kind == b.kind && a.result == b.result && a.operands == b.operands
        }
        public func hash(into h: inout Hasher) {
            h.combine(kind); h.combine(result); h.combine(operands.0); h.combine(operands.1)
        }
    }

    public let rules: [Rule]

    init(_ file: DictionaryFile, catalog: MetricCatalog) throws(GonghuiError) {
        var rules: [Rule] = []
        for line in file.lines {
            try file.require(line, fields: 4)
            let f = line.fields
            guard let kind = Rule.Kind(rawValue: f[0]) else { throw file.error(line, "kind must be ratio or sum, not \(f[0])") }
            for id in f[1...3] where catalog.metricIndex(id) == nil { throw file.error(line, "unknown metric \(id)") }
            rules.append(Rule(kind: kind, result: f[1], operands: (f[2], f[3])))
        }
        self.rules = rules
    }
}
