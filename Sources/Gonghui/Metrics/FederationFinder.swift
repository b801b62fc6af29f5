import Foundation

/// A union body a report names: 黄骅市总工会 (region 黄骅市), 全国总工会 (全国), 金湖县教育工会.
public struct UnionBody: Sendable, Hashable {
    public var name: String
    public var region: String?
}

/// Finds the union bodies a text names, and decides which one a document or a piece of a
/// compilation is about.
///
/// Names come from the gazetteer (every province, prefecture and county, full or short) plus
/// a union suffix (总工会, 总, or a kind of union from `union-kinds.txt`: 教育工会, 交通运输工会 …);
/// national aliases (全总) come from
/// `federation-aliases.tsv`. Masked names (**区总工会, X县总工会) are recognised so that a
/// piece about an unnamed body gets no federation rather than someone else's.
final class FederationFinder: Sendable {
    struct Mention: Sendable, Hashable {
        var range: Range<Int>
        /// nil for a masked name or a bare level (区总工会) that could not be resolved.
        var body: UnionBody?
        var masked: Bool
        /// A bare level reference (省总工会, 市总), resolved later against the document's place.
        var level: Character?
        /// The mention names a body the text defers to (在…领导下, 按照…, 被…授予).
        var deferential: Bool
        /// For a bare level, the kind of union it names (总工会, 教育工会 …); empty for a named body.
        var kind: String = ""
        /// The text names the body but does not speak for it: one of a list of awardees (贵阳市
        /// 总工会等4个单位被授予…), or the one that gives or judges (被全国总工会授予, 受到了全国总工会
        /// 的充分肯定).
        var bystander = false
        /// The body is awarded (…工会荣获…称号): in a title, what the text is about.
        var awardee = false
    }

    let gazetteer: Gazetteer
    let placeMatcher: PhraseMatcher
    /// The gazetteer's names, numbered as the place tries and matchers number them.
    let placeNames: PlaceNames
    /// Place names reversed: the place that ends right before a union suffix is found by
    /// reading back from the suffix, without scanning the whole text for places.
    let reversedPlaces: PrefixTrie
    /// Place names, for "does a place name start here".
    let placeTrie: PrefixTrie
    let aliasMatcher: PhraseMatcher
    let aliases: [(alias: String, body: UnionBody)]
    /// Aliases that name their body only in a text that also names the body's region: 工联会 is
    /// Hong Kong's federation in a Hong Kong text, and any place's 工会联合会 elsewhere (社区工联会).
    let aliasNeedsRegion: [Bool]

    /// The words names are read by (`union-words.tsv`), and the character classes among them.
    let words: UnionWords
    let masks: UnitSet
    let notShort: UnitSet
    let levelPrefixes: UnitSet
    /// 我 before a level: the text's own place (我区).
    let selfPrefixes: UnitSet
    let notNameStart: UnitSet
    /// Region levels and one-character town levels (省 市 县 区 镇 乡).
    let levels: UnitSet
    /// 镇, 乡: the levels of a town, whose text (我镇) may name no town.
    let townLevels: UnitSet
    let regionLevels: UnitSet
    /// The levels whose places' bare 工会 is their federation (区, 县, 旗).
    let bareLevels: UnitSet
    /// The federation suffix (总工会) and its short form (总).
    let federation: String
    let shortFederation: String
    /// 工会: the word every union's name ends with.
    let unionWord: String
    let unionWordUnits: [UInt16]
    /// Enterprise suffixes, the legal forms among them, longest first.
    let enterpriseSuffixes: [[UInt16]]
    let legalSuffixes: Set<[UInt16]>

    func isLevel(_ c: UInt16) -> Bool { levels.contains(c) }
    /// A mention's level that is a place's (市, 县, 镇), not a workplace's (段, 行) or a company's.
    func isPlaceLevel(_ level: Character) -> Bool { level.utf16.count == 1 && levels.contains(level.utf16.first!) }

    /// 总工会 and the kinds of union a place can be followed by, longest first at a position.
    let unionKinds: PrefixTrie
    let unionKindNames: [String]

    /// Words that, right after a place name, make it a street's (南京东路, 中山大道): scope-words.tsv.
    let streets: [[UInt16]]

    init(gazetteer: Gazetteer, aliasFile: DictionaryFile, kindsFile: DictionaryFile, wordsFile: DictionaryFile, streets: [[UInt16]] = []) throws(GonghuiError) {
        self.gazetteer = gazetteer
        self.streets = streets
        let words = try UnionWords(wordsFile)
        self.words = words
        masks = words.characters(.mask)
        notShort = words.characters(.notShort)
        levelPrefixes = words.characters(.levelPrefix)
        selfPrefixes = words.characters(.selfPrefix)
        notNameStart = words.characters(.notNameStart)
        regionLevels = words.characters(.regionLevel)
        bareLevels = words.characters(.bareLevel)
        levels = UnitSet(words[.regionLevel].map { $0[0] } + words[.townLevel].filter { $0.count == 1 }.map { $0[0] })
        townLevels = UnitSet(words[.townLevel].filter { $0.count == 1 }.map { $0[0] })
        federation = words.strings(.federation)[0]
        shortFederation = words.strings(.shortFederation)[0]
        enterpriseSuffixes = (words[.enterpriseSuffix] + words[.legalSuffix]).sorted { $0.count > $1.count }
        legalSuffixes = Set(words[.legalSuffix])
        let unionWord = words.strings(.unionWord)[0]
        self.unionWord = unionWord
        unionWordUnits = Array(unionWord.utf16)
        var kinds = [federation]
        for line in kindsFile.lines {
            guard line.fields.count == 1, line.text.contains(unionWord) else { throw kindsFile.error(line, "expected one word naming a union (…\(unionWord))") }
            if !kinds.contains(line.text) { kinds.append(line.text) }
        }
        unionKindNames = kinds
        unionKinds = PrefixTrie(kinds)
        placeNames = PlaceNames(gazetteer)
        let names = placeNames.names
        placeMatcher = PhraseMatcher(names)
        var reversed = PrefixTrie()
        for (k, name) in names.enumerated() { reversed.insert(String(name.reversed()), index: k) }
        reversedPlaces = reversed
        placeTrie = PrefixTrie(names)
        var list: [(String, UnionBody)] = []
        var needs: [Bool] = []
        for line in aliasFile.lines {
            try aliasFile.require(line, fields: 2)
            let region = line.fields.count > 2 && !line.fields[2].isEmpty ? line.fields[2] : nil
            list.append((line.fields[0], UnionBody(name: line.fields[1], region: region)))
            let needsRegion = line.fields.count > 3 && line.fields[3] == Self.needsRegionFlag
            if line.fields.count > 3 && !needsRegion {
                throw aliasFile.error(line, "the fourth column may only be \(Self.needsRegionFlag)")
            }
            needs.append(needsRegion)
        }
        aliases = list
        aliasNeedsRegion = needs
        aliasMatcher = PhraseMatcher(list.map(\.0))
    }

    /// How far after a body named after 由 its verb of organising is looked for.
    static let organisingReach = 24

    /// The fourth column of federation-aliases.tsv for an alias that needs its region named.
    static let needsRegionFlag = "needs-region"

    // MARK: Mentions

    func mentions(in u: UnsafeBufferPointer<UInt16>, range: Range<Int>, places: DocumentPlaces) -> [Mention] {
        var out: [Mention] = []
        for m in aliasMatcher.longestMatches(in: u, range: range) {
            // 中国教育工会浙江省委员会: a national union's committee of a place is that place's —
            // a body of its own, named in full, when its committee word follows (中国金融工会浙江
            // 工作委员会共有会员单位37家).
            if m.range.upperBound < range.upperBound,
               let (p, placeEnd) = placeTrie.longestPrefix(in: u, from: m.range.upperBound, limit: min(range.upperBound, m.range.upperBound + 12)) {
                if let tail = words.starting(.nameTail, at: placeEnd, in: u, limit: range.upperBound), let place = places.resolve(p) {
                    out.append(namedMention(u, m.range.lowerBound..<(placeEnd + tail.count), region: place.name, limit: range.lowerBound))
                }
                continue
            }
            // 中国能源化学工会华东电力工作委员会: a committee of a sector or an area is a body of its own,
            // of no one place.
            if let k = (m.range.upperBound..<min(range.upperBound, m.range.upperBound + Self.committeeNameLength)).first(where: { !CodeUnit.isHan(u[$0]) || words.starting(.workCommittee, at: $0, in: u, limit: range.upperBound) != nil }),
               k > m.range.upperBound, let tail = words.starting(.workCommittee, at: k, in: u, limit: range.upperBound) {
                out.append(namedMention(u, m.range.lowerBound..<(k + tail.count), region: nil, limit: range.lowerBound))
                continue
            }
            // …and not after a word that makes it a place's own (某某街道工联会 in a text about a visit to 香港).
            if aliasNeedsRegion[m.phrase], let region = aliases[m.phrase].body.region {
                if places.counts[region] == nil { continue }
                if !opensName(u, at: m.range.lowerBound, limit: range.lowerBound) { continue }
            }
            out.append(Mention(range: m.range, body: aliases[m.phrase].body, masked: false, level: nil,
                               deferential: isDeferential(u, m.range.lowerBound, range.lowerBound)))
        }
        // Union suffixes (总工会, 教育工会, 总 …), found once; then the name before each.
        var suffixes: [(start: Int, end: Int, suffix: String)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if unionKinds.mayStart(with: u[i]), let (suffix, end) = unionSuffix(u, at: i, limit: range.upperBound) {
                suffixes.append((i, end, suffix))
                i = end
            } else if let end = townUnion(u, at: i, range: range) {
                suffixes.append((i, end, unionWord))
                i = end
            } else if let end = bareFederation(u, at: i, range: range, places: places) {
                suffixes.append((i, end, federation))
                i = end
            } else {
                i += 1
            }
        }
        // A place right before the suffix.
        for (i, suffixEnd, suffix) in suffixes {
            if let (start, place) = provinceByShortForm(u, before: i, limit: range.lowerBound, places: places) {
                if !out.contains(where: { $0.range.overlaps(start..<suffixEnd) }) {
                    out.append(Mention(range: start..<suffixEnd, body: UnionBody(name: place.name + fullSuffix(suffix), region: place.name),
                                       masked: false, level: nil, deferential: isDeferential(u, start, range.lowerBound)))
                }
                continue
            }
            guard let (p, length) = reversedPlaces.longestSuffix(in: u, before: i, limit: max(range.lowerBound, i - 16)) else { continue }
            var start = i - length
            let name = placeNames.names[p]
            // 总 alone ("黄骅市总出台") only after a full name ending in a level (市 县 区 省).
            if suffix == shortFederation && !(name.utf16.last.map(regionLevels.contains) ?? false) { continue }
            let preceding: UInt16? = start > range.lowerBound ? u[start - 1] : nil
            // 州教育工会和县总工会: 和 joins two bodies; 和县 is no place here (the bare level
            // 县总工会 is read below).
            if isWordThenLevel(u, start..<i, limit: range.lowerBound) { continue }
            var region: String
            if length == 2, let c = preceding, CodeUnit.isHan(c), !notNameStart.contains(c), !levelPrefixes.contains(c), !isLevel(c),
               isLevel(u[i - 1]), let a = townNameStart(u, before: i - 1, limit: max(range.lowerBound, start - 4)), a < start,
               // (Not 今年寿县总工会, 今年以来寿县总工会: a word of time ends where the name starts.)
               !(words.ending(.clauseOpener, before: start, in: u, limit: range.lowerBound).map { start - $0.count <= a } ?? false) {
                // 潼南县 (renamed since): a name the gazetteer only holds the end of (南县) is the
                // longer name as written.
                start = a
                region = String(decoding: u[a..<i], as: UTF16.self)
            } else {
                guard let place = places.resolve(p) else { continue }
                region = place.name
            }
            let bodyName = region + fullSuffix(suffix)
            if !out.contains(where: { $0.range.overlaps(start..<suffixEnd) }) {
                out.append(Mention(range: start..<suffixEnd, body: UnionBody(name: bodyName, region: region),
                                   masked: false, level: nil, deferential: isDeferential(u, start, range.lowerBound)))
            }
        }
        out.append(contentsOf: levelAndMaskedMentions(u, range, suffixes: suffixes, existing: out))
        out.append(contentsOf: enterpriseMentions(u, range, places: places).filter { m in !out.contains { $0.range.overlaps(m.range) } })
        out.sort { $0.range.lowerBound < $1.range.lowerBound }
        // Listed or awarded: by the words after the name, or after the quoted name of its project
        // (兴平市总工会“爱心捐赠屋”…荣获); a name joined to the next one of a list (A和B等14个单位,
        // A、B荣获) is what that one is.
        var listed = [Bool](repeating: false, count: out.count)
        for k in out.indices.reversed() {
            let r = out[k].range
            // A quoted name (授予“煤炭公司工会”、“煤矸发电厂工会”等18个…) is read past its closing quote.
            let closed = r.upperBound < range.upperBound && u[r.upperBound] == 0x201D ? r.upperBound + 1 : r.upperBound
            let after = Self.afterQuotedName(u, closed, limit: range.upperBound)
            if words.starting(.listing, at: after, in: u, limit: range.upperBound) != nil || listsBehindTail(u, after, limit: range.upperBound) { listed[k] = true }
            // 山西建龙实业有限公司工会获“全国工会系统先进集体”称号: an awardee (but 获悉 is hearing).
            if awarded(u, at: after, limit: range.upperBound) { listed[k] = true; out[k].awardee = true }
            // 全总十四大有关文件, 省总工会文件精神: a body cited by its congress or documents does not speak.
            if words.starting(.citedAfter, at: after, in: u, limit: range.upperBound) != nil { out[k].bystander = true }
            // 梧州工会网讯, 河南工会报: a body's name in a medium's names the medium, not who speaks.
            if namesMedium(u, after, limit: range.upperBound) { out[k].bystander = true }
            // 全国总工会、省总工会…领导也纷纷给予了充分肯定: bodies praising the work look on (the
            // whole list, as a list of awardees is).
            if praisesAfter(u, after, limit: range.upperBound) { listed[k] = true }
            // 其中全国总工会职工书屋示范点15个: the title a body confers, counted, names the body only.
            if namesCountedTitle(u, after, limit: range.upperBound) { out[k].bystander = true }
            // (区总工会…与省、市总工会一起共为900余名职工送去…: a partner the subject works with.)
            // (Only with another body named before it to speak: 市人社局与市总工会共同举办… leaves the union its figures.)
            if words.starting(.partnerAfter, at: after, in: u, limit: range.upperBound) != nil, k > 0,
               let joint = (max(range.lowerBound, r.lowerBound - Self.partnerReach)..<r.lowerBound).last(where: { words.ending(.partnerBefore, before: $0 + 1, in: u, limit: range.lowerBound) != nil }),
               !(joint..<r.lowerBound).contains(where: { u[$0] == 0x2C || u[$0] == 0x3002 || u[$0] == 0x3B }) {
                out[k].bystander = true
            }
            // 今年是中华全国总工会成立100周年: a body whose anniversary is celebrated does not speak.
            if words.ending(.celebrates, before: r.lowerBound, in: u, limit: range.lowerBound) != nil,
               let f = words.starting(.founded, at: after, in: u, limit: range.upperBound),
               (after + f.count..<min(range.upperBound, after + f.count + 8)).contains(where: { words.starting(.anniversary, at: $0, in: u, limit: range.upperBound) != nil }) {
                out[k].bystander = true
            }
            if k + 1 < out.count, listed[k + 1], let joint = words.starting(.listJoint, at: after, in: u, limit: range.upperBound),
               after + joint.count == out[k + 1].range.lowerBound - (u[out[k + 1].range.lowerBound - 1] == 0x201C ? 1 : 0) { listed[k] = true }
            if listed[k] || words.ending(.giver, before: r.lowerBound, in: u, limit: range.lowerBound) != nil { out[k].bystander = true }
        }
        return out
    }

    /// 广西区总工会, 宁夏区总: a province's short form and the last character of its full name
    /// (the 区 of 自治区) name the province, not a district written as the text has it (西区 is a
    /// district of 攀枝花市). The start of the name and the province.
    func provinceByShortForm(_ u: UnsafeBufferPointer<UInt16>, before i: Int, limit: Int, places: DocumentPlaces) -> (Int, Gazetteer.Place)? {
        let level = i - 1
        guard level > limit, isLevel(u[level]),
              let (p, length) = reversedPlaces.longestSuffix(in: u, before: level, limit: max(limit, level - Self.shortFormLength)),
              let place = places.resolve(p), place.level == .province, place.name != placeNames.names[p],
              // (广东省: a short form and its level that spell the full name go the usual way.)
              place.name.utf16.count != length + 1, place.name.utf16.last == u[level] else { return nil }
        return (level - length, place)
    }

    /// The longest short form of a province (内蒙古).
    static let shortFormLength = 3

    /// How far before a partner's name the word that joins it to the subject may end (与省、市总工会).
    static let partnerReach = 4

    /// How far after a name its praise may start (领导也纷纷给予…).
    static let praiseReach = 8

    /// A word of praise given (给予了充分肯定) a few characters after a name, in its clause.
    func praisesAfter(_ u: UnsafeBufferPointer<UInt16>, _ p: Int, limit: Int) -> Bool {
        var e = p
        while e < limit, e - p <= Self.praiseReach, CodeUnit.isHan(u[e]) {
            if words.starting(.praises, at: e, in: u, limit: limit) != nil { return true }
            e += 1
        }
        return false
    }

    /// 教育工会和县总工会: a two-character name opening with 和 (与, 在 …) right after a word is that
    /// word's joint and a bare level, not the place 和县 (after a place's level, 安徽省和县, it is one).
    func isWordThenLevel(_ u: UnsafeBufferPointer<UInt16>, _ name: Range<Int>, limit: Int) -> Bool {
        guard name.count == 2, notNameStart.contains(u[name.lowerBound]), name.lowerBound > limit else { return false }
        let c = u[name.lowerBound - 1]
        return CodeUnit.isHan(c) && !isLevel(c)
    }

    /// A title the body confers (conferred-title) right after its name, and a count (not a year)
    /// right after the title: 全国总工会职工书屋示范点15个 counts the title's holders, the body is only named
    /// (全国总工会共表彰全国五一劳动奖状300个: a verb between, and the body speaks).
    func namesCountedTitle(_ u: UnsafeBufferPointer<UInt16>, _ after: Int, limit: Int) -> Bool {
        guard let w = words.starting(.conferredTitle, at: after, in: u, limit: limit) else { return false }
        return countsAfter(u, after + w.count, limit: limit)
    }

    /// An award word at `i` (荣获, 被评为; not 获悉).
    func awarded(_ u: UnsafeBufferPointer<UInt16>, at i: Int, limit: Int) -> Bool {
        words.starting(.awarded, at: i, in: u, limit: limit) != nil && words.starting(.notAwarded, at: i, in: u, limit: limit) == nil
    }

    /// How far after a listed person's 等 the word that honours them is looked for.
    static let awardReach = 16

    /// 福州某公司工会委员会等35家, 某公司工会副主席陈某等33位, 某市总工会党组书记、副主席彭某被
    /// 授予…: a listing or award word behind the rest of the name (name-tail), or behind officials
    /// of the union and a person's name (two to four characters; two or three with no official
    /// before it), makes the union one of a list,
    /// or a listed or honoured person's. After a person, 等 lists only before a number: 主席王某等
    /// 一行 is a delegation the union sends.
    func listsBehindTail(_ u: UnsafeBufferPointer<UInt16>, _ after: Int, limit: Int) -> Bool {
        if let tail = words.starting(.nameTail, at: after, in: u, limit: limit) {
            return words.starting(.listing, at: after + tail.count, in: u, limit: limit) != nil || awarded(u, at: after + tail.count, limit: limit)
        }
        var name = after
        while let title = words.starting(.official, at: name, in: u, limit: limit) {
            name += title.count
            if name < limit, u[name] == 0x3001 { name += 1 }  // 党组书记、常务副主席
        }
        // (定海城东街道总工会袁国平等11位同志获…: a person's name, two or three characters, may
        // follow the name directly.)
        for length in 2...(name > after ? 4 : 3) where name + length < limit {
            let i = name + length
            guard CodeUnit.isHan(u[i - 1]) else { return false }
            if awarded(u, at: i, limit: limit) { return true }
            if let w = words.starting(.listing, at: i, in: u, limit: limit) {
                guard i + w.count < limit, CodeUnit.isDigit(u[i + w.count]) else { return false }
                // (With no official's title, only those honoured: 泉山区总工会刘洋等4名工会干部深入企业
                // is the union's own team.)
                return name > after || (i..<min(limit, i + Self.awardReach)).contains { awarded(u, at: $0, limit: limit) }
            }
        }
        return false
    }

    /// Where the words after a name start: past the quoted name of its project or brand, if one
    /// follows on the same line (…总工会“爱心捐赠屋”和…).
    static func afterQuotedName(_ u: UnsafeBufferPointer<UInt16>, _ i: Int, limit: Int) -> Int {
        guard i < limit, u[i] == 0x201C else { return i }
        var j = i + 1
        while j < limit && j - i <= 24 {
            if u[j] == 0x201D { return j + 1 }
            if u[j] == 0x0A || u[j] == 0x201C { return i }
            j += 1
        }
        return i
    }

    /// 总工会 for its short form 总, else the suffix as written.
    func fullSuffix(_ suffix: String) -> String { suffix == shortFederation ? federation : suffix }

    /// 总工会 / 交通运输工会 … / 总 (not 总书记, 总体, 总数…) at `i`.
    private func unionSuffix(_ u: UnsafeBufferPointer<UInt16>, at i: Int, limit: Int) -> (String, Int)? {
        guard i < limit else { return nil }
        if let (k, end) = unionKinds.longestPrefix(in: u, from: i, limit: min(limit, i + unionKinds.maxLength)) { return (unionKindNames[k], end) }
        // 总 as an abbreviation: followed by a verb or punctuation, not by a word it starts.
        if let short = words.starting(.shortFederation, at: i, in: u, limit: limit) {
            let next = i + short.count < limit ? u[i + short.count] : 0x2C
            if !notShort.contains(next) { return (shortFederation, i + short.count) }
        }
        return nil
    }

    /// 省总工会 市总 区总工会 (a level without a name), and **区总工会 (a masked name).
    private func levelAndMaskedMentions(_ u: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, suffixes: [(start: Int, end: Int, suffix: String)],
                                        existing: [Mention]) -> [Mention] {
        var out: [Mention] = []
        for (suffixStart, end, suffix) in suffixes where suffixStart - 1 >= range.lowerBound {
            // 街道 is a two-character level (岳阳街道总工会).
            let townLevel = words.ending(.townLevel, before: suffixStart, in: u, limit: range.lowerBound)
            let street = (townLevel?.count ?? 0) > 1
            let i = suffixStart - (street ? townLevel!.count : 1)
            let c = u[i]
            let levelEnd = suffixStart
            // A masked zone: __经济开发区总工会.
            if let w = words[.zone].first(where: { w in
                let z = suffixStart - w.count
                return z - 1 >= range.lowerBound && (0..<w.count).allSatisfy({ u[z + $0] == w[$0] }) && masks.contains(u[z - 1])
            }) {
                var k = suffixStart - w.count
                while k > range.lowerBound, masks.contains(u[k - 1]) { k -= 1 }
                out.append(Mention(range: k..<end, body: nil, masked: true, level: nil, deferential: false))
                continue
            }
            // Development zones and parks: 长春经济技术开发区工会联合会 (region: the zone).
            if let nameStart = zoneName(u, before: suffixStart, limit: range.lowerBound) {
                if !existing.contains(where: { $0.range.overlaps(nameStart..<end) }) {
                    let zone = String(decoding: u[nameStart..<suffixStart], as: UTF16.self)
                    out.append(Mention(range: nameStart..<end, body: UnionBody(name: zone + fullSuffix(suffix), region: zone),
                                       masked: false, level: nil, deferential: isDeferential(u, nameStart, range.lowerBound)))
                }
                continue
            }
            guard isLevel(c) || street else { continue }
            if existing.contains(where: { $0.range.contains(i) }) { continue }
            // Masked: ** or X right before the level.
            var k = i
            var maskCount = 0
            while k > range.lowerBound, self.masks.contains(u[k - 1]) { k -= 1; maskCount += 1 }
            if maskCount > 0 {
                out.append(Mention(range: k..<end, body: nil, masked: true, level: nil, deferential: false))
            } else if let w = words.ending(.provinceWord, before: i, in: u, limit: range.lowerBound), opensName(u, at: i - w.count, limit: range.lowerBound) {
                // 自治区总工会: an autonomous region's federation by its level alone, a province's.
                out.append(Mention(range: (i - w.count)..<end, body: nil, masked: false, level: DocumentPlaces.provinceLevel,
                                   deferential: isDeferential(u, i - w.count, range.lowerBound), kind: fullSuffix(suffix)))
            } else if opensName(u, at: i, limit: range.lowerBound) {
                // A bare level: 区总工会, 我市总工会, 全市总工会.
                out.append(Mention(range: i..<end, body: nil, masked: false, level: Character(Unicode.Scalar(u[levelEnd - 1])!),
                                   deferential: isDeferential(u, i, range.lowerBound), kind: fullSuffix(suffix)))
            } else if townLevel != nil, let a = townNameStart(u, before: i, limit: range.lowerBound),
                      // (乡镇总工会, 全市乡镇总工会: unions at large, as townUnion reads 乡镇工会.)
                      !levelPrefixes.contains(u[a]), i - 1 < range.lowerBound || !levelEndsPlace(u, i, from: a) {
                // Towns and streets are not in the gazetteer: 吕良镇总工会 → 吕良镇, 岳阳街道总工会 → 岳阳街道.
                let town = String(decoding: u[a..<levelEnd], as: UTF16.self)
                out.append(Mention(range: a..<end, body: UnionBody(name: town + fullSuffix(suffix), region: town), masked: false,
                                   level: nil, deferential: isDeferential(u, a, range.lowerBound)))
            }
        }
        return out
    }

    /// 横河镇工会, 岳阳街道工会: a town's or street's own union is often just its 工会. The end of
    /// 工会 at `i`, when a town's name stands before its level (not 乡镇工会, 各镇工会 or 全区街道工会,
    /// which name unions at large; nor 各街道镇工会, 6月份镇工会 or 部分镇工会).
    private func townUnion(_ u: UnsafeBufferPointer<UInt16>, at i: Int, range: Range<Int>) -> Int? {
        let word = unionWordUnits
        guard i + word.count <= range.upperBound, (0..<word.count).allSatisfy({ u[i + $0] == word[$0] }),
              let level = words.ending(.townLevel, before: i, in: u, limit: range.lowerBound),
              let a = townNameStart(u, before: i - level.count, limit: range.lowerBound),
              !levelPrefixes.contains(u[a]), !levelEndsPlace(u, i - level.count, from: a),
              words.ending(.townLevel, before: i - level.count, in: u, limit: a) == nil,
              // 部分镇工会, 所辖乡工会: a modifier, no town's name.
              words.starting(.generic, at: a, in: u, limit: i - level.count) == nil else { return nil }
        // 各街道镇工会, 6月份镇工会: what stands before the name makes it none.
        if a > range.lowerBound, levelPrefixes.contains(u[a - 1]) || CodeUnit.isDigit(u[a - 1]) { return nil }
        return i + word.count
    }

    /// Whether the character before a town's level at `p` is a level that ends a place or a
    /// place's towns at large (全市街道工会, 乡镇总工会) — not one inside a street's own name that
    /// the gazetteer does not know (东花市街道).
    /// (乡镇街道, 县乡镇, 市区街道: levels alone, no name; 东花市: two characters of a name before its 市.)
    func levelEndsPlace(_ u: UnsafeBufferPointer<UInt16>, _ p: Int, from a: Int) -> Bool {
        guard p > 0, isLevel(u[p - 1]) else { return false }
        if words.ending(.townLevel, before: p, in: u, limit: min(a, p - 1)) != nil { return true }
        if reversedPlaces.longestSuffix(in: u, before: p, limit: min(a, p - 1)) != nil { return true }
        return (a..<p).filter { !isLevel(u[$0]) }.count < Self.townNameMinimum
    }
    /// The fewest characters other than levels a town's name holds (东花 of 东花市街道).
    static let townNameMinimum = 2

    /// A word right after 工会 at `end` that makes it a kind of union at large (区工会组织, 基层工会数) —
    /// not 组织 as the body's verb (宜宾车务段工会组织开展…, 工会组织职工…).
    func kindFollows(_ u: UnsafeBufferPointer<UInt16>, at end: Int, limit: Int) -> Bool {
        guard let kind = words.starting(.kindAfter, at: end, in: u, limit: limit) else { return false }
        return words.starting(.actsAfterKind, at: end + kind.count, in: u, limit: limit) == nil
    }

    /// A workplace union named in full once (成都铁路局宜宾车务段工会, 淅川县电业局工会) and by a
    /// short form elsewhere (宜宾车务段工会, 淅川局工会: its end, or its characters in order from where
    /// its first two stand together, not a name it opens with) is that one body, by its full name. Not a federation (南京市总工会 is no short
    /// form of 南京市江宁区总工会), and only when one full name fits.
    func expandShortNames(_ mentions: inout [Mention]) {
        let federation = words[.federation][0]
        let named = Set(mentions.compactMap(\.body).filter { !$0.name.hasSuffix(String(decoding: federation, as: UTF16.self)) })
        guard named.count > 1 else { return }
        let union = words[.unionWord][0]
        func shortens(_ short: [UInt16], _ full: [UInt16]) -> Bool {
            guard short.count < full.count, short.count >= Self.shortNameMinimum else { return false }
            if full.suffix(short.count).elementsEqual(short) { return true }
            // (北京银行工会 is the bank's union, not short for 北京银行总行工会: a name the full one
            // opens with names the whole it belongs to.)
            // (Its first two characters stand together in the full name: 淅川局 in 淅川县电业局, 胜利油田 in
            // 中国石化胜利油田分公司.)
            guard short.count > 2, short.last == full.last, !full.starts(with: short.dropLast(union.count)),
                  let opening = (0..<(full.count - 1)).first(where: { full[$0] == short[0] && full[$0 + 1] == short[1] }) else { return false }
            var k = 0
            for c in full[opening...] where k < short.count && c == short[k] { k += 1 }
            return k == short.count
        }
        let units = named.map { ($0, Array($0.name.utf16)) }
        var expanded: [UnionBody: UnionBody] = [:]
        for (body, short) in units {
            let fulls = units.filter { shortens(short, $0.1) }
            if fulls.count == 1 { expanded[body] = UnionBody(name: fulls[0].0.name, region: fulls[0].0.region ?? body.region) }
        }
        guard !expanded.isEmpty else { return }
        for k in mentions.indices { if let b = mentions[k].body, let full = expanded[b] { mentions[k].body = full } }
    }
    /// The fewest characters of a short form of a union's name (淅川局工会).
    static let shortNameMinimum = 5

    /// 武汉市青山区工会开展…, 县工会积极行动: the end of 工会 at `i` when it is a county-level place's
    /// federation — after a bare level (区, 县, 旗), with no word after it making it the place's
    /// unions at large (青山区工会系统, 县工会工作, 区工会组织); and before the level either a place name
    /// standing on its own, or nothing that names another body (see `standsAlone`); or after a
    /// city's or county's name itself (see `cityUnion`).
    private func bareFederation(_ u: UnsafeBufferPointer<UInt16>, at i: Int, range: Range<Int>, places: DocumentPlaces) -> Int? {
        guard i > range.lowerBound, u[i] == unionWordUnits[0], let word = words.starting(.unionWord, at: i, in: u, limit: range.upperBound) else { return nil }
        let end = i + word.count
        if words.starting(.systemAfter, at: end, in: u, limit: range.upperBound) != nil
            || kindFollows(u, at: end, limit: range.upperBound) { return nil }
        guard bareLevels.contains(u[i - 1]) else { return cityUnion(u, before: i, range: range, places: places) ? end : nil }
        // (The place's name stands on its own: after another place's level, a boundary or a word
        // that opens a clause — not inside a word, 平朔煤矿矿区工会.)
        if let (p, length) = reversedPlaces.longestSuffix(in: u, before: i, limit: max(range.lowerBound, i - 16)),
           placeNames.names[p].utf16.last.map(bareLevels.contains) == true {
            let start = i - length
            if start == range.lowerBound || !CodeUnit.isHan(u[start - 1]) || isLevel(u[start - 1]) || notNameStart.contains(u[start - 1]) { return end }
        }
        return standsAlone(u, level: i - 1, range: range) ? end : nil
    }

    /// 福建三明工会持续推进…: a city's or county's name, short or full (三明工会, 宁德市工会), right
    /// before 工会 and standing on its own (at a boundary, or after its province's name), is that
    /// place's federation, as news writes it. Not inside a word (平朔煤矿工会) and not a province's
    /// (广东工会 is the unions of a whole province, at large).
    private func cityUnion(_ u: UnsafeBufferPointer<UInt16>, before i: Int, range: Range<Int>, places: DocumentPlaces) -> Bool {
        guard let (p, length) = reversedPlaces.longestSuffix(in: u, before: i, limit: max(range.lowerBound, i - 16)), length >= 2,
              !placeNames.candidates[p].isEmpty, placeNames.candidates[p].allSatisfy({ placeNames.gazetteer.places[$0].level != .province }) else { return false }
        // (新北工会 in a text on 新北市: a short name that begins the name of another place the
        // text names is that place's, not sure.)
        let name = placeNames.names[p]
        var k = p + 1
        while k < placeNames.names.count, placeNames.names[k].hasPrefix(name) {
            if places.present.contains(k), !placeNames.candidates[k].contains(where: placeNames.candidates[p].contains) { return false }
            k += 1
        }
        let start = i - length
        if start == range.lowerBound || !CodeUnit.isHan(u[start - 1]) || notNameStart.contains(u[start - 1]) { return true }
        guard let (q, _) = reversedPlaces.longestSuffix(in: u, before: start, limit: max(range.lowerBound, start - 8)) else { return false }
        return placeNames.candidates[q].contains { placeNames.gazetteer.places[$0].level == .province }
    }

    /// The bare level at `level` (县工会积极行动, 我县工会) opens a name: at a boundary, after 我 or a
    /// word that opens a clause — not 全县工会/各县工会 (unions at large), 该区工会 (a mine's section's),
    /// nor 市、县工会 (the unions of two levels).
    private func standsAlone(_ u: UnsafeBufferPointer<UInt16>, level: Int, range: Range<Int>) -> Bool {
        guard level > range.lowerBound else { return true }
        let c = u[level - 1]
        guard !CodeUnit.isHan(c) || selfPrefixes.contains(c) || notNameStart.contains(c) && !levelPrefixes.contains(c) else { return false }
        return !(level - 1 > range.lowerBound && (!CodeUnit.isHan(c) || notNameStart.contains(c)) && isLevel(u[level - 2]))
    }

    /// Where a town's or street's name starts, reading back from its 镇/乡/街道 at `level`:
    /// the Han characters back to a boundary, up to four (鲁沙尔镇), else the two nearest
    /// (…其中吕良镇 → 吕良镇).
    func townNameStart(_ u: UnsafeBufferPointer<UInt16>, before level: Int, limit: Int) -> Int? {
        var a = level
        while a > limit, level - a < 8, CodeUnit.isHan(u[a - 1]), !notNameStart.contains(u[a - 1]) { a -= 1 }
        // 其中 / 另外 / 此外 / 同时 open a clause, not a name; one whose first character stopped the
        // scan above (其|中) leaves its rest at the start.
        a = pastStoppedOpener(u, a, limit: limit, end: level)
        for w in words[.clauseOpener] where level - a >= w.count + 2 && (0..<w.count).allSatisfy({ u[a + $0] == w[$0] }) { a += w.count }
        // 关于街道总工会…: a clause opener alone before the level names no town.
        if words[.clauseOpener].contains(where: { $0.count == level - a && u[a..<level].elementsEqual($0) }) { return nil }
        // 宁波大碶街道, 东城区东华门街道: the places before a town's name are where it lies, no part of it.
        a = afterPlaces(u, from: a, to: level, leaving: 2)
        let run = level - a
        guard run >= 2 else { return nil }
        return run <= 4 ? a : level - 2
    }

    /// Past the place names that open `start..<end` one after another (宁波市北仑区 before 大碶街道,
    /// 东城区 before 东华门街道), leaving at least `leaving` units: where the name they locate starts.
    /// A street named after a place keeps it (南京西路, 中山东路).
    func afterPlaces(_ u: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int, leaving: Int = 0) -> Int {
        var p = start
        for place in placeMatcher.longestMatches(in: u, range: start..<end) {
            guard place.range.lowerBound == p, end - place.range.upperBound >= leaving,
                  !streets.contains(where: { DocumentPlaces.holds(u, $0, at: place.range.upperBound) }) else { break }
            p = place.range.upperBound
        }
        return p
    }

    /// 长春经济技术开发区 right before `end`: where the name starts. The name is the Han
    /// characters back to a boundary (at most twelve), at least two, before the zone word.
    func zoneName(_ u: UnsafeBufferPointer<UInt16>, before end: Int, limit: Int) -> Int? {
        for w in words[.zone] {
            let z = end - w.count
            guard z - 2 >= limit, (0..<w.count).allSatisfy({ u[z + $0] == w[$0] }) else { continue }
            var a = z
            while a > limit, z - a < 12, CodeUnit.isHan(u[a - 1]), !notNameStart.contains(u[a - 1]) { a -= 1 }
            // (会员收到来自天津经济技术开发区总工会的…: the name starts after the verb a place follows.)
            a = companyNameStart(u, a, z)
            return z - a >= 2 ? a : nil
        }
        return nil
    }

    /// A body named by the text at `r`, as written.
    private func namedMention(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, region: String?, limit: Int) -> Mention {
        Mention(range: r, body: UnionBody(name: String(decoding: u[r], as: UTF16.self), region: region), masked: false, level: nil,
                deferential: isDeferential(u, r.lowerBound, limit))
    }

    /// The most characters of a sector's or an area's name between a national union and its work
    /// committee (华东电力).
    static let committeeNameLength = 8

    /// The level mark of a company's union named without the company (集团公司工会主席 …): no
    /// character of a place's level.
    static let companyLevel: Character = "\u{1}"

    /// Enterprise unions name themselves after their company: 南通德润精密机械有限公司工会.
    /// The figure belongs to the company, which covers no region.
    private func enterpriseMentions(_ u: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, places: DocumentPlaces) -> [Mention] {
        var out: [Mention] = []
        let unionWord = words[.unionWord][0]
        var i = range.lowerBound
        while i < range.upperBound {
            guard u[i] == unionWord[0], let w = union(u, at: i, limit: range.upperBound) else { i += 1; continue }
            let end = i + w.count
            guard let suffix = enterpriseSuffixes.first(where: { s in
                let start = end - s.count
                return start >= range.lowerBound && (0..<s.count).allSatisfy { u[start + $0] == s[$0] }
            }) else {
                if let m = organisationMention(u, union: i..<end, range: range, places: places) { out.append(m) }
                i = end
                continue
            }
            var a = companyNameStart(u, nameStart(u, before: end - suffix.count, end: end, limit: range.lowerBound), end - suffix.count)
            // 下属12个分公司工会: a count and its measure end what comes before; no name holds them.
            if let d = (a..<(end - suffix.count)).last(where: { CodeUnit.isDigit(u[$0]) }), d + 1 < end - suffix.count, CodeUnit.isHan(u[d + 1]) {
                a = d + 2
            }
            // 此次集团公司工会共发放…
            a = afterClauseOpener(u, a, limit: end - suffix.count)
            // Only the full legal forms (…有限公司工会) name a company; 公司工会, 集团工会 and
            // 集团公司工会 are how a report refers to its own company's union (代表公司工会 …) —
            // unless a name stands before them that a company word makes one (翔顺集团工会,
            // 川煤集团广能公司工会).
            let nameEnd = end - suffix.count
            // (…or a place the name holds: 天津电力公司工会, 国网泰州供电公司工会 — a place's
            // branch of a sector, not the report's own company.)
            let named = legalSuffixes.contains(suffix)
                || (nameEnd - a >= 2 && (words.contains(.companyWord, in: u, a..<nameEnd) || words[.groupSuffix].contains(suffix)
                    || (nameEnd - a >= 3 && !placeMatcher.longestMatches(in: u, range: a..<nameEnd).isEmpty)))
            if named && end - a - suffix.count >= 2 {
                out.append(namedMention(u, a..<end, region: nil, limit: range.lowerBound))
            } else {
                // 集团公司工会, 公司工会: the company's union, named elsewhere (its title).
                out.append(Mention(range: (end - suffix.count)..<end, body: nil, masked: false, level: Self.companyLevel,
                                   deferential: isDeferential(u, end - suffix.count, range.lowerBound)))
            }
            i = end
        }
        return out
    }

    /// The union word at `i`, unless a member-tail after it takes its 会 into a word of its own and
    /// a work-word its 工 (农民工会员: 农民工 + 会员; not 公司工会员工).
    private func union(_ u: UnsafeBufferPointer<UInt16>, at i: Int, limit: Int) -> [UInt16]? {
        guard let w = words.starting(.unionWord, at: i, in: u, limit: limit) else { return nil }
        guard words.starting(.memberTail, at: i + w.count, in: u, limit: limit) != nil,
              words.ending(.workWord, before: i + 1, in: u, limit: max(0, i + 1 - Self.workWordLength)) != nil else { return w }
        return nil
    }

    /// The longest work-word (农民工).
    static let workWordLength = 3

    /// The start of a workplace's name ending at `nameEnd`: letters and Han characters back to a
    /// boundary — punctuation, a word that opens a clause (在 和 与 …), or another union's name
    /// (…工会和中国邮政集团工会).
    private func nameStart(_ u: UnsafeBufferPointer<UInt16>, before nameEnd: Int, end: Int, limit: Int) -> Int {
        var a = nameEnd
        while a > limit && end - a < 32 && (CodeUnit.isHan(u[a - 1]) || CodeUnit.isASCIILetter(u[a - 1]) || CodeUnit.isDigit(u[a - 1])),
              !notNameStart.contains(u[a - 1]),
              words.ending(.unionWord, before: a, in: u, limit: limit) == nil { a -= 1 }
        // (按照北汽集团工会…: the clause-opening word the stop character begins, 按照, holds no name.)
        return pastStoppedOpener(u, a, limit: limit, end: nameEnd)
    }

    /// Past the rest of a clause-opening word (其中, 按照) whose first character, a not-name-start
    /// one, stopped a scan back at `a`: where the name after it starts.
    private func pastStoppedOpener(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, limit: Int, end: Int) -> Int {
        guard a > limit, a < end, notNameStart.contains(u[a - 1]), let w = words.starting(.clauseOpener, at: a - 1, in: u, limit: end), w.count > 1 else { return a }
        return a + w.count - 1
    }

    /// Where a name read back to `a` starts: after a word that opens a clause there (近日, 其中,
    /// 此次 …: union-words clause-opener), which no name holds.
    private func afterClauseOpener(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, limit: Int) -> Int {
        a + (words.starting(.clauseOpener, at: a, in: u, limit: limit)?.count ?? 0)
    }

    /// Where a workplace's name running from `a` to `unitStart` starts: after the last verb or
    /// time word in it (not-in-name), else at `a`.
    private func afterVerbs(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ unitStart: Int) -> Int {
        var k = unitStart
        while k > a {
            if words.ending(.notInName, before: k, in: u, limit: a) != nil { return k }
            k -= 1
        }
        return a
    }

    /// Where a company's name running from `a` to `end` starts: after the last word that speaks
    /// for or holds an office (…副主任邓惠欣代表集团工会), or after the last verb or time word that
    /// a place's name follows (试验区新组建广西沐邦…有限公司工会) — a verb inside a name (重庆建设
    /// 发展集团, 兰州新建路桥有限公司) is followed by no place, or the name opens with one.
    private func companyNameStart(_ u: UnsafeBufferPointer<UInt16>, _ a: Int, _ end: Int) -> Int {
        // (兰州新建路桥有限公司: a name opening with a place holds its verbs.)
        let placeOpens = placeTrie.longestPrefix(in: u, from: a, limit: end) != nil
        var k = end
        while k > a {
            if words.ending(.nameBreaker, before: k, in: u, limit: a) != nil { return k }
            if !placeOpens, words.ending(.notInName, before: k, in: u, limit: a) != nil, placeTrie.longestPrefix(in: u, from: k, limit: end) != nil { return k }
            k -= 1
        }
        return a
    }

    /// A workplace union named after its unit (工行镇江分行工会, 冀中能源峰峰集团万年矿工会), or the
    /// text's own such union by its unit alone (该段工会, 矿工会): the unit's last character is
    /// then its level, resolved against the named body of that unit.
    private func organisationMention(_ u: UnsafeBufferPointer<UInt16>, union: Range<Int>, range: Range<Int>, places: DocumentPlaces) -> Mention? {
        guard let unit = words.ending(.organisation, before: union.lowerBound, in: u, limit: range.lowerBound),
              !kindFollows(u, at: union.upperBound, limit: range.upperBound) else { return nil }
        let unitStart = union.lowerBound - unit.count
        // 全年新建民办学校: the name starts after the last verb or time word.
        var a = afterVerbs(u, nameStart(u, before: unitStart, end: union.upperBound, limit: range.lowerBound), unitStart)
        // 近日工行镇江分行工会…
        a = afterClauseOpener(u, a, limit: unitStart)
        let level = Character(Unicode.Scalar(unit[unit.count - 1])!)
        var prefix = a
        while prefix < unitStart, levelPrefixes.contains(u[prefix]) { prefix += 1 }
        if prefix == unitStart {
            // 该段工会, 矿工会 — and 本行工会 when the text is about a bank.
            let start = a > range.lowerBound && levelPrefixes.contains(u[a - 1]) ? a - 1 : a
            return Mention(range: start..<union.upperBound, body: nil, masked: false, level: level,
                           deferential: isDeferential(u, start, range.lowerBound), kind: unionWord)
        }
        guard unitStart - a >= 2 else { return nil }
        let name = a..<unitStart
        let place = placeMatcher.longestMatches(in: u, range: name).last
        // 现阶段工会工作: a one-character unit names a body only with a place or a company in it.
        if unit.count == 1, place == nil, !words.contains(.companyWord, in: u, name) { return nil }
        // The place right before a unit of several characters is the one it serves (镇江 in
        // 工行镇江分行); a one-character unit's name often holds a place it is only named after.
        let region = unit.count > 1 ? place.flatMap { $0.range.upperBound == unitStart ? $0 : nil }
            .flatMap { places.resolve($0.phrase)?.name } : nil
        return namedMention(u, a..<union.upperBound, region: region, limit: range.lowerBound)
    }

    /// Nothing of a name stands before `p`: the text's start, no Han character, or one that opens
    /// a clause or a bare level (我, 全, 由, 在 …).
    private func opensName(_ u: UnsafeBufferPointer<UInt16>, at p: Int, limit: Int) -> Bool {
        p == limit || !CodeUnit.isHan(u[p - 1]) || levelPrefixes.contains(u[p - 1]) || notNameStart.contains(u[p - 1])
            // (此前省总工会已将…: a word opening the clause ends where the level starts.)
            || words.ending(.clauseOpener, before: p, in: u, limit: limit) != nil
    }

    private func isDeferential(_ u: UnsafeBufferPointer<UInt16>, _ start: Int, _ limit: Int) -> Bool {
        guard let w = words.ending(.defersBefore, before: start, in: u, limit: limit) else { return false }
        // A word joining a list (和, 及) defers only within a deference opened before it in the
        // clause (在市委和市总工会的领导下), not after another kind of body (市劳动竞赛委员会和
        // 市总工会表彰了…: the union speaks with it). (与 joins a partner: 积极与浙江省总工会对接.)
        if words[.listJoint].contains(w), !words[.partnerBefore].contains(w) {
            let joint = start - w.count
            let clause = Attribution.clauseStart(u, before: joint, limit: limit)
            guard (clause..<joint).contains(where: { p in
                words.ending(.defersBefore, before: p + 1, in: u, limit: clause).map { !words[.listJoint].contains($0) } ?? false
            }) else { return false }
        }
        // 在南通市总工会十五届四次全委会议上的讲话: a meeting of the body itself.
        return !(words[.host].contains(w) && meetingFollows(u, start))
    }

    /// A meeting word (会议, 大会) before the end of the clause that starts at `start`.
    private func meetingFollows(_ u: UnsafeBufferPointer<UInt16>, _ start: Int) -> Bool {
        var e = start
        while e < u.count && e - start < 30 && u[e] != 0x2C && u[e] != 0x3002 && u[e] != 0x0A { e += 1 }
        return words.contains(.meeting, in: u, start..<e)
    }

    /// 工行福州分行工会以“明白纸”为纽带…: a union a title opens with by a name the other rules do
    /// not read (a branch, a bureau, a hospital: not a place's, not a company's legal name). Its
    /// region is the place its name holds (福州 → 福州市).
    func titleMention(_ u: UnsafeBufferPointer<UInt16>, line r: Range<Int>, existing: [Mention], places: DocumentPlaces) -> Mention? {
        // 关于街道总工会上半年工作总结: a title that opens a clause names no body by its opening;
        // nor a speech's (在市医院工会第二届会员代表大会上的讲话: the meeting's host).
        if words.starting(.clauseOpener, at: r.lowerBound, in: u, limit: r.upperBound) != nil
            || words.starting(.host, at: r.lowerBound, in: u, limit: r.upperBound) != nil { return nil }
        var i = r.lowerBound
        while i + 1 < r.upperBound && i - r.lowerBound < 18 && CodeUnit.isHan(u[i]) {
            if let w = union(u, at: i, limit: r.upperBound) {
                let name = r.lowerBound..<(i + w.count)
                guard i - r.lowerBound >= 2, !existing.contains(where: { $0.range.overlaps(name) }) else { return nil }
                // 基层工会数(个): a kind of union at large, no body.
                if words.isWord(.generic, u, r.lowerBound..<i) { return nil }
                // 厦门新组建企业工会420家: a headline that counts unions (a verb before, a figure after).
                if (r.lowerBound..<i).contains(where: { words.starting(.notInName, at: $0, in: u, limit: i) != nil }) && countsAfter(u, i + w.count, limit: r.upperBound) { return nil }
                // 阜蒙县多种服务令农民工向往工会: a headline saying what unions do to workers; 华东能源集团
                // 召开工会会员代表大会: an event's verb, which no name holds (name-breaker).
                if (r.lowerBound..<i).contains(where: { words.starting(.headlineVerb, at: $0, in: u, limit: i) != nil
                    || words.starting(.nameBreaker, at: $0, in: u, limit: i) != nil }) { return nil }
                // 乡镇在全县工会座谈会上的发言: a speaker at a meeting the union holds, no name.
                if (r.lowerBound + 1..<i).contains(where: { words.starting(.host, at: $0, in: u, limit: i) != nil }) && meetingFollows(u, i) { return nil }
                // Not a place's own union (杜集区工会 is 杜集区总工会) or its unions at large
                // (淄博市各级工会): something other than places must name the body.
                var rest = r.lowerBound
                while let (_, length) = placeTrie.longestPrefix(in: u, from: rest, limit: i).map({ ($0.0, $0.1 - rest) }), length > 0 { rest += length }
                guard i - rest >= 2, !levelPrefixes.contains(u[rest]) else { return nil }
                // 兰州市基层工会超5600家: a headline that counts a place's unions at large.
                if words.isWord(.generic, u, rest..<i),
                   (i + w.count..<min(r.upperBound, i + w.count + 4)).contains(where: { CodeUnit.isDigit(u[$0]) }) { return nil }
                // The first place the name holds, or a place within it named after it (安徽宿州建筑系统
                // 工会 covers 宿州市).
                var place: Gazetteer.Place? = nil
                for (k, m) in placeMatcher.longestMatches(in: u, range: r.lowerBound..<i).enumerated() {
                    let p = places.resolve(m.phrase)
                    if k == 0 { place = p } else if let inner = p, let outer = place, gazetteer.isWithin(inner, outer) { place = inner } else { break }
                }
                var region = place?.name
                // 烟墩镇工会: a town's or street's union covers the town (which the gazetteer lacks).
                if region == nil, let level = words.ending(.townLevel, before: i, in: u, limit: r.lowerBound),
                   let a = townNameStart(u, before: i - level.count, limit: r.lowerBound) {
                    region = String(decoding: u[a..<i], as: UTF16.self)
                }
                let written = String(decoding: u[name], as: UTF16.self)
                // 铁路工会为职工办好事做实事 over a text that names 中国铁路工会: a kind of union alone
                // is the national union of that kind the text names.
                if region == nil, unionKindNames.contains(written),
                   let national = existing.lazy.compactMap(\.body).first(where: { $0.region != nil && $0.name.count > written.count && $0.name.hasSuffix(written) }) {
                    return Mention(range: name, body: national, masked: false, level: nil, deferential: false)
                }
                return Mention(range: name, body: UnionBody(name: written, region: region),
                               masked: false, level: nil, deferential: false)
            }
            i += 1
        }
        return nil
    }

    /// A figure right after a union word (工会420家), not a year (工会2022年…总结: four digits
    /// from 19 or 20).
    private func countsAfter(_ u: UnsafeBufferPointer<UInt16>, _ p: Int, limit: Int) -> Bool {
        var e = p
        while e < limit && CodeUnit.isDigit(u[e]) { e += 1 }
        let year = e - p == 4 && ((u[p] == 0x31 && u[p + 1] == 0x39) || (u[p] == 0x32 && u[p + 1] == 0x30))
        return e > p && !year
    }

    // MARK: Which body a text is about

    /// ——在渝江重工集团有限公司四届三次职工代表大会上的… over a text that says 集团公司工会: the
    /// company the heading names, as its union.
    func headingCompany(_ heading: Range<Int>, _ u: UnsafeBufferPointer<UInt16>) -> UnionBody? {
        for w in words[.companySuffix] {
            var i = heading.lowerBound
            while i + w.count <= heading.upperBound {
                if (0..<w.count).allSatisfy({ u[i + $0] == w[$0] }) {
                    // (Back to a boundary, as any workplace's name: 在萍乡市总工会和集团公司党政的支持下
                    // names no company.)
                    var a = max(nameStart(u, before: i, end: i, limit: heading.lowerBound), i - 24)
                    while a < i, notNameStart.contains(u[a]) { a += 1 }
                    // (据悉,此次集团公司工会…; 省总工会领导走访华能集团: the name starts after the verb.)
                    a = afterVerbs(u, afterClauseOpener(u, a, limit: i), i)
                    if i - a >= 2 { return UnionBody(name: String(decoding: u[a..<(i + w.count)], as: UTF16.self) + unionWord, region: nil) }
                }
                i += 1
            }
        }
        return nil
    }

    /// 该矿工会 in a text that names its mine only as a workplace (这是铜川矿业公司下石节煤矿在放发…):
    /// the first unit of that level the text names with a company's word or a place in its name,
    /// as its union.
    func textUnit(_ level: Character, _ r: Range<Int>, _ u: UnsafeBufferPointer<UInt16>) -> UnionBody? {
        guard let mark = level.utf16.first, level.utf16.count == 1 else { return nil }
        return textUnit(mark: mark, units: words[.organisation].filter { $0.last == mark }, r, u)
    }

    /// 该公司工会 in a text that names its company only as a workplace (近日,高台县供电公司3个供电所
    /// 获得…): the one company (company-word) the text names with a place or a company word in its
    /// name, as its union; none when it names two.
    func textCompany(_ r: Range<Int>, _ u: UnsafeBufferPointer<UInt16>) -> UnionBody? {
        var found: UnionBody?
        for w in words[.companyWord] {
            guard let mark = w.last, let body = textUnit(mark: mark, units: [w], r, u) else { continue }
            // (集团公司共有60名…: the report's own 集团公司, no name.)
            var name = Array(body.name.utf16.dropLast(unionWordUnits.count + w.count))
            while let c = words[.companyWord].first(where: { name.starts(with: $0) }) { name.removeFirst(c.count) }
            guard name.count >= 2 else { continue }
            if let found, found != body { return nil }
            found = body
        }
        return found
    }

    private func textUnit(mark: UInt16, units: [[UInt16]], _ r: Range<Int>, _ u: UnsafeBufferPointer<UInt16>) -> UnionBody? {
        // Only a text that names one such unit: of 张双楼煤矿、旗山煤矿, 该矿 is either.
        var found: UnionBody?
        var i = r.lowerBound
        while i < r.upperBound {
            defer { i += 1 }
            guard u[i] == mark else { continue }
            // The longest unit word ending here (煤矿 before 矿), not one already named with 工会.
            func endsHere(_ w: [UInt16]) -> Bool {
                let start = i + 1 - w.count
                guard start >= r.lowerBound else { return false }
                return (0..<w.count).allSatisfy { k in u[start + k] == w[k] }
            }
            // (The unit ends a word: 下石节煤矿在…, not 铜川矿业公司.)
            guard i + 1 < r.upperBound, !CodeUnit.isHan(u[i + 1]) || notNameStart.contains(u[i + 1]),
                  let w = units.filter(endsHere).max(by: { $0.count < $1.count }) else { continue }
            // (张双楼煤矿、旗山煤矿: one of a list of units, either may be 该矿.)
            if words.starting(.listJoint, at: i + 1, in: u, limit: r.upperBound) != nil { return nil }
            let unitStart = i + 1 - w.count
            var a = max(nameStart(u, before: unitStart, end: i + 1, limit: r.lowerBound), unitStart - 24)
            while a < unitStart, notNameStart.contains(u[a]) { a += 1 }
            // (记者走进西山煤电集团杜儿坪矿, 徐州矿务集团下属张双楼煤矿: the name starts after the verb.)
            a = afterVerbs(u, a, unitStart)
            guard unitStart - a >= 2 else { continue }
            let name = a..<unitStart
            guard words.contains(.companyWord, in: u, name) || !placeMatcher.longestMatches(in: u, range: name).isEmpty else { continue }
            let body = UnionBody(name: String(decoding: u[a..<(i + 1)], as: UTF16.self) + unionWord, region: nil)
            if let found, found != body { return nil }
            found = body
        }
        return found
    }

    /// 淄博市各级工会一季度… over a text that says 市总工会: the place of that level the title
    /// names, as a union body.
    func headingPlace(level: Character, kind: String? = nil, _ heading: Range<Int>, _ u: UnsafeBufferPointer<UInt16>, places: DocumentPlaces) -> UnionBody? {
        for m in placeMatcher.longestMatches(in: u, range: heading) where !isWordThenLevel(u, m.range, limit: heading.lowerBound) {
            guard let place = places.resolve(m.phrase), place.name.last == level else { continue }
            // A place the text never speaks of: named only as a person's name (秘书长宫镇江) or a
            // street's.
            if places.counts[place.name] == nil { continue }
            return UnionBody(name: place.name + (kind ?? federation), region: place.name)
        }
        return nil
    }

    /// A body named on a line of its own among the last lines of a piece ((玉溪市总工会), 王庆坨镇
    /// 总工会 above the date): the text's signature, weightier than its heading.
    func signsOff(_ m: Mention, piece: Range<Int>, _ u: UnsafeBufferPointer<UInt16>) -> Bool {
        guard m.body != nil, piece.upperBound - m.range.upperBound <= Self.signatureReach else { return false }
        var a = m.range.lowerBound
        while a > piece.lowerBound, u[a - 1] != 0x0A { a -= 1 }
        var e = m.range.upperBound
        while e < piece.upperBound, u[e] != 0x0A { e += 1 }
        return u[a..<m.range.lowerBound].allSatisfy(Self.signatureMarks.contains) && u[m.range.upperBound..<e].allSatisfy(Self.signatureMarks.contains)
    }
    /// How far from a piece's end its signature may stand (a date line and a byline after it).
    static let signatureReach = 60
    /// What may stand beside a signature on its line: brackets, spaces and a table's bar.
    static let signatureMarks: Set<UInt16> = [0x28, 0x29, 0x20, 0x7C, 0x3000, 0xFF08, 0xFF09]

    /// A medium word at `p` (union-words medium): 湖南工会网9月1日讯, 河南工会报. A word of one
    /// character stands alone, not opening another word (工会网络平台 is no site).
    func namesMedium(_ u: UnsafeBufferPointer<UInt16>, _ p: Int, limit: Int) -> Bool {
        guard let m = words.starting(.medium, at: p, in: u, limit: limit) else { return false }
        return m.count > 1 || p + 1 >= limit || !CodeUnit.isHan(u[p + 1])
    }

    /// The body a piece of text reports for: by weighted count of its mentions (a mention in
    /// the first lines counts triple, one the text defers to a third), with bare levels (市总)
    /// counted for the named body of that level. nil when the piece names its body only in
    /// masked form, or names none.
    func reportingBody(mentions: [Mention], heading: Range<Int>, title: Range<Int>? = nil, piece: Range<Int>? = nil, u: UnsafeBufferPointer<UInt16>,
                       places: DocumentPlaces) -> UnionBody? {
        // A body the text defers to (被全国总工会授予, 受到了全国总工会的肯定) or lists among
        // others (贵阳市总工会等4个单位) is not the one speaking.
        // A body the title says is awarded (邮储银行福建省分行工会荣获“全国模范职工之家”称号) is
        // what the text reports on, not the one that confers the award.
        func weight(_ m: Mention) -> Double {
            if m.awardee && !m.deferential, let t = title, t.contains(m.range.lowerBound) { return 3.0 }
            // (A signature outweighs a body the first lines name: they may name whose campaign
            // the signing body takes part in.)
            if !m.bystander, !m.deferential, let piece, signsOff(m, piece: piece, u) { return 4.0 }
            return m.bystander ? 0 : (m.range.lowerBound < heading.upperBound ? 3.0 : 1.0) * (m.deferential ? 0.3 : 1.0)
        }
        // 由省总工会、省人社厅联合主办: 由, then a verb of organising in the clause (not 由…授予).
        func isOrganiser(_ m: Mention) -> Bool {
            guard weight(m) > 0, m.deferential, words.ending(.organiser, before: m.range.lowerBound, in: u, limit: max(0, m.range.lowerBound - 2)) != nil else { return false }
            var e = m.range.upperBound
            while e < u.count && e - m.range.upperBound < Self.organisingReach && !Attribution.sentenceEnds.contains(u[e]) && u[e] != 0x2C && u[e] != 0x0A { e += 1 }
            return words.contains(.organises, in: u, m.range.upperBound..<e)
        }
        // The heaviest body, ties broken by name (never the dictionary's order, which changes
        // from run to run).
        // Ties go to the body named first.
        var first: [UnionBody: Int] = [:]
        for m in mentions { if let b = m.body, first[b] == nil { first[b] = m.range.lowerBound } }
        func heaviest(_ w: [UnionBody: Double]) -> (key: UnionBody, value: Double)? {
            w.max { a, b in
                a.value != b.value ? a.value < b.value
                    : (first[a.key] ?? Int.max, a.key.name) > (first[b.key] ?? Int.max, b.key.name)
            }
        }
        var weights: [UnionBody: Double] = [:]
        // Every named body, the deferred-to included, for what a bare level (市总) refers to.
        var named: [UnionBody: Double] = [:]
        // …and those named other than as a list's member or an awardee: 集团公司工会 is never one
        // of the unions it lists or awards (煤矸发电厂工会等18个工会组织被授予…).
        var unlisted = Set<UnionBody>()
        // …and those named once at least other than as the body deferred to (在市总工会的领导下):
        // such a body outweighs bodies only deferred to, however often (a 市总工会 report that
        // follows the 沧州市总工会 four times); a text naming no other body is still the deferred-to
        // one's when it organises what the text reports (由省总工会…主办), not when the text only
        // follows its directions (贯彻国资委党委和全国总工会的工作部署).
        var spoken = Set<UnionBody>()
        var organisers = Set<UnionBody>()
        var masked = 0.0
        for m in mentions {
            if m.masked { masked += weight(m); continue }
            if let b = m.body {
                named[b, default: 0] += 1
                if !m.bystander || m.deferential { unlisted.insert(b) }
                if weight(m) > 0 { weights[b, default: 0] += weight(m) }
                if weight(m) > 0 && !m.deferential { spoken.insert(b) }
                if isOrganiser(m) { organisers.insert(b) }
            }
        }
        // Bare levels go to a named body of that level, else to the one the heading names, else
        // to the place of that level the text names most (looked up once per level).
        // (By level and kind: 县教育工会 is the county's education union, not its federation.)
        var resolved: [String: UnionBody?] = [:]
        var unresolved = Set<Character>()
        for m in mentions where m.body == nil && !m.masked && weight(m) > 0 {
            guard let level = m.level else { continue }
            let key = String(level) + m.kind
            if resolved[key] == nil {
                let byName: UnionBody?
                // (A county-level city of the place the text speaks of at that level is none of
                // its bodies: 市总工会 with 孟州市总工会 named among 焦作's counties.)
                let within = isPlaceLevel(level) ? places.dominant(level).map { dominant in { (region: String) in
                    self.gazetteer.places(named: region).contains { $0.level == .county && self.gazetteer.parent(of: $0)?.name == dominant } } } : nil
                if level == Self.companyLevel {
                    byName = heaviest(named.filter { entry in entry.key.region == nil && entry.key.name.hasSuffix(unionWord) && unlisted.contains(entry.key)
                        && !aliases.contains { $0.body == entry.key } })?.key
                } else if isPlaceLevel(level) {
                    // (The named body's place, with the kind the bare level names: 澧县总工会 named,
                    // 县教育工会 → 澧县教育工会.)
                    let body = heaviest(named.filter { entry in entry.key.region.map { $0.last == level && within?($0) != true } ?? false })?.key
                    byName = body.map { b in m.kind.isEmpty || b.name.hasSuffix(m.kind) ? b : UnionBody(name: b.region! + m.kind, region: b.region) }
                } else {
                    // 该段工会: the named workplace union of that unit (…凯里工务段工会).
                    byName = heaviest(named.filter { $0.key.name.hasSuffix(String(level) + unionWord) })?.key
                }
                // (Read only when no named body settles it: the heading, a unit the text names, the
                // dominant place.)
                let fromHeading = { level == Self.companyLevel ? self.headingCompany(heading, u) ?? self.textCompany((piece ?? heading).lowerBound..<min(u.count, (piece ?? heading).lowerBound + DocumentPlaces.readLimit), u)
                    : self.isPlaceLevel(level) ? self.headingPlace(level: level, kind: m.kind.isEmpty ? nil : m.kind, heading, u, places: places).flatMap { within?($0.region ?? "") == true ? nil : $0 }
                    : self.textUnit(level, (piece ?? heading).lowerBound..<min(u.count, (piece ?? heading).lowerBound + DocumentPlaces.readLimit), u) }
                let fromPlaces = { !self.isPlaceLevel(level) ? nil
                    : places.dominant(level).map { UnionBody(name: $0 + m.kind, region: $0) } }
                resolved[key] = .some(byName ?? fromHeading() ?? fromPlaces())
            }
            if let b = resolved[key]! {
                weights[b, default: 0] += weight(m)
                if !m.deferential { spoken.insert(b) }
                if isOrganiser(m) { organisers.insert(b) }
                first[b] = min(first[b] ?? Int.max, m.range.lowerBound)
            } else {
                masked += 0.5  // a body the text names only by its level: unknown
                unresolved.insert(level)
            }
        }
        guard let best = heaviest(weights.filter { spoken.contains($0.key) }) ?? heaviest(weights.filter { organisers.contains($0.key) }) else { return nil }
        if masked >= best.value { return nil }
        // 我区…区总工会…被市总工会表彰: the text is its district's, which it names only by its level.
        if let piece, let own = ownLevel(u, in: piece), best.key.region?.last != own {
            if unresolved.contains(own) { return nil }
            // 我镇工会…落实崇州市总工会下达的任务: a town's text that names no town of its own (xx镇)
            // is its town's, unknown — not the city's it follows.
            if townLevels.contains(UInt16(own.unicodeScalars.first!.value)), !named.keys.contains(where: { $0.region?.last == own || $0.name.contains(own) }) { return nil }
        }
        return best.key
    }

    /// The level the text calls its own (我区, 我市), the first such word within the reach of a
    /// document's head (`DocumentPlaces.readLimit`).
    func ownLevel(_ u: UnsafeBufferPointer<UInt16>, in r: Range<Int>) -> Character? {
        let end = min(r.upperBound, r.lowerBound + DocumentPlaces.readLimit)
        var i = r.lowerBound
        while i + 1 < end {
            if selfPrefixes.contains(u[i]), levels.contains(u[i + 1]) { return Character(Unicode.Scalar(u[i + 1])!) }
            i += 1
        }
        return nil
    }
}
