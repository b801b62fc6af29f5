/// What the record stage decided about one quantity, named by the rule that decided it.
///
/// Every figure of a document ends in exactly one decision: a rule that finds it is no record
/// (a plan, a per-unit amount, a survey's sample…), or the way its metric was found (its cue
/// words, the whole before 其中, the heading above…). `--explain` prints the name, so a user
/// checking a binding sees which rule to look at; `Tests/…/DecisionCases.tsv` holds cases for
/// every rule.
public enum Decision: String, CaseIterable, Sendable {
    // No record: what the figure is instead.
    case noUnit = "no-unit"
    case surveyBase = "survey-base"
    case groupCount = "group-count"
    case otherBodyRow = "other-body-row"
    case planColumn = "plan-column"
    case surveySample = "survey-sample"
    case perUnit = "per-unit"
    case restatedBase = "restated-base"
    case media
    case classification
    case plan
    case negated
    case sizeClass = "size-class"
    case placeCount = "place-count"
    case countsKinds = "counts-kinds"
    case mixedKinds = "mixed-kinds"
    case origin
    case attendance
    case speaker
    case campaignName = "campaign-name"
    case single
    case privateSum = "private-sum"
    case threshold
    case complementShare = "complement-share"
    case targetShare = "target-share"
    case shareWithoutRate = "share-without-rate"
    case composition
    case noRate = "no-rate"
    case pointsWithoutChange = "points-without-change"
    case vetoed
    case actedOn = "acted-on"
    case noMetric = "no-metric"
    case changeUnnamed = "change-unnamed"
    case changeOfMissingRate = "change-of-missing-rate"
    case changeInOtherUnit = "change-in-other-unit"
    // A record: how its metric was found.
    case respectively
    case share
    case each
    case listMember = "list-member"
    case rate
    case groupShare = "group-share"
    case coordinated
    case compoundHead = "compound-head"
    case countedNoun = "counted-noun"
    case quotedTitle = "quoted-title"
    case namedTitle = "named-title"
    case honouredList = "honoured-list"
    case unionNoun = "union-noun"
    case part
    case riseTo = "rise-to"
    case series
    case cue
    case newFlow = "new-flow"
    case total
    case rowPart = "row-part"
    case heading
    case topic
    case groupFrame = "group-frame"
    case parallel
    case goodsValue = "goods-value"
    case coverage
    case workforce
    case headline
    case change

    /// The figure is a record under this decision.
    public var makesRecord: Bool {
        switch self {
        case .respectively, .share, .each, .listMember, .rate, .groupShare, .coordinated, .compoundHead, .countedNoun, .quotedTitle, .namedTitle, .honouredList, .unionNoun, .part, .riseTo, .series, .cue,
             .newFlow, .total, .rowPart, .heading, .topic, .groupFrame, .parallel, .goodsValue, .coverage, .workforce, .headline, .change:
            return true
        default:
            return false
        }
    }

    /// What the rule says, with an example of the text it reads.
    public var why: String {
        switch self {
        case .noUnit: return "no unit a metric counts in"
        case .surveyBase: return "a survey base (在206家企业中)"
        case .groupCount: return "the count of groups before a threshold (12个地区…超过10万个)"
        case .otherBodyRow: return "a table row of another body's work (妇联基本情况)"
        case .planColumn: return "a plan or comparison column of a table"
        case .surveySample: return "a survey's sample (对…测评, 调查了6个乡镇)"
        case .perUnit: return "a per-unit amount (每户500元)"
        case .restatedBase: return "a restated base (201家已建会企业共有…)"
        case .media: return "counts media coverage (被央视报道)"
        case .classification: return "a breakdown by kind (106名工会主席是…)"
        case .plan: return "a plan or target (力争, 将, 2024年工作打算)"
        case .negated: return "counts what is not done (未建会)"
        case .sizeClass: return "a size class (200人以上的企业)"
        case .placeCount: return "a count of places the clause speaks of, not of what a metric counts (全县14个乡镇, 8个开发区新建工会组织186个)"
        case .countsKinds: return "a count of kinds (8个工种的比赛, 12个方面)"
        case .mixedKinds: return "counts collectives and individuals together (17个先进集体和个人): neither metric alone"
        case .origin: return "where the people spoken of come from (来自15个市州的代表)"
        case .attendance: return "people who attended a meeting (一百余人参加了发放仪式)"
        case .speaker: return "one person quoted (一位职工说)"
        case .campaignName: return "a round number naming a campaign (千名律师进万家企业行动)"
        case .single: return "one person or household written 一 (or one unit after 的), and no honour: an article (接待了一名困难职工, 不让一位…, 组成的一个…组织), not a count"
        case .privateSum: return "a sum one person or family received (送到她手上, 领到自己…), in a sentence that counts no people: a story, not a figure"
        case .threshold: return "a threshold over groups (超过10万个)"
        case .complementShare: return "a share of what is not done"
        case .targetShare: return "a share of a plan target (完成任务的85%)"
        case .shareWithoutRate: return "a share of a figure whose metric has no rate"
        case .composition: return "a part of a whole of its own kind (占会员总数的36%), no rate"
        case .noRate: return "a percentage no rate is named for"
        case .pointsWithoutChange: return "percentage points without a change verb"
        case .vetoed: return "counts something else (信息, 档案)"
        case .actedOn: return "unions some work is done on, not the unions there are (指导276个基层工会组织, 实现换届808家)"
        case .noMetric: return "no metric named"
        case .changeUnnamed: return "a change of no figure named"
        case .changeOfMissingRate: return "a change of a rate the figure has not"
        case .changeInOtherUnit: return "an absolute change in another unit than its figure's"
        case .respectively: return "分别, in the order of its subject"
        case .share: return "a share of the figure before it: its rate (占企业总数的81%)"
        case .each: return "均: each of the metrics its subject names"
        case .listMember: return "the next member of a list"
        case .rate: return "a rate its cue words name"
        case .groupShare: return "the share of a group that has done what follows (95%的非公企业建立了工会组织): that thing's rate"
        case .coordinated: return "one figure, two systems (完善了职代会制度、厂务公开制度)"
        case .compoundHead: return "the head of a compound noun after it (信访案件)"
        case .countedNoun: return "the noun right after its measure, the object it counts (50万户次困难企业)"
        case .quotedTitle: return "a title in quotation marks given to what it counts (等10个班组被评为“安全示范班组”)"
        case .namedTitle: return "a title after an honour verb, whose last words name the honour (15家企业被评为厂务公开民主管理先进单位)"
        case .honouredList: return "a member of a list that an honour verb before it gives or after it receives (表彰了600家企事业单位、800个班组和200名个人)"
        case .unionNoun: return "a union's name right after its measure, when no cue named a metric (5个集团公司工会和14个事业单位工会)"
        case .part: return "a part of the figure before 其中"
        case .riseTo: return "the level it rose or fell to (由9场增加到12场)"
        case .series: return "a later year of the figure before (2019年为928个,2020年为1422个)"
        case .cue: return "its cue words"
        case .newFlow: return "founded or recruited: new"
        case .total: return "a total: the stock (会员总数)"
        case .rowPart: return "a part of the table row above"
        case .heading: return "named by the heading above"
        case .topic: return "named by the figure-free sentence its paragraph opens with (…开展了劳动竞赛。全市有10465家单位参加)"
        case .groupFrame: return "a part of the group its paragraph or the clause before opens with (在…奖章对象中, 受表彰的先进个人中)"
        case .parallel: return "repeats the verb before the figure just recorded in its paragraph (外资企业签订76家;私营企业签订1082家)"
        case .coverage: return "the units the unions counted in the clause before cover (工会组织数达到1.17万家,覆盖企业3.66万家)"
        case .workforce: return "the workforce a union's statistics name bare (800个基层工会,职工65790名): the workers of its unionised units"
        case .goodsValue: return "the value of what the clause before handed out (发放“温暖礼包”,价值30.09万元): aid money"
        case .headline: return "alone on its line, restated by the text right after it (400多亿元 ¶ …共筹集送温暖资金400多亿元)"
        case .change: return "a change of the figure it compares"
        }
    }
}

/// One quantity's decision, as `--explain` reports it.
public struct DecisionNote: Sendable, CustomStringConvertible {
    /// The quantity as written.
    public var surface: String
    public var decision: Decision
    /// The metric of the record made, if any (several for one figure in two systems).
    public var metrics: [String]
    /// What the rule found, where it says more than its name (the figure a change compares).
    public var detail: String?
    /// The leading candidates and their scores, best first.
    public var candidates: [(metric: String, score: Double)]

    /// surface, decision, metrics, why, candidates: one tab-separated line.
    public var description: String {
        let top = candidates.prefix(3).map { "\($0.metric) \(String(format: "%.2f", $0.score))" }.joined(separator: ", ")
        return [surface, decision.rawValue, metrics.isEmpty ? "-" : metrics.joined(separator: "+"), decision.why + (detail.map { ": " + $0 } ?? "")]
            .joined(separator: "\t") + (top.isEmpty ? "" : "\t[" + top + "]")
    }
}
