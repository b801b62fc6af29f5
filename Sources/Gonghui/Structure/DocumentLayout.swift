import Foundation

/// The structure of a normalised report that attribution needs: its lines (one paragraph
/// each), headings, the pieces of a compilation, plan sections, and tables with their column
/// headers and rows.
struct DocumentLayout: Sendable {
    let lines: [Range<Int>]
    let isHeading: [Bool]
    /// Ranges of the pieces of a compilation (篇一, 篇二 …); one piece when it is not one.
    private(set) var pieces: [Range<Int>]
    let tables: [Table]
    /// For each line, the table row it holds, if any.
    let rowOfLine: [TableRow?]
    /// For each line, whether it stands in a section headed as a plan (2024年工作打算,
    /// 下一步工作安排): what follows are targets, not results.
    let planSection: [Bool]
    /// The document is a plan by its title (…工会工作计划): targets throughout.
    let isPlan: Bool

    /// `plan`: whether the document is a plan, when known from its title (a later window of a
    /// long document, which does not see the title); nil to read it from the first lines.
    init(_ u: UnsafeBufferPointer<UInt16>, pieceMarkers: [ICURegexPattern], words: StructureWords, lexicon: QuantityLexicon, plan known: Bool?) {
        let lines = UTF16Text.lineRanges(u)
        self.lines = lines
        isHeading = lines.map { Self.looksLikeHeading(u, $0) }

        // Compilation pieces start at lines like 工会工作创新举措篇一 or 【范文二】.
        var starts: [Int] = []
        for (k, r) in lines.enumerated() where r.count <= 60 && pieceMarkers.contains(where: { $0.matches(u, r) }) {
            starts.append(k)
        }
        // Without markers, several report titles (…街道总工会2022年工作小结) in one file each
        // start a piece.
        if starts.count < 2 {
            let heading = isHeading
            let titles = lines.indices.filter { heading[$0] && Self.looksLikeReportTitle(u, lines[$0], words) }
            if titles.count >= 2 { starts = titles }
        }
        pieces = [0..<u.count]

        let reader = TableReader(u: u, lines: lines, words: words, lexicon: lexicon)
        (tables, rowOfLine) = reader.tables()

        let firstTextLine = lines.firstIndex { !$0.isEmpty } ?? 0
        // A plan's title (…工会工作计划), the first or second short line of the first few (a
        // page's furniture may come before it): the whole text sets targets.
        // Not news about a plan (市总工会召开全委会部署2024年工作要点: a title-verb), nor a
        // report and a plan in one (2023年工作总结和2024年工作计划), nor a plan section's heading
        // under another title.
        let titleLine = known != nil ? nil : lines.indices.prefix(8).first { k in
            !lines[k].isEmpty && lines[k].count <= 40 && !u[lines[k]].contains(0x3002)
        }.flatMap { k in
            Self.endsWith(.planTitle, u, lines[k], words) && !words.contains(.reviewHeading, in: u, lines[k])
                && !words.contains(.reportTitle, in: u, lines[k]) && !words.contains(.titleVerb, in: u, lines[k]) ? k : nil
        }
        isPlan = known ?? (titleLine != nil)
        var plan = [Bool](repeating: false, count: lines.count)
        var inPlan = isPlan
        for (k, r) in lines.enumerated() {
            // A heading, or a numbered paragraph that opens with a heading sentence
            // (六、2023年工作打算。新建基层工会20家,…).
            // The title (the first line with text) speaks for the whole document, never for a
            // plan section; in a plan, a heading opens plans unless it looks back.
            if let h = isHeading[k] ? r : Self.leadHeading(u, r, numerals: lexicon.words), k > (titleLine ?? firstTextLine) {
                inPlan = !words.contains(.reviewHeading, in: u, h) && (isPlan || Self.namesPlans(u, h, words))
            }
            plan[k] = inPlan && k >= (titleLine ?? 0)
        }
        planSection = plan
        if starts.count >= 2 { split(at: starts, length: u.count) }
    }

    /// A heading with a plan word of its own (2024年工作计划, 下一步打算, 关于明年工作打算的几点意见),
    /// not one inside a caption's noun phrase (2010年,…要求政府实施全民退休保障计划的游行: a line with a
    /// comma).
    static func namesPlans(_ u: UnsafeBufferPointer<UInt16>, _ h: Range<Int>, _ words: StructureWords) -> Bool {
        let caption = h.contains { u[$0] == 0x2C }
        for p in h {
            guard let w = words.starting(.planHeading, at: p, in: u, limit: h.upperBound) else { continue }
            if !caption || p + w.count >= h.upperBound || words.starting(.notPlanAfter, at: p + w.count, in: u, limit: h.upperBound) == nil { return true }
        }
        return false
    }

    /// A line ending with a word of `kind`, but for closing brackets, quotes and spaces.
    static func endsWith(_ kind: StructureWordKind, _ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, _ words: StructureWords) -> Bool {
        var end = r.upperBound
        while end > r.lowerBound, [0x20, 0x29, 0x300B, 0x201D, 0x3011].contains(u[end - 1]) { end -= 1 }
        return words.ending(kind, before: end, in: u, limit: r.lowerBound) != nil
    }

    /// 岳阳街道总工会2022年工作小结: a union's name and a report word on one short line.
    static func looksLikeReportTitle(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, _ words: StructureWords) -> Bool {
        r.count >= 6 && words.contains(.unionWord, in: u, r) && words.contains(.reportTitle, in: u, r)
    }

    /// The first sentence of a paragraph numbered like a section (一、 (一) 1.) when it is as
    /// short as a heading.
    static func leadHeading(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, numerals: FunctionWords) -> Range<Int>? {
        guard r.count > 2 else { return nil }
        let a = u[r.lowerBound], b = u[r.lowerBound + 1]
        let numbered = (numerals.isA(.numeral, a) && b == 0x3001) || a == 0x28 || a == 0xFF08
            || (CodeUnit.isDigit(a) && (b == 0x2E || b == 0x3001))
        guard numbered else { return nil }
        var e = r.lowerBound
        while e < r.upperBound && e - r.lowerBound <= 24 && u[e] != 0x3002 { e += 1 }
        guard e < r.upperBound, u[e] == 0x3002 else { return nil }
        return r.lowerBound..<e
    }

    /// A short line that does not end like a sentence: a title or section heading.
    static func looksLikeHeading(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Bool {
        guard !r.isEmpty, r.count <= 40 else { return false }
        let last = u[r.upperBound - 1]
        // A line ending in a colon introduces what follows (…见下表:); it is not a heading.
        if last == 0x3002 || last == 0x3B || last == 0x2C || last == 0x21 || last == 0x3F || last == 0x3A { return false }
        return !u[r].contains(0x09)
    }

    /// The line containing offset `p`.
    func line(containing p: Int) -> Int {
        var lo = 0, hi = lines.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lines[mid].lowerBound <= p { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Makes each of `starts` (line indices, ascending) begin a piece.
    mutating func split(at starts: [Int], length: Int) {
        var pieces: [Range<Int>] = []
        if starts[0] > 0 { pieces.append(0..<lines[starts[0]].lowerBound) }
        for (n, k) in starts.enumerated() {
            let end = n + 1 < starts.count ? lines[starts[n + 1]].lowerBound : length
            pieces.append(lines[k].lowerBound..<end)
        }
        self.pieces = pieces
    }

    func piece(containing p: Int) -> Int {
        pieces.firstIndex { $0.contains(p) } ?? max(0, pieces.count - 1)
    }
}
