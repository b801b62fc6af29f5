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
    }

    public let places: [Place]
    let byCode: [String: Int]
    /// Every name and alias → the places it may denote.
    let byName: [String: [Int]]

    init(_ file: DictionaryFile) throws(GonghuiError) {
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
        var byName: [String: [Int]] = [:]
        for (i, p) in places.enumerated() {
            byName[p.name, default: []].append(i)
            for a in p.aliases where a != p.name { byName[a, default: []].append(i) }
        }
        self.places = places
        self.byCode = byCode
        self.byName = byName
    }

    public func place(code: String) -> Place? { byCode[code].map { places[$0] } }

    public func parent(of place: Place) -> Place? { place.parent.flatMap { self.place(code: $0) } }

    /// Places named `name` (full name or short form).
    public func places(named name: String) -> [Place] { (byName[name] ?? []).map { places[$0] } }

    /// All names and short forms.
    public var allNames: [String] { Array(byName.keys) }
}
