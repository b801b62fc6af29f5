/// The words union bodies are read by (`dictionaries/union-words.tsv`): how a name is built
/// from a place, a level and a suffix, where a company union's name starts, and the words
/// around a name that say whether its body speaks in the text or is only named there.
typealias UnionWords = WordKinds<UnionWordKind>

enum UnionWordKind: Int, WordKind {
    case unionWord, federation, shortFederation, notShort, regionLevel, townLevel, levelPrefix, notNameStart, clauseOpener, mask, zone, enterpriseSuffix, legalSuffix, companySuffix, organisation, companyWord, notInName, kindAfter, generic, defersBefore, host, meeting, giver, awarded, notAwarded, listing, listJoint, selfPrefix, nameTail, official, citedAfter, provinceWord, organiser, organises, founded, anniversary, celebrates, headlineVerb, conferredTitle, groupSuffix, nameBreaker, workCommittee, bareLevel, systemAfter, medium, actsAfterKind, atLarge, praises, partnerBefore, partnerAfter, memberTail, workWord

    public static let names = ["union-word", "federation", "short-federation", "not-short", "region-level", "town-level", "level-prefix", "not-name-start", "clause-opener", "mask", "zone", "enterprise-suffix", "legal-suffix", "company-suffix", "organisation", "company-word", "not-in-name", "kind-after", "generic", "defers-before", "host", "meeting", "giver", "awarded", "not-awarded", "listing", "list-joint", "self-prefix", "name-tail", "official", "cited-after", "province-word", "organiser", "organises", "founded", "anniversary", "celebrates", "headline-verb", "conferred-title", "group-suffix", "name-breaker", "work-committee", "bare-level", "system-after", "medium", "acts-after-kind", "at-large", "praises", "partner-before", "partner-after", "member-tail", "work-word"]
}
