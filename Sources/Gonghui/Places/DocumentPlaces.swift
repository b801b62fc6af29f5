import Foundation
/// The places a text names, read once: which names occur (to tell apart places that share a
/// name by the province or prefecture also named), and the place it names most often at each
/// level, which 我省, 全市, 省总工会 and the like refer to when the text never spells out its own
/// place (河南日报记者…我省14家单位…国网河南省电力公司 → 河南省).
///
/// Names inside quotation marks do not count, nor those of streets (岚皋路): 开展了“劳模看鹰潭”等活动 names an activity, not
/// the place the report covers.
struct DocumentPlaces: Sendable {
    let names: PlaceNames
    /// Every place name and short form the text holds (phrase indexes of `names`).
    let present: Set<Int>
    /// Full names of the places named outside quotes, with how often.
    let counts: [String: Int]
    /// The dominant place of each level the counted names end in (and of provinces).
    private let dominantByLevel: [Character: String?]
    /// How often a province's cities and counties must be named to make it the text's province.
    static let impliedProvinceMentions = 2
    /// How often a prefecture's counties must be named to make it the text's prefecture.
    static let impliedPrefectureMentions = 3
    /// How far into a document its places are counted (UTF-16 units).
    static let readLimit = 20_000

    /// The level letter `dominant` reads as "a province" (autonomous regions and
    /// municipalities included).
    static let provinceLevel: Character = "\u{7701}"

    init(names: PlaceNames, trie: PrefixTrie, streets: [[UInt16]], origins: [[UInt16]], titles: [[UInt16]], surnames: UnitSet, notSurnames: UnitSet, notNameStart: UnitSet, levels: UnitSet, levelPrefixes: UnitSet, u: UnsafeBufferPointer<UInt16>) {
        self.names = names
        // Counted by phrase index: hashing names per match cost more than the match.
        var seen = Set<Int>()
        var shortCounts: [Int: Int] = [:]
        // The head of a document names its places (title, dateline, opening paragraphs); a
        // long report is read for them only so far, which keeps the cost per document bounded.
        // Leftmost-longest, read with the trie: a look-up where a name can start, none elsewhere.
        let limit = min(u.count, Self.readLimit)
        var previousEnd = -1
        for m in trie.longestMatches(in: u, range: 0..<limit) {
            // 岚皋路, 中山大道: a street named after a place.
            if streets.contains(where: { Self.holds(u, $0, at: m.range.upperBound) }) { continue }
            // 南海市场: an older name (南海市) run on into a word.
            if names.isOlderFormInWord(m.phrase, end: m.range.upperBound, in: u) { continue }
            // 来自富蕴县…一个贫困家庭: where a person comes from.
            if origins.contains(where: { Self.holds(u, $0, at: m.range.lowerBound - $0.count) }) { continue }
            // 秘书长宫镇江: a person's given name after a title and a surname.
            // (于南京出席: 于 there is a preposition.)
            if m.range.count == 2, m.range.lowerBound > 0, surnames.contains(u[m.range.lowerBound - 1]), !notSurnames.contains(u[m.range.lowerBound - 1]),
               titles.contains(where: { Self.holds(u, $0, at: m.range.lowerBound - 1 - $0.count) }) { continue }
            // 教育工会和县总工会: after a word, a two-character name opening with 和 (与, 在 …) is
            // that word and a bare level, not the place 和县 — but after a place (安徽省和县, 辽宁本溪)
            // it is one.
            defer { previousEnd = m.range.upperBound }
            let p = m.range.lowerBound
            if m.range.count == 2, notNameStart.contains(u[p]), p > 0, CodeUnit.isHan(u[p - 1]), previousEnd != p, !levels.contains(u[p - 1]) { continue }
            seen.insert(m.phrase)
            if !Self.isQuoted(u, m.range.lowerBound) { shortCounts[m.phrase, default: 0] += 1 }
        }
        present = seen
        var counts: [String: Int] = [:]
        // Mentions of each province's cities and counties, for a text that never names its province.
        var within: [String: Int] = [:]
        // Mentions of each prefecture's counties, and of counties at all.
        var inPrefecture: [String: Int] = [:]
        var countyMentions = 0
        var countyCities = Set<String>()
        // 密云 (密云区 since 2015) in a text that never names it in full: what its older form 密云县
        // counts, for a level no place the text names is of (its 县总工会 is 密云县's). Only older
        // endings of a county's own level: a 市 the text does not name may be the prefecture's.
        var olderCounts: [String: Int] = [:]
        for (phrase, n) in shortCounts {
            guard let place = names.resolve(phrase, present: seen) else { continue }
            counts[place.name, default: 0] += n
            if names.names[phrase] != place.name, let full = names.phrase(of: place.name), !seen.contains(full) {
                for older in names.olderByEnding(of: place) { olderCounts[older, default: 0] += n }
            }
            if place.level != .province, let province = names.province(of: place) { within[province, default: 0] += n }
            if place.level == .county {
                countyMentions += n
                countyCities.insert(place.name)
                if let parent = names.gazetteer.parent(of: place), parent.level == .prefecture { inPrefecture[parent.name, default: 0] += n }
            }
        }
        self.counts = counts
        // The name counted most often at each level, none on a tie: one pass over the counts.
        var top: [Character: (name: String, n: Int, tied: Bool)] = [Self.provinceLevel: ("", 0, true)]
        for (name, n) in counts {
            // (北京市 is of 市 and a province's; 省 takes provinces only.)
            var levels: [Character] = []
            if let last = name.last, last != Self.provinceLevel { levels.append(last) }
            if names.provinces.contains(name) { levels.append(Self.provinceLevel) }
            for level in levels {
                if let t = top[level], t.n >= n {
                    if t.n == n { top[level]!.tied = true }
                    continue
                }
                top[level] = (name, n, false)
            }
        }
        // (Only in a text that speaks of itself at that level: 全县, 我县 — not 全区 of 天河市民.)
        let spokenLevels = Set(olderCounts.keys.compactMap(\.last).filter { level in
            guard let e = level.utf16.first else { return false }
            return (1..<max(1, limit)).contains { u[$0] == e && levelPrefixes.contains(u[$0 - 1]) }
        })
        for (name, n) in olderCounts.sorted(by: { $0.key < $1.key }) {
            guard let level = name.last, spokenLevels.contains(level), top[level] == nil else { continue }
            top[level] = (name, n, olderCounts.contains { $0.key != name && $0.key.last == level && $0.value == n })
            if olderCounts.contains(where: { $0.key.last == level && $0.value > n }) { top[level] = nil }
            countyCities.insert(name)
        }
        // 省总工会…在贵阳…黔东南州和凯里市: a text that names no province but whose cities and counties
        // lie in one speaks of that one (twice at least, and three quarters of such mentions;
        // places the text's people go to or aid are not counted: 赴杭州, 对口支援喀什).
        if top[Self.provinceLevel]?.n == 0, let (province, n) = within.max(by: { $0.value < $1.value }),
           n >= Self.impliedProvinceMentions, 4 * n >= 3 * within.values.reduce(0, +),
           within.filter({ $0.value == n }).count == 1 {
            top[Self.provinceLevel] = (province, n, false)
        }
        // 市总工会…博爱县、武陟县、孟州市总工会…: a text whose counties lie in one prefecture speaks of
        // that one (three times at least, three quarters of county mentions), named or not —
        // unless a county-level city of its level is half of them or more (孟州市's own report).
        if let (prefecture, n) = inPrefecture.max(by: { $0.value < $1.value }),
           n >= Self.impliedPrefectureMentions, 4 * n >= 3 * countyMentions, inPrefecture.filter({ $0.value == n }).count == 1,
           let level = prefecture.last {
            let t = top[level]
            if t == nil || t!.tied || countyCities.contains(t!.name) && 2 * t!.n < n { top[level] = (prefecture, n, false) }
        }
        let dominant = top.mapValues { $0.tied ? nil : Optional($0.name) }
        dominantByLevel = dominant
    }

    /// The text names `place` by its full name somewhere, not only by a short form.
    func namesInFull(_ place: Gazetteer.Place) -> Bool {
        names.phrase(of: place.name).map(present.contains) ?? false
    }

    /// The place a name of the gazetteer (a phrase index) denotes in this text.
    func resolve(_ phrase: Int) -> Gazetteer.Place? { names.resolve(phrase, present: present) }

    /// `w` stands in `u` at `p`.
    static func holds(_ u: UnsafeBufferPointer<UInt16>, _ w: [UInt16], at p: Int) -> Bool {
        p >= 0 && p + w.count <= u.count && (0..<w.count).allSatisfy { u[p + $0] == w[$0] }
    }

    /// A “ opened earlier on the same line, within a dozen characters, and not closed.
    static func isQuoted(_ u: UnsafeBufferPointer<UInt16>, _ p: Int) -> Bool {
        var i = p
        while i > 0 && p - i < 12 {
            let c = u[i - 1]
            if c == 0x201D || c == 0x0A || c == 0x3002 { return false }
            if c == 0x201C { return true }
            i -= 1
        }
        return false
    }

    /// The place named most often whose full name ends with `level` (省, 市, 县, 区), when one
    /// stands out; 省 also takes autonomous regions and municipalities' provinces. (Read once per
    /// level when the places are counted: records ask for it one by one.)
    func dominant(_ level: Character) -> String? {
        // (A level no counted name ends in has no dominant place.)
        dominantByLevel[level] ?? nil
    }
}
