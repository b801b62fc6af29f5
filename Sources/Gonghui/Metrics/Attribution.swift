/// Who a figure belongs to and which place it covers (records.md: federation, region).
///
/// In order: a union named as the subject of the figure's sentence or clause (吕良镇总工会发展
/// 会员超过300人; 省总工会 read as the province the text is about); a place as its subject
/// (其中湖南省获得…的集体有7家, 河南9家单位…); a scope word before it (我省, 全市, 全国 — not the
/// 全国 of an honour's name when a nearer place is named); the reporting body of its piece; and
/// without one, the scope the piece opens with (全国各级工会…, 本市工会系统…).
struct Attribution {
    let structure: DocumentStructure
    let scopes: ScopeWords
    let federations: FederationFinder
    let words: FunctionWords
    let dates: DateFinder
    let u: UnsafeBufferPointer<UInt16>
    /// Per piece: the scope its opening sentence states, for pieces without a reporting body.
    let openingScope: [UnionBody?]

    init(structure: DocumentStructure, scopes: ScopeWords, federations: FederationFinder, words: FunctionWords, dates: DateFinder,
         u: UnsafeBufferPointer<UInt16>) {
        self.structure = structure
        self.words = words
        self.dates = dates
        self.scopes = scopes
        self.federations = federations
        self.u = u
        var opening: [UnionBody?] = []
        for (k, piece) in structure.layout.pieces.enumerated() {
            guard structure.pieceBodies[k] == nil else { opening.append(nil); continue }
            // The piece's first paragraph that is not a heading, up to its first full stop.
            let layout = structure.layout
            // (Not a line of page furniture: a URL and a date, a row of bars.)
            let first = layout.lines.indices.first {
                piece.contains(layout.lines[$0].lowerBound) && !layout.isHeading[$0]
                    && u[layout.lines[$0]].lazy.filter(CodeUnit.isHan).count >= Self.paragraphMinimum
            }
            var scope: UnionBody? = nil
            if let f = first {
                let r = layout.lines[f]
                var e = r.lowerBound
                while e < r.upperBound && u[e] != 0x3002 { e += 1 }
                // An honour's 全国 (全国五一劳动奖…表彰大会) when no other scope opens the text:
                // a text no body speaks for, about national awards (aboutAwards).
                let found = scopes.occurrences(in: u, r.lowerBound..<e, names: true)
                if let s = found.first(where: { !$0.inName }) ?? (found.isEmpty || !Self.aboutAwards(u, r.lowerBound..<e, federations.words) ? nil : found.first) {
                    scope = Self.region(of: s.scope, spoken: Self.spokenLevel(s.range, u), body: nil, places: structure.places, gazetteer: federations.gazetteer, scopes: scopes)
                }
            }
            opening.append(scope)
        }
        openingScope = opening
    }

    /// The body and place of a figure at `q` in `sentence`. A figure in a headline (the
    /// piece's first line, a heading: 湖北远安县集体合同签订率达92%) speaks for the place it
    /// names, not for a body the headline does not name.
    func body(for q: Quantity, sentence: Range<Int>) -> UnionBody? {
        let found = attributedBody(for: q, sentence: sentence)
        guard let body = found, !body.name.isEmpty else { return found }
        let layout = structure.layout
        let line = layout.line(containing: q.range.lowerBound)
        let piece = layout.pieces[layout.piece(containing: q.range.lowerBound)]
        guard layout.isHeading[line],
              !(0..<line).reversed().prefix(while: { piece.contains(layout.lines[$0].lowerBound) }).contains(where: { !layout.lines[$0].isEmpty }),
              lastMention(in: layout.lines[line]) == nil else { return found }
        return body.region.map { UnionBody(name: "", region: $0) }
    }

    private func attributedBody(for q: Quantity, sentence: Range<Int>) -> UnionBody? {
        let layout = structure.layout
        let piece = layout.piece(containing: q.range.lowerBound)
        let reporting = structure.pieceBodies[piece]
        let clauseStart = Self.clauseStart(u, before: q.range.lowerBound, limit: sentence.lowerBound)
        // The subject: near the start of the sentence, or of the figure's clause (…,其中吕良镇总工会…;
        // the places that locate a body do not count: 宁波市北仑区大碶街道总工会).
        // A scope word of the figure's own clause (…公布表彰名单,我市有4个集体) is its subject, not
        // a body named earlier in the sentence.
        // So is a place opening it or right before the figure (…发布…名单,西安市10个工会户外劳动者
        // 服务站点被确认为…).
        let clauseScoped = !scopes.occurrences(in: u, clauseStart..<q.range.lowerBound).isEmpty
        // (Not a list of places: 黑龙江省总工会牵头,哈尔滨市、齐齐哈尔市共建立….)
        func clausePlace() -> Bool {
            subjectPlace(clause: clauseStart..<q.range.lowerBound, sentence: clauseStart..<sentence.upperBound) != nil
                && !(federations.placeTrie.longestPrefix(in: u, from: clauseStart, limit: q.range.lowerBound).map { words.isCoordinator(at: $0.1, in: u) } ?? false)
        }
        if let m = lastMention(in: sentence.lowerBound..<q.range.lowerBound), !m.deferential, !m.bystander,
           m.range.lowerBound >= clauseStart || !(clauseScoped || clausePlace()),
           opensSentence(m, sentence) || (m.range.lowerBound >= clauseStart && m.range.lowerBound - federations.afterPlaces(u, from: clauseStart, to: m.range.lowerBound) <= 4)
            // (…、吉林省总工会拿出20万元救灾款: a body right before its verb and the figure.)
            || (m.range.upperBound < q.range.lowerBound && q.range.lowerBound - m.range.upperBound <= Self.adjacentSubjectGap
                && (m.range.upperBound..<q.range.lowerBound).allSatisfy { CodeUnit.isHan(u[$0]) && !words.isCoordinator(at: $0, in: u) }
                // (Not one given to or taken from: 给临夏州总工会下拨35万元, 从省总工会争取到30万元,
                // 向A、B拨付…; a list's later member only when the list has no such word before it.)
                && !(clauseStart..<m.range.lowerBound).contains { words.isGiving(u[$0])
                    || words.starting(.sinceOpen, at: $0, in: u, limit: m.range.lowerBound) != nil }) {
            if let b = named(m, reporting: reporting) { return b }
        }
        // A place named as the subject of the clause or sentence, or right before the figure —
        // not one opening a name in a list the figure sums up (郑州市公交集团…等45个集体).
        let enumerated = q.range.lowerBound > sentence.lowerBound && words.isA(.enumerationEnd, u[q.range.lowerBound - 1])
        if !enumerated, let place = subjectPlace(clause: clauseStart..<q.range.lowerBound, sentence: sentence), place != reporting?.region {
            return UnionBody(name: "", region: place)
        }
        // A scope word before the figure in its clause, or opening an earlier clause of its
        // sentence (在全国率先… is no scope): the nearest place-level one, else 全国 — an honour's
        // 全国 only in a text no body speaks for (表彰全国五一劳动奖状255个).
        // A scope word at the head of the sentence, after at most a date (2020年全国共有…,已建…,
        // …会员人数为…), is the subject of all its clauses.
        // A list of figures parted by semicolons goes on with the scope that opened it (…显示:全市
        // 已建会单位8.61万家,…;发展新就业形态劳动者会员52.11万人;…).
        // Its own part first: 2023年,我市新建…;全国已建成…15.6万个 is the nation's.
        var found = scopes.occurrences(in: u, sentence.lowerBound..<q.range.lowerBound, names: reporting == nil).filter {
            $0.range.lowerBound >= clauseStart || $0.range.lowerBound == Self.clauseStart(u, before: $0.range.lowerBound, limit: sentence.lowerBound)
                || Self.opensWithDate(u, sentence.lowerBound..<$0.range.lowerBound, dates: dates)
        }
        if found.isEmpty {
            let full = YearResolver.fullSentenceStart(u, sentence.lowerBound)
            found = scopes.occurrences(in: u, full..<sentence.lowerBound, names: reporting == nil).filter {
                $0.range.lowerBound == Self.clauseStart(u, before: $0.range.lowerBound, limit: full)
                    || Self.opensWithDate(u, full..<$0.range.lowerBound, dates: dates)
            }
        }
        if let s = found.last(where: { $0.scope != .nation }) ?? found.last(where: { !$0.inName })
            ?? (found.isEmpty || !Self.aboutAwards(u, sentence, federations.words) ? nil : found.last) {
            // 近年来,南平市总工会紧紧围绕…。2020年以来,全市186家…: the body its paragraph opens with
            // is the one of that level — unless the text's own body is (a 市总工会 visiting 我市).
            let levels = scopes.levels(of: s.scope)
            if s.scope != .nation, !(reporting?.region?.last.map(levels.contains) ?? false),
               let opener = paragraphBody(before: sentence), let region = opener.region, let last = region.last, levels.contains(last),
               !Self.isPrefecture(region, under: s.scope, federations.gazetteer) { return opener }
            if let scoped = Self.region(of: s.scope, spoken: Self.spokenLevel(s.range, u), body: reporting, places: structure.places, gazetteer: federations.gazetteer, scopes: scopes) {
                if s.scope != .nation, scoped.name.isEmpty, let region = scoped.region,
                   let spoken = federationSpeaking(for: region, before: sentence.lowerBound, reporting: reporting) { return spoken }
                return scoped
            }
            // 我市 in a text that never names its city: the place is unknown — not the opening's,
            // nor that of a body of another level (全国总工会公布…名单,我市有4个集体…).
            if s.scope != .nation { return nil }
        }
        // A sentence that opens by referring back to the event of the sentence before it (本次评选…)
        // names no body of its own: the body that sentence named is its subject.
        if let carried = eventBody(before: sentence) { return carried }
        // A roundup of bodies, a paragraph each (8月23日,南康区总工会开展…。据了解,…共资助1108名):
        // the body a paragraph opens with speaks for its later sentences too.
        if let opener = paragraphBody(before: sentence) { return opener }
        // So does the place it opens with (2022年,全县新增工会33家…。建成职工之家4家…): not the body
        // of a title that only visits it (全国总工会调研组来我县调研).
        if let scoped = paragraphScope(before: sentence, reporting: reporting) { return scoped }
        if reporting == nil, let place = earlierSubjectPlace(clause: clauseStart..<q.range.lowerBound, sentence: sentence) {
            return UnionBody(name: "", region: place)
        }
        return reporting ?? openingScope[piece]
    }

    /// An award, a title conferred or a meeting in `r`: then an honour's 全国 (全国五一劳动奖章) may
    /// say whose figures these are; not in 走访了5位退休的全国劳模 (people visited).
    static func aboutAwards(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, _ words: UnionWords) -> Bool {
        [UnionWordKind.conferredTitle, .awarded, .meeting].contains { words.contains($0, in: u, r) }
    }

    /// The place a scope word names as the subject of the first sentence of `sentence`'s
    /// paragraph (at its start, after at most a date), when `sentence` comes later in that
    /// paragraph; not the nation's (a local text's paragraph may open with what holds nationwide).
    func paragraphScope(before sentence: Range<Int>, reporting: UnionBody?) -> UnionBody? {
        let layout = structure.layout
        let line = layout.lines[layout.line(containing: sentence.lowerBound)]
        guard sentence.lowerBound > line.lowerBound else { return nil }
        let window = min(sentence.lowerBound, line.lowerBound + Self.subjectReach)
        guard let s = scopes.occurrences(in: u, line.lowerBound..<window).first, s.scope != .nation,
              s.range.lowerBound == line.lowerBound || Self.opensWithDate(u, line.lowerBound..<s.range.lowerBound, dates: dates) else {
            // …or a place it opens with by name (2022年,青田县工会工作稳步推进。新建工会组织28家), the one
            // place its first sentence names besides the places that hold it (江山市是衢州开展…的先进
            // 典型; not 萧山区…,余杭区…; not 杭州市西湖区文三路的…中心, a location).
            var e = line.lowerBound
            while e < window && !Self.sentenceEnds.contains(u[e]) && !(u[e] == 0x2C && !Self.opensWithDate(u, line.lowerBound..<e, dates: dates)) { e += 1 }
            var full = e
            while full < sentence.lowerBound && !Self.sentenceEnds.contains(u[full]) { full += 1 }
            guard let place = subjectPlace(clause: line.lowerBound..<e, sentence: line.lowerBound..<e) else { return nil }
            // (Only apart from it: 杭州市西湖区文三路 is one address.)
            let gazetteer = federations.gazetteer
            let own = gazetteer.places(named: place)
            let matches = federations.placeMatcher.longestMatches(in: u, range: line.lowerBound..<full)
            guard let first = matches.first, matches.dropFirst().allSatisfy({ m in
                m.range.lowerBound > first.range.upperBound
                    && gazetteer.places(named: federations.placeNames.names[m.phrase]).contains { p in own.contains { gazetteer.isWithin($0, p) } }
            }) else { return nil }
            return place == reporting?.region ? reporting : UnionBody(name: "", region: place)
        }
        return Self.region(of: s.scope, spoken: Self.spokenLevel(s.range, u), body: reporting, places: structure.places, gazetteer: federations.gazetteer, scopes: scopes)
    }

    /// The last character of a scope word (全州 → 州): the level it speaks of.
    static func spokenLevel(_ word: Range<Int>, _ u: UnsafeBufferPointer<UInt16>) -> Character? {
        word.isEmpty ? nil : Unicode.Scalar(u[word.upperBound - 1]).map(Character.init)
    }

    /// How far back in its paragraph a federation speaking before a scope's figure is looked for.
    static let speakingReach = 600

    /// The federation of `region` that an earlier sentence of the paragraph has speak (市总工会始终
    /// 高度重视…。目前,全市共有…): the scope's figures are its, though the piece is another body's
    /// (全国总工会, whose grant the text reports). The nearest, within `speakingReach`.
    func federationSpeaking(for region: String, before p: Int, reporting: UnionBody?) -> UnionBody? {
        let layout = structure.layout
        let line = layout.lines[layout.line(containing: p)]
        let all = structure.mentions
        var k = firstMentionIndex(from: p) - 1
        while k >= 0 && all[k].range.lowerBound >= max(line.lowerBound, p - Self.speakingReach) {
            let m = all[k]
            k -= 1
            guard !m.deferential, !m.bystander, !m.masked, let b = named(m, reporting: reporting),
                  b.region == region, b.name.hasSuffix(federations.federation) else { continue }
            return b
        }
        return nil
    }

    /// The body a mention names. A bare level (县教育工会, 省总工会): the reporting body's place at
    /// that level, else the place of that level the text names most.
    func named(_ m: FederationFinder.Mention, reporting: UnionBody?) -> UnionBody? {
        if let b = m.body { return b }
        guard let level = m.level, !m.masked, federations.isPlaceLevel(level) else { return nil }
        if let region = reporting?.region, region.last == level { return UnionBody(name: region + m.kind, region: region) }
        return structure.places.dominant(level).map { UnionBody(name: $0 + m.kind, region: $0) }
    }

    /// The body named as the subject of the first sentence of `sentence`'s paragraph (near its
    /// start, after at most a date), when `sentence` comes later in that paragraph.
    func paragraphBody(before sentence: Range<Int>) -> UnionBody? {
        let layout = structure.layout
        let line = layout.lines[layout.line(containing: sentence.lowerBound)]
        // Read no further than the subject can stand (a paragraph may be a whole page on one
        // line, and this is asked for every figure).
        let window = min(sentence.lowerBound, line.lowerBound + Self.subjectReach)
        var end = line.lowerBound
        while end < window && !Self.sentenceEnds.contains(u[end]) { end += 1 }
        guard sentence.lowerBound > line.lowerBound,
              let m = firstMention(in: line.lowerBound..<end), !m.deferential, !m.bystander,
              m.range.lowerBound - line.lowerBound <= 12,
              // 职工互助保障计划是中华全国总工会倡导…: after 是 the body is said of a subject (a noun
              // phrase; not 今年是…, 特别是…, where the body acts).
              !isSaidOfSubject(line.lowerBound..<m.range.lowerBound) else { return nil }
        return named(m, reporting: structure.pieceBodies[layout.piece(containing: sentence.lowerBound)])
    }

    /// A 是 in `r` after a run of at least four Han characters (职工互助保障计划是…).
    func isSaidOfSubject(_ r: Range<Int>) -> Bool {
        var run = 0
        for i in r {
            if words.isA(.is, u[i]) && run >= 4 { return true }
            run = CodeUnit.isHan(u[i]) ? run + 1 : 0
        }
        return false
    }

    /// The marks that end a sentence, and how far into a paragraph its subject is looked for.
    static let sentenceEnds = UnitSet("。!?")
    static let subjectReach = 24

    /// The body named near the start of the sentence before `sentence`, in its paragraph, when
    /// `sentence` opens with an event anaphor (本次, 此次, 这次).
    func eventBody(before sentence: Range<Int>) -> UnionBody? {
        guard sentence.lowerBound > 0, opensWithEventAnaphor(sentence) else { return nil }
        // The sentence before, in the same paragraph (a line break ends the look-back).
        let start = YearResolver.fullSentenceStart(u, sentence.lowerBound - 1)
        guard start < sentence.lowerBound - 1,
              let m = lastMention(in: start..<(sentence.lowerBound - 1)), !m.deferential, !m.bystander, m.range.lowerBound - start <= 12
        else { return nil }
        return m.body
    }

    /// `sentence` opens with an event anaphor (本次, 此次, 这次): it speaks of an event named before.
    func opensWithEventAnaphor(_ sentence: Range<Int>) -> Bool {
        words.opensWithEventAnaphor(at: sentence.lowerBound, in: u, limit: u.count)
    }

    /// How far from its sentence's start a union is its subject (吕良镇总工会发展会员…).
    static let subjectReachFromStart = 12
    /// The most characters (a verb) between a body and a figure it is the subject of, wherever
    /// the body stands in its clause (…、吉林省总工会拿出20万元); with none between it is what the
    /// figure went to (拨付…、临夏州总工会35万元).
    static let adjacentSubjectGap = 3
    /// How long a sentence's opening clause of a date may be (截至2016年1月15日).
    static let dateClauseLength = 16

    /// The union `m` opens `sentence`: near its start, or near the end of an opening clause that is
    /// only a date (截至2016年1月15日,山西省总工会…: the subject of all the sentence's clauses).
    func opensSentence(_ m: FederationFinder.Mention, _ sentence: Range<Int>) -> Bool {
        // 东兰讯(通讯员 兰工)8月5日,东兰县总工会…: a dispatch's lead and byline come before the sentence proper.
        let start = min(afterLead(sentence.lowerBound, limit: sentence.upperBound), m.range.lowerBound)
        let offset = m.range.lowerBound - start
        if offset <= Self.subjectReachFromStart { return true }
        guard offset <= Self.subjectReachFromStart + Self.dateClauseLength + 1 else { return false }
        var e = start
        while e < sentence.upperBound && e - start <= Self.dateClauseLength && u[e] != 0x2C { e += 1 }
        guard e < sentence.upperBound, u[e] == 0x2C,
              Self.opensWithDate(u, start..<e, dates: dates, length: Self.dateClauseLength) else { return false }
        return m.range.lowerBound - (e + 1) <= Self.subjectReachFromStart
    }

    /// The stretch is only a date: 2020年, 2023年底, 截至6月 (at most `length` characters).
    static func opensWithDate(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, dates finder: DateFinder, length: Int = 10) -> Bool {
        guard !r.isEmpty, r.count <= length else { return false }
        let dates = finder.allDates(in: u, range: r)
        guard let d = dates.first, d.range.lowerBound - r.lowerBound <= 2 else { return false }
        return r.upperBound - (dates.last?.range.upperBound ?? r.upperBound) <= 1
    }

    /// 全县/我区 in a prefecture's report (舟山市总工会 quoting 岱山县) is no prefecture's: a 市 is a
    /// county scope's only as a county-level city.
    static func isPrefecture(_ region: String, under scope: ScopeWords.Scope, _ gazetteer: Gazetteer) -> Bool {
        scope == .county && gazetteer.places(named: region).contains { $0.level == .prefecture }
    }

    /// The place a scope word covers: the reporting body's when it is of that level (its name
    /// kept), else the text's own place of that level (with no body); the nation's region
    /// (scope-words.tsv `nation-region`) for the nation. The level the scope word itself says
    /// (全州, 我盟: 州, 盟) is tried first; a city scope's county-level city under a prefecture of
    /// that level stands for the prefecture.
    static func region(of scope: ScopeWords.Scope, spoken: Character? = nil, body: UnionBody?, places: DocumentPlaces, gazetteer: Gazetteer, scopes: ScopeWords) -> UnionBody? {
        if scope == .nation { return body?.region == scopes.nationRegion ? body : UnionBody(name: "", region: scopes.nationRegion) }
        var levels = scopes.levels(of: scope)
        if let spoken, let k = levels.firstIndex(of: spoken), k > 0 { levels.insert(levels.remove(at: k), at: 0) }
        if let region = body?.region, let last = region.last, levels.contains(last), !isPrefecture(region, under: scope, gazetteer) { return body }
        for level in levels {
            guard let place = places.dominant(level) else { continue }
            // 全区/我区 with 南通市 named: a county-level scope is no prefecture's city.
            if scope == .county && !gazetteer.places(named: place).contains(where: { $0.level == .county }) { continue }
            // 全省 with only 忻府区 named: a district is no province (an autonomous region or a
            // municipality is).
            if scope == .province && !gazetteer.places(named: place).contains(where: { $0.level == .province }) { continue }
            // 全州 with only 康定市 named: the prefecture it lies in, when that is of the level the
            // scope word says.
            if scope == .city, let spoken, level != spoken, case let candidates = gazetteer.places(named: place), candidates.count == 1,
               let parent = gazetteer.parent(of: candidates[0]), parent.level == .prefecture, parent.name.last == spoken {
                return UnionBody(name: "", region: parent.name)
            }
            return UnionBody(name: "", region: place)
        }
        return nil
    }

    /// The longest clause of the time since (自2004年云南省职工医疗互助活动启动以来) read past before a subject.
    static let sinceClauseLength = 40

    /// 湖南省 in 其中湖南省获得…的集体有7家, 山西省 in 山西省一个集体, 河南 in 河南9家单位: a place
    /// opening the clause or the sentence (after 其中) by its full name, or any form of it right
    /// before the figure; as its full name.
    func subjectPlace(clause: Range<Int>, sentence: Range<Int>) -> String? {
        // Right before the figure, any form of the name.
        if !clause.isEmpty, let (p, length) = federations.reversedPlaces.longestSuffix(in: u, before: clause.upperBound, limit: clause.lowerBound), length > 0 {
            return structure.places.resolve(p)?.name
        }
        let starts = clause.lowerBound == sentence.lowerBound ? [clause.lowerBound]
            : [max(clause.lowerBound, sentence.lowerBound), min(clause.lowerBound, sentence.lowerBound)]
        return subjectPlace(opening: starts, clause: clause)
    }

    /// The place opening an earlier clause of the sentence, nearest first: the subject a clause
    /// goes on with when no body speaks for the text (想职工所想,玉林市工会系统筹集200多万元,
    /// 为1500多名贫困生…).
    /// Not past a clause that opens with others or a scope of its own (其余各州市新建工会380家,
    /// 全市…), nor for a figure whose own clause does.
    func earlierSubjectPlace(clause: Range<Int>, sentence: Range<Int>) -> String? {
        guard sentence.lowerBound + 1 < clause.lowerBound, !opensWithOthers(clause) else { return nil }
        for c in (sentence.lowerBound..<clause.lowerBound - 1).reversed() where u[c] == 0x2C {
            let earlier = (c + 1)..<clause.lowerBound
            if opensWithOthers(earlier) { return nil }
            if let place = subjectPlace(opening: [c + 1], clause: clause) { return place }
        }
        return nil
    }

    /// A clause opening with other places (其余各州市, 其他县区: function-words others-opener, a
    /// place's level within three characters) or a scope word.
    private func opensWithOthers(_ r: Range<Int>) -> Bool {
        if let w = words.starting(.othersOpener, at: r.lowerBound, in: u, limit: r.upperBound),
           (r.lowerBound + w.count..<min(r.upperBound, r.lowerBound + w.count + 3)).contains(where: { federations.isLevel(u[$0]) }) { return true }
        // (Only a scope word at its start counts: no need to read the clause's rest.)
        let head = r.lowerBound..<min(r.upperBound, r.lowerBound + scopes.maxLength)
        return scopes.occurrences(in: u, head).first.map { $0.range.lowerBound == r.lowerBound } ?? false
    }

    /// The place named as the subject at one of `starts` (in order), read up to the clause's end.
    private func subjectPlace(opening starts: [Int], clause: Range<Int>) -> String? {
        for start in starts where start < clause.upperBound {
            var s = start
            // 玉林讯(通讯员…)8月25日,玉林市举行…: a dispatch's lead and its byline name no subject.
            s = afterLead(s, limit: clause.upperBound)
            // 2023年,云南省开展…,获…: a date opening the sentence, with its comma.
            if let d = dates.date(at: s, in: u, limit: clause.upperBound), d.range.upperBound < clause.upperBound, u[d.range.upperBound] == 0x2C { s = d.range.upperBound + 1 }
            // (8月25日,玉林市举行…: a month and day too.)
            else if let e = dates.monthDay(at: s, in: u, limit: clause.upperBound), e < clause.upperBound, u[e] == 0x2C { s = e + 1 }
            // 自2004年…启动以来,普洱市已…: a clause of the time since, with its comma.
            if words.starting(.sinceOpen, at: s, in: u, limit: clause.upperBound) != nil,
               let comma = (s..<min(clause.upperBound, s + Self.sinceClauseLength)).first(where: { u[$0] == 0x2C }),
               words.ending(.since, before: comma, in: u, limit: s) != nil { s = comma + 1 }
            // 3) 河南工会…, (二)全省…: a list number before the subject.
            while s < clause.upperBound, CodeUnit.isDigit(u[s]) || u[s] == 0x20 || words.isA(.enumerationMark, u[s]) { s += 1 }
            if let opener = words.starting(.clauseOpener, at: s, in: u, limit: clause.upperBound), s + opener.count < clause.upperBound { s += opener.count }
            // 近日,玉林市举行…: a time word and its comma (union-words clause-opener).
            else if let opener = federations.words.starting(.clauseOpener, at: s, in: u, limit: clause.upperBound), s + opener.count + 1 < clause.upperBound,
                    u[s + opener.count] == 0x2C { s += opener.count + 1 }
            // 全台湾共有128家产业工会: the whole of a place, named after the word that says so (not
            // 全州县, a place whose name opens with it).
            if federations.placeTrie.longestPrefix(in: u, from: s, limit: clause.upperBound) == nil,
               let whole = words.starting(.wholeOf, at: s, in: u, limit: clause.upperBound) { s += whole.count }
            guard var (p, end) = federations.placeTrie.longestPrefix(in: u, from: s, limit: clause.upperBound), var place = structure.places.resolve(p),
                  !federations.placeNames.isOlderFormInWord(p, end: end, in: u) else { continue }
            // 安徽省宿州市埇桥区…: a chain of full names names its last place.
            while federations.placeNames.names[p] == place.name, let (q, e) = federations.placeTrie.longestPrefix(in: u, from: end, limit: clause.upperBound),
                  let inner = structure.places.resolve(q), federations.placeNames.names[q] == inner.name,
                  // (江苏省南京市、苏州市等地: a list of places the province opens, not a chain.)
                  e >= clause.upperBound || (u[e] != 0x3001 && !words.isCoordinator(at: e, in: u)) {
                (p, end, place) = (q, e, inner)
            }
            // Only a full name (湖南省), not a short one opening an organisation's (郑州大学…) —
            // but a province's short name before a predicate of two characters or more or a scope
            // word is its own (云南开展…, 江苏全省…), unless the text names another place by it too
            // (吉林市) or the figure's own clause has a scope (浙江已将…,我市今年新建…); so is one
            // before a count, heading the list the count opens (山西4家单位、27名个人、29个集体获授…),
            // or before a total (菏泽共有2044个单位…), or before an adverb or a verb of the work no name
            // holds (湖北每年组织…, 湖北推荐评选…: function-words subject-after). A city's or county's short name is read so
            // only in a text that also names it in full (菏泽市工会第七次代表大会…菏泽共有…).
            if federations.placeNames.names[p] == place.name, end < clause.upperBound, !words.isA(.nameContinues, u[end]) { return place.name }
            if place.level == .province || structure.places.namesInFull(place), end < clause.upperBound,
               start == clause.lowerBound || scopes.occurrences(in: u, clause).isEmpty,
               (words.starting(.predicateOpener, at: end, in: u, limit: clause.upperBound)?.count ?? 0) >= 2 || !scopes.occurrences(in: u, end..<min(clause.upperBound, end + 2)).isEmpty
                || words.starting(.subjectAfter, at: end, in: u, limit: clause.upperBound) != nil
                || CodeUnit.isDigit(u[end]) || words.starting(.totalVerb, at: end, in: u, limit: clause.upperBound) != nil {
                let short = String(decoding: u[s..<end], as: UTF16.self)
                if !structure.places.counts.keys.contains(where: { $0 != place.name && $0.hasPrefix(short) }) { return place.name }
            }
            // 河南工会…: a place's unions at large, by any form of its name (not a medium named after
            // them: 湖南工会网9月1日讯).
            // (浙江基层工会数超15万家: the place's grassroots unions, union-words at-large.)
            let unions = end + (federations.words.starting(.atLarge, at: end, in: u, limit: clause.upperBound)?.count ?? 0)
            if let w = federations.words.starting(.unionWord, at: unions, in: u, limit: clause.upperBound), !federations.namesMedium(u, unions + w.count, limit: clause.upperBound) { return place.name }
        }
        return nil
    }

    /// Where the text after a dispatch's lead at `p` starts (玉林讯(通讯员应颖)8月25日…, 本报南宁9月3日电
    /// (记者王芳)…: after the place and date, 讯 or 电, and a bracketed byline), else `p`. The
    /// dispatch mark must be followed by a bracket, a digit or a space (not 国家电网).
    func afterDispatchLead(_ p: Int, limit: Int) -> Int {
        var k = p
        while k < limit, k - p < Self.dispatchLeadLength, CodeUnit.isHan(u[k]) || CodeUnit.isDigit(u[k]), !words.isA(.dispatch, u[k]) { k += 1 }
        guard k > p, k + 1 < limit, words.isA(.dispatch, u[k]) else { return p }
        k += 1
        if let past = CodeUnit.asideEnd(u, at: k, reach: Self.bylineLength, limit: limit) { return past }
        return CodeUnit.isDigit(u[k]) || CodeUnit.isSpace(u[k]) ? k : p
    }
    /// Where the sentence proper starts after a dispatch's lead or a bracketed byline at `p`.
    func afterLead(_ p: Int, limit: Int) -> Int { afterByline(afterDispatchLead(p, limit: limit), limit: limit) }

    /// After a bracketed byline opening at `p` ((通讯员 兰工)8月5日…: a bracket closed within
    /// `bylineLength` with no clause break inside), else `p`.
    func afterByline(_ p: Int, limit: Int) -> Int {
        guard p < limit, u[p] == 0x28 else { return p }
        var k = p + 1
        while k < limit, k - p < Self.bylineLength, u[k] != 0x29, u[k] != 0x2C, u[k] != 0x3002 { k += 1 }
        return k < limit && k - p < Self.bylineLength && u[k] == 0x29 ? k + 1 : p
    }
    /// The longest place and date before a dispatch mark (本报呼和浩特12月31日电), and the longest
    /// bracketed byline after it.
    static let dispatchLeadLength = 14
    static let bylineLength = 40

    /// The Han characters a line needs to be read as the opening paragraph.
    static let paragraphMinimum = 20

    /// The index of the first mention (they are in text order) starting at or after `p`.
    private func firstMentionIndex(from p: Int) -> Int {
        let all = structure.mentions
        var lo = 0, hi = all.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if all[mid].range.lowerBound < p { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The first union mention starting in `r` and ending within it.
    func firstMention(in r: Range<Int>) -> FederationFinder.Mention? {
        let all = structure.mentions
        let k = firstMentionIndex(from: r.lowerBound)
        return k < all.count && all[k].range.upperBound <= r.upperBound ? all[k] : nil
    }

    /// The last union mention starting in `r` and ending within it.
    func lastMention(in r: Range<Int>) -> FederationFinder.Mention? {
        let all = structure.mentions
        var k = firstMentionIndex(from: r.upperBound) - 1
        while k >= 0 && all[k].range.lowerBound >= r.lowerBound {
            if all[k].range.upperBound <= r.upperBound { return all[k] }
            k -= 1
        }
        return nil
    }

    /// Where the clause holding `p` starts (after the last , ; : before it).
    static func clauseStart(_ u: UnsafeBufferPointer<UInt16>, before p: Int, limit: Int) -> Int {
        var i = p
        while i > limit, u[i - 1] != 0x2C, u[i - 1] != 0x3B, u[i - 1] != 0x3A { i -= 1 }
        return i
    }

    /// `p` opens a clause, a sentence or a line.
    static func opensClause(_ u: UnsafeBufferPointer<UInt16>, at p: Int) -> Bool {
        p == 0 || [0x2C, 0x3B, 0x3A, 0x3002, 0x0A].contains(u[p - 1])
    }
}
