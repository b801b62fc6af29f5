/// What a report is made of, read once before records: its layout (lines, headings, pieces,
/// plan sections, tables), the union bodies it names, and the body each piece reports for.
struct DocumentStructure: Sendable {
    var layout: DocumentLayout
    /// Every union body the text names (黄骅市总工会, 全总, 区总工会, **县总工会), in order.
    var mentions: [FederationFinder.Mention]
    /// The reporting body of each piece of `layout.pieces`.
    var pieceBodies: [UnionBody?]
    /// The places the text names.
    var places: DocumentPlaces
}

/// The structure stage: reads a normalised document's layout and who it speaks for.
///
/// It holds compiled ICU regular expressions (piece markers), which are not thread-safe: one
/// per thread, as the Pipeline that owns it.
public struct StructureReader {
    let words: StructureWords
    let lexicon: QuantityLexicon
    let federations: FederationFinder
    let pieceMarkers: [ICURegexPattern]
    let streets: [[UInt16]]
    /// Words before a place that make it none the text speaks for: where people come from
    /// (来自) and where they go or send aid (赴, 对口支援).
    let origins: [[UInt16]]
    let titles: [[UInt16]]
    let surnames: UnitSet
    let notSurnames: UnitSet

    public init(dictionaries: Dictionaries) {
        words = dictionaries.structureWords
        lexicon = dictionaries.quantities
        federations = dictionaries.federations
        streets = dictionaries.scopeWords.streets
        origins = dictionaries.scopeWords.origins + dictionaries.scopeWords.destinations
        titles = dictionaries.scopeWords.titles
        surnames = dictionaries.segmentation.surnames
        notSurnames = dictionaries.scopeWords.notSurnames
        // Validated when the dictionaries were loaded; compiled here, once per thread.
        pieceMarkers = dictionaries.pieceMarkers.compactMap { try? ICURegexPattern($0) }
    }

    func structure(of document: Document) -> DocumentStructure {
        structure(of: document, plan: nil)
    }

    /// `plan`: what the first window of a long document said about it being a plan.
    func structure(of document: Document, plan: Bool?) -> DocumentStructure {
        document.text.units.withUnsafeBufferPointer { structure(of: $0, plan: plan) }
    }

    func structure(of u: UnsafeBufferPointer<UInt16>, plan: Bool?) -> DocumentStructure {
        var layout = DocumentLayout(u, pieceMarkers: pieceMarkers, words: words, lexicon: lexicon, plan: plan)
        let places = DocumentPlaces(names: federations.placeNames, trie: federations.placeTrie, streets: streets, origins: origins, titles: titles, surnames: surnames, notSurnames: notSurnames, notNameStart: federations.notNameStart, levels: federations.levels, levelPrefixes: federations.levelPrefixes, u: u)
        var all = federations.mentions(in: u, range: 0..<u.count, places: places)
        // A newsletter of items from several unions: each headline that opens with a union's
        // name (龙游县总工会多措并举…, 开化县总工会深化…) starts a piece.
        if layout.pieces.count == 1 {
            var starts: [Int] = []
            var bodies = Set<String>()
            var m = 0
            for k in layout.lines.indices where layout.isHeading[k] {
                let r = layout.lines[k]
                while m < all.count && all[m].range.lowerBound < r.lowerBound { m += 1 }
                guard m < all.count, r.contains(all[m].range.lowerBound), all[m].range.lowerBound - r.lowerBound <= 2,
                      let body = all[m].body, !all[m].deferential else { continue }
                starts.append(k)
                bodies.insert(body.name)
            }
            if bodies.count >= 2 { layout.split(at: starts, length: u.count) }
        }
        // A title that opens with a union's name the rules above do not read (工行福州分行工会…).
        for piece in layout.pieces {
            // The title block: the piece's first three lines with text.
            let head = layout.lines.indices.lazy.filter { piece.contains(layout.lines[$0].lowerBound) && !layout.lines[$0].isEmpty }.prefix(3)
            for k in head where layout.isHeading[k] {
                if let title = federations.titleMention(u, line: layout.lines[k], existing: all, places: places) { all.append(title); break }
            }
        }
        all.sort { $0.range.lowerBound < $1.range.lowerBound }
        federations.expandShortNames(&all)
        var bodies: [UnionBody?] = []
        var m = 0
        var line = 0
        for piece in layout.pieces {
            while m < all.count && all[m].range.lowerBound < piece.lowerBound { m += 1 }
            var e = m
            while e < all.count && all[e].range.lowerBound < piece.upperBound { e += 1 }
            // The piece's first two lines are its title and byline.
            while line < layout.lines.count && layout.lines[line].lowerBound < piece.lowerBound { line += 1 }
            var headingEnd = piece.lowerBound
            var k = line
            while k < layout.lines.count && k < line + 2 && piece.contains(layout.lines[k].lowerBound) {
                headingEnd = layout.lines[k].upperBound
                k += 1
            }
            let title = line < layout.lines.count && piece.contains(layout.lines[line].lowerBound) && layout.isHeading[line] ? layout.lines[line] : piece.lowerBound..<piece.lowerBound
            bodies.append(federations.reportingBody(mentions: Array(all[m..<e]), heading: piece.lowerBound..<max(piece.lowerBound, headingEnd), title: title, piece: piece, u: u,
                                                    places: places))
            m = e
        }
        return DocumentStructure(layout: layout, mentions: all, pieceBodies: bodies, places: places)
    }
}
