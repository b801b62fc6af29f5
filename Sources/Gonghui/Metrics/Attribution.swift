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
    let u: UnsafeBufferPointer<UInt16>
    /// Per piece: the scope its opening sentence states, for pieces without a reporting body.
    let openingScope: [UnionBody?]

    init(structure: DocumentStructure, scopes: ScopeWords, federations: FederationFinder, u: UnsafeBufferPointer<UInt16>) {
        self.structure = structure
        self.scopes = scopes
        self.federations = federations
        self.u = u
        var opening: [UnionBody?] = []
        for (k, piece) in structure.layout.pieces.enumerated() {
            guard structure.pieceBodies[k] == nil else { opening.append(nil); continue }
            // The piece's first paragraph that is not a heading, up to its first full stop.
            let layout = structure.layout
            let first = layout.lines.indices.first { piece.contains(layout.lines[$0].lowerBound) && !layout.isHeading[$0] && !layout.lines[$0].isEmpty }
            var scope: UnionBody? = nil
            if let f = first {
                let r = layout.lines[f]
                var e = r.lowerBound
                while e < r.upperBound && u[e] != 0x3002 { e += 1 }
                let found = scopes.occurrences(in: u, r.lowerBound..<e)
                if let s = found.first { scope = Self.region(of: s.scope, body: nil, places: structure.places, gazetteer: federations.gazetteer) }
            }
            opening.append(scope)
        }
        openingScope = opening
    }

    /// The body and place of a figure at `q` in `sentence`.
    func body(for q: Quantity, sentence: Range<Int>) -> UnionBody? {
        let layout = structure.layout
        let piece = layout.piece(containing: q.range.lowerBound)
        let reporting = structure.pieceBodies[piece]
        let clauseStart = Self.clauseStart(u, before: q.range.lowerBound, limit: sentence.lowerBound)
        // The subject: near the start of the sentence, or of the figure's clause (…,其中吕良镇总工会…).
        if let m = lastMention(in: sentence.lowerBound..<q.range.lowerBound), !m.deferential, !m.bystander,
           m.range.lowerBound - sentence.lowerBound <= 12 || (m.range.lowerBound >= clauseStart && m.range.lowerBound - clauseStart <= 4) {
            if let b = m.body { return b }
            // A bare level (县教育工会, 省总工会): the reporting body's place at that level, else
            // the place of that level the text names most.
            if let level = m.level, !m.masked, federations.isPlaceLevel(level) {
                if let region = reporting?.region, region.last == level { return UnionBody(name: region + m.kind, region: region) }
                if let place = structure.places.dominant(level, gazetteer: federations.gazetteer) { return UnionBody(name: place + m.kind, region: place) }
            }
        }
        // A place named as the subject of the clause or sentence, or right before the figure —
        // not one opening a name in a list the figure sums up (郑州市公交集团…等45个集体).
        let enumerated = q.range.lowerBound > sentence.lowerBound && u[q.range.lowerBound - 1] == 0x7B49  // 等
        if !enumerated, let place = subjectPlace(clause: clauseStart..<q.range.lowerBound, sentence: sentence), place != reporting?.region {
            return UnionBody(name: "", region: place)
        }
        // A scope word before the figure in its clause, or opening an earlier clause of its
        // sentence (在全国率先… is no scope): the nearest place-level one, else 全国 — an honour's
        // 全国 only in a text no body speaks for (表彰全国五一劳动奖状255个).
        let found = scopes.occurrences(in: u, sentence.lowerBound..<q.range.lowerBound, names: reporting == nil).filter {
            $0.range.lowerBound >= clauseStart || $0.range.lowerBound == Self.clauseStart(u, before: $0.range.lowerBound, limit: sentence.lowerBound)
        }
        if let s = found.last(where: { $0.scope != .nation }) ?? found.last(where: { !$0.inName }) ?? found.last {
            if let scoped = Self.region(of: s.scope, body: reporting, places: structure.places, gazetteer: federations.gazetteer) { return scoped }
        }
        return reporting ?? openingScope[piece]
    }

    /// The place a scope word covers: the reporting body's when it is of that level (its name
    /// kept), else the text's own place of that level (with no body).
    static func region(of scope: ScopeWords.Scope, body: UnionBody?, places: DocumentPlaces, gazetteer: Gazetteer) -> UnionBody? {
        if scope == .nation { return body?.region == "全国" ? body : UnionBody(name: "", region: "全国") }
        if let region = body?.region, let last = region.last, scope.levels.contains(last) { return body }
        for level in scope.levels {
            if let place = places.dominant(level, gazetteer: gazetteer) { return UnionBody(name: "", region: place) }
        }
        return nil
    }

    /// 湖南省 in 其中湖南省获得…的集体有7家, 山西省 in 山西省一个集体, 河南 in 河南9家单位: a place
    /// opening the clause or the sentence (after 其中) by its full name, or any form of it right
    /// before the figure; as its full name.
    func subjectPlace(clause: Range<Int>, sentence: Range<Int>) -> String? {
        guard !clause.isEmpty else { return nil }
        func resolved(_ phrase: Int) -> Gazetteer.Place? {
            DocumentPlaces.resolve(federations.placeNames[phrase], gazetteer: federations.gazetteer, present: structure.places.present)
        }
        // Right before the figure, any form of the name.
        if let (p, length) = federations.reversedPlaces.longestSuffix(in: u, before: clause.upperBound, limit: clause.lowerBound), length > 0 {
            return resolved(p)?.name
        }
        for start in Set([clause.lowerBound, sentence.lowerBound]).sorted(by: >) where start < clause.upperBound {
            var s = start
            if s + 2 < clause.upperBound, u[s] == 0x5176, u[s + 1] == 0x4E2D { s += 2 }  // 其中
            guard let (p, end) = federations.placeTrie.longestPrefix(in: u, from: s, limit: clause.upperBound), let place = resolved(p) else { continue }
            // Only a full name (湖南省), not a short one opening an organisation's (郑州大学…).
            if federations.placeNames[p] == place.name, end < clause.upperBound, !Self.continuesName(u, end) { return place.name }
        }
        return nil
    }

    /// 总 工 日 right after a place: it begins a union's name or a newspaper's.
    static func continuesName(_ u: UnsafeBufferPointer<UInt16>, _ p: Int) -> Bool {
        let c = u[p]
        return c == 0x603B || c == 0x5DE5 || c == 0x65E5
    }

    /// The last union mention starting in `r` (binary search: mentions are in text order).
    func lastMention(in r: Range<Int>) -> FederationFinder.Mention? {
        let all = structure.mentions
        var lo = 0, hi = all.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if all[mid].range.lowerBound < r.upperBound { lo = mid + 1 } else { hi = mid }
        }
        var k = lo - 1
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
}
