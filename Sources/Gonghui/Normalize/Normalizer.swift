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
    let whitespace = WhitespaceTidier()

    public init(dictionaries: Dictionaries) {
        converter = ChineseConverter(overrides: dictionaries.conversionOverrides)
        annotations = AnnotationRemover(syllables: dictionaries.pinyinSyllables)
        boilerplate = BoilerplateRemover(rules: CompiledBoilerplate(dictionaries.boilerplate))
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
            date: source.declaredDate ?? cleaned.date ?? Self.dateLine(text),
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
    /// signature, or "(2020年12月31日)" under its title).
    static func dateLine(_ text: UTF16Text) -> ReportDate? {
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
            let found = DateFinder.allDates(in: u, range: r)
            guard let first = found.first, first.date.month != nil else { continue }
            // The rest of the line may only be brackets and spaces.
            let rest = u[r].enumerated().filter { !first.range.contains($0.offset + r.lowerBound) }.map(\.element)
            if rest.allSatisfy({ $0 == 0x28 || $0 == 0x29 || $0 == 0x20 || $0 == 0x2014 }) { return first.date }
        }
        return nil
    }
}
