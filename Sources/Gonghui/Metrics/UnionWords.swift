/// The words union bodies are read by (`dictionaries/union-words.tsv`): how a name is built
/// from a place, a level and a suffix, where a company union's name starts, and the words
/// around a name that say whether its body speaks in the text or is only named there.
typealias UnionWords = WordKinds<UnionWordKind>

enum UnionWordKind: String, WordKind {
    case unionWord = "union-word"
    case federation
    case shortFederation = "short-federation"
    case notShort = "not-short"
    case regionLevel = "region-level"
    case townLevel = "town-level"
    case levelPrefix = "level-prefix"
    case notNameStart = "not-name-start"
    case clauseOpener = "clause-opener"
    case mask
    case zone
    case enterpriseSuffix = "enterprise-suffix"
    case legalSuffix = "legal-suffix"
    case companySuffix = "company-suffix"
    case organisation
    case companyWord = "company-word"
    case notInName = "not-in-name"
    case kindAfter = "kind-after"
    case generic
    case defersBefore = "defers-before"
    case host
    case meeting
    case giver
    case awarded
    case notAwarded = "not-awarded"
    case listing
}
