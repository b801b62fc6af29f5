import Foundation
/// Scores which metric a quantity states, from the cue words around it.
///
/// A cue before the number in its clause counts fully near the number and less with distance
/// (工会会员1778万人); a cue right after it counts for after-cues (19.5万家企业建立集体协商
/// 制度); a cue in an earlier clause of the sentence counts at a reduced weight (the subject a
/// clause inherits: …集体协商制度,覆盖职工1580万人); a context cue anywhere earlier in the
/// sentence leans (安康杯). Only metrics whose units fit the quantity compete.
nonisolated(unsafe) var debugCues = ProcessInfo.processInfo.environment["GONGHUI_DEBUG_CUES"] != nil
struct MetricBinder {
    let catalog: MetricCatalog
    let words: FunctionWords
    /// `purposeMetrics` by index, looked up once rather than by name for every cue.
    let purposeMetricIndices: Set<Int>
    /// The metrics of the aid family by index: what is given to a beneficiary.
    let aidMetricIndices: Set<Int>
    /// `recipientMetrics` by index.
    let recipientMetricIndices: Set<Int>
    /// Those of them that count units (aid.enterprises): recipients only when aided as a whole.
    let unitRecipientIndices: Set<Int>
    /// The metrics of the honours family by index: what aid given to people is not.
    let honourMetricIndices: Set<Int>
    /// `RecordRun.statisticsMetrics` by index: what a union's statistics count beside its workforce.
    let statisticsMetricIndices: Set<Int>

    init(catalog: MetricCatalog, words: FunctionWords) {
        self.catalog = catalog
        self.words = words
        purposeMetricIndices = Set(Self.purposeMetrics.compactMap { catalog.metricIndex($0) })
        aidMetricIndices = Set(catalog.metrics.indices.filter { catalog.metrics[$0].family == Self.aidFamily })
        recipientMetricIndices = Set(Self.recipientMetrics.compactMap { catalog.metricIndex($0) })
        unitRecipientIndices = recipientMetricIndices.filter { catalog.metrics[$0].units.contains(.org) }
        honourMetricIndices = Set(catalog.metrics.indices.filter { catalog.metrics[$0].family == RecordRun.honorsFamily })
        statisticsMetricIndices = Set(RecordRun.statisticsMetrics.compactMap { catalog.metricIndex($0) })
    }

    /// True when `cues` (a sentence's) name aid given: a typical word of aid money or goods
    /// (慰问金, 送温暖, 款物), not only a visit (走访, a word of whom aid reached).
    func givesAid(_ cues: [CueMatch]) -> Bool {
        cues.contains { m in catalog.cuesByPhrase[m.phrase].contains { purposeMetricIndices.contains($0.metric) && $0.weight >= 2 } }
    }

    /// A cue phrase found in a sentence.
    typealias CueMatch = PhraseMatcher.Match

    struct Scored {
        var metric: Int
        var score: Double
        /// The nearest cue before the number, for the record's surface.
        var nearestBefore: Range<Int>?
    }

    /// Minimum score for a binding: one typical cue near the number, or a weak one with support.
    /// (1.3 and 1.7 both scored lower on the real set and on fresh real pages.)
    static let threshold = 1.5
    /// What a clause of purpose may name for a sum: money handed out. A sum set aside for loans'
    /// interest or a fund against unpaid wages (用于…贷款贴息, 设立…欠薪应急周转金) is no loan
    /// granted and no wage recovered.
    static let purposeMetrics: Set<String> = ["aid.funds", "aid.education_funds"]
    static let aidFamily = "aid"
    /// Who an aid sum went to, by the unit of their count (persons, households, units).
    static let recipientMetrics: Set<String> = ["aid.persons", "aid.households", "aid.enterprises"]
    /// What a verb that hands out to a count adds to the aided it names (a typical cue's weight).
    static let handedOutWeight = 2.0
    /// The weight of a compound that settles its own figure (metric-cues.tsv: 4, decisive).
    static let decisiveWeight = 4.0
    /// The weight of a noun right after a figure that settles it as its head (metric-cues.tsv: 3, strong).
    static let headWeight = 3.0

    /// The cues of a sentence: the leftmost-longest phrases (`longest`), and every phrase, with
    /// overlapping ones (`all`, ordered by start, longest first).
    struct SentenceCues {
        var longest: [CueMatch]
        var all: [CueMatch]
    }

    func sentenceCues(in u: UnsafeBufferPointer<UInt16>, range: Range<Int>) -> SentenceCues {
        var all: [CueMatch] = []
        // (技术攻关型13个: a cue that names a type, kind-suffix, counts nothing.)
        catalog.cueMatcher.forEachMatch(in: u, range: range) { m in
            if m.range.upperBound < range.upperBound, words.isA(.kindSuffix, u[m.range.upperBound]) { return }
            all.append(m)
        }
        all.sort { $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.count > $1.range.count }
        var longest: [CueMatch] = []
        var end = Int.min
        for m in all where m.range.lowerBound >= end {
            longest.append(m)
            end = m.range.upperBound
        }
        return SentenceCues(longest: longest, all: all)
    }

    /// The shortest tail of a compound cue that is read as the compound's own term.
    static let headTermLength = 4

    /// The cues a figure sees. A compound hides the cues inside it (in 工会会员, 工会 is no
    /// union; in 慰问劳模5000人次, 劳模 is no model worker), and of two overlapping phrases the
    /// leftmost wins — unless it says nothing about a metric the figure may count: for 397个
    /// in 全国五一劳动奖状397个, 五一劳动奖 (a medal, counted in persons) gives way to the
    /// 劳动奖状 it overlaps (collectives, counted in units).
    func visibleCues(_ cues: SentenceCues, accepts: (Int) -> Bool) -> [CueMatch] {
        func relevant(_ m: CueMatch) -> Bool { catalog.cuesByPhrase[m.phrase].contains { accepts($0.metric) } }
        // Whether c says more strongly what x says of a metric the figure may count.
        func namesBetter(_ c: CueMatch, than x: CueMatch) -> Bool {
            catalog.cuesByPhrase[c.phrase].contains { head in
                accepts(head.metric) && catalog.cuesByPhrase[x.phrase].contains { $0.metric == head.metric && $0.weight < head.weight }
            }
        }
        var out: [CueMatch] = []
        // The phrases starting inside x (after its start): `all` is in order of start, and so is
        // `longest`, so one index walks it once.
        var k = 0
        for x in cues.longest {
            while k < cues.all.count, cues.all[k].range.lowerBound <= x.range.lowerBound { k += 1 }
            let inside = cues.all[k...].prefix { $0.range.lowerBound < x.range.upperBound }
            let isRelevant = relevant(x)
            // A relevant phrase that runs into a longer one naming the same metric more strongly:
            // the compound is a kind of its head, the later phrase (街道工会工作委员会: 街道工会
            // is the leftmost phrase, but the thing counted is the 工会工作委员会 it runs into);
            // it spans both.
            if isRelevant, let c = inside.first(where: { $0.range.upperBound > x.range.upperBound && $0.range.count > Self.headTermLength && namesBetter($0, than: x) }) {
                if let last = out.last, last.range.upperBound > x.range.lowerBound { continue }
                out.append(CueMatch(phrase: c.phrase, range: x.range.lowerBound..<c.range.upperBound))
                continue
            }
            if isRelevant {
                if let last = out.last, last.range.upperBound > x.range.lowerBound { continue }
                out.append(x)
                continue
            }
            // A phrase that only lost to x by overlapping it, or else the term x ends with: a
            // compound is a kind of its last term (劳动安全卫生专项集体合同 is a 集体合同, which
            // names the enterprises it covers; 工会会员 is a 会员, never a 工会). A term has four
            // characters or more: a shorter tail is as often a verb's object (建立职代会).
            guard let c = inside.first(where: { ($0.range.upperBound > x.range.upperBound || $0.range.upperBound == x.range.upperBound && $0.range.count >= Self.headTermLength)
                && relevant($0) }) else { continue }
            if let last = out.last, last.range.upperBound > c.range.lowerBound { continue }
            out.append(c)
        }
        return out
    }

    struct Situation {
        /// The number itself, and the whole quantity surface.
        var number: Range<Int>
        var surface: Range<Int>
        var clause: Range<Int>
        var sentence: Range<Int>
        /// Where the after-window stops (the next quantity, or the clause end).
        var afterLimit: Int
        /// Starts of other quantities in the sentence (each one between a cue and this
        /// quantity weakens the cue).
        var otherQuantities: [Int]
        /// Spans whose cues do not count (survey bases: 在206家企业中).
        var ignored: [Range<Int>]
        /// The stretch after the previous quantity of the clause and before this one: an
        /// after-cue there names the previous figure (5,460家单位建立职代会制度、5,488家实行
        /// 厂务公开: 职代会制度 belongs to 5,460).
        var previousAfterWindow: Range<Int>? = nil
        /// Whether a metric would fit the previous figure's unit (only such cues belong to it).
        var previousAccepts: ((Int) -> Bool)? = nil
        /// The figure's clause has dropped its subject (only neutral words before the number),
        /// so it takes the metric of an earlier clause.
        var elided = false
        /// Earlier clauses may lend a metric at all (not to a 其中 part defined by its own
        /// predicate: 其中,2005年召开职代会的有144家).
        var inherits = true
        /// Positions between cues and the number that do not count as distance: linking words
        /// (达到, 共, 的有) and qualifiers (近, 约).
        var neutral: [Range<Int>] = []
        /// Positions of list separators (、 和 及) before the number.
        var separators: [Int] = []
        /// The figure is a table cell and the cues before it are its row's label.
        var tableLabel = false
        /// The sentence's cues whatever the figure's unit, for asking what its clause talks
        /// about (…签订集体合同4,380份,涵盖企业1.26万家、职工61.8万人: a clause on contracts).
        var sentenceCues: [CueMatch]? = nil

        /// The heading above the figure's paragraph, when its cues are asked for.
        var heading: Range<Int>? = nil
        /// How much a cue of `heading` counts: half for a heading (a topic), all of it for the
        /// group a paragraph opens with (在…奖章对象中), which its figures are parts of.
        var headingWeight = 0.5
        /// Only the topic words (context cues) of `heading` count: a topic sentence's nouns
        /// (…非公企业工会规范化建设…。…建立了10个工会协作区) name what it is about, not what later
        /// figures count.
        var headingTopicsOnly = false
        /// Quoted names in the clause (以“学技术、比创新、做贡献”为主题的…竞赛): they do not keep
        /// an after-cue from its figure.
        var quoted: [Range<Int>] = []

        /// The title a count was given (…3名同志为“工会系统创先争优标兵”): its words, whatever their
        /// place in it, name what the figure counts as if they stood right after it.
        var conferred: Range<Int>? = nil

        /// The distance from the figure to an after-cue at `p`, not counting quoted names; none
        /// inside the title it was given, for an honour (`titled`: 2个集体为“红旗工会” counts no
        /// unions, 12户家庭为“最美职工家庭” no households aided).
        func afterDistance(to p: Int, titled: Bool = false) -> Int {
            if titled, let t = conferred, t.contains(p) { return 0 }
            var d = p - surface.upperBound
            for q in quoted where q.lowerBound >= surface.upperBound && q.upperBound <= p { d -= q.count }
            return max(0, d)
        }

        /// The distance from `p` to the figure, not counting neutral words.
        func distance(from p: Int) -> Int {
            var d = 0
            for i in p..<max(p, surface.lowerBound) where !neutral.contains(where: { $0.contains(i) }) { d += 1 }
            return d
        }

        func separatorBetween(_ p: Int) -> Bool { separators.contains { $0 >= p && $0 < surface.lowerBound } }
        /// The number follows an enumeration closed by 等 (慰问环卫工人、快递员等3,200人次): the
        /// verb before the enumeration governs it whatever the list's length.
        var enumerationEnd: Int? = nil
        /// For a count that a list of counts continues (33个单位、109名个人分获…称号): the words
        /// after the list's last member, which all members share.
        var sharedTail: Range<Int>? = nil
        /// The noun touching the last member's figure is that member's own, when this member names
        /// one of its own as well (9个工联会、2家职工俱乐部): no part of what the list shares.
        var lastOwnsNoun = false
        /// The figure follows 为 or 给 (为98名…会员和会员家属发放了救助慰问金): it counts whom the
        /// clause's giving is for, which the aid words after it name however long the modifier
        /// (up to the next figure or the clause's end).
        var beneficiary = false
        /// A beneficiary of a verb before it that hands out (走访慰问了39名…, 慰问困难企业101家、一线
        /// 职工7361人): the verb names the figure as the aided, whatever noun says who they are.
        var handedOut = false
        /// For a sum that ends its clause: the next clause when it says what the sum is for
        /// (…拨付8400多万元,用于开展职工困难帮扶项目), which names what it counts.
        var purpose: Range<Int>? = nil
        /// For a count of people: the rest of its clause after the verb by which they received
        /// something (…子女得到了47.8万元助学金), whose aid words name whom it went to.
        var received: Range<Int>? = nil
        /// For a count of units (org) that aid reaches: whether they are aided as a whole (see
        /// `RecordRun.process`), which only then makes them recipients.
        var unitsAided = false
        /// For a count of units: a 的 follows it in its clause (…79家企业、53家机关单位的困难职工):
        /// the units say whose people are meant, and are no recipients themselves.
        var unitsModify = false
        /// A noun follows the figure in its clause (…5600多支小分队): it counts what comes after,
        /// and no word before it is its head (a verb after it, 工会86家覆盖…, leaves the head alone).
        var modifiesNoun = false
        /// For an item of a list by commas that a visiting verb opens (慰问困难职工183人,大病职工107人,…):
        /// the list, from that verb's clause.
        var visitedList: Range<Int>? = nil
    }

    /// Scores of the metrics accepted by `accepts`, best first.
    func score(_ s: Situation, cues: [CueMatch], accepts: (Int) -> Bool) -> [Scored] {
        var scores: [Scored] = []
        // 李卫军劳模创新工作室等45个集体获得…: when a noun right after the figure says what it
        // counts, the names listed before 等 are examples of it, not its subject.
        let headNoun = s.enumerationEnd != nil && cues.contains { m in
            m.range.lowerBound == s.surface.upperBound
                && catalog.cuesByPhrase[m.phrase].contains { accepts($0.metric) && $0.weight >= 2 && ($0.position == .after || $0.position == .any) }
        }
        // A clause whose only words for the figure are generic (站点, 工会: weight 1) refers back
        // to what an earlier clause named (…建设114家劳动关系综合服务站,培育示范站点12个): it
        // takes that clause's cues as one that names the same metric would.
        let ownWeights = ownClauseCueWeights(s, cues: cues, accepts: accepts)
        let ownClauseOnlyLeans = ownWeights.map { $0.allSatisfy { $0 < 2 } } ?? false
        // A clause of purpose speaks for a sum whose own clause names nothing firmly (下拨资金…,
        // 用于…): then it says, whole, what the sum counts.
        let purpose = (ownWeights?.allSatisfy { $0 < 2 } ?? true) ? s.purpose : nil
        // A list member that is only a noun and its figure (…、劳动模范1786人; not …、表彰劳动模范20人,
        // which has a verb of its own): the frame that opened the list governs it.
        let itemStart = s.separators.last(where: { $0 < s.surface.lowerBound && $0 >= s.clause.lowerBound })
        /// At most one cue between `p` and the number: only the noun the figure counts.
        func onlyNounBefore(from p: Int) -> Bool {
            var n = 0
            for m in cues where m.range.lowerBound >= p && m.range.upperBound <= s.number.lowerBound {
                n += 1
                if n > 1 { return false }
            }
            return true
        }
        let bareListItem = itemStart.map { onlyNounBefore(from: $0 + 1) } ?? false
        // This list member names a thing of its own before its figure (…、覆盖企业312家).
        let itemNames = itemStart.map { start in
            cues.contains { m in
                m.range.lowerBound > start && m.range.upperBound <= s.number.lowerBound
                    && catalog.cuesByPhrase[m.phrase].contains { accepts($0.metric) && $0.weight > 0 }
            }
        } ?? false
        // The metrics such a frame argues against: their words in earlier members (走访慰问省部级以上
        // 劳动模范36人、市级劳动模范120人) do not name this one either.
        var governed = Set<Int>()
        if bareListItem, let last = itemStart {
            for m in cues where m.range.lowerBound >= s.clause.lowerBound && m.range.upperBound <= last {
                for cue in catalog.cuesByPhrase[m.phrase] where cue.weight < 0 && (cue.position == .before || cue.position == .any) { governed.insert(cue.metric) }
            }
        }
        // A topic counts less each time the sentence repeats it (…劳动竞赛模范集体”称号,…劳动竞赛
        // 优秀组织奖…: one topic named again, not a pile of topics): half, then a quarter ….
        var topics: [(phrase: Int, metric: Int)] = []
        // Aid words after a beneficiary that could name this figure: then they, not the noun of who
        // the people are, say what it counts.
        let givenAfter = s.beneficiary && cues.contains { m in
            m.range.lowerBound >= s.surface.upperBound && m.range.lowerBound < s.afterLimit
                && catalog.cuesByPhrase[m.phrase].contains { aidMetricIndices.contains($0.metric) && $0.weight >= 2 && accepts($0.metric) }
        }
        // The noun right before the figure (…累计达到5152个,会员20.3万人): a typical word that names
        // what it counts, against which the sentence's weak topic words (工会组织) for other metrics
        // say nothing.
        var adjacentNames: [Int] = []
        // A decisive compound right before the figure (…,帮扶下岗失业人员再就业200人) settles it: the
        // sentence's topic and what earlier clauses were about do not outweigh it — unless the figure
        // is a bare member of a list its frame governs (帮扶困难职工23394人、劳模466人).
        // So does a strong noun right after it, its head (4271万元互助金 within a 金秋助学 sentence).
        var settledBy: [Int] = []
        for m in cues where m.range.upperBound == s.number.lowerBound && m.range.lowerBound >= s.clause.lowerBound {
            for cue in catalog.cuesByPhrase[m.phrase] where cue.weight >= 2 && cue.position.standsBefore && accepts(cue.metric) {
                adjacentNames.append(cue.metric)
                if cue.weight >= Self.decisiveWeight { settledBy.append(cue.metric) }
            }
        }
        for m in cues where m.range.lowerBound == s.surface.upperBound && m.range.lowerBound < s.afterLimit {
            for cue in catalog.cuesByPhrase[m.phrase] where cue.weight >= Self.headWeight && (cue.position == .after || cue.position == .any) && accepts(cue.metric) { settledBy.append(cue.metric) }
        }
        if bareListItem { settledBy = [] }
        if !settledBy.isEmpty {
            // (Not a noun that a frame arguing against its metric governs: 走访慰问劳模20名.)
            for m in cues where m.range.lowerBound >= s.clause.lowerBound && m.range.upperBound <= s.number.lowerBound {
                for cue in catalog.cuesByPhrase[m.phrase] where cue.weight < 0 { settledBy.removeAll { $0 == cue.metric } }
            }
        }
        /// Adds `value` to `metric`, from the cue `m` (none: from the clause's grammar).
        func credit(_ metric: Int, _ value: Double, _ m: CueMatch?, before: Bool) {
            guard value != 0 else { return }
            if debugCues { print("  cue", catalog.metrics[metric].id, m?.range ?? 0..<0, value) }
            let k = scores.firstIndex { $0.metric == metric } ?? {
                scores.append(Scored(metric: metric, score: 0, nearestBefore: nil))
                return scores.count - 1
            }()
            scores[k].score += value
            if before, let m, scores[k].nearestBefore == nil || m.range.upperBound > scores[k].nearestBefore!.upperBound {
                scores[k].nearestBefore = m.range
            }
        }
        for m in cues {
            if s.ignored.contains(where: { $0.contains(m.range.lowerBound) }) { continue }
            let before = m.range.upperBound <= s.number.lowerBound
            let after = m.range.lowerBound >= s.surface.upperBound
            guard before || after else { continue }
            for cue in catalog.cuesByPhrase[m.phrase] where accepts(cue.metric) {
                // Given to a beneficiary: an aid word after 为/给 and its count.
                let given = s.beneficiary && aidMetricIndices.contains(cue.metric)
                if cue.weight > 0, governed.contains(cue.metric), let last = itemStart, m.range.lowerBound >= s.clause.lowerBound, m.range.upperBound <= last { continue }
                var value = 0.0
                if let h = s.heading, h.contains(m.range.lowerBound) {
                    // The heading above the paragraph: a topic for figures their sentence leaves unnamed.
                    if cue.position != .after && cue.position != .label && cue.position != .head && (!s.headingTopicsOnly || cue.position == .context) { value = cue.weight * s.headingWeight }
                } else if before {
                    let inClause = m.range.lowerBound >= s.clause.lowerBound
                    switch cue.position {
                    case .before, .any:
                        if inClause {
                            var d = Double(s.distance(from: m.range.upperBound))
                            // A frame that argues against a metric (走访慰问…) governs the noun right
                            // after it and the whole list it opens (…困难职工5639户、一线人员10810人、
                            // 劳动模范1786人): visited, not honoured.
                            let listFrame = cue.weight < 0 && (s.separatorBetween(m.range.upperBound) ? bareListItem : onlyNounBefore(from: m.range.upperBound))
                            if listFrame { d = 0 }
                            var inEnumeration = false
                            if let e = s.enumerationEnd, m.range.upperBound <= e,
                               !cues.contains(where: { $0.range.lowerBound >= m.range.upperBound && $0.range.upperBound <= e }) {
                                d = 0
                                inEnumeration = true
                            }
                            value = cue.weight / (1 + d / 6)
                            if headNoun, let e = s.enumerationEnd, m.range.upperBound <= e { value *= inEnumeration ? 0.15 : 0.3 }
                            // A cue that closes the previous item (…职代会制度、5,488家) is its;
                            // one right before this number (…、兼职工会干部1.61万人) is not.
                            if let w = s.previousAfterWindow, w.contains(m.range.lowerBound), cue.position == .any,
                               s.previousAccepts?(cue.metric) ?? false, s.separatorBetween(m.range.upperBound) {
                                value *= 0.2
                            }
                            let between = listFrame ? 0 : s.otherQuantities.filter { $0 > m.range.upperBound && $0 < s.number.lowerBound }.count
                            for _ in 0..<between { value *= 0.7 }
                            // A cue right before an earlier member's figure is that member's, when
                            // this member names its own thing (新建工会组织86个、覆盖企业312家).
                            if itemNames, !listFrame, let start = itemStart, m.range.upperBound <= start,
                               s.otherQuantities.contains(where: { $0 >= m.range.upperBound && $0 <= m.range.upperBound + 1 }) {
                                value *= 0.25
                            }
                        } else if m.range.lowerBound >= s.sentence.lowerBound, s.inherits, settledBy.isEmpty || settledBy.contains(cue.metric),
                                  s.elided || ownClauseNames(cue.metric, s, cues) || ownClauseOnlyLeans {
                            // An earlier clause's subject reinforces a metric the figure's own
                            // clause already hints at (…集体协商制度,覆盖职工1580万人); it does
                            // not lend a metric to a clause that names none (…,离职2人).
                            // A clause with no subject of its own takes its sentence's more firmly.
                            value = cue.weight * (s.elided ? 0.55 : 0.45)
                        }
                    case .context:
                        // The sentence's topic leans only where the figure's clause names
                        // something of the same family or nothing of its own (…“安康杯”竞赛,
                        // 群监员查找隐患5620条 is no count of participants); a topic that
                        // argues against a metric (调查, 问卷) always counts.
                        if cue.weight < 0 || (cue.weight >= 2 || adjacentNames.isEmpty || adjacentNames.contains(cue.metric))
                            && (settledBy.isEmpty || settledBy.contains(cue.metric))
                            && (m.range.lowerBound >= s.clause.lowerBound || s.elided
                                || ownClauseNames(family: catalog.metrics[cue.metric].family, s, s.sentenceCues ?? cues)) {
                            let repeats = topics.filter { $0.phrase == m.phrase && $0.metric == cue.metric }.count
                            topics.append((m.phrase, cue.metric))
                            value = cue.weight * 0.6 / Double(1 << min(repeats, 8))
                        }
                    case .label:
                        if s.tableLabel { value = cue.weight / (1 + Double(s.distance(from: m.range.upperBound)) / 6) }
                    case .head:
                        if !s.modifiesNoun, m.range.lowerBound >= s.clause.lowerBound, s.distance(from: m.range.upperBound) == 0 { value = cue.weight }
                    case .after:
                        value = 0
                    }
                } else if m.range.lowerBound < s.afterLimit, cue.position == .after || cue.position == .any || (cue.position == .context && given) {
                    // What is given to a beneficiary (为248人发放救助金) names it, topic words included,
                    // before the noun that says who they are (为…14名会员赔付互助保障金, 为…400余名
                    // 劳动模范送去慰问金: visited, not honoured).
                    if givenAfter && !given && cue.weight > 0 { continue }
                    let d = given ? 0 : Double(s.afterDistance(to: m.range.lowerBound, titled: honourMetricIndices.contains(cue.metric)))
                    value = cue.weight * (given ? 1.35 : 0.9) / (1 + d / 12)
                } else if let p = purpose, p.contains(m.range.lowerBound), cue.position != .label, cue.position != .context, cue.position != .head,
                          purposeMetricIndices.contains(cue.metric),
                          // (作为小额借款资金: the head of a compound that another sum's cue opens is that
                          // cue's; not 困难职工帮扶, whose first cue names no sum.)
                          !cues.contains(where: { c in c.range.upperBound == m.range.lowerBound
                              && catalog.cuesByPhrase[c.phrase].contains { accepts($0.metric) && !purposeMetricIndices.contains($0.metric) } }) {
                    value = cue.weight * 1.5
                } else if let tail = s.sharedTail, tail.contains(m.range.lowerBound),
                          !(s.lastOwnsNoun && m.range.lowerBound == tail.lowerBound),
                          cue.position == .after || cue.position == .any || (cue.position == .context && given) {
                    // The predicate a list of counts shares (14家单位和44名个人分别获得…奖状), and what
                    // a list of beneficiaries is given (对47名…和17名…的职工发放救助金).
                    let d = given ? 0 : Double(m.range.lowerBound - tail.lowerBound + 2)
                    value = cue.weight * (given ? 1.35 : 0.9) / (1 + d / 12)
                }
                credit(cue.metric, value, m, before: before)
            }
        }
        // 为864名…中小学生每人发放助学款, 208名…子女得到了47.8万元助学金: the sum handed to a
        // beneficiary, or received, names whom it went to, when no aid word that counts the
        // figure itself follows it. (The sentence's cues: a sum's words are not among those a
        // headcount sees.)
        if s.beneficiary && !givenAfter || s.received != nil {
            for m in s.sentenceCues ?? [] where m.range.lowerBound >= s.surface.upperBound
                && (s.beneficiary && !givenAfter && m.range.lowerBound < s.afterLimit || s.received?.contains(m.range.lowerBound) == true) {
                var w = 0.0
                for cue in catalog.cuesByPhrase[m.phrase] where cue.weight >= 3 && cue.position != .before
                    && purposeMetricIndices.contains(cue.metric) && !accepts(cue.metric) { w = max(w, cue.weight) }
                guard w > 0 else { continue }
                for r in recipientMetricIndices where accepts(r) && (s.unitsAided || !unitRecipientIndices.contains(r)) { credit(r, w * 1.35, m, before: false) }
            }
        }
        // 慰问困难企业101家、一线职工7361人: those a verb hands out to are the aided (persons,
        // households), as a typical cue right at the figure would say.
        if s.handedOut {
            for r in recipientMetricIndices where accepts(r) && (s.unitsAided || !unitRecipientIndices.contains(r)) { credit(r, Self.handedOutWeight, nil, before: false) }
        }
        // 走访慰问了39名劳动模范, 对…8名全国劳动模范…进行走访慰问: people whom aid is given to are
        // counted as aided, whoever they are — a model worker visited is no honour given (but
        // 为10名劳模颁发证书, no aid word in the sentence, still is).
        if s.beneficiary, scores.contains(where: { aidMetricIndices.contains($0.metric) && $0.score > 0 }) {
            for k in scores.indices where honourMetricIndices.contains(scores[k].metric) { scores[k].score = min(scores[k].score, 0) }
        }
        // (Firmly enough that no rule reads them as a part of aided units either.)
        if s.unitsModify {
            for r in unitRecipientIndices where accepts(r) {
                if let k = scores.firstIndex(where: { $0.metric == r }) { scores[k].score = min(scores[k].score, -Self.threshold) }
                else { scores.append(Scored(metric: r, score: -Self.threshold, nearestBefore: nil)) }
            }
        }
        return scores.sorted { $0.score != $1.score ? $0.score > $1.score : $0.metric < $1.metric }
    }

    /// 助困、助学、助医…支出专项资金30.34亿元, 发放慰问金、助学金等70余万元: a list of kinds before the
    /// figure in its clause (cues parted only by a list mark; `cues` are all the sentence's, so a
    /// kind that names no metric of this unit, 助医 for a sum, still links the list) that names a
    /// metric and the whole it is a kind of (metrics.tsv, whole) counts the whole, not the kind
    /// the nearest word names.
    /// Returns `scored` with that whole put first by a clear lead.
    func liftingListedWhole(_ scored: [Scored], _ s: Situation, cues: [CueMatch], accepts: (Int) -> Bool,
                            isListMark: (Int) -> Bool) -> [Scored] {
        // (Most figures can count no whole: then nothing to read.)
        guard catalog.wholes.contains(where: accepts) else { return scored }
        var chain = Set<Int>()
        var length = 0
        var whole: Int?
        var previous: CueMatch?
        // (开展金秋助学、送温暖等活动,发放资金共计120万元: an earlier clause's list, when the figure's
        // own clause names it only by a word that leans, not firmly, and not by nothing at all.)
        let weak = ownClauseCueWeights(s, cues: cues, accepts: accepts).map { $0.allSatisfy { $0 < 2 } } ?? false
        let start = weak ? s.sentence.lowerBound : s.clause.lowerBound
        for m in cues where m.range.lowerBound >= start && m.range.upperBound <= s.number.lowerBound {
            if let p = previous, m.range.lowerBound == p.range.upperBound + 1, isListMark(p.range.upperBound) {
                length += 1
            } else {
                chain.removeAll(keepingCapacity: true)
                length = 1
            }
            for cue in catalog.cuesByPhrase[m.phrase] where cue.weight > 0 && accepts(cue.metric) { chain.insert(cue.metric) }
            previous = m
            if length >= 2 {
                for k in chain { if let w = catalog.wholeOf[k], chain.contains(w) { whole = w } }
            }
        }
        guard let w = whole else { return scored }
        return Self.promoting(w, in: scored)
    }

    /// `scored` with `metric` put first, clearly ahead (`leading`) of the best other, keeping its
    /// own score when that is higher and its nearest cue before (else `fallback`).
    static func promoting(_ metric: Int, in scored: [Scored], fallback: Range<Int>? = nil) -> [Scored] {
        var out = scored.filter { $0.metric != metric }
        let own = scored.first { $0.metric == metric }
        out.insert(Scored(metric: metric, score: max(leading(out.first?.score ?? 0), own?.score ?? 0), nearestBefore: own?.nearestBefore ?? fallback), at: 0)
        return out
    }

    /// A score that clearly leads `score` (by more than `chooseBest` calls a tie): for a metric a
    /// rule puts first over what the cue words scored.
    static func leading(_ score: Double) -> Double { max(score + 1, score * 1.25) }

    /// 金秋助学活动中为16名…子女发放8.8万元帮扶救助资金: a sum that only generic words of aid money
    /// name (`generic-money`), in a stretch of its sentence that a kind of aid opened as its topic
    /// (a context cue, weight 3 or more, of a metric whose whole leads; no semicolon between), is
    /// money of that kind — unless a word of the whole or of another kind stands between (…慰问困难
    /// 职工…发放帮扶资金).
    /// Returns `scored` with that kind put first by a clear lead.
    func narrowingToFramedKind(_ scored: [Scored], _ s: Situation, cues: [CueMatch], accepts: (Int) -> Bool,
                               u: UnsafeBufferPointer<UInt16>) -> [Scored] {
        guard let top = scored.first, catalog.wholes.contains(top.metric) else { return scored }
        var kind: Int?
        var kindEnd = 0
        for m in cues where m.range.lowerBound >= s.sentence.lowerBound && m.range.upperBound <= s.number.lowerBound
            && !cues.contains(where: { $0.range != m.range && $0.range.lowerBound <= m.range.lowerBound && $0.range.upperBound >= m.range.upperBound }) {
            // (A topic, not the noun of an earlier sum: …发放助学金28.52万元,…发放救助金50多万元.)
            for cue in catalog.cuesByPhrase[m.phrase] where cue.weight >= 3 && cue.position == .context && accepts(cue.metric) && catalog.wholeOf[cue.metric] == top.metric {
                kind = cue.metric
                kindEnd = m.range.upperBound
            }
        }
        guard let k = kind, !(kindEnd..<s.number.lowerBound).contains(where: { u[$0] == 0x3B }) else { return scored }
        // Where the generic words lie, from the kind on.
        var generic: [Range<Int>] = []
        var p = kindEnd
        while p < s.afterLimit {
            if let w = words.starting(.genericMoney, at: p, in: u, limit: s.afterLimit) { generic.append(p..<(p + w.count)); p += w.count } else { p += 1 }
        }
        guard !generic.isEmpty else { return scored }
        for m in cues where m.range.lowerBound >= kindEnd && m.range.lowerBound < s.afterLimit
            && !generic.contains(where: { $0.lowerBound <= m.range.lowerBound && $0.upperBound >= m.range.upperBound }) {
            if catalog.cuesByPhrase[m.phrase].contains(where: { cue in
                cue.weight > 0 && accepts(cue.metric) && cue.metric != k && (cue.metric == top.metric || catalog.wholeOf[cue.metric] == top.metric)
            }) { return scored }
        }
        return Self.promoting(k, in: scored, fallback: top.nearestBefore)
    }

    /// True when a typical cue (weight 2 or more) of a metric `accepts` stands after the figure
    /// in its after-window.
    func namesAfter(_ s: Situation, cues: [CueMatch], accepts: (Int) -> Bool) -> Bool {
        // (…1200家企业签订了安全承诺书: a word that argues against the metric after it unsays it.)
        func unsaid(_ metric: Int) -> Bool {
            cues.contains { m in
                m.range.lowerBound >= s.surface.upperBound && m.range.lowerBound < s.afterLimit
                    && catalog.cuesByPhrase[m.phrase].contains { $0.metric == metric && $0.weight < 0 && ($0.position == .after || $0.position == .any) }
            }
        }
        return cues.contains { m in
            m.range.lowerBound >= s.surface.upperBound && m.range.lowerBound < s.afterLimit
                && catalog.cuesByPhrase[m.phrase].contains { accepts($0.metric) && $0.weight >= 2 && ($0.position == .after || $0.position == .any) && !unsaid($0.metric) }
        }
    }

    /// True when a cue of `metric` stands in the figure's own clause (before it, or after it
    /// within its after-window).
    func ownClauseNames(_ metric: Int, _ s: Situation, _ cues: [CueMatch]) -> Bool {
        cues.contains { m in
            let own = (m.range.lowerBound >= s.clause.lowerBound && m.range.upperBound <= s.number.lowerBound)
                || (m.range.lowerBound >= s.surface.upperBound && m.range.lowerBound < s.afterLimit)
            return own && catalog.cuesByPhrase[m.phrase].contains { $0.metric == metric }
        }
    }

    /// The weights of the cues of metrics `accepts` before the figure in its own clause, nil
    /// when there are none.
    func ownClauseCueWeights(_ s: Situation, cues: [CueMatch], accepts: (Int) -> Bool) -> [Double]? {
        var weights: [Double] = []
        for m in cues where m.range.lowerBound >= s.clause.lowerBound && m.range.upperBound <= s.number.lowerBound {
            if s.ignored.contains(where: { $0.contains(m.range.lowerBound) }) { continue }
            for cue in catalog.cuesByPhrase[m.phrase] where accepts(cue.metric) && cue.weight > 0 && (cue.position == .before || cue.position == .any) {
                weights.append(cue.weight)
            }
        }
        return weights.isEmpty ? nil : weights
    }

    /// True when a cue of a metric of `family` stands in the figure's own clause.
    func ownClauseNames(family: String, _ s: Situation, _ cues: [CueMatch]) -> Bool {
        cues.contains { m in
            let own = (m.range.lowerBound >= s.clause.lowerBound && m.range.upperBound <= s.number.lowerBound)
                || (m.range.lowerBound >= s.surface.upperBound && m.range.lowerBound < s.afterLimit)
            return own && catalog.cuesByPhrase[m.phrase].contains { $0.weight > 0 && catalog.metrics[$0.metric].family == family }
        }
    }

    /// Metrics named by after-cues that are coordinated objects of one verb
    /// (898家企业完善了企业职代会制度、厂务公开制度 → two metrics): one figure, two records; or,
    /// when the first two cues run together as one noun (信访案件), the metric of its head.
    func coordinatedAfterMetrics(_ s: Situation, cues: [CueMatch], u: UnsafeBufferPointer<UInt16>, accepts: (Int) -> Bool) -> [Int] {
        var found: [(metric: Int, range: Range<Int>)] = []
        var compound = false
        for m in cues where m.range.lowerBound >= s.surface.upperBound && m.range.lowerBound < s.afterLimit {
            // Members of the list may be abbreviated (职代会、厂务公开制度): one strong cue (3+)
            // makes the list, the others need 2.
            guard let strong = catalog.cuesByPhrase[m.phrase]
                .filter({ accepts($0.metric) && ($0.position == .after || $0.position == .any) && $0.weight >= 2 })
                .max(by: { $0.weight < $1.weight }) else { continue }
            if found.isEmpty, strong.weight < 3, !cues.contains(where: { c in
                c.range.lowerBound > m.range.lowerBound && c.range.lowerBound < s.afterLimit
                    && catalog.cuesByPhrase[c.phrase].contains { accepts($0.metric) && $0.weight >= 3 && ($0.position == .after || $0.position == .any) }
            }) { continue }
            // A cue right before the next figure names that figure (走访慰问了39名劳动模范、发放
            // 慰问金1.31万元): it is no member of this one's list.
            if !found.isEmpty, s.otherQuantities.contains(m.range.upperBound) { break }
            if let last = found.last {
                // Two cues run together (劳动竞赛优胜单位, 信访案件, 基层工会组建) are one noun, and
                // the last is its head: the figure counts that alone.
                if last.range.upperBound == m.range.lowerBound, found.count == 1 {
                    // A head that is an award's verb (基层工会荣获…模范职工之家称号) counts what the
                    // award names, when a noun after it names a metric strongly.
                    // An award's word as the head (称号) names no thing of its own: the title before
                    // it does (997个单位全国模范职工之家称号 → model homes). So for an honour verb
                    // however it is cued (50个工作室被评为…劳模创新工作室 → studios).
                    var metric = strong.metric
                    if strong.position == .after || words.starting(.honourVerb, at: m.range.lowerBound, in: u, limit: m.range.upperBound)?.count == m.range.count {
                        if let named = namedAfter(m, in: cues, before: s.afterLimit, accepts: accepts) {
                            metric = named
                        } else if catalog.metrics[strong.metric].family == RecordRun.honorsFamily {
                            metric = last.metric
                        }
                    }
                    found[0] = (metric, last.range.lowerBound..<m.range.upperBound)
                    compound = metric != last.metric
                    break
                }
                // Only a coordinator (and the words a system is named with) between the two.
                let gap = u[min(last.range.upperBound, m.range.lowerBound)..<m.range.lowerBound]
                guard gap.count <= 4, gap.contains(where: isJoiner),
                      gap.allSatisfy({ isJoiner($0) || words.isA(.systemWord, $0) }) else { break }
            }
            if !found.contains(where: { $0.metric == strong.metric }) { found.append((strong.metric, m.range)) }
        }
        if compound { return found.map(\.metric) }
        return found.count >= 2 && found.contains(where: { f in cues.contains { $0.range == f.range && catalog.cuesByPhrase[$0.phrase].contains { $0.metric == f.metric && $0.weight >= 3 } } })
            ? found.map(\.metric) : []
    }

    /// The metric the head of what follows `verb` names (the last noun cue of either side before
    /// `limit`: 厂务公开民主管理示范单位 is a 示范单位), when that cue is strong (3+).
    func namedAfter(_ verb: CueMatch, in cues: [CueMatch], before limit: Int, accepts: (Int) -> Bool) -> Int? {
        var head: MetricCatalog.Cue?
        for c in cues where c.range.lowerBound >= verb.range.upperBound && c.range.lowerBound < limit {
            if let best = catalog.cuesByPhrase[c.phrase].filter({ accepts($0.metric) && $0.position == .any && $0.weight >= 2 }).max(by: { $0.weight < $1.weight }) {
                head = best
            }
        }
        guard let head, head.weight >= 3 else { return nil }
        return head.metric
    }

    /// A word that joins coordinated objects (、和及与或, and 以).
    func isJoiner(_ c: UInt16) -> Bool { words.isA(.coordinator, c) || words.isA(.objectJoiner, c) }
}
