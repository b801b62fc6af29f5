/// The normalise stage: a `SourceText` in, a `Document` out.
///
/// Passes run in a fixed order, each a forward scan that keeps the offset map to the
/// original: characters (NFKC, line breaks, invisibles; 92。3% → 92.3%) → pinyin annotations → traditional to
/// simplified → Taiwanese years (105年 → 2016年) → web boilerplate → whitespace → tables written a cell a line. Annotations go before conversion so that word
/// overrides see 與時俱進, not 與時(shí)俱進; boilerplate rules are written in simplified NFKC
/// text, so they run after the character passes.
public struct Normalizer {
    let characters = CharacterNormalizer()
    let converter: ChineseConverter
    let annotations: AnnotationRemover
    let roc: RocCalendar
    let boilerplate: BoilerplateRemover
    let whitespace: WhitespaceTidier
    let pipeCells: PipeCells
    let dates: DateFinder

    public init(dictionaries: Dictionaries) { self.init(data: dictionaries.normalization) }

    public init(data: NormalizationData) {
        converter = ChineseConverter(overrides: data.conversionOverrides)
        annotations = AnnotationRemover(syllables: data.pinyinSyllables)
        roc = RocCalendar(words: data.functionWords)
        boilerplate = BoilerplateRemover(rules: CompiledBoilerplate(data.boilerplate), dates: data.dates)
        whitespace = WhitespaceTidier(words: data.functionWords)
        pipeCells = PipeCells(words: data.functionWords)
        dates = data.dates
    }

    /// Keep web boilerplate lines (for text that is known to be clean, such as test sets).
    public var keepsBoilerplate = false

    /// Windows smaller than `TextWindows.limit` (for tests of the windowed path).
    public var windowLimit = TextWindows.limit

    /// One window of the source, normalised: text, the map into the whole original, and what
    /// the boilerplate pass found.
    struct Window {
        var text: [UInt16]
        var map: OffsetMap
        var removedLines: Int
        var date: ReportDate?
        /// A rule dropped the rest of the document (related links, the page footer).
        var droppedRest: Bool
        /// Where the window starts in the original.
        var sourceStart: Int
    }

    /// The passes over `original[range]`; the map it returns points into the whole original.
    func normalizeWindow(_ original: [UInt16], _ range: Range<Int>) -> Window {
        var units = Array(original[range])
        var map = OffsetMap.identity(count: units.count, sourceStart: range.lowerBound)
        characters.apply(&units, map: &map)
        DecimalStops.apply(&units)
        (units, map) = annotations.apply(units, map: map)
        converter.apply(&units)
        (units, map) = roc.apply(units, map: map)
        let cleaned = keepsBoilerplate
            ? BoilerplateRemover.Result(text: units, map: map, removedLines: 0, date: nil)
            : boilerplate.apply(units, map: map)
        (units, map) = whitespace.apply(cleaned.text, map: cleaned.map)
        (units, map) = pipeCells.apply(units, map: map)
        return Window(text: units, map: map, removedLines: cleaned.removedLines, date: cleaned.date, droppedRest: cleaned.droppedRest,
                      sourceStart: range.lowerBound)
    }

    public func normalize(_ source: SourceText) -> Document {
        let original = source.text
        let cuts = original.units.withUnsafeBufferPointer { TextWindows.cuts($0, limit: windowLimit) }
        if cuts.count == 1 {
            let w = normalizeWindow(original.units, 0..<original.count)
            let text = UTF16Text(w.text)
            let metadata = DocumentMetadata(
                title: source.declaredTitle ?? Self.titleLine(text),
                date: source.declaredDate ?? w.date ?? Self.dateLine(text, dates: dates),
                removedLineCount: w.removedLines)
            return Document(source: source.source, original: original, text: text, offsetMap: w.map,
                            metadata: metadata, warnings: source.warnings)
        }
        return normalizeWindows(source, cuts)
    }

    /// A long source as one document: the windows' texts joined by a line break, each window's
    /// range in the text kept so that later stages read the same windows.
    func normalizeWindows(_ source: SourceText, _ cuts: [TextWindows.Cut]) -> Document {
        var text: [UInt16] = []
        text.reserveCapacity(source.text.count)
        var map = OffsetMap()
        var windows: [Range<Int>] = []
        let metadata = forEachWindow(source, cuts) { w, at, _ in
            if at.units > 0 {
                // The join stands for the line breaks of the cut.
                map.append(length: 1, sourceStart: map.sourceEnd, sourceLength: max(0, w.sourceStart - map.sourceEnd))
                text.append(0x0A)
            }
            windows.append(text.count..<(text.count + w.text.count))
            text += w.text
            map.append(w.map)
        }
        var document = Document(source: source.source, original: source.text, text: UTF16Text(text), offsetMap: map,
                                metadata: metadata, warnings: source.warnings)
        document.windows = windows
        return document
    }

    /// Where a window's text starts in the joined text of a long document.
    public struct WindowOffset {
        /// In UTF-16 units (ranges of the text).
        public var units: Int
        /// In Unicode scalars (the offsets records carry).
        public var scalars: Int
    }

    /// The windows of a long source, normalised one at a time and handed to `body` with where
    /// each starts in the joined text (windows left empty by normalisation are skipped, and take
    /// no join) and the document's metadata, less the count of removed lines, which is known
    /// only at the end. Returns the whole metadata.
    ///
    /// Title and date come from the head of the first window and the tail of the last, where a
    /// whole reading finds them; a rule that drops the rest of the page drops every later window.
    @discardableResult
    func forEachWindow(_ source: SourceText, _ cuts: [TextWindows.Cut], _ body: (Window, WindowOffset, DocumentMetadata) -> Void) -> DocumentMetadata {
        let original = source.text
        let first = normalizeWindow(original.units, cuts[0].window)
        let last = cuts.count > 1 ? normalizeWindow(original.units, cuts[cuts.count - 1].window) : first
        // The first lines of the first window and the last lines of the last hold the title
        // and the date lines a whole reading would find.
        let probe = UTF16Text(Self.headLines(first.text, Self.mastheadLimit) + [0x0A] + Self.tailLines(last.text, 4))
        var metadata = DocumentMetadata(
            title: source.declaredTitle ?? Self.titleLine(UTF16Text(first.text)),
            date: source.declaredDate ?? first.date ?? last.date ?? Self.dateLine(probe, dates: dates),
            removedLineCount: 0)
        var at = WindowOffset(units: 0, scalars: 0)
        var removed = 0
        var restDropped = false
        for (k, cut) in cuts.enumerated() {
            var w: Window
            if restDropped {
                // Every line of the window is dropped, as a whole reading drops it.
                let lines = original.units[cut.window].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
                w = Window(text: [], map: OffsetMap(), removedLines: lines, date: nil, droppedRest: true, sourceStart: cut.window.lowerBound)
            } else {
                w = k == 0 ? first : k == cuts.count - 1 ? last : normalizeWindow(original.units, cut.window)
            }
            removed += w.removedLines
            restDropped = restDropped || w.droppedRest
            guard !w.text.isEmpty else { continue }
            if at.units > 0 || at.scalars > 0 {
                at.units += 1
                at.scalars += 1
            }
            body(w, at, metadata)
            let pairs = w.text.withUnsafeBufferPointer { UTF16Text.surrogatePairs(in: $0) }
            at.units += w.text.count
            at.scalars += w.text.count - pairs
        }
        metadata.removedLineCount = removed
        return metadata
    }

    /// The first `n` lines of `u` (without the break after the last).
    static func headLines(_ u: [UInt16], _ n: Int) -> [UInt16] {
        var seen = 0
        for (i, c) in u.enumerated() where c == 0x0A {
            seen += 1
            if seen == n { return Array(u[..<i]) }
        }
        return u
    }

    /// The last `n` lines of `u`.
    static func tailLines(_ u: [UInt16], _ n: Int) -> [UInt16] {
        var seen = 0
        var i = u.count
        while i > 0 {
            i -= 1
            guard u[i] == 0x0A else { continue }
            seen += 1
            if seen == n { return Array(u[(i + 1)...]) }
        }
        return u
    }

    /// The first line when it reads as a title: short and without sentence punctuation.
    static func titleLine(_ text: UTF16Text) -> String? {
        let u = text.units
        let end = u.firstIndex(of: 0x0A) ?? u.count
        guard end > 0, end <= 60 else { return nil }
        let line = u[0..<end]
        if line.contains(0x3002) || line.contains(0x2C) || line.contains(0x3B) { return nil }
        return String(decoding: line, as: UTF16.self)
    }

    /// A line near the top or the bottom that holds only a date (the date under a report's
    /// signature, or "(2020年12月31日)" under its title), or a dateline near the top: a short line
    /// that is no sentence and states a full date (2023-07-25 09:22:53 淮北新闻网, 时间: 2017年
    /// 09月28日 来源: 甘南日报, 26.07.2017 00:03).
    static func dateLine(_ text: UTF16Text, dates: DateFinder) -> ReportDate? {
        let u = text.units
        // The first six and the last four lines, found from each end; past the sixth, the head
        // goes on while its lines are a masthead's (an e-paper's 上一版 下一版, its list of the
        // page's other articles, then 第03版 2022-08-02), never beyond two dozen lines.
        var lines: [Range<Int>] = []
        var start = 0
        while lines.count < Self.mastheadLimit && start < u.count {
            var end = start
            while end < u.count && u[end] != 0x0A { end += 1 }
            if lines.count >= 6 && !isShortLine(u, start..<end) { break }
            lines.append(start..<end)
            start = end + 1
        }
        var end = u.count
        var tail: [Range<Int>] = []
        while tail.count < 4 && end > start {
            var s = end
            while s > 0 && u[s - 1] != 0x0A { s -= 1 }
            tail.append(s..<end)
            end = s - 1
        }
        for r in lines + tail where r.count <= 24 {
            let found = dates.allDates(in: u, range: r)
            guard let first = found.first, first.date.month != nil else { continue }
            // The rest of the line may only be brackets and spaces.
            let rest = u[r].enumerated().filter { !first.range.contains($0.offset + r.lowerBound) }.map(\.element)
            if rest.allSatisfy({ $0 == 0x28 || $0 == 0x29 || $0 == 0x20 || $0 == 0x2014 }) { return first.date }
        }
        for r in lines where isShortLine(u, r) {
            if let d = dates.allDates(in: u, range: r).first(where: { $0.date.day != nil }) { return d.date }
            if let d = dayMonthYear(u, r) { return d }
        }
        return nil
    }

    /// Lines of a masthead read for a dateline: at most this many from the top.
    static let mastheadLimit = 24

    /// A line that is no sentence: short, without 。, comma or semicolon.
    static func isShortLine(_ u: [UInt16], _ r: Range<Int>) -> Bool {
        r.count <= 80 && !u[r].contains(where: { $0 == 0x3002 || $0 == 0x2C || $0 == 0x3B })
    }

    /// 26.07.2017: a European day.month.year date in `r`.
    static func dayMonthYear(_ u: [UInt16], _ r: Range<Int>) -> ReportDate? {
        func number(_ a: Int, _ n: Int) -> Int? {
            guard a + n <= r.upperBound, (a..<(a + n)).allSatisfy({ CodeUnit.isDigit(u[$0]) }) else { return nil }
            return (a..<(a + n)).reduce(0) { $0 * 10 + Int(u[$1] - 0x30) }
        }
        var i = r.lowerBound
        while i + 10 <= r.upperBound {
            if (i == r.lowerBound || !CodeUnit.isDigit(u[i - 1])), u[i + 2] == 0x2E, u[i + 5] == 0x2E,
               let d = number(i, 2), let m = number(i + 3, 2), let y = number(i + 6, 4),
               i + 10 == r.upperBound || !CodeUnit.isDigit(u[i + 10]),
               (1...31).contains(d), (1...12).contains(m), (1949...2100).contains(y) {
                return ReportDate(year: y, month: m, day: d)
            }
            i += 1
        }
        return nil
    }
}
