import Foundation

/// All language data Gonghui reads from `dictionaries/`, loaded once into typed values.
///
/// The data stays in plain files so an analyst can read and extend it; this type is the one
/// place that knows the file names. Every malformed line is reported with file and line.
public struct Dictionaries: Sendable {
    public let directory: URL
    public let lexicon: Lexicon
    public let segmentation: SegmentationRules
    public let gazetteer: Gazetteer
    public let quantities: QuantityLexicon
    public let metrics: MetricCatalog
    public let recordMarkers: RecordMarkers
    let federations: FederationFinder
    public let pieceMarkers: [String]
    public let structureWords: StructureWords
    public let scopeWords: ScopeWords
    public let auditRules: AuditRules
    public let auditPhrases: AuditPhrases
    /// Chinese headers of workbook columns, by field (column-names.tsv).
    public let columnNames: [String: String]
    /// Words a digest's keyword list leaves out (keyword-stopwords.txt).
    public let keywordStopwords: Set<String>

    public init(directory: URL) throws(GonghuiError) {
        self.directory = directory
        lexicon = try Lexicon(DictionaryFile("lexicon.txt", in: directory, spaceSeparated: true))
        segmentation = try SegmentationRules(directory: directory)
        normalization = try NormalizationData(directory: directory)
        gazetteer = try Gazetteer(DictionaryFile("places.tsv", in: directory), renames: DictionaryFile("place-renames.tsv", in: directory))
        // The function words come before the quantities: numbers and dates are read with them.
        let functionWords = normalization.functionWords
        // Place names with numerals or multipliers (十堰, 三门峡, 七台河) are names, not counts.
        let numeralNames = gazetteer.allNames.filter { name in
            name.utf16.contains { functionWords.isA(.numeral, $0) || functionWords.isA(.multiplier, $0) }
        }
        quantities = try QuantityLexicon(directory: directory, extraExceptions: numeralNames.sorted(), words: functionWords,
                                         numerals: normalization.numerals)
        metrics = try MetricCatalog(directory: directory)
        recordMarkers = try RecordMarkers(DictionaryFile("record-markers.tsv", in: directory))
        scopeWords = try ScopeWords(DictionaryFile("scope-words.tsv", in: directory))
        federations = try FederationFinder(gazetteer: gazetteer, aliasFile: DictionaryFile("federation-aliases.tsv", in: directory),
                                           kindsFile: DictionaryFile("union-kinds.txt", in: directory),
                                           wordsFile: DictionaryFile("union-words.tsv", in: directory), streets: scopeWords.streets)
        let pieceFile = try DictionaryFile("piece-markers.tsv", in: directory)
        for line in pieceFile.lines {
            do { _ = try ICURegex(line.text) } catch { throw pieceFile.error(line, "not a valid regular expression: \(line.text)") }
        }
        pieceMarkers = pieceFile.lines.map(\.text)
        structureWords = try StructureWords(DictionaryFile("structure-words.tsv", in: directory))
        auditRules = try AuditRules(DictionaryFile("audit-rules.tsv", in: directory), catalog: metrics)
        auditPhrases = try AuditPhrases(DictionaryFile("audit-phrases.tsv", in: directory))
        let columns = try DictionaryFile("column-names.tsv", in: directory)
        var names: [String: String] = [:]
        for line in columns.lines {
            try columns.require(line, fields: 2)
            names[line.fields[0]] = line.fields[1]
        }
        columnNames = names
        keywordStopwords = try Self.loadWords(DictionaryFile("keyword-stopwords.txt", in: directory, spaceSeparated: true))
    }

    /// The quantity stage built on these dictionaries.
    public var quantityRecognizer: QuantityRecognizer { QuantityRecognizer(lexicon: quantities) }

    /// The data of ingest and normalisation, also loadable alone (NormalizationData).
    public let normalization: NormalizationData
    public var boilerplate: BoilerplateRules { normalization.boilerplate }
    public var conversionOverrides: [(traditional: String, simplified: String)] { normalization.conversionOverrides }
    public var pinyinSyllables: Set<String> { normalization.pinyinSyllables }
    public var frequentHanzi: UnitSet { normalization.frequentHanzi }
    public var htmlChrome: HTMLChrome { normalization.htmlChrome }
    public var pageFurniture: PageFurniture { normalization.pageFurniture }
    public var functionWords: FunctionWords { normalization.functionWords }

    /// The dates of a text, read with the function words' marks and digits.
    public var dates: DateFinder { normalization.dates }

    /// The dictionaries directory: `$GONGHUI_DICTIONARIES`, else the nearest `dictionaries/`
    /// above the running executable or the working directory, else `share/gonghui/dictionaries`
    /// next to the executable's `bin/`.
    public static func locate(explicit: String? = nil) throws(GonghuiError) -> URL {
        if let explicit {
            let url = URL(fileURLWithPath: explicit)
            guard isDictionaryDirectory(url) else {
                throw GonghuiError(.dictionary, "\(explicit): not a Gonghui dictionaries directory (no lexicon.txt)")
            }
            return url
        }
        if let env = ProcessInfo.processInfo.environment["GONGHUI_DICTIONARIES"], !env.isEmpty {
            let url = URL(fileURLWithPath: env)
            guard isDictionaryDirectory(url) else {
                throw GonghuiError(.dictionary, "GONGHUI_DICTIONARIES=\(env): not a Gonghui dictionaries directory (no lexicon.txt)")
            }
            return url
        }
        var starts: [URL] = []
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        starts.append(exe.deletingLastPathComponent())
        if let real = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append(URL(fileURLWithPath: real).deletingLastPathComponent())
        }
        starts.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        for start in starts {
            var dir = start
            for _ in 0..<8 {
                let candidate = dir.appendingPathComponent("dictionaries")
                if isDictionaryDirectory(candidate) { return candidate }
                let shared = dir.appendingPathComponent("share/gonghui/dictionaries")
                if isDictionaryDirectory(shared) { return shared }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        throw GonghuiError(.dictionary, "cannot find the dictionaries directory; set GONGHUI_DICTIONARIES or pass --dictionaries")
    }

    static func isDictionaryDirectory(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("lexicon.txt").path)
    }

    /// Loads the dictionaries found by `locate`.
    public static func load(explicit: String? = nil) throws(GonghuiError) -> Dictionaries {
        try Dictionaries(directory: locate(explicit: explicit))
    }

    // MARK: Small files

    static func loadPairs(_ file: DictionaryFile) throws(GonghuiError) -> [(traditional: String, simplified: String)] {
        var seen: [String: Int] = [:]
        var pairs: [(String, String)] = []
        for line in file.lines {
            try file.require(line, fields: 2)
            let (t, s) = (line.fields[0], line.fields[1])
            guard !t.isEmpty, !s.isEmpty else { throw file.error(line, "empty word") }
            guard t.utf16.count == s.utf16.count else {
                throw file.error(line, "\(t) and \(s) differ in length; overrides must map character for character")
            }
            try DictionaryFile.checkUnique(t, line, in: &seen, file: file)
            pairs.append((t, s))
        }
        return pairs
    }

    static func loadWords(_ file: DictionaryFile) throws(GonghuiError) -> Set<String> {
        var words = Set<String>()
        for line in file.lines { for f in line.fields { words.insert(f.lowercased()) } }
        return words
    }

    static func loadHanzi(_ file: DictionaryFile) throws(GonghuiError) -> UnitSet {
        var set = UnitSet()
        for line in file.lines {
            for u in line.text.utf16 where CodeUnit.isHan(u) { set.insert(u) }
        }
        return set
    }

    static func loadChrome(_ file: DictionaryFile) throws(GonghuiError) -> HTMLChrome {
        var tags = Set<String>(), tokens = Set<String>()
        for line in file.lines {
            try file.require(line, fields: 2)
            let value = line.fields[1].lowercased()
            switch line.fields[0] {
            case "tag": tags.insert(value)
            case "token": tokens.insert(value)
            default: throw file.error(line, "kind must be tag or token, not \(line.fields[0])")
            }
        }
        return HTMLChrome(skippedTags: tags, chromeTokens: tokens)
    }
}
