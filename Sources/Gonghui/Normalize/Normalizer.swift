/// The normalise stage: a `SourceText` in, a `Document` out.
///
/// Passes run in a fixed order, each a forward scan that keeps the offset map to the
/// original: characters (NFKC, line breaks, invisibles) → pinyin annotations → traditional to
/// simplified → web boilerplate → whitespace. Annotations go before conversion so that word
/// overrides see 與時俱進, not 與時(shí)俱進; boilerplate rules are written in simplified NFKC
/// text, so they run after the character passes.
public struct Normalizer {
    let characters = CharacterNormalizer()
    let converter: ChineseConverter
    let annotations: AnnotationRemover
    let boilerplate: BoilerplateRemover
    let whitespace: WhitespaceTidier
    let dates: DateFinder

    public init(dictionaries: Dictionaries) { self.init(data: dictionaries.normalization) }

    public init(data: NormalizationData) {
        converter = ChineseConverter(overrides: data.conversionOverrides)
        annotations = AnnotationRemover(syllables: data.pinyinSyllables)
        boilerplate = BoilerplateRemover(rules: CompiledBoilerplate(data.boilerplate), dates: data.dates)
        whitespace = WhitespaceTidier(words: data.functionWords)
        dates = data.dates
    }

    /// Keep web boilerplate lines (for text that is known to be clean, such as test sets).
    public var keepsBoilerplate = false

    public func normalize(_ source: SourceText) -> Document {
        let original = source.text
        var units = original.units
        var map = OffsetMap.identity(count: units.count)
        characters.apply(&units, map: &map)
        (units, map) = annotations.apply(units, map: map)
        converter.apply(&units)
        let cleaned = keepsBoilerplate
            ? BoilerplateRemover.Result(text: units, map: map, removedLines: 0, date: nil)
            : boilerplate.apply(units, map: map)
        (units, map) = whitespace.apply(cleaned.text, map: cleaned.map)
        let text = UTF16Text(units)
        let metadata = DocumentMetadata(
            title: source.declaredTitle ?? Self.titleLine(text),
            date: source.declaredDate ?? cleaned.date ?? Self.dateLine(text, dates: dates),
            removedLineCount: cleaned.removedLines)
        return Document(source: source.source, original: original, text: text, offsetMap: map,
                        metadata: metadata, warnings: source.warnings)
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
        // The first six and the last four lines, found from each end.
        var lines: [Range<Int>] = []
        var start = 0
        while lines.count < 6 && start < u.count {
            var end = start
            while end < u.count && u[end] != 0x0A { end += 1 }
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
        for r in lines where r.count <= 80 && !u[r].contains(where: { $0 == 0x3002 || $0 == 0x2C || $0 == 0x3B }) {
            if let d = dates.allDates(in: u, range: r).first(where: { $0.date.day != nil }) { return d.date }
            if let d = dayMonthYear(u, r) { return d }
        }
        return nil
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
