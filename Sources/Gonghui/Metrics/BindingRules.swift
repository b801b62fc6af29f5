import Foundation

/// How a figure that is a record finds its metric: a declared sequence of small named rules.
///
/// Each rule looks at one figure in its situation and either proposes what to make of it — the
/// metrics, with the evidence it went by (the scored candidates) — or passes. The first rule
/// that proposes decides; its name is the `Decision` that `--explain` prints, and
/// `Tests/…/DecisionCases.tsv` holds cases for each. The choice among the metrics a sentence's
/// cues suggest is one component, `MetricBinder.score` (hand-weighted), which the rules consult.
///
/// The order is the precedence: a structural reading of the sentence (分别, a share of the figure
/// before, 均, coordinated names, 其中, a rise to a new level, a list) comes before the cue words
/// around the figure, and those before context from outside the sentence (a table row's parent,
/// the heading above, the group a paragraph opens with).
extension RecordRun {
    /// The rules for a figure in percent (a rate, or a share of the figure before it).
    /// The family of honours (metric-families.tsv): awards, which only an award names.
    static let honorsFamily = "honors"
    /// The families whose nouns, after a count, often only describe what a verb of another family
    /// counts (劳动模范 visited, 建会企业 a contract covers), not name the metric.
    static let describingFamilies: Set<String> = [honorsFamily, "organization"]
    /// The honours a count of units and a count of people are given a quoted title (quotedTitle).
    static let quotedTitleMetrics: [RecordUnit: String] = [.org: "honors.collectives", .person: "honors.model_workers"]
    /// The titles a quoted title may be: its own words choose among them (“大工匠” → craftsmen,
    /// “全国模范职工之家” → model homes; a system in a title, 厂务公开…示范单位, is no system had).
    static let titleMetrics = ["honors.collectives", "honors.model_workers", "honors.craftsmen", "homes.model"]
    /// What a prize won makes a count of: units, or people.
    static let prizeMetrics = ["honors.collectives", "honors.model_workers"]
    /// The longest noun between a count and the verb that gives it a quoted title.
    static let quotedTitleReach = 8
    /// The longest clause of a count that says the place its people won (职工获得各工种技能竞赛第一名).
    static let placingClauseReach = 24
    /// The longest agent of a passive honour verb (被省总工会、省人社厅…联合授予).
    static let agentLength = 32
    /// The longest level of a title between its verb and its quotation marks (集团, 全国, 省级).
    static let titleLevelLength = 4
    /// The longest quoted title read for a metric of its own.
    static let quotedTitleLength = 30
    /// The longest noun of a list member (honouredList), and the longest scope between an honour
    /// verb and the list it gives to (表彰了全国600家…).
    static let memberNounLength = 12
    static let honouredScopeLength = 4
    /// The metric a count of unions is (unionNoun).
    static let unionCount = "unions.count"
    /// The longest union name unionNoun reads after a measure.
    static let unionNounReach = 10

    /// 指导276个基层工会组织加强…, 整顿规范工会组织1015个, 基层工会依法实现换届808家: work done on
    /// unions (acts-on) before their count counts the unions worked on, not those there are — unless
    /// the clause tallies them (全县共有…).
    func actsOnUnions(before q: Quantity, clause: Range<Int>) -> Bool {
        let before = clause.lowerBound..<q.range.lowerBound
        return !words.contains(.totalVerb, in: u, before)
            && before.contains { markers.starting(.actsOn, at: $0, in: u, limit: q.range.lowerBound) != nil }
    }

    /// The longest scope a tally of unions opens its clause with (全县, 其中).
    static let tallyScopeLength = 3
    /// How many characters of the nouns after two figures must agree for one to repeat the other.
    static let parallelNounLength = 2
    static let rateRules: [Decision] = [.targetShare, .share, .each, .listMember, .riseTo, .groupShare, .rate]
    /// How far after a group's share (95%的…) the words naming what the group has done may start.
    static let groupShareReach = 24

    /// The rules for any other level figure.
    static let levelRules: [Decision] = [.namedTitle, .honouredList, .coordinated, .part, .riseTo, .series, .listMember, .countedNoun, .quotedTitle, .coverage, .workforce, .cue, .unionNoun, .rowPart, .parallel, .heading, .topic, .groupFrame, .goodsValue]

    /// What a rule proposes for a figure. No metrics: the figure is no record (a share whose
    /// figure before it has no rate, a cue vetoed by what follows it, a rate nothing names).
    struct Proposal {
        var decision: Decision
        var metrics: [Int] = []
        /// The year to give the records (nil: resolve it from the text).
        var year: Int?? = nil
        /// Cue words to include in the record's surface (the metric words right before it).
        var surfaceStart: Range<Int>? = nil
        var extendSurfaceTo: Int? = nil
        var part = false
        /// The scored candidates the rule went by.
        var evidence: [MetricBinder.Scored] = []
        /// A table cell whose label named its metric: rows of its breakdown count the same.
        var labelsRow = false
    }

    /// A figure and everything the rules read about it, computed once.
    struct Figure {
        var index: Int
        var quantity: Quantity
        var quantities: [Quantity]
        var unit: RecordUnit
        var clause: Range<Int>
        /// The clauses of the sentence, in order.
        var clauses: [Range<Int>]
        var sentence: Range<Int>
        var line: Int
        /// The year a table column gives the figure (nil outside tables).
        var tableYear: Int??
        /// Where the row label ends, for a table cell.
        var cellLabelEnd: Int?
        var row: TableRow?
        var situation: MetricBinder.Situation
        var cues: [MetricBinder.CueMatch]
        /// The metrics that count the figure's unit (or count it in another), and the unit each records.
        var fits: (Int) -> Bool = { _ in true }
        var recorded: (Int) -> RecordUnit = { _ in .item }
        /// The cues the metrics that fit can be named by, and the candidates they score.
        var unitCues: [MetricBinder.CueMatch] = []
        var scored: [MetricBinder.Scored] = []
    }

    /// A verb of honouring right after a count and its noun (…个班组被评为, 8名职工荣获), the first
    /// that starts at or after `from`: only the noun's characters stand before it.
    func honourVerb(after q: Quantity, from: Int? = nil, clause: Range<Int>) -> Range<Int>? {
        var p = from ?? q.range.upperBound
        // (Further when the count's clause says the place its people won: predicateGoesOn.)
        let reach = placedThenHonoured(q, clause: clause) ? Self.placingClauseReach + 1 : Self.quotedTitleReach
        while p < clause.upperBound, p - q.range.upperBound <= reach {
            if let verb = words.starting(.honourVerb, at: p, in: u, limit: clause.upperBound) { return p..<(p + verb.count) }
            // 196名选手被省总工会、省人社厅…联合授予“…”称号: a passive's agent, a list, may be long.
            if words.isA(.passive, u[p]) {
                let agent = (p + 1)..<min(clause.upperBound, p + 1 + Self.agentLength)
                return words.firstStarting(.honourVerb, in: agent, of: u, limit: clause.upperBound).map { $0.at..<($0.at + $0.word.count) }
            }
            // (A comma inside the clause: a subject's clause read on into its predicate's.)
            guard CodeUnit.isHan(u[p]) || u[p] == 0x2C && p + 1 < clause.upperBound, !words.isCoordinator(at: p, in: u), !words.isA(.of, u[p]) else { return nil }
            p += 1
        }
        return nil
    }

    /// 154名职工获得…第四至第十名,被授予…: the count's clause, up to its first comma, says the place its
    /// people won, and the clause after opens with a passive or a verb of honouring (not 获团体一等奖,
    /// the honour itself). The reach then takes in the comma (`placingClauseReach + 1`).
    func placedThenHonoured(_ q: Quantity, clause: Range<Int>) -> Bool {
        guard q.range.upperBound < clause.upperBound,
              let comma = (q.range.upperBound..<min(clause.upperBound, q.range.upperBound + Self.placingClauseReach + 1)).first(where: { u[$0] == 0x2C }),
              comma + 1 < clause.upperBound, words.contains(.placing, in: u, q.range.upperBound..<comma) else { return false }
        return words.isA(.passive, u[comma + 1]) || words.starting(.honourVerb, at: comma + 1, in: u, limit: clause.upperBound) != nil
    }

    /// 获得前三名的30名选手,被授予“技术能手”称号: a clause that is only the count and its noun, the
    /// subject, goes on in the next when that opens with a passive or a verb of honouring: the
    /// figure read with both as its clause: that clause, or nil. So does one that says the place
    /// they won (154名职工获得…竞赛第四至第十名,被授予…称号).
    func predicateGoesOn(_ f: Figure) -> Range<Int>? {
        let end = contentEnd(f.clause)
        guard end > f.quantity.range.upperBound else { return nil }
        let reach = words.contains(.placing, in: u, f.quantity.range.upperBound..<end) ? Self.placingClauseReach : Self.quotedTitleReach
        guard end < u.count, u[end] == 0x2C, end - f.quantity.range.upperBound <= reach,
              (f.quantity.range.upperBound..<end).allSatisfy({ CodeUnit.isHan(u[$0]) }),
              let next = f.clauses.first(where: { $0.lowerBound > end }), next.lowerBound == end + 1,
              words.isA(.passive, u[next.lowerBound]) || words.starting(.honourVerb, at: next.lowerBound, in: u, limit: next.upperBound) != nil else { return nil }
        return f.clause.lowerBound..<next.upperBound
    }

    /// quotedTitle, for a figure whose clause may have been read on (predicateGoesOn).
    func quotedTitleRule(_ f: Figure) -> Proposal? {
        let q = f.quantity
        // …等10个班组被评为“安全示范班组”, 8名职工荣获“岗位能手”称号: right after the count and its
        // noun, a verb of honouring and a title in quotation marks — the count is of those
        // honoured, whatever words the title holds.
        guard let id = Self.quotedTitleMetrics[f.unit], let fallback = catalog.metricIndex(id), f.fits(fallback) else { return nil }
        var from = q.range.upperBound
        while let verb = honourVerb(after: q, from: from, clause: f.clause) {
            // (被评为集团“金点子”职工, 荣获全国“五一劳动奖状”: a level of the title may stand between,
            // and the year it is of: 获得2015年度宝盖镇“优秀工会主席”称号.)
            var level = verb.upperBound
            if level < f.clause.upperBound, let year = extractor.dates.date(at: level, in: u, limit: f.clause.upperBound), year.range.upperBound < f.clause.upperBound {
                level = year.range.upperBound + (words.isA(.yearSuffix, u[year.range.upperBound]) ? 1 : 0)
            }
            if let quote = (level..<min(f.clause.upperBound, level + Self.titleLevelLength + 1)).first(where: { u[$0] == 0x201C }),
               (level..<quote).allSatisfy({ CodeUnit.isHan(u[$0]) }) {
                return quotedTitle(f, open: quote + 1, fallback: fallback)
            }
            from = verb.lowerBound + 1
        }
        // 授予4人“…模范企业家”称号: the count is what a verb giving an honour gives the title to.
        if q.range.upperBound < f.clause.upperBound, u[q.range.upperBound] == 0x201C,
           words.ending(.honoursGiven, before: q.range.lowerBound, in: u, limit: f.clause.lowerBound) != nil {
            return quotedTitle(f, open: q.range.upperBound + 1, fallback: fallback)
        }
        // 会议对…等8个“先进女职工班组”、…等35名“优秀女职工”…进行了表彰: a count and its quoted title in
        // the object of 对, which the sentence's verb of honouring then takes.
        if q.range.upperBound < f.clause.upperBound, u[q.range.upperBound] == 0x201C,
           (f.sentence.lowerBound..<q.range.lowerBound).contains(where: { words.isA(.towards, u[$0]) }),
           // (The verb may come after a semicolon: …6对“好婆媳”;…7户“安全文明家庭”进行了表彰; it is the
           // predicate of that object, after a light verb: 进行了表彰, 予以表彰 — not 并表彰了一批….)
           case let end = YearResolver.fullSentenceEnd(u, q.range.lowerBound),
           let (at, _) = words.firstStarting(.honoursGiven, in: q.range.upperBound..<end, of: u, limit: end),
           words.ending(.lightVerb, before: at, in: u, limit: q.range.upperBound) != nil {
            return quotedTitle(f, open: q.range.upperBound + 1, fallback: fallback, honoured: true)
        }
        return nil
    }

    /// namedTitle, for a figure whose clause may have been read on (predicateGoesOn).
    func namedTitleRule(_ f: Figure) -> Proposal? {
        let q = f.quantity
        // 15家企业被评为厂务公开民主管理先进单位, 12个单位获评安康杯竞赛优胜单位: right after the count
        // and its noun, a verb of honouring and a title that ends the clause, whose last words
        // name an honour — the count is of those honoured, whatever other metric's words the
        // title holds (厂务公开, 竞赛).
        guard let verbEnd = honourVerb(after: q, clause: f.clause)?.upperBound else { return nil }
        let end = contentEnd(f.clause)
        // (Its last words before a word that calls it a title: …模范职工之家称号.)
        func titleWord(_ r: Range<Int>) -> Bool { words.starting(.titleWord, at: r.lowerBound, in: u, limit: r.upperBound)?.count == r.count }
        guard end > verbEnd, end - verbEnd <= Self.quotedTitleLength else { return nil }
        // 6个县区总工会荣获一等奖: a prize that ends the title is an honour of the units or people
        // counted, whatever the title's other words — not of things counted as items (合理化建议
        // 54条,其中3条获一等奖,5条获二等奖: proposals awarded, still proposals).
        if f.unit != .item, let prize = words.ending(.prize, before: end, in: u, limit: verbEnd), end - prize.count >= verbEnd {
            for id in Self.prizeMetrics {
                if let metric = catalog.metricIndex(id), f.fits(metric) {
                    return Proposal(decision: .namedTitle, metrics: [metric], year: f.tableYear, evidence: f.scored)
                }
            }
        }
        guard let head = f.unitCues.filter({ $0.range.lowerBound >= verbEnd && $0.range.upperBound <= end && !titleWord($0.range) })
                .max(by: { $0.range.upperBound < $1.range.upperBound }),
              head.range.upperBound == end || titleWord(head.range.upperBound..<end),
              let title = catalog.cuesByPhrase[head.phrase]
                .filter({ f.fits($0.metric) && $0.weight > 0 && Self.titleMetrics.contains(catalog.metrics[$0.metric].id) })
                .max(by: { $0.weight < $1.weight }) else { return nil }
        return Proposal(decision: .namedTitle, metrics: [title.metric], year: f.tableYear, evidence: f.scored)
    }

    /// 1名个人获表彰, 50名个人受到表彰: a word of honours given, after the count's noun.
    func honoursReceived(after q: Quantity, clause: Range<Int>) -> Bool {
        var p = q.range.upperBound
        while p < clause.upperBound, p - q.range.upperBound <= Self.quotedTitleReach + Self.honouredScopeLength, CodeUnit.isHan(u[p]), !words.isCoordinator(at: p, in: u) {
            if words.starting(.honoursGiven, at: p, in: u, limit: clause.upperBound) != nil { return true }
            p += 1
        }
        return false
    }

    /// The first characters of the noun right after a figure, past an opening quote (its counted
    /// noun, if it names one: 11场“春风送岗”活动 → 春风).
    func nounAfter(_ q: Quantity) -> Slice<UnsafeBufferPointer<UInt16>> {
        let start = q.range.upperBound < u.count && u[q.range.upperBound] == 0x201C ? q.range.upperBound + 1 : q.range.upperBound
        var e = start
        while e < u.count, e - start < Self.parallelNounLength, CodeUnit.isHan(u[e]) { e += 1 }
        return u[start..<e]
    }

    /// The figure's clause opens with the list it is in, after at most a short scope and no verb
    /// (全县8个系统工会、6个行业工会…; not 调研了6个产业工会).
    func opensWithTally(_ f: Figure) -> Bool {
        let first = listAround(f).map { f.quantities[$0.lowerBound].range.lowerBound } ?? f.quantity.range.lowerBound
        guard first - f.clause.lowerBound <= Self.tallyScopeLength else { return false }
        return !(f.clause.lowerBound..<max(f.clause.lowerBound, first - 1)).contains(where: { extractor.verbs.contains([u[$0], u[$0 + 1]]) })
    }

    /// The closing quotation mark of a title whose text starts at `start`, within a title's length
    /// and the figure's clause.
    func closingQuote(_ f: Figure, from start: Int) -> Int? {
        (start..<min(f.clause.upperBound, start + Self.quotedTitleLength)).first { u[$0] == 0x201D }
    }

    /// The quote opening at `open` is called a title (…”称号) or names a prize (…奖”).
    func calledTitle(open: Int, _ f: Figure) -> Bool {
        guard let close = closingQuote(f, from: open) else { return false }
        return (close > open && words.isA(.prizeSuffix, u[close - 1])) || words.starting(.titleWord, at: close + 1, in: u, limit: f.clause.upperBound) != nil
    }

    /// A verb of the lexicon in `r`, outside brackets (an aside: 6个行业工会(共涵盖90个行政事业单位)).
    func verbOutsideAsides(_ r: Range<Int>) -> Bool {
        var depth = 0
        for p in r {
            if u[p] == 0x28 { depth += 1 } else if u[p] == 0x29, depth > 0 { depth -= 1 } else if depth == 0, extractor.verbs.contains([u[p], u[p + 1]]) { return true }
        }
        return false
    }

    /// The figures of the list the figure is a member of, by index: counts in the clause, each
    /// followed by a short noun, joined by a list mark or a coordinator (600家企事业单位、800个
    /// 班组和200名个人).
    func listAround(_ f: Figure) -> Range<Int>? {
        func joined(_ a: Quantity, _ b: Quantity) -> Bool {
            let between = a.range.upperBound..<b.range.lowerBound
            guard !between.isEmpty, between.count <= (u[between.lowerBound] == 0x201C ? Self.quotedTitleLength : Self.memberNounLength) + 1 else { return false }
            guard let last = between.last, u[last] == 0x3001 || words.isCoordinator(at: last, in: u) else { return false }
            return between.dropLast().allSatisfy { CodeUnit.isHan(u[$0]) || u[$0] == 0x201C || u[$0] == 0x201D }
        }
        var lower = f.index, upper = f.index + 1
        while lower > 0, f.clause.contains(f.quantities[lower - 1].range.lowerBound), joined(f.quantities[lower - 1], f.quantities[lower]) { lower -= 1 }
        while upper < f.quantities.count, f.clause.contains(f.quantities[upper].range.lowerBound), joined(f.quantities[upper - 1], f.quantities[upper]) { upper += 1 }
        return lower..<upper
    }

    /// The honour a quoted title opening at `open` gives the figure, or nothing when the quote is
    /// no title.
    func quotedTitle(_ f: Figure, open: Int, fallback: Int, honoured: Bool = false) -> Proposal? {
        guard let close = closingQuote(f, from: open) else { return nil }
        // A title stands alone or is called one (…“安全示范班组”。, “…”称号, “…”奖章) — not a quoted
        // name of what is given (获得“金秋助学”资助, “送温暖”慰问金, “技能等级”证书) — unless what
        // follows is the verb that honours it (`honoured`: 对…8个“先进女职工班组”进行了表彰).
        let after = close + 1
        guard honoured || after >= f.clause.upperBound || !CodeUnit.isHan(u[after]) || words.isCoordinator(at: after, in: u)
                || words.starting(.titleWord, at: after, in: u, limit: f.clause.upperBound) != nil else { return nil }
        // The title's head (its last cue) says what it is: an honour or a model home (“全国模范职工
        // 之家”), or a status or thing another metric counts (“困难职工”, “劳模创新工作室”), which the
        // cue words read — unless it is the counted noun again, a generic one (10个班组…“安全示范
        // 班组”; not 10个职工书屋…“全国职工书屋示范点”, reading rooms still).
        var metric = f.scored.first { Self.titleMetrics.contains(catalog.metrics[$0.metric].id) && $0.score > 0 }?.metric ?? fallback
        // A prize (“竞赛风尚奖”, “优秀组织奖”) is an honour, whatever the words before it; so is a title
        // opening with a word of praise (“先进女职工班组”, “优秀女职工”: function-words praise-opener).
        if close > open, words.isA(.prizeSuffix, u[close - 1]) || words.starting(.praiseOpener, at: open, in: u, limit: close) != nil {
            return Proposal(decision: .quotedTitle, metrics: [metric], year: f.tableYear, evidence: f.scored)
        }
        if let head = f.unitCues.filter({ $0.range.lowerBound >= open && $0.range.upperBound <= close }).max(by: { $0.range.upperBound < $1.range.upperBound }) {
            let named = catalog.cuesByPhrase[head.phrase].filter { f.fits($0.metric) && $0.weight > 0 }
            let counted = f.unitCues.contains { $0.range.lowerBound == f.quantity.range.upperBound && $0.phrase == head.phrase }
            // (A cue that is not the title's last words is no head — “…劳动竞赛模范企业家” — unless
            // it is the counted noun again.)
            let last = head.range.upperBound == close || words.starting(.titleWord, at: head.range.upperBound, in: u, limit: close)?.count == close - head.range.upperBound
            guard last || counted else { return Proposal(decision: .quotedTitle, metrics: [metric], year: f.tableYear, evidence: f.scored) }
            if let title = named.filter({ Self.titleMetrics.contains(catalog.metrics[$0.metric].id) }).max(by: { $0.weight < $1.weight }) {
                metric = title.metric
            } else if named.contains(where: { $0.weight >= (counted ? 3 : 2) }) {
                return nil
            }
        }
        return Proposal(decision: .quotedTitle, metrics: [metric], year: f.tableYear, evidence: f.scored)
    }

    // MARK: Rates

    func proposeRate(_ rule: Decision, _ f: Figure, made: [Made]) -> Proposal? {
        let q = f.quantity
        switch rule {
        case .targetShare:
            // 完成任务的85%: a share of a plan, no figure.
            return markers.ending(.targetShare, before: q.range.lowerBound, in: u, limit: f.clause.lowerBound) != nil ? Proposal(decision: .targetShare) : nil
        case .share:
            // A share of the figure before it: 占企业总数的81% is the rate of that figure's metric.
            guard isShare(q, clause: f.clause) else { return nil }
            // 农民工会员…,占会员总数的36%: what part of its own whole the figure is.
            // (Named after 占, as the whole: 会员人数占职工总数的92% is a rate.)
            // So is a subgroup's share with no whole named (…加入工会 货车司机占近六成; not 入会农民工
            // 占农民工总数的78%, the subgroup's own rate).
            let share = markerIndex.last(.share, in: f.clause.lowerBound..<q.range.lowerBound)
            if let share, markerIndex.contains(.composition, in: share.upperBound..<q.range.lowerBound)
                || q.range.lowerBound - share.upperBound <= 1 && subgroupNamed(before: share.lowerBound, f.clause) { return Proposal(decision: .composition) }
            let before = Self.made(since: f.sentence.lowerBound, made).last(where: { $0.quantity.range.upperBound <= q.range.lowerBound })
            // …and a share opening its clause right after a subgroup's figure (其中农民工会员420万人,
            // 占比35%): that subgroup's part of the whole.
            if let share, share.lowerBound == f.clause.lowerBound, let previous = before,
               let clause = f.clauses.first(where: { $0.contains(previous.quantity.range.lowerBound) }), clause != f.clause,
               subgroupNamed(before: previous.quantity.range.lowerBound, clause) { return Proposal(decision: .composition) }
            guard let previous = before else {
                // 全市工会会员人数占职工总数的92.4%: no figure before it, but its clause names what
                // the share is of, before 占.
                if let share, let rate = namedRate(before: share.lowerBound, f) {
                    return Proposal(decision: .share, metrics: [rate], year: f.tableYear)
                }
                return Proposal(decision: .shareWithoutRate)
            }
            guard let rate = catalog.rateIndex[previous.metric] else {
                return Proposal(decision: .shareWithoutRate)
            }
            return Proposal(decision: .share, metrics: [rate], year: f.tableYear ?? .some(previous.year))
        case .each:
            // 职代会建制率和厂务公开建制率均达到95%: 均 gives the figure to each rate named.
            guard isEach(q, clause: f.clause) else { return nil }
            let each = eachNamed(before: q, clause: f.clause, cues: f.cues) { catalog.metrics[$0].isRate }
            let tied = f.scored.count >= 2 && f.scored[1].score >= MetricBinder.threshold && abs(f.scored[0].score - f.scored[1].score) < 1e-9
            let metrics = each.count >= 2 ? each : tied ? f.scored.prefix(2).map(\.metric) : []
            return metrics.isEmpty ? nil : Proposal(decision: .each, metrics: metrics, year: f.tableYear, evidence: f.scored)
        case .listMember:
            return listMember(f, made: made, accepts: { catalog.metrics[$0].isRate })
        case .riseTo:
            return riseTo(f, made: made, accepts: { catalog.metrics[$0].isRate })
        case .groupShare:
            // 97%的国有企业实行了集体合同制度, 95%的非公企业建立了工会组织: a share of a group
            // (的 and the group after it), then what the group has done, named by a typical or
            // stronger cue of a metric that has a rate: that rate. Not a survey's answer (调查显示,
            // 78%的受访职工认为…): a sentence with a sample or a survey verb before is left alone.
            // (A rate its cue words name already is read as one; what the group has not done is no
            // rate of it: 仍有30%的小微企业尚未建立工会.)
            let e = q.range.upperBound
            guard q.unit == .percent, e < f.clause.upperBound, words.isA(.of, u[e]),
                  (f.scored.first?.score ?? 0) < MetricBinder.threshold,
                  !markerIndex.contains(.negation, in: e..<f.clause.upperBound),
                  !markerIndex.contains(RecordMarkers.Kind.sample | .surveyed, in: f.sentence.lowerBound..<q.range.lowerBound) else { return nil }
            // (The cue after the group, not the group itself: 90%以上的建会单位参与…; nor a group of
            // unions, whose doings are no rate of units or workers: 80%的县级工会建立了…行业工会.)
            let reach = min(f.clause.upperBound, e + Self.groupShareReach + 1)
            let unions = (e + 1..<reach).first { extractor.federations.words.starting(.unionWord, at: $0, in: u, limit: f.clause.upperBound) != nil } ?? reach
            var best: (rate: Int, weight: Double)?
            for m in f.cues where m.range.lowerBound > e + 1 && m.range.lowerBound < reach && m.range.upperBound <= f.clause.upperBound && m.range.lowerBound <= unions {
                for cue in catalog.cuesByPhrase[m.phrase] where cue.weight >= 2 && cue.position != .before && cue.weight > (best?.weight ?? 0) {
                    if let rate = catalog.rateIndex[cue.metric] { best = (rate, cue.weight) }
                }
            }
            return best.map { Proposal(decision: .groupShare, metrics: [$0.rate], year: f.tableYear, evidence: f.scored) }
        case .rate:
            guard let first = f.scored.first, first.score >= MetricBinder.threshold else { return Proposal(decision: .noRate, evidence: f.scored) }
            let best = shareOfCounted(f.scored, made: made, sentence: f.sentence) ?? first
            return Proposal(decision: .rate, metrics: [best.metric], year: f.tableYear, surfaceStart: best.nearestBefore, evidence: f.scored)
        default:
            return nil
        }
    }

    /// A subgroup ends right before `end`, or before the noun of what it counts there (农民工占,
    /// 女性会员人数占比: record-markers share-subject).
    func subgroupNamed(before end: Int, _ clause: Range<Int>) -> Bool {
        var e = end
        for _ in 0..<2 {
            guard let start = markers.ending(.shareSubject, before: e, in: u, limit: clause.lowerBound) else { break }
            e = start
        }
        return markers.ending(.subgroup, before: e, in: u, limit: clause.lowerBound) != nil
    }

    /// The rate of the thing a typical or stronger cue names as the subject of 占 at `end` in the
    /// figure's clause (会员人数占… → members.rate), if that thing has a rate — not a survey's
    /// answer (认为职代会…作用明显的占46.3%, …签订劳动合同的仅占18.6%).
    func namedRate(before end: Int, _ f: Figure) -> Int? {
        guard end - 1 >= f.clause.lowerBound, !words.isA(.of, u[end - 1]), !(end - 2 >= f.clause.lowerBound && words.isA(.of, u[end - 2])) else { return nil }
        // The whole after 占 names the same thing (女职工人数占职工总数的45%): a composition.
        let whole = Set(f.cues.filter { $0.range.lowerBound >= end && $0.range.upperBound <= f.quantity.range.lowerBound }
            .flatMap { catalog.cuesByPhrase[$0.phrase].map(\.metric) })
        for m in f.cues.reversed() where m.range.lowerBound >= f.clause.lowerBound && m.range.upperBound <= end && end - m.range.upperBound <= 4 {
            for cue in catalog.cuesByPhrase[m.phrase] where cue.weight >= 2 && !whole.contains(cue.metric) {
                if let rate = catalog.rateIndex[cue.metric] { return rate }
            }
        }
        return nil
    }

    /// 由9场增加到12场, 由原来的56%提高到现在的81%: the new level of the figure before it, of
    /// that figure's metric.
    func riseTo(_ f: Figure, made: [Made], accepts: (Int) -> Bool) -> Proposal? {
        guard f.index > 0,
              let m = Self.made(since: f.sentence.lowerBound, made).last(where: { $0.quantity.range == f.quantities[f.index - 1].range }), accepts(m.metric),
              isRiseTo(f.quantities[f.index - 1], f.quantity, clause: f.clause) else { return nil }
        return Proposal(decision: .riseTo, metrics: [m.metric], year: f.tableYear, evidence: f.scored)
    }

    /// The most characters, dates aside, a clause may hold before its figure and still only say
    /// when and how the series moved (到2020年攀升至, 2021年再跃上).
    static let seriesWordsLength = 8

    /// 由2019年的928个,到2020年攀升至1,422个,2021年再跃上1,542个; 2019年为928个,2020年为1422个:
    /// a clause that only names a year and a verb of moving before its figure goes on with the
    /// figure that ends the clause before, in the same unit, when its own words name nothing firmly.
    func series(_ f: Figure, made: [Made]) -> Proposal? {
        let q = f.quantity
        guard f.index > 0, f.scored.first.map({ $0.score < MetricBinder.threshold }) ?? true else { return nil }
        // The figure that ends the clause before; only how much it moved, in percent, may come
        // between (由…的917间,增加57%至去年年底的1436间).
        guard let pk = (0..<f.index).last(where: { f.quantities[$0].range.upperBound < f.clause.lowerBound }),
              ((pk + 1)..<f.index).allSatisfy({ f.quantities[$0].unit == .percent }) else { return nil }
        let p = f.quantities[pk]
        guard p.unit == q.unit, p.range.lowerBound >= f.sentence.lowerBound, f.clause.lowerBound > p.range.upperBound,
              !(p.range.upperBound..<(f.clause.lowerBound - 1)).contains(where: { CodeUnit.clauseEnds.contains(u[$0]) }),
              let m = Self.made(since: f.sentence.lowerBound, made).last(where: { $0.quantity.range == p.range }), f.fits(m.metric) else { return nil }
        // (A year, or a word of one: 增加至去年年底的1436间.)
        let before = f.clause.lowerBound..<q.range.lowerBound
        var times = years.dates(in: before).map(\.range)
        markerIndex.forEach(.thisYear | .thatYear | .lastYear, in: before) { times.append($0) }
        guard !times.isEmpty else { return nil }
        let words = before.filter { i in CodeUnit.isHan(u[i]) && !times.contains { $0.contains(i) } }.count
        // (No word of its clause, before or after it, names a metric it may count.)
        guard words <= Self.seriesWordsLength,
              !f.unitCues.contains(where: { f.clause.contains($0.range.lowerBound) && catalog.cuesByPhrase[$0.phrase].contains { $0.weight > 0 && f.fits($0.metric) } })
        else { return nil }
        return Proposal(decision: .series, metrics: [m.metric], year: f.tableYear, evidence: f.scored)
    }

    // MARK: Levels

    func proposeLevel(_ rule: Decision, _ f: Figure, made: [Made]) -> Proposal? {
        let q = f.quantity
        switch rule {
        case .coordinated:
            // Names after the figure: one figure, two systems (完善了职代会制度、厂务公开制度), or
            // the head of a compound noun after it (信访案件).
            // A name the words before argue against is no system of this figure (慰问了…4000余名困难
            // 职工及劳动模范: model workers visited, not honoured).
            let coordinated = binder.coordinatedAfterMetrics(f.situation, cues: f.unitCues, u: u, accepts: f.fits)
                .filter { m in !f.scored.contains { $0.metric == m && $0.score < 0 } }
            guard !coordinated.isEmpty else { return nil }
            // People are one count of several kinds (对3.7万名环卫工人、困难职工、劳动模范…开展送温暖):
            // groups of different families after it are whom the verb reached, not two systems.
            if f.unit == .person || f.unit == .personTime, Set(coordinated.map { catalog.metrics[$0].family }).count > 1 { return nil }
            return Proposal(decision: coordinated.count > 1 ? .coordinated : .compoundHead, metrics: coordinated, year: f.tableYear,
                            extendSurfaceTo: coordinatedEnd(f.situation, f.unitCues), evidence: f.scored)
        case .part:
            // 其中: a part is a part of its whole, and counts what the whole counts when its own
            // words name a metric of the same family (其中农民工会员… under 新发展会员…). The part
            // keeps a metric of its own, except the stock of what its whole counts as new
            // (新发展会员…,其中农民工会员…: new members too); a part that states a total of its own
            // (其中…农民工工会会员总数达到8854.7万人) is a stock.
            guard isPart(q, clause: f.clause, sentence: f.sentence) else { return nil }
            // (…联合工会326家,覆盖企业1.25万家: a clause that opens by covering counts what the
            // unions before it cover — `coverage` — not a part of them.)
            if words.starting(.covers, at: f.clause.lowerBound, in: u, limit: q.range.lowerBound) != nil { return nil }
            // Past a semicolon, only a part like the one before it, in the same unit (…农民工122人;
            // 非公有制企业职工419人; not …农民工培训3400人次;新增高级技师28名), and named before its
            // figure as a part is (not 63.95万户因…退出档案, a figure its own predicate defines).
            let listed = partSentence(f.sentence)
            if listed.lowerBound < f.sentence.lowerBound,
               Self.made(since: listed.lowerBound, made).last?.quantity.unit != q.unit || !u[f.clause.lowerBound..<q.range.lowerBound].contains(where: CodeUnit.isHan) { return nil }
            // The whole is the figure before 其中, not a part listed before this one (其中…152件为
            // 来电来访咨询;1件代写法律文书: a case, like the whole).
            let partMarker = markerIndex.last(.part, in: listed.lowerBound..<q.range.lowerBound)
            let earlier = Self.made(since: partScope(f.sentence).lowerBound, made)
            guard let whole = earlier.last(where: { $0.quantity.range.upperBound <= (partMarker?.lowerBound ?? q.range.lowerBound) && f.fits($0.metric) })
                    ?? earlier.last(where: { $0.quantity.range.upperBound <= q.range.lowerBound && f.fits($0.metric) })
            else { return nil }
            let partEnd = partMarker?.upperBound ?? f.clause.lowerBound
            let statesTotal = markerIndex.contains(.whole, in: max(f.clause.lowerBound, partEnd)..<q.range.lowerBound)
            // (走访慰问…4000余名困难职工及劳动模范,其中劳动模范1264人: a part of the aided is aided,
            // whoever they are.)
            let aidedPart = f.scored.first.map { binder.honourMetricIndices.contains($0.metric) } == true && binder.aidMetricIndices.contains(whole.metric)
            // (共计发放助学资金27.1万元,其中省级帮扶资金7.5万元: a part of money of a kind is of that
            // kind, though its own words name only the whole, aid money.)
            let partOfKind = f.scored.first.map { catalog.wholeOf[whole.metric] == $0.metric } == true
            guard f.scored.first.map({ $0.score < MetricBinder.threshold || (catalog.isStock($0.metric, of: whole.metric) && !statesTotal) }) ?? true || aidedPart || partOfKind
            else { return nil }
            let metric = flowInstead(of: whole.metric, q, clause: f.clause, sentence: f.sentence, cue: nil)
            // A part its own words argue out of the whole's metric (其中3200人实现等级晋升: promoted,
            // not a part of those who took part) is none.
            if f.scored.contains(where: { $0.metric == metric && $0.score <= -MetricBinder.threshold }) { return nil }
            return Proposal(decision: .part, metrics: [metric], year: f.tableYear ?? .some(whole.year), surfaceStart: f.scored.first?.nearestBefore,
                            evidence: f.scored)
        case .riseTo:
            return riseTo(f, made: made, accepts: f.fits)
        case .series:
            return series(f, made: made)
        case .listMember:
            // A later member of a list with no words of its own (3860家、5100余个): it counts what
            // the member before it counts.
            return listMember(f, made: made, accepts: f.fits)
        case .countedNoun:
            // The noun right after the measure is what the figure counts (走访慰问了近50万户次困难
            // 企业和…), when it is an object: followed by the clause's end or a coordinator, not a
            // verb (3120个县级以上工会建立了帮扶中心 counts what the unions set up).
            guard let head = f.unitCues.first(where: { $0.range.lowerBound == q.range.upperBound }) else { return nil }
            let end = head.range.upperBound
            guard end >= f.clause.upperBound || words.isCoordinator(at: end, in: u) || CodeUnit.closesClause(u[end]) || CodeUnit.isNewline(u[end]) else { return nil }
            guard let strong = catalog.cuesByPhrase[head.phrase]
                .filter({ f.fits($0.metric) && ($0.position == .after || $0.position == .any) && $0.weight >= 3 })
                .max(by: { $0.weight < $1.weight }),
                  f.scored.first?.metric != strong.metric else { return nil }
            // 走访慰问了39名劳动模范, 该合同覆盖8家建会企业: things of a kind (劳模, 建会企业) that a
            // verb of another family acts on are what that verb counts, not honours given or
            // unions' units.
            if Self.describingFamilies.contains(catalog.metrics[strong.metric].family), let best = f.scored.first, best.score >= MetricBinder.threshold,
               best.nearestBefore != nil, catalog.metrics[best.metric].family != catalog.metrics[strong.metric].family { return nil }
            return Proposal(decision: .countedNoun, metrics: [strong.metric], year: f.tableYear, evidence: f.scored)
        case .quotedTitle:
            // (A copy of the figure only when its clause is read on; no closure, which would copy
            // the record run for every figure.)
            guard let clause = predicateGoesOn(f) else { return quotedTitleRule(f) }
            var g = f
            g.clause = clause
            return quotedTitleRule(g)
        case .namedTitle:
            guard let clause = predicateGoesOn(f) else { return namedTitleRule(f) }
            var g = f
            g.clause = clause
            return namedTitleRule(g)
        case .honouredList:
            // 表彰了全国600家企事业单位、800个班组和200名个人, 我市3个集体和1名个人获表彰: counts
            // listed (each a count and a short noun) right after a verb that gives an honour, or
            // right before one that receives it, are of those honoured — unless the member's own
            // noun is a strong word of another metric (命名了10家职工书屋示范点: reading rooms).
            // (The list first: most figures are in none, and it asks no dictionary.)
            guard f.unit == .org || f.unit == .person, let list = listAround(f), list.count > 1,
                  let id = Self.quotedTitleMetrics[f.unit], let metric = catalog.metricIndex(id), f.fits(metric) else { return nil }
            // (…or the head that ends its noun, after the places and modifiers before it, none of
            // praise: 命名23家福建省示范性劳模工作室、66家… are studios; 5名先进工会干部 are honoured.)
            var nounEnd = q.range.upperBound
            while nounEnd < f.clause.upperBound, nounEnd - q.range.upperBound < Self.memberNounLength, CodeUnit.isHan(u[nounEnd]),
                  !words.isCoordinator(at: nounEnd, in: u) { nounEnd += 1 }
            let head = f.unitCues.first { $0.range.upperBound == nounEnd && $0.range.lowerBound > q.range.upperBound
                && words.firstStarting(.praiseOpener, in: q.range.upperBound..<$0.range.lowerBound, of: u, limit: $0.range.lowerBound) == nil }
            if let own = f.unitCues.first(where: { $0.range.lowerBound == q.range.upperBound }) ?? head,
               catalog.cuesByPhrase[own.phrase].contains(where: { f.fits($0.metric) && $0.weight >= 3 && $0.metric != metric }) { return nil }
            // (A member with its own quoted title is what that title says: 授予3个工会“模范职工之家”称号、
            // 2个班组“模范职工小家”称号 are model homes; “工匠创新工作室” are studios.)
            // (Not what a member receives, unless it is called a title or a prize: 21名骑手收到
            // “暖心关爱包” is a parcel; 2个班组获得“模范职工小家”称号 an honour.)
            if let open = (q.range.upperBound..<min(f.clause.upperBound, q.range.upperBound + Self.titleLevelLength + 1)).first(where: { u[$0] == 0x201C }),
               (q.range.upperBound..<open).allSatisfy({ CodeUnit.isHan(u[$0]) }),
               !words.contains(.receives, in: u, q.range.upperBound..<open) || calledTitle(open: open, f) {
                guard let title = quotedTitle(f, open: open + 1, fallback: metric) else { return nil }
                return Proposal(decision: .honouredList, metrics: title.metrics, year: f.tableYear, evidence: f.scored)
            }
            let first = f.quantities[list.lowerBound].range.lowerBound
            var opening = first
            while opening > f.clause.lowerBound, first - opening < Self.honouredScopeLength, CodeUnit.isHan(u[opening - 1]),
                  words.ending(.honoursGiven, before: opening, in: u, limit: f.clause.lowerBound) == nil { opening -= 1 }
            let given = words.ending(.honoursGiven, before: opening, in: u, limit: f.clause.lowerBound) != nil
            guard given || honoursReceived(after: f.quantities[list.upperBound - 1], clause: f.clause) else { return nil }
            return Proposal(decision: .honouredList, metrics: [metric], year: f.tableYear, evidence: f.scored)
        case .unionNoun:
            // 5个集团公司工会和14个事业单位工会: what follows the measure, up to the clause's end or
            // a coordinator, is a union's name (a short modifier and 工会), and nothing after it
            // in the clause makes it a subject or a modifier (…工会建立了…, …工会的负责人): the
            // figure counts unions, new ones after a founding verb.
            guard q.unit == .org, let unions = extractor.unionCount, f.fits(unions) else { return nil }
            var end = q.range.upperBound
            while end < f.clause.upperBound, end - q.range.upperBound <= Self.unionNounReach, CodeUnit.isHan(u[end]), !words.isCoordinator(at: end, in: u) { end += 1 }
            guard end > q.range.upperBound, end >= f.clause.upperBound || words.isCoordinator(at: end, in: u) || CodeUnit.closesClause(u[end]) || CodeUnit.isNewline(u[end])
                    || u[end] == 0x28,
                  // (…工会组织: the kind's word after it, 共建两个非公企业工会组织.)
                  extractor.federations.words.ending(.unionWord, before: end - (extractor.federations.words.ending(.kindAfter, before: end, in: u, limit: q.range.upperBound)?.count ?? 0),
                                                     in: u, limit: q.range.upperBound) != nil,
                  // (Not in an aside: 8个系统工会、6个行业工会(共涵盖90个…) has no verb.)
                  !verbOutsideAsides(q.range.upperBound..<(f.clause.upperBound - 1)),
                  // Unions some verb acts on (指导督查了32个企业工会, 评选出20个…工会) are no count of
                  // unions: the clause has them (共有) or founds them (新建), or opens with their list
                  // (全县8个系统工会、6个行业工会…: a tally of what there is).
                  words.contains(.totalVerb, in: u, f.clause.lowerBound..<q.range.lowerBound)
                    || markerIndex.contains(RecordMarkers.Kind.flow | .founding, in: f.clause.lowerBound..<q.range.lowerBound)
                    || opensWithTally(f),
                  !(end..<f.clause.upperBound).contains(where: { words.isA(.of, u[$0]) }) else { return nil }
            return Proposal(decision: .unionNoun, metrics: [flowInstead(of: unions, q, clause: f.clause, sentence: f.sentence, cue: q.range.upperBound..<end)], year: f.tableYear, evidence: f.scored)
        case .cue:
            // The cue words around the figure name its metric — unless what follows vetoes them;
            // a new-flow or a total reading of the same words takes precedence over the stock.
            guard let best = chooseBest(f.scored, made: made, sentence: f.sentence), best.score >= MetricBinder.threshold else { return nil }
            if isVetoed(q, nearestCue: best.nearestBefore, clause: f.clause) { return Proposal(decision: .vetoed, evidence: f.scored) }
            let flow = flowInstead(of: best.metric, q, clause: f.clause, sentence: f.sentence, cue: best.nearestBefore)
            let total = totalInstead(of: flow, q, clause: f.clause, sentence: f.sentence)
            let metric = pairedStatus(total, q, clause: f.clause, sentence: f.sentence, made: made)
            if metric == extractor.unionCount, actsOnUnions(before: q, clause: f.clause) { return Proposal(decision: .actedOn, evidence: f.scored) }
            return Proposal(decision: metric == best.metric ? .cue : metric == flow ? .newFlow : .total, metrics: [metric], year: f.tableYear,
                            surfaceStart: best.nearestBefore, evidence: f.scored, labelsRow: f.cellLabelEnd != nil)
        case .rowPart:
            // A row of a breakdown whose label names no metric (其中:内资企业 under 基层工会数)
            // counts what its parent row counts.
            guard f.cellLabelEnd != nil, let row = f.row, row.isPart, let parent = row.parentLine, let metric = rowMetrics[parent], f.fits(metric)
            else { return nil }
            return Proposal(decision: .rowPart, metrics: [metric], year: f.tableYear, part: true, evidence: f.scored)
        case .parallel:
            // 外商投资企业签订76家,签订率61.3%;私营企业签订1082家: a clause that names nothing but
            // repeats the verb right before the figure recorded last in its paragraph (of the last
            // few) counts what that figure counts, in a clause of its own. A verb of the lexicon
            // (tag v): a noun repeated (新增企业2家…增加企业114家) says nothing of the kind.
            guard f.scored.first.map({ $0.score < MetricBinder.threshold }) ?? true, let verb = verbBefore(q),
                  extractor.verbs.contains(Array(u[verb])),
                  // 未签订120家: what is not done is no parallel of what is.
                  !markerIndex.contains(.negation, in: min(f.clause.lowerBound, verb.lowerBound)..<verb.upperBound) else { return nil }
            let paragraph = layout.lines[f.line]
            for m in made.suffix(3).reversed() where m.quantity.range.lowerBound >= paragraph.lowerBound
                && m.quantity.range.upperBound <= f.clause.lowerBound && f.fits(m.metric) {
                guard statesWith(u[verb], before: m.quantity.range.lowerBound) else { continue }
                // (Not a count with a noun of its own after it: 开展11场“春风送岗”活动…开展169场
                // 一线职工疗休养 counts another thing. Money is money whatever it is called: 筹集了
                // 4000万资金…筹集450万元专项经费.)
                let own = nounAfter(q), earlier = nounAfter(m.quantity)
                guard q.unit == .yuan || own.isEmpty || earlier.isEmpty || own.elementsEqual(earlier) else { return nil }
                return Proposal(decision: .parallel, metrics: [m.metric], year: f.tableYear, evidence: f.scored)
            }
            return nil
        case .heading:
            // Money its sentence does not name: the heading of its paragraph says what it is for
            // ((二)工会经费缴交工作。…完成财政划拨357.5万元), or the title of the event a sentence
            // speaks of (本次活动共筹集资金182万元). Counts of people and things say what they count
            // themselves: 412名受访职工 under a heading on members is no member count.
            // Else, for aid money, the title of a short text it belongs to (…夏送清凉活动 over
            // 多方筹集资金7万余元).
            guard f.unit == .yuan else { return nil }
            return fromContext(headingAbove(line: f.line, sentence: f.sentence) ?? eventTitle(f.sentence), weight: 0.5, .heading, f)
                ?? fromContext(documentTitle(f.sentence), weight: 0.5, .heading, f).flatMap { p in
                    // (Only for aid, and only money its own words lean to aid, however weakly: a title on
                    // legal aid does not make its programme's funds wages recovered, nor 夏送清凉 a
                    // project's investment aid.)
                    p.metrics.allSatisfy { Self.goodsValueMetrics.contains(catalog.metrics[$0].id) }
                        && f.scored.contains { Self.goodsValueMetrics.contains(catalog.metrics[$0.metric].id) && $0.score > 0 } ? p : nil
                }
        case .topic:
            // A figure whose sentence only leans to a metric (…单位参加, …职工参与), right after a
            // sentence of its paragraph that names the activity and states no figure (2013年,武汉市
            // 开展了…劳动竞赛。全市有10465家企事业单位参加): that sentence says what it counts.
            return fromContext(topicSentence(before: f.sentence, line: f.line), weight: 0.5, .topic, f, leaning: true)
        case .groupFrame:
            // A figure of a paragraph that opens with the group it breaks down (在常规表彰的奖章对象
            // 中,产业工人380名,…;科教人员206名), or of a sentence that does (推荐评选的先进个人中,
            // 一线职工达…人): a member of that group.
            if let frame = groupFrame(line: f.line, before: q.range.lowerBound) { return fromContext(frame, weight: 1, .groupFrame, f) }
            guard let frame = sentenceFrame(f.clauses, before: q.range.lowerBound, sentence: f.sentence, quantities: f.quantities),
                  let p = fromContext(frame.body, weight: 1, .groupFrame, f) else { return nil }
            // Past the list's earlier members only when they were read as members of it too (not
            // past figures of other metrics: …在送温暖活动中,慰问…36.7万人次,…小分队8000余个), and
            // only for a member that is a group and its count (科教人员215名, not 另有48名同志参加了疗养).
            guard frame.adjacent || (Self.made(since: frame.body.upperBound, made).contains(where: { p.metrics.contains($0.metric) })
                                     && contentEnd(f.clause) == q.range.upperBound) else { return nil }
            return p
        case .coverage:
            // 全市工会组织数达到了1.17万家,覆盖企业3.66万家: a clause that opens by covering
            // (function-words covers), right after a clause whose count of unions was recorded, counts
            // the units those unions cover — whatever the sentence's other words lean to. So does
            // covering right after the unions a clause builds (全年组建工会覆盖企业6761家).
            guard f.unit == .org, f.cellLabelEnd == nil,
                  let (c, cover) = words.firstStarting(.covers, in: max(f.clause.lowerBound, q.range.lowerBound - Self.coveredNounLength - Self.coverLength)..<q.range.lowerBound,
                                                       of: u, limit: q.range.lowerBound),
                  q.range.lowerBound - c - cover.count <= Self.coveredNounLength else { return nil }
            let covered: Int?
            var from = c
            if c == f.clause.lowerBound {
                guard let before = clauseBefore(f), let last = made.last,
                      before.contains(last.quantity.range.lowerBound), last.quantity.range.upperBound < f.clause.lowerBound else { return nil }
                covered = Self.coveredBy[catalog.metrics[last.metric].id].flatMap { catalog.metricIndex($0) }
            } else {
                guard let union = extractor.federations.words.ending(.unionWord, before: c, in: u, limit: f.clause.lowerBound) else { return nil }
                covered = catalog.metricIndex(Self.coveredUnits)
                from = c - union.count
            }
            guard let covered, f.fits(covered) else { return nil }
            return Proposal(decision: .coverage, metrics: [covered], year: f.tableYear, surfaceStart: from..<(c + cover.count), evidence: f.scored)
        case .workforce:
            // 800个基层工会,职工65790名,其中女职工31937名;工会会员59617名: in a union's statistics
            // (a sentence that counts its unions or members too), a figure whose item names only the
            // workforce right before it, and nothing after it in its clause, counts the workers of
            // the unionised units — not 职工3200人参加劳动竞赛, nor 慰问职工200名.
            guard f.unit == .person, f.cellLabelEnd == nil, contentEnd(f.clause) == q.range.upperBound,
                  let noun = words.ending(.workforce, before: q.range.lowerBound, in: u, limit: f.clause.lowerBound),
                  let covered = catalog.metricIndex(Self.coveredWorkers), f.fits(covered) else { return nil }
            let itemStart = f.situation.separators.last(where: { $0 < q.range.lowerBound && $0 >= f.clause.lowerBound }).map { $0 + 1 } ?? f.clause.lowerBound
            guard q.range.lowerBound - noun.count >= itemStart,
                  !hasVerb(itemStart..<(q.range.lowerBound - noun.count)),
                  !(itemStart..<q.range.lowerBound).contains(where: { CodeUnit.isDigit(u[$0]) }),
                  countsUnionsOrMembers(f) else { return nil }
            return Proposal(decision: .workforce, metrics: [covered], year: f.tableYear, surfaceStart: (q.range.lowerBound - noun.count)..<q.range.lowerBound, evidence: f.scored)
        case .goodsValue:
            // 走访慰问困难职工1200户,发放“温暖礼包”,价值30.09万元; 慰问困难企业5家,金额30万元: a sum
            // a clause states only by its value word (function-words value-word), right after a
            // clause that hands something out, is what was handed out — aid money, in a sentence
            // about aid (an aid record made in it, or an aid word). So is one right after its value
            // word in a clause that hands out or sends it (为1270人送去价值4.8万元的清凉物资). Not the
            // value of what is no aid (送去价值1000万元的订单, 送去…培训课程,价值…: function-words
            // not-given), of what a visit was paid to (走访重点项目15个,总金额达120亿元), nor what each
            // was handed (每人当场领到了1500元慰问金和价值100元的慰问品). Of the aid sums, the one the
            // sentence leans to (资助寒门学子50名,金额10万元: student aid).
            guard f.unit == .yuan, f.scored.first.map({ $0.score < MetricBinder.threshold }) ?? true,
                  !markerIndex.contains(.perUnit, in: f.clause.lowerBound..<q.range.lowerBound),
                  let valueStart = (max(f.clause.lowerBound, q.range.lowerBound - Self.valueWordGap - Self.valueWordLength)...q.range.lowerBound).first(where: { p in
                      words.starting(.valueWord, at: p, in: u, limit: q.range.lowerBound).map { q.range.lowerBound - p - $0.count <= Self.valueWordGap } ?? false
                  }) else { return nil }
            // 价值8万余元的慰问品: the noun after 的 is what the value is of, and it alone decides
            // whether that was aid (送上亲切问候和价值8万余元的慰问品: the greeting is no gift valued).
            let valued: Range<Int>? = q.range.upperBound < f.clause.upperBound && words.isA(.of, u[q.range.upperBound])
                ? (q.range.upperBound + 1)..<min(f.clause.upperBound, q.range.upperBound + 1 + Self.valuedNounLength) : nil
            guard let given = valueStart == f.clause.lowerBound ? clauseBefore(f) : f.clause.lowerBound..<valueStart,
                  words.contains(.handOut, in: u, given) || words.contains(.sends, in: u, given),
                  !words.contains(.notGiven, in: u, valued ?? given.lowerBound..<q.range.upperBound) else { return nil }
            let aidRecord = made.last.map { $0.quantity.range.lowerBound >= f.sentence.lowerBound && binder.aidMetricIndices.contains($0.metric) } ?? false
            // (An aid word other than the verb that hands out: 走访 alone visits projects too; or
            // the valued noun's own: 慰问品.)
            let aidWord = f.cues.contains { m in
                (m.range.upperBound <= valueStart || valued?.contains(m.range.lowerBound) == true)
                    && words.starting(.handOut, at: m.range.lowerBound, in: u, limit: m.range.upperBound)?.count != m.range.count
                    && catalog.cuesByPhrase[m.phrase].contains { binder.aidMetricIndices.contains($0.metric) && $0.weight >= 2 }
            }
            guard aidRecord || aidWord else { return nil }
            let sums = Self.goodsValueMetrics.compactMap { catalog.metricIndex($0) }.filter { f.fits($0) }
            // (…每人发放助学金5000元,共计发放95万元: with no lean in its own clause, the one the
            // handing-out clause names.)
            func lean(_ metric: Int) -> (Double, Double) {
                (f.scored.first { $0.metric == metric }?.score ?? 0,
                 f.cues.filter { given.contains($0.range.lowerBound) }.flatMap { catalog.cuesByPhrase[$0.phrase] }.filter { $0.metric == metric }.map(\.weight).max() ?? 0)
            }
            guard let aid = sums.max(by: { a, b in lean(a) < lean(b) }) else { return nil }
            return Proposal(decision: .goodsValue, metrics: [aid], year: f.tableYear, evidence: f.scored)
        default:
            return nil
        }
    }

    /// The metric of the workers of unionised units (workforce), and the metrics a union's
    /// statistics count beside them.
    static let coveredWorkers = "workers.covered"
    static let statisticsMetrics = ["unions.count", "members.count"]

    /// The sentence counts unions or members: a typical cue of one stands right at one of its
    /// other figures (800个基层工会, 会员143779人).
    func countsUnionsOrMembers(_ f: Figure) -> Bool {
        f.cues.contains { m in
            catalog.cuesByPhrase[m.phrase].contains { binder.statisticsMetricIndices.contains($0.metric) && $0.weight >= 2 }
                && f.quantities.contains { o in o.range != f.quantity.range && (m.range.upperBound == o.range.lowerBound || o.range.upperBound == m.range.lowerBound) }
        }
    }

    /// The metric of the units that counted unions cover (coverage).
    static let coveredUnits = "unions.covered_units"
    static let coveredBy = ["unions.count": coveredUnits, "unions.new": coveredUnits]
    /// The longest noun between a covering verb and its count (企业, 各类企业, 非公企业).
    static let coveredNounLength = 6
    /// The longest covering word (覆盖, 涵盖).
    static let coverLength = 2

    /// Aid money whose own clause names no purpose strongly, in a short text whose title names
    /// student aid (…发放“金秋助学”金127万 over 今年全市共筹集资金127.6万元), is student aid.
    func topicalAid(_ metric: Int, _ f: Figure) -> Int {
        guard catalog.metrics[metric].id == Self.aidMoney, let student = catalog.metricIndex(Self.studentAidMoney), f.fits(student),
              let title = documentTitle(f.sentence) else { return metric }
        // (A purpose named anywhere in the sentence: …筹集资金8万元,用于春节送温暖.)
        let named = f.cues.contains { m in
            f.sentence.contains(m.range.lowerBound) && catalog.cuesByPhrase[m.phrase].contains { $0.metric == metric && $0.weight >= Self.purposeWeight && $0.position != .context }
        }
        guard !named else { return metric }
        let topic = binder.visibleCues(binder.sentenceCues(in: u, range: title)) { $0 == student }
        return topic.contains { m in catalog.cuesByPhrase[m.phrase].contains { $0.metric == student && $0.weight >= Self.topicWeight } } ? student : metric
    }
    /// The weight of a cue that names aid money's purpose in its own clause (慰问金, 送温暖资金).
    static let purposeWeight = 3.0
    /// The weight of a title's word that makes it a text on student aid (助学).
    static let topicWeight = 4.0

    /// The metrics the value of what was handed out may count (goodsValue), the first unless the
    /// sentence leans to another.
    static let aidMoney = "aid.funds"
    static let studentAidMoney = "aid.education_funds"
    static let goodsValueMetrics = [aidMoney, studentAidMoney]
    /// The most characters between a value word and its sum (价值约, 金额共计).
    static let valueWordGap = 2
    /// The longest value word (总价值, 总金额).
    static let valueWordLength = 3
    /// How much after 的 names what a value is of (慰问品, 防暑降温物资).
    static let valuedNounLength = 6

    /// The clause of the figure's sentence right before its own (parted by , ; :), without
    /// its separator: what a clause that opens with a value or a coverage word goes on from.
    func clauseBefore(_ f: Figure) -> Range<Int>? {
        guard f.clause.lowerBound > f.sentence.lowerBound else { return nil }
        return Attribution.clauseStart(u, before: f.clause.lowerBound - 1, limit: f.sentence.lowerBound)..<(f.clause.lowerBound - 1)
    }

    /// The two Han characters right before a figure (spaces skipped): where the verb of a clause
    /// that states it stands (签订1082家), compared between parallel clauses.
    func verbBefore(_ q: Quantity) -> Range<Int>? {
        var e = q.range.lowerBound
        while e > 0 && u[e - 1] == 0x20 { e -= 1 }
        guard e >= 2, CodeUnit.isHan(u[e - 1]), CodeUnit.isHan(u[e - 2]) else { return nil }
        return (e - 2)..<e
    }

    /// Whether the clause up to `p` (at most 30 characters back) holds `verb`: 签订 in
    /// 外资企业签订集体合同46家 as in 外资企业签订76家.
    func statesWith(_ verb: Slice<UnsafeBufferPointer<UInt16>>, before p: Int) -> Bool {
        var a = p
        while a > 0 && p - a < 30 && !CodeUnit.clauseEnds.contains(u[a - 1]) { a -= 1 }
        var i = a
        while i + verb.count <= p {
            if u[i..<(i + verb.count)].elementsEqual(verb) { return true }
            i += 1
        }
        return false
    }

    /// A later member of a list whose member before it was made a record that `accepts` takes.
    private func listMember(_ f: Figure, made: [Made], accepts: (Int) -> Bool) -> Proposal? {
        // (An item of a list by commas only when its own words name nothing firmly: 就业培训564人次
        // after 帮扶…637人次 is training.)
        let weak = f.scored.first.map { $0.score < MetricBinder.threshold } ?? true
        let adjacent = listPredecessor(f.index, in: f.quantities, clause: f.clause)
        guard let previous = adjacent ?? (weak ? listPredecessor(f.index, in: f.quantities, clause: f.clause, visitedList: f.situation.visitedList) : nil),
              let m = Self.made(since: f.sentence.lowerBound, made).last(where: { $0.quantity.range == previous.range }), accepts(m.metric)
        else { return nil }
        // (An item by commas keeps its own noun in its surface: 家庭57户.)
        return Proposal(decision: .listMember, metrics: [m.metric], year: f.tableYear ?? .some(m.year),
                        surfaceStart: adjacent == nil ? f.scored.first(where: { $0.metric == m.metric })?.nearestBefore : nil, evidence: f.scored)
    }

    /// The metric that text outside the sentence (`context`) names, scored with the sentence's
    /// own cues, when the sentence alone named none and one metric clearly leads. `leaning`: the
    /// sentence alone leans to that metric and the context alone names it most.
    private func fromContext(_ context: Range<Int>?, weight: Double, _ decision: Decision, _ f: Figure, leaning: Bool = false) -> Proposal? {
        guard let context, f.scored.first.map({ $0.score < MetricBinder.threshold }) ?? true else { return nil }
        var situation = f.situation
        situation.heading = context
        situation.headingWeight = weight
        situation.headingTopicsOnly = leaning
        let contextCues = binder.visibleCues(binder.sentenceCues(in: u, range: context), accepts: f.fits)
        let rescored = binder.score(situation, cues: contextCues + f.unitCues, accepts: f.fits)
        guard let best = rescored.first, best.score >= MetricBinder.threshold, rescored.count == 1 || rescored[1].score * 1.1 < best.score,
              !leaning || (leansTo(best.metric, f.scored) && endsWithCue(of: best.metric, f)
                             && binder.score(situation, cues: contextCues, accepts: f.fits).first?.metric == best.metric)
        else { return nil }
        return Proposal(decision: decision, metrics: [best.metric], year: f.tableYear, evidence: rescored)
    }

    /// The scores lean to `metric`: it scores, and within a quarter of the best (参加 after 326家企业
    /// leans to participants about as much as 企业 to enterprises visited).
    private func leansTo(_ metric: Int, _ scored: [MetricBinder.Scored]) -> Bool {
        guard let top = scored.first, let own = scored.first(where: { $0.metric == metric }) else { return false }
        return own.score > 0 && own.score >= 0.75 * top.score
    }

    /// The figure's clause ends with a cue of `metric` (…企业参加,): the lean is its last word,
    /// not a verb with an object of its own (…参加了职工运动会).
    private func endsWithCue(of metric: Int, _ f: Figure) -> Bool {
        let e = contentEnd(f.clause)
        return f.cues.contains { m in m.range.upperBound == e && catalog.cuesByPhrase[m.phrase].contains { $0.metric == metric } }
    }

    /// Makes the records a proposal names and notes the decision.
    mutating func apply(_ p: Proposal, _ f: Figure, made: inout [Made], out: inout [MetricRecord]) {
        for m in p.metrics.map({ topicalAid($0, f) }) {
            emit(m, f.quantity, kind: .level, value: f.quantity.value, unit: f.unit == .percent ? .percent : f.recorded(m), year: p.year,
                 sentence: f.sentence, clause: f.clause, surfaceStart: p.surfaceStart, made: &made, out: &out, line: f.line,
                 extendSurfaceTo: p.extendSurfaceTo, part: p.part)
            if p.labelsRow { rowMetrics[f.line] = m }
        }
        note(f.quantity, p.decision, p.metrics, p.evidence)
    }
}
