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
struct FederationFinder: Sendable {
    struct Mention: Sendable, Hashable {
        var range: Range<Int>
        /// nil for a masked name or a bare level (区总工会) that could not be resolved.
        var body: UnionBody?
        var masked: Bool
        /// A bare level reference (省总工会, 市总), resolved later against the document's place.
        var level: Character?
        /// The mention names a body the text defers to (在…领导下, 按照…, 被…授予).
        var deferential: Bool
        /// For a bare level, the kind of union it names (总工会, 教育工会 …).
        var kind: String = "总工会"
        /// The text names the body but does not speak for it: one of a list of awardees (贵阳市
        /// 总工会等4个单位被授予…), or the one that gives or judges (被全国总工会授予, 受到了全国总工会
        /// 的充分肯定).
        var bystander = false
    }

    let gazetteer: Gazetteer
    let placeMatcher: PhraseMatcher
    let placeNames: [String]
    /// Place names reversed: the place that ends right before a union suffix is found by
    /// reading back from the suffix, without scanning the whole text for places.
    let reversedPlaces: PrefixTrie
    /// Place names, for "does a place name start here".
    let placeTrie: PrefixTrie
    let aliasMatcher: PhraseMatcher
    let aliases: [(alias: String, body: UnionBody)]

    static let maskCharacters: UnitSet = UnitSet("*＊Xx×某○□Ｘ_＿")
    /// Words before a body that make it the one deferred to, not the reporting one.
    static let deferenceBefore = ["在", "按照", "根据", "依照", "被", "由", "经", "向", "受", "得到", "获得", "和", "及", "与", "配合", "协助", "对", "上级", "联合"]
        .map { Array($0.utf16) }
    /// Words before a body that make it the giver of what the text reports (被全国总工会授予).
    static let givers = ["被", "受", "受到", "受到了", "得到", "得到了", "获得", "向"].map { Array($0.utf16) }
    /// Words after a body that make it an awardee (…工会获“先进集体”称号, …工会被评为…).
    static let awarded = ["获", "荣获", "被评为", "被授予", "被命名", "当选"].map { Array($0.utf16) }
    /// Words 总 starts (总书记, 总体 …): after a place, 总 is then not short for 总工会.
    static let notAbbreviation: UnitSet = UnitSet("书体数额量计和结经理部队值务统的局工会裁监")
    /// 省市县区镇乡
    static func isLevel(_ c: UInt16) -> Bool { c == 0x7701 || c == 0x5E02 || c == 0x53BF || c == 0x533A || c == 0x9547 || c == 0x4E61 }

    /// 总工会 and the kinds of union a place can be followed by, longest first at a position.
    let unionKinds: PrefixTrie
    let unionKindNames: [String]

    init(gazetteer: Gazetteer, aliasFile: DictionaryFile, kindsFile: DictionaryFile) throws(GonghuiError) {
        self.gazetteer = gazetteer
        var kinds = ["总工会"]
        for line in kindsFile.lines {
            guard line.fields.count == 1, line.text.contains("工会") else { throw kindsFile.error(line, "expected one word naming a union (…工会, 工会联合会)") }
            if !kinds.contains(line.text) { kinds.append(line.text) }
        }
        unionKindNames = kinds
        unionKinds = PrefixTrie(kinds)
        let names = gazetteer.allNames.sorted()
        placeNames = names
        placeMatcher = PhraseMatcher(names)
        var reversed = PrefixTrie()
        for (k, name) in names.enumerated() { reversed.insert(String(name.reversed()), index: k) }
        reversedPlaces = reversed
        placeTrie = PrefixTrie(names)
        var list: [(String, UnionBody)] = []
        for line in aliasFile.lines {
            try aliasFile.require(line, fields: 2)
            let region = line.fields.count > 2 && !line.fields[2].isEmpty ? line.fields[2] : nil
            list.append((line.fields[0], UnionBody(name: line.fields[1], region: region)))
        }
        aliases = list
        aliasMatcher = PhraseMatcher(list.map(\.0))
    }

    // MARK: Mentions

    func mentions(in u: UnsafeBufferPointer<UInt16>, range: Range<Int>, places: DocumentPlaces) -> [Mention] {
        var out: [Mention] = []
        for m in aliasMatcher.longestMatches(in: u, range: range) {
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
            } else {
                i += 1
            }
        }
        // A place right before the suffix.
        for (i, suffixEnd, suffix) in suffixes {
            guard let (p, length) = reversedPlaces.longestSuffix(in: u, before: i, limit: max(range.lowerBound, i - 16)) else { continue }
            var start = i - length
            let name = placeNames[p]
            // 总 alone ("黄骅市总出台") only after a full name ending in a level (市 县 区 省).
            if suffix == "总" && !(name.hasSuffix("市") || name.hasSuffix("县") || name.hasSuffix("区") || name.hasSuffix("省")) { continue }
            let preceding: UInt16? = start > range.lowerBound ? u[start - 1] : nil
            // 州教育工会和县总工会: 和 joins two bodies; 和县 is no place here (the bare level
            // 县总工会 is read below).
            if length == 2, Self.notNameStart.contains(u[start]), let c = preceding, CodeUnit.isHan(c) { continue }
            var region: String
            if length == 2, let c = preceding, CodeUnit.isHan(c), !Self.notNameStart.contains(c), !Self.levelPrefixes.contains(c), !Self.isLevel(c),
               Self.isLevel(u[i - 1]), let a = Self.townNameStart(u, before: i - 1, limit: max(range.lowerBound, start - 4)), a < start {
                // 潼南县 (renamed since): a name the gazetteer only holds the end of (南县) is the
                // longer name as written.
                start = a
                region = String(decoding: u[a..<i], as: UTF16.self)
            } else {
                guard let place = DocumentPlaces.resolve(name, gazetteer: gazetteer, present: places.present) else { continue }
                region = place.name
            }
            let bodyName = region + (suffix == "总" ? "总工会" : suffix)
            if !out.contains(where: { $0.range.overlaps(start..<suffixEnd) }) {
                out.append(Mention(range: start..<suffixEnd, body: UnionBody(name: bodyName, region: region),
                                   masked: false, level: nil, deferential: isDeferential(u, start, range.lowerBound)))
            }
        }
        out.append(contentsOf: levelAndMaskedMentions(u, range, suffixes: suffixes, existing: out))
        out.append(contentsOf: enterpriseMentions(u, range))
        for k in out.indices {
            let r = out[k].range
            if r.upperBound < range.upperBound && u[r.upperBound] == 0x7B49 /* 等 */ { out[k].bystander = true }
            for w in Self.givers where r.lowerBound - w.count >= range.lowerBound
                && (0..<w.count).allSatisfy({ u[r.lowerBound - w.count + $0] == w[$0] }) { out[k].bystander = true }
            // 山西建龙实业有限公司工会获“全国工会系统先进集体”称号: an awardee (but 获悉 is hearing).
            for w in Self.awarded where r.upperBound + w.count <= range.upperBound
                && (0..<w.count).allSatisfy({ u[r.upperBound + $0] == w[$0] })
                && !(r.upperBound + 1 < range.upperBound && u[r.upperBound] == 0x83B7 && u[r.upperBound + 1] == 0x6089) { out[k].bystander = true }
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// 总工会 / 交通运输工会 … / 总 (not 总书记, 总体, 总数…) at `i`.
    private func unionSuffix(_ u: UnsafeBufferPointer<UInt16>, at i: Int, limit: Int) -> (String, Int)? {
        guard i < limit else { return nil }
        if let (k, end) = unionKinds.longestPrefix(in: u, from: i, limit: min(limit, i + unionKinds.maxLength)) { return (unionKindNames[k], end) }
        // 总 as an abbreviation: followed by a verb or punctuation, not by a word it starts.
        if i < limit, u[i] == 0x603B {
            let next = i + 1 < limit ? u[i + 1] : 0x2C
            if !Self.notAbbreviation.contains(next) { return ("总", i + 1) }
        }
        return nil
    }

    /// 省总工会 市总 区总工会 (a level without a name), and **区总工会 (a masked name).
    private func levelAndMaskedMentions(_ u: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, suffixes: [(start: Int, end: Int, suffix: String)],
                                        existing: [Mention]) -> [Mention] {
        var out: [Mention] = []
        for (suffixStart, end, suffix) in suffixes where suffixStart - 1 >= range.lowerBound {
            // 街道 is a two-character level (岳阳街道总工会).
            let street = suffixStart - 2 >= range.lowerBound && u[suffixStart - 2] == 0x8857 && u[suffixStart - 1] == 0x9053
            let i = street ? suffixStart - 2 : suffixStart - 1
            let c = u[i]
            let levelEnd = suffixStart
            // A masked zone: __经济开发区总工会.
            if let w = Self.zoneWords.first(where: { w in
                let z = suffixStart - w.count
                return z - 1 >= range.lowerBound && (0..<w.count).allSatisfy({ u[z + $0] == w[$0] }) && Self.maskCharacters.contains(u[z - 1])
            }) {
                var k = suffixStart - w.count
                while k > range.lowerBound, Self.maskCharacters.contains(u[k - 1]) { k -= 1 }
                out.append(Mention(range: k..<end, body: nil, masked: true, level: nil, deferential: false))
                continue
            }
            // Development zones and parks: 长春经济技术开发区工会联合会 (region: the zone).
            if let (zoneStart, nameStart) = Self.zone(u, before: suffixStart, limit: range.lowerBound) {
                if !existing.contains(where: { $0.range.overlaps(nameStart..<end) }) {
                    let zone = String(decoding: u[nameStart..<suffixStart], as: UTF16.self)
                    out.append(Mention(range: nameStart..<end, body: UnionBody(name: zone + (suffix == "总" ? "总工会" : suffix), region: zone),
                                       masked: false, level: nil, deferential: isDeferential(u, nameStart, range.lowerBound)))
                }
                _ = zoneStart
                continue
            }
            guard Self.isLevel(c) || street else { continue }
            if existing.contains(where: { $0.range.contains(i) }) { continue }
            // Masked: ** or X right before the level.
            var k = i
            var masks = 0
            while k > range.lowerBound, Self.maskCharacters.contains(u[k - 1]) { k -= 1; masks += 1 }
            if masks > 0 {
                out.append(Mention(range: k..<end, body: nil, masked: true, level: nil, deferential: false))
            } else if i == range.lowerBound || !CodeUnit.isHan(u[i - 1]) || Self.levelPrefixes.contains(u[i - 1]) || Self.notNameStart.contains(u[i - 1]) {
                // A bare level: 区总工会, 我市总工会, 全市总工会.
                out.append(Mention(range: i..<end, body: nil, masked: false, level: Character(Unicode.Scalar(u[levelEnd - 1])!),
                                   deferential: isDeferential(u, i, range.lowerBound), kind: suffix == "总" ? "总工会" : suffix))
            } else if c == 0x9547 || c == 0x4E61 || street, let a = Self.townNameStart(u, before: i, limit: range.lowerBound) {
                // Towns and streets are not in the gazetteer: 吕良镇总工会 → 吕良镇, 岳阳街道总工会 → 岳阳街道.
                let town = String(decoding: u[a..<levelEnd], as: UTF16.self)
                out.append(Mention(range: a..<end, body: UnionBody(name: town + (suffix == "总" ? "总工会" : suffix), region: town), masked: false,
                                   level: nil, deferential: isDeferential(u, a, range.lowerBound)))
            }
        }
        return out
    }

    static let levelPrefixes: UnitSet = UnitSet("我本该全各")

    /// Where a town's or street's name starts, reading back from its 镇/乡/街道 at `level`:
    /// the Han characters back to a boundary, up to four (鲁沙尔镇), else the two nearest
    /// (…其中吕良镇 → 吕良镇).
    static func townNameStart(_ u: UnsafeBufferPointer<UInt16>, before level: Int, limit: Int) -> Int? {
        var a = level
        while a > limit, level - a < 8, CodeUnit.isHan(u[a - 1]), !notNameStart.contains(u[a - 1]) { a -= 1 }
        // 其中 / 另外 / 此外 / 同时 open a clause, not a name (其 itself stopped the scan above).
        if a > limit, a < level, u[a - 1] == 0x5176, u[a] == 0x4E2D { a += 1 }  // 其|中
        for w in Self.clauseOpeners where level - a >= w.count + 2 && (0..<w.count).allSatisfy({ u[a + $0] == w[$0] }) { a += w.count }
        let run = level - a
        guard run >= 2 else { return nil }
        return run <= 4 ? a : level - 2
    }

    static let clauseOpeners = ["其中", "另外", "此外", "同时"].map { Array($0.utf16) }

    static let zoneWords = ["经济技术开发区", "高新技术产业开发区", "开发区", "高新区", "新区", "工业园区", "园区", "保税区"].map { Array($0.utf16) }

    /// 长春经济技术开发区 right before `end`: (start of the zone word, start of the name). The
    /// name is the Han characters back to a boundary (at most twelve), at least two.
    static func zone(_ u: UnsafeBufferPointer<UInt16>, before end: Int, limit: Int) -> (Int, Int)? {
        for w in zoneWords {
            let z = end - w.count
            guard z - 2 >= limit, (0..<w.count).allSatisfy({ u[z + $0] == w[$0] }) else { continue }
            var a = z
            while a > limit, z - a < 12, CodeUnit.isHan(u[a - 1]), !notNameStart.contains(u[a - 1]) { a -= 1 }
            return z - a >= 2 ? (z, a) : nil
        }
        return nil
    }
    /// Characters that begin a clause rather than a company's name (我 受 由 向 在 …).
    static let notNameStart: UnitSet = UnitSet("我受由向在按经以对和与及的是为将把被从据本该各其这那")

    /// Enterprise unions name themselves after their company: 南通德润精密机械有限公司工会.
    /// The figure belongs to the company, which covers no region.
    static let enterpriseSuffixes = ["有限责任公司工会", "股份有限公司工会", "有限公司工会", "集团公司工会", "集团工会", "公司工会"]
    /// The suffixes that come with a company's legal name.
    static let legalSuffixes: Set<String> = ["有限责任公司工会", "股份有限公司工会", "有限公司工会"]
    /// The level mark of a company's union named without the company (集团公司工会主席 …).
    static let companyLevel: Character = "司"

    private func enterpriseMentions(_ u: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> [Mention] {
        var out: [Mention] = []
        let suffixes = Self.enterpriseSuffixes.map { Array($0.utf16) }
        var i = range.lowerBound
        while i < range.upperBound {
            guard u[i] == 0x5DE5 /* 工 */, i + 1 < range.upperBound, u[i + 1] == 0x4F1A /* 会 */ else { i += 1; continue }
            let end = i + 2
            guard let suffix = suffixes.first(where: { s in
                let start = end - s.count
                return start >= range.lowerBound && (0..<s.count).allSatisfy { u[start + $0] == s[$0] }
            }) else { i += 1; continue }
            // The company name: letters and Han characters back to a boundary — punctuation, a
            // word that opens a clause (在 和 与 …), or another union's name (…工会和中国邮政集团工会).
            var a = end - suffix.count
            while a > range.lowerBound && end - a < 32 && (CodeUnit.isHan(u[a - 1]) || CodeUnit.isASCIILetter(u[a - 1]) || CodeUnit.isDigit(u[a - 1])),
                  !Self.notNameStart.contains(u[a - 1]),
                  !(a - 2 >= range.lowerBound && u[a - 2] == 0x5DE5 && u[a - 1] == 0x4F1A) { a -= 1 }
            // Only the full legal forms (…有限公司工会) name a company; 公司工会, 集团工会 and
            // 集团公司工会 are how a report refers to its own company's union (代表公司工会 …).
            let named = Self.legalSuffixes.contains(String(decoding: suffix, as: UTF16.self))
            if named && end - a - suffix.count >= 2 {
                let name = String(decoding: u[a..<end], as: UTF16.self)
                out.append(Mention(range: a..<end, body: UnionBody(name: name, region: nil), masked: false, level: nil,
                                   deferential: isDeferential(u, a, range.lowerBound)))
            } else {
                // 集团公司工会, 公司工会: the company's union, named elsewhere (its title).
                out.append(Mention(range: (end - suffix.count)..<end, body: nil, masked: false, level: Self.companyLevel,
                                   deferential: isDeferential(u, end - suffix.count, range.lowerBound)))
            }
            i = end
        }
        return out
    }

    private func isDeferential(_ u: UnsafeBufferPointer<UInt16>, _ start: Int, _ limit: Int) -> Bool {
        for w in Self.deferenceBefore {
            let s = start - w.count
            if s >= limit, (0..<w.count).allSatisfy({ u[s + $0] == w[$0] }) {
                // 在南通市总工会十五届四次全委会议上的讲话: a meeting of the body itself.
                if w == Self.zai, Self.meetingFollows(u, start) { return false }
                return true
            }
        }
        return false
    }

    static let zai = Array("在".utf16)
    static let meetingWords = ["会议", "大会", "全委会", "代表会"].map { Array($0.utf16) }

    /// A meeting word (会议, 大会) before the end of the clause that starts at `start`.
    private static func meetingFollows(_ u: UnsafeBufferPointer<UInt16>, _ start: Int) -> Bool {
        var e = start
        while e < u.count && e - start < 30 && u[e] != 0x2C && u[e] != 0x3002 && u[e] != 0x0A { e += 1 }
        return CodeUnit.contains(meetingWords, in: u, start..<e)
    }

    /// 工行福州分行工会以“明白纸”为纽带…: a union a title opens with by a name the other rules do
    /// not read (a branch, a bureau, a hospital: not a place's, not a company's legal name). Its
    /// region is the place its name holds (福州 → 福州市).
    func titleMention(_ u: UnsafeBufferPointer<UInt16>, line r: Range<Int>, existing: [Mention], places: DocumentPlaces) -> Mention? {
        var i = r.lowerBound
        while i + 1 < r.upperBound && i - r.lowerBound < 18 && CodeUnit.isHan(u[i]) {
            if u[i] == 0x5DE5, u[i + 1] == 0x4F1A {  // 工会
                let name = r.lowerBound..<(i + 2)
                guard i - r.lowerBound >= 2, !existing.contains(where: { $0.range.overlaps(name) }) else { return nil }
                // Not a place's own union (杜集区工会 is 杜集区总工会) or its unions at large
                // (淄博市各级工会): something other than places must name the body.
                var rest = r.lowerBound
                while let (_, length) = placeTrie.longestPrefix(in: u, from: rest, limit: i).map({ ($0.0, $0.1 - rest) }), length > 0 { rest += length }
                guard i - rest >= 2, !Self.levelPrefixes.contains(u[rest]), u[rest] != 0x5404 /* 各 */ else { return nil }
                var region: String? = nil
                for m in placeMatcher.longestMatches(in: u, range: r.lowerBound..<i) {
                    region = DocumentPlaces.resolve(placeNames[m.phrase], gazetteer: gazetteer, present: places.present)?.name
                    break
                }
                return Mention(range: name, body: UnionBody(name: String(decoding: u[name], as: UTF16.self), region: region),
                               masked: false, level: nil, deferential: false)
            }
            i += 1
        }
        return nil
    }

    // MARK: Which body a text is about

    /// ——在渝江重工集团有限公司四届三次职工代表大会上的… over a text that says 集团公司工会: the
    /// company the heading names, as its union.
    func headingCompany(_ heading: Range<Int>, _ u: UnsafeBufferPointer<UInt16>) -> UnionBody? {
        for suffix in Self.companySuffixes {
            let w = Array(suffix.utf16)
            var i = heading.lowerBound
            while i + w.count <= heading.upperBound {
                if (0..<w.count).allSatisfy({ u[i + $0] == w[$0] }) {
                    var a = i
                    while a > heading.lowerBound && i - a < 24 && CodeUnit.isHan(u[a - 1]) { a -= 1 }
                    while a < i, Self.notNameStart.contains(u[a]) { a += 1 }
                    if i - a >= 2 { return UnionBody(name: String(decoding: u[a..<(i + w.count)], as: UTF16.self) + "工会", region: nil) }
                }
                i += 1
            }
        }
        return nil
    }

    static let companySuffixes = ["有限责任公司", "股份有限公司", "有限公司", "集团公司"]

    /// 淄博市各级工会一季度… over a text that says 市总工会: the place of that level the title
    /// names, as a union body.
    func headingPlace(level: Character, _ heading: Range<Int>, _ u: UnsafeBufferPointer<UInt16>, places: DocumentPlaces) -> UnionBody? {
        for m in placeMatcher.longestMatches(in: u, range: heading) {
            guard let place = DocumentPlaces.resolve(placeNames[m.phrase], gazetteer: gazetteer, present: places.present), place.name.last == level else { continue }
            return UnionBody(name: place.name + "总工会", region: place.name)
        }
        return nil
    }

    /// The body a piece of text reports for: by weighted count of its mentions (a mention in
    /// the first lines counts triple, one the text defers to a third), with bare levels (市总)
    /// counted for the named body of that level. nil when the piece names its body only in
    /// masked form, or names none.
    func reportingBody(mentions: [Mention], heading: Range<Int>, u: UnsafeBufferPointer<UInt16>, places: DocumentPlaces) -> UnionBody? {
        // A body the text defers to (被全国总工会授予, 受到了全国总工会的肯定) or lists among
        // others (贵阳市总工会等4个单位) is not the one speaking.
        func weight(_ m: Mention) -> Double {
            m.bystander ? 0 : (m.range.lowerBound < heading.upperBound ? 3.0 : 1.0) * (m.deferential ? 0.3 : 1.0)
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
        var masked = 0.0
        for m in mentions {
            if m.masked { masked += weight(m); continue }
            if let b = m.body {
                named[b, default: 0] += 1
                if weight(m) > 0 { weights[b, default: 0] += weight(m) }
            }
        }
        // Bare levels go to a named body of that level, else to the one the heading names, else
        // to the place of that level the text names most (looked up once per level).
        var resolved: [Character: UnionBody?] = [:]
        for m in mentions where m.body == nil && !m.masked && weight(m) > 0 {
            guard let level = m.level else { continue }
            if resolved[level] == nil {
                let byName = level == Self.companyLevel
                    ? heaviest(named.filter { $0.key.region == nil && $0.key.name.hasSuffix("工会") && $0.key.name != "全国总工会" })?.key
                    : heaviest(named.filter { $0.key.region?.last == level })?.key
                let fromHeading = level == Self.companyLevel ? headingCompany(heading, u) : headingPlace(level: level, heading, u, places: places)
                let fromPlaces = level == Self.companyLevel ? nil
                    : places.dominant(level, gazetteer: gazetteer).map { UnionBody(name: $0 + m.kind, region: $0) }
                resolved[level] = .some(byName ?? fromHeading ?? fromPlaces)
            }
            if let b = resolved[level]! {
                weights[b, default: 0] += weight(m)
                first[b] = min(first[b] ?? Int.max, m.range.lowerBound)
            } else {
                masked += 0.5  // a body the text names only by its level: unknown
            }
        }
        guard let best = heaviest(weights) else { return nil }
        if masked >= best.value { return nil }
        return best.key
    }
}
