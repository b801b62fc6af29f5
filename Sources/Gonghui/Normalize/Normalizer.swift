/// The normalise stage: a `SourceText` in, a `Document` out.
///
/// Passes run in a fixed order, each a forward scan that keeps the offset map to the
/// original: characters (NFKC, line breaks, invisibles) → traditional to simplified → pinyin
/// annotations → web boilerplate → whitespace. Boilerplate rules are written in simplified,
/// NFKC text, so they run after the character passes.
public struct Normalizer: Sendable {
    let characters = CharacterNormalizer()
    let converter: ChineseConverter
    let annotations: AnnotationRemover
    let boilerplate: BoilerplateRemover
    let whitespace = WhitespaceTidier()

    public init(dictionaries: Dictionaries) {
        converter = ChineseConverter(overrides: dictionaries.conversionOverrides)
        annotations = AnnotationRemover(syllables: dictionaries.pinyinSyllables)
        boilerplate = BoilerplateRemover(rules: dictionaries.boilerplate)
    }

    public func normalize(_ source: SourceText) -> Document {
        let original = source.text
        var (text, map) = (original, OffsetMap.identity(count: original.count))
        (text, map) = characters.apply(text, map: map)
        (text, map) = converter.apply(text, map: map)
        (text, map) = annotations.apply(text, map: map)
        let cleaned = boilerplate.apply(text, map: map)
        (text, map) = whitespace.apply(cleaned.text, map: cleaned.map)
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
        var lines: [Range<Int>] = []
        var start = 0
        for (i, c) in u.enumerated() where c == 0x0A { lines.append(start..<i); start = i + 1 }
        lines.append(start..<u.count)
        let candidates = Array(lines.prefix(6)) + Array(lines.suffix(4).reversed())
        for r in candidates where r.count <= 24 {
            let found = DateFinder.allDates(in: u, range: r)
            guard let first = found.first, first.date.month != nil else { continue }
            // The rest of the line may only be brackets and spaces.
            let rest = u[r].enumerated().filter { !first.range.contains($0.offset + r.lowerBound) }.map(\.element)
            if rest.allSatisfy({ $0 == 0x28 || $0 == 0x29 || $0 == 0x20 || $0 == 0x2014 }) { return first.date }
        }
        return nil
    }
}
