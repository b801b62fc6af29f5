/// The administrative divisions of China (`dictionaries/places.tsv`): full names, short
/// forms and the hierarchy, used to name the region a figure covers (黄骅 → 黄骅市, 河北省).
public final class Gazetteer: Sendable {
    public enum Level: String, Sendable, Hashable, Codable { case province, prefecture, county }

    public struct Place: Sendable, Hashable {
        public var code: String
        public var name: String
        public var level: Level
        public var parent: String?
        public var aliases: [String]
        /// An older form of a place's name (place-renames.tsv: 繁昌县 of 繁昌区), not a row of
        /// places.tsv.
        public var isOlderForm = false
    }

    public let places: [Place]
    let byCode: [String: Int]
    /// Every name and alias → the places it may denote.
    let byName: [String: [Int]]
    /// Characters after which an older name (place-renames.tsv) is part of a word (南海市场).
    let olderFormStops: [UInt16]
    /// The older endings of place-renames.tsv's ending lines (县): a bare level of one of them
    /// (县总工会) in a text naming a place by its short form only (密云) is that place as it was.
    let olderEndings: Set<Character>

    /// `renames`: the older forms of a county-level place's name (place-renames.tsv), added as
    /// places of their own under the text's name — same code and parent, no short form.
    init(_ file: DictionaryFile, renames: DictionaryFile? = nil) throws(GonghuiError) {
        var places: [Place] = []
        var byCode: [String: Int] = [:]
        var seen: [String: Int] = [:]
        let rows = file.lines.filter { $0.fields.first != "code" }  // the column header
        for line in rows {
            try file.require(line, fields: 4)
            let f = line.fields
            guard let level = Level(rawValue: f[2]) else { throw file.error(line, "level must be province, prefecture or county") }
            try DictionaryFile.checkUnique(f[0], line, in: &seen, file: file)
            let aliases = f.count > 4 ? f[4].split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty } : []
            byCode[f[0]] = places.count
            places.append(Place(code: f[0], name: f[1], level: level, parent: f[3].isEmpty ? nil : f[3], aliases: aliases))
        }
        for line in rows where !line.fields[3].isEmpty && byCode[line.fields[3]] == nil {
            throw file.error(line, "parent \(line.fields[3]) is not a code in the file")
        }
        var notAfter: [UInt16] = []
        var endings = Set<Character>()
        if let renames {
            let older = try Self.olderForms(renames, of: places, byCode: byCode)
            places += older.places
            notAfter = older.notAfter
            endings = older.endings
        }
        olderFormStops = notAfter
        olderEndings = endings
        var byName: [String: [Int]] = [:]
        for (i, p) in places.enumerated() {
            byName[p.name, default: []].append(i)
            for a in p.aliases where a != p.name { byName[a, default: []].append(i) }
        }
        self.places = places
        self.byCode = byCode
        self.byName = byName
    }

    /// 繁昌区 (short form 繁昌) written 繁昌县: each older ending of the place's present one, unless
    /// that form names a place of its own; and the older names listed one by one (上虞市 of
    /// 上虞区). Also the characters after which an older name ending in 市 is none (市场).
    static func olderForms(_ file: DictionaryFile, of places: [Place], byCode: [String: Int]) throws(GonghuiError) -> (places: [Place], notAfter: [UInt16], endings: Set<Character>) {
        var older: [Character: [Character]] = [:]
        var listed: [Place] = []
        var notAfter: [UInt16] = []
        for line in file.lines {
            try file.require(line, fields: 2)
            let f = line.fields
            switch f[0] {
            case Self.endingKind:
                try file.require(line, fields: 3)
                let endings = f[2].split(separator: ",").map { String($0).trimmingSpaces }
                guard f[1].count == 1, !endings.isEmpty, endings.allSatisfy({ $0.count == 1 }) else {
                    throw file.error(line, "expected one character, then older endings of one character each, comma-separated")
                }
                guard older[f[1].first!] == nil else { throw file.error(line, "ending \(f[1]) given twice") }
                older[f[1].first!] = endings.map { $0.first! }
            case Self.olderKind:
                try file.require(line, fields: 3)
                guard let k = byCode[f[2]] else { throw file.error(line, "\(f[2]) is not a code of places.tsv") }
                let p = places[k]
                listed.append(Place(code: p.code, name: f[1], level: p.level, parent: p.parent, aliases: [], isOlderForm: true))
            case Self.notAfterKind:
                guard f[1].utf16.count == 1 else { throw file.error(line, "a not-after character is one character, not \(f[1])") }
                notAfter.append(f[1].utf16.first!)
            default:
                throw file.error(line, "unknown kind \(f[0]) (\(Self.endingKind), \(Self.olderKind), \(Self.notAfterKind))")
            }
        }
        let taken = Set(places.map(\.name))
        var added: [Place] = []
        for p in places where p.level == .county {
            guard let last = p.name.last, let endings = older[last] else { continue }
            let short = String(p.name.dropLast())
            guard short.count >= 2, p.aliases.contains(short) else { continue }
            for e in endings {
                let name = short + String(e)
                // (Older forms shared by places of several provinces, 鼓楼县, are told apart as
                // the present names are: by the province or city the text also names.)
                guard !taken.contains(name) else { continue }
                added.append(Place(code: p.code, name: name, level: .county, parent: p.parent, aliases: [], isOlderForm: true))
            }
        }
        return (added + listed.filter { !taken.contains($0.name) }, notAfter, Set(older.values.joined()))
    }

    static let endingKind = "ending"
    static let olderKind = "older"
    static let notAfterKind = "not-after"

    public func place(code: String) -> Place? { byCode[code].map { places[$0] } }

    public func parent(of place: Place) -> Place? { place.parent.flatMap { self.place(code: $0) } }

    /// How many parents a place may have.
    static let levelsDeep = 3

    /// Whether `inner` lies within `outer` (宿州市 within 安徽省), through its parents.
    public func isWithin(_ inner: Place, _ outer: Place) -> Bool {
        var p = parent(of: inner)
        var depth = 0
        // (Provinces, prefectures and counties: three levels; the bound guards a looped table.)
        while let q = p, depth < Self.levelsDeep {
            if q.code == outer.code { return true }
            p = parent(of: q)
            depth += 1
        }
        return false
    }

    /// Places named `name` (full name or short form).
    public func places(named name: String) -> [Place] { (byName[name] ?? []).map { places[$0] } }

    /// All names and short forms.
    public var allNames: [String] { Array(byName.keys) }
}
