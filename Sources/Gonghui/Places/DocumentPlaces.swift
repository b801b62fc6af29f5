import Foundation
/// The places a text names, read once: which names occur (to tell apart places that share a
/// name by the province or prefecture also named), and the place it names most often at each
/// level, which 我省, 全市, 省总工会 and the like refer to when the text never spells out its own
/// place (河南日报记者…我省14家单位…国网河南省电力公司 → 河南省).
///
/// Names inside quotation marks do not count, nor those of streets (岚皋路): 开展了“劳模看鹰潭”等活动 names an activity, not
/// the place the report covers.
struct DocumentPlaces: Sendable {
    /// Every place name and short form the text holds.
    let present: Set<String>
    /// Full names of the places named outside quotes, with how often.
    let counts: [String: Int]
    /// The dominant place of each level the counted names end in (and of provinces).
    private let dominantByLevel: [Character: String?]
    /// How far into a document its places are counted (UTF-16 units).
    static let readLimit = 20_000

    /// The level letter `dominant` reads as "a province" (autonomous regions and
    /// municipalities included).
    static let provinceLevel: Character = "\u{7701}"

    init(gazetteer: Gazetteer, trie: PrefixTrie, names: [String], streets: [[UInt16]] = [], u: UnsafeBufferPointer<UInt16>) {
        // Counted by phrase index: hashing names per match cost more than the match.
        var seen = Set<Int>()
        var shortCounts: [Int: Int] = [:]
        // The head of a document names its places (title, dateline, opening paragraphs); a
        // long report is read for them only so far, which keeps the cost per document bounded.
        // Leftmost-longest, read with the trie: a look-up where a name can start, none elsewhere.
        let limit = min(u.count, Self.readLimit)
        for m in trie.longestMatches(in: u, range: 0..<limit) {
            // 岚皋路, 中山大道: a street named after a place.
            if streets.contains(where: { w in
                m.range.upperBound + w.count <= u.count && (0..<w.count).allSatisfy { u[m.range.upperBound + $0] == w[$0] }
            }) { continue }
            seen.insert(m.phrase)
            if !Self.isQuoted(u, m.range.lowerBound) { shortCounts[m.phrase, default: 0] += 1 }
        }
        let present = Set(seen.map { names[$0] })
        self.present = present
        var counts: [String: Int] = [:]
        for (phrase, n) in shortCounts {
            guard let place = Self.resolve(names[phrase], gazetteer: gazetteer, present: present) else { continue }
            counts[place.name, default: 0] += n
        }
        self.counts = counts
        var dominant: [Character: String?] = [:]
        for level in Set(counts.keys.compactMap(\.last)).union([Self.provinceLevel]) {
            dominant[level] = .some(Self.dominant(level, counts: counts, gazetteer: gazetteer))
        }
        dominantByLevel = dominant
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

    /// The place a name denotes; among places sharing a name, the one whose province or
    /// prefecture the text also names, a full name before a short form of another place.
    static func resolve(_ name: String, gazetteer: Gazetteer, present: Set<String>) -> Gazetteer.Place? {
        let candidates = gazetteer.places(named: name)
        if candidates.count <= 1 { return candidates.first }
        func score(_ p: Gazetteer.Place) -> Int {
            var s = 0
            var q = gazetteer.parent(of: p)
            while let parent = q {
                if present.contains(parent.name) || parent.aliases.contains(where: present.contains) { s += 1 }
                q = gazetteer.parent(of: parent)
            }
            if p.name == name { s += 2 }
            return s
        }
        return candidates.max { score($0) < score($1) }
    }

    /// The place named most often whose full name ends with `level` (省, 市, 县, 区), when one
    /// stands out; 省 also takes autonomous regions and municipalities' provinces. (Read once per
    /// level when the places are counted: records ask for it one by one.)
    func dominant(_ level: Character, gazetteer: Gazetteer) -> String? {
        if let known = dominantByLevel[level] { return known }
        return Self.dominant(level, counts: counts, gazetteer: gazetteer)
    }

    static func dominant(_ level: Character, counts: [String: Int], gazetteer: Gazetteer) -> String? {
        let fitting = counts.filter { name, _ in
            level == provinceLevel ? gazetteer.places(named: name).contains { $0.level == .province && $0.name == name } : name.last == level
        }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let top = fitting.first else { return nil }
        if fitting.count > 1 && fitting[1].value == top.value { return nil }
        return top.key
    }
}
