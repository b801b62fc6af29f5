/// The gazetteer's names and short forms as one numbered list (the phrase indexes of the place
/// tries and matchers), with what each denotes, read once: a document then tells places apart by
/// number, without hashing a name per match (per document, that hashing cost as much as the scan).
final class PlaceNames: Sendable {
    let gazetteer: Gazetteer
    /// Every name and short form, sorted: a phrase index is an index here.
    let names: [String]
    /// The places each name may denote, in the gazetteer's order.
    let candidates: [[Int]]
    /// Each place's parent (place index), or -1.
    let parent: [Int]
    /// The phrase indexes of each place's full name and short forms.
    let phrases: [[Int]]
    /// Full names of provinces, autonomous regions and municipalities.
    let provinces: Set<String>
    /// By phrase index: the name is only ever an older form of a place (上虞市, 繁昌县).
    let olderOnly: [Bool]
    /// Each place's older forms by an ending line (密云区: 密云县), by place index.
    let olderByEnding: [[String]]

    init(_ gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        let names = gazetteer.allNames.sorted()
        self.names = names
        var phraseOf: [String: Int] = [:]
        for (k, n) in names.enumerated() { phraseOf[n] = k }
        candidates = names.map { gazetteer.byName[$0] ?? [] }
        parent = gazetteer.places.map { p in p.parent.flatMap { gazetteer.byCode[$0] } ?? -1 }
        provinces = Set(gazetteer.places.filter { $0.level == .province }.map(\.name))
        phrases = gazetteer.places.map { p in ([p.name] + p.aliases).compactMap { phraseOf[$0] } }
        olderOnly = candidates.map { c in !c.isEmpty && c.allSatisfy { gazetteer.places[$0].isOlderForm } }
        var older = [[String]](repeating: [], count: gazetteer.places.count)
        for p in gazetteer.places where p.isOlderForm && p.name.last.map(gazetteer.olderEndings.contains) == true {
            if let present = gazetteer.byCode[p.code] { older[present].append(p.name) }
        }
        olderByEnding = older
    }

    /// The phrase index of a name or short form (`names` is sorted: a binary search).
    func phrase(of name: String) -> Int? {
        var lo = 0, hi = names.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if names[mid] < name { lo = mid + 1 } else { hi = mid }
        }
        return lo < names.count && names[lo] == name ? lo : nil
    }

    /// What naming a place in full weighs against the places a text names around another.
    static let namedInFull = 3

    /// The province (autonomous region, municipality) a place lies in, by its parents.
    func province(of place: Gazetteer.Place) -> String? {
        var p: Gazetteer.Place? = place
        while let q = p, q.level != .province { p = gazetteer.parent(of: q) }
        return p?.name
    }

    /// The older forms of a place's name by an ending line (found by the place's code).
    func olderByEnding(of place: Gazetteer.Place) -> [String] {
        gazetteer.byCode[place.code].map { olderByEnding[$0] } ?? []
    }

    /// The name at `m` is an older form that the character after it makes part of a word
    /// (南海市场: a market, not 南海市).
    func isOlderFormInWord(_ phrase: Int, end: Int, in u: UnsafeBufferPointer<UInt16>) -> Bool {
        olderOnly[phrase] && end < u.count && gazetteer.olderFormStops.contains(u[end])
    }

    /// The place a name denotes; among places sharing a name, the one whose province or
    /// prefecture the text also names (`present`: phrase indexes), a full name before a short form
    /// of another place.
    func resolve(_ phrase: Int, present: Set<Int>) -> Gazetteer.Place? {
        let all = candidates[phrase]
        guard let first = all.first else { return nil }
        if all.count == 1 { return gazetteer.places[first] }
        let name = names[phrase]
        func score(_ p: Int) -> Int {
            var s = 0
            var q = parent[p]
            while q >= 0 {
                if phrases[q].contains(where: present.contains) { s += 1 }
                q = parent[q]
            }
            if gazetteer.places[p].name == name { s += 2 }
            // 衡阳 in a text that says 衡阳市 elsewhere is that city, not 衡阳县 (whose city and
            // province the text also names): a place the text names in full comes first.
            if let full = phrases[p].first, present.contains(full) { s += Self.namedInFull }
            return s
        }
        // (The first of equal scores, as `max` keeps it.)
        var best = first, bestScore = score(first)
        for p in all.dropFirst() {
            let s = score(p)
            if s > bestScore { best = p; bestScore = s }
        }
        return gazetteer.places[best]
    }
}
