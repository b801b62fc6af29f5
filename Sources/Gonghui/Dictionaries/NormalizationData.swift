import Foundation

/// The language data the first two stages need — reading files and normalising them — loaded
/// on its own: `gonghui normalize` on one file starts in a fraction of the time the whole
/// dictionaries take (places, metrics, federations, the lexicon are not read).
public struct NormalizationData: Sendable {
    public let boilerplate: BoilerplateRules
    public let conversionOverrides: [(traditional: String, simplified: String)]
    public let pinyinSyllables: Set<String>
    public let frequentHanzi: UnitSet
    public let htmlChrome: HTMLChrome
    public let pageFurniture: PageFurniture
    /// Numbers and dates are read with the function words' marks and digits.
    public let functionWords: FunctionWords
    public let numerals: Numerals
    public let dates: DateFinder

    public init(directory: URL) throws(GonghuiError) {
        boilerplate = try BoilerplateRules(DictionaryFile("boilerplate.tsv", in: directory))
        conversionOverrides = try Dictionaries.loadPairs(DictionaryFile("t2s-overrides.tsv", in: directory))
        pinyinSyllables = try Dictionaries.loadWords(DictionaryFile("pinyin-syllables.txt", in: directory, spaceSeparated: true))
        frequentHanzi = try Dictionaries.loadHanzi(DictionaryFile("frequent-hanzi.txt", in: directory))
        htmlChrome = try Dictionaries.loadChrome(DictionaryFile("html-chrome.tsv", in: directory))
        pageFurniture = try PageFurniture(DictionaryFile("page-furniture.tsv", in: directory))
        functionWords = try FunctionWords(DictionaryFile("function-words.tsv", in: directory))
        numerals = try Numerals(DictionaryFile("numerals.tsv", in: directory))
        dates = try DateFinder(words: functionWords, numeralKind: numerals.kinds, numeralValue: numerals.values)
    }

    /// The normalisation data from `$GONGHUI_DICTIONARIES`, the given directory or the one found
    /// next to the program (as `Dictionaries.load`).
    public static func load(explicit: String? = nil) throws(GonghuiError) -> NormalizationData {
        try NormalizationData(directory: Dictionaries.locate(explicit: explicit))
    }
}

/// The numerals of `numerals.tsv`: each character's kind (digit, zero, unit, big, vague, tens) and value,
/// as tables over UTF-16 code units.
public struct Numerals: Sendable {
    let kinds: [QuantityLexicon.NumeralKind?]
    let values: [Int]

    init(_ file: DictionaryFile) throws(GonghuiError) {
        var kinds = [QuantityLexicon.NumeralKind?](repeating: nil, count: 65536)
        var values = [Int](repeating: 0, count: 65536)
        var seen: [String: Int] = [:]
        for line in file.lines {
            try file.require(line, fields: 3)
            let ch = line.fields[0]
            guard ch.utf16.count == 1, let u = ch.utf16.first else { throw file.error(line, "a numeral is one character, not \(ch)") }
            guard let kind = QuantityLexicon.NumeralKind(rawValue: line.fields[1]) else {
                throw file.error(line, "kind must be digit, zero, unit, big, vague or tens, not \(line.fields[1])")
            }
            guard let v = Int(line.fields[2]) else { throw file.error(line, "value must be a whole number") }
            try DictionaryFile.checkUnique(ch, line, in: &seen, file: file)
            kinds[Int(u)] = kind
            values[Int(u)] = v
        }
        self.kinds = kinds
        self.values = values
    }
}
