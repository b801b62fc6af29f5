import ArgumentParser
import Foundation
import Gonghui
import GonghuiStore

/// What a user types for a federation or a metric, resolved to what the corpus and the catalog
/// know: a short form (湖州 → 湖州市总工会) when it names one thing, a metric by its Chinese name
/// (工会会员数 → members.count); otherwise the nearest known names, and a non-zero exit — never an
/// empty table that looks like an answer.
enum NameResolver {
    /// The federation (or region) `name` stands for among those stored.
    static func federation(_ name: String, in store: Store) throws -> String {
        let (federations, regions) = try report { try store.names() }
        if federations.contains(name) || regions.contains(name) { return name }
        let containing = federations.filter { $0.contains(name) }
        if containing.count == 1 { return containing[0] }
        // A short form of one federation among several of its place (湖州 → 湖州市总工会, not
        // 湖州市吴兴区总工会): the one whose name is the place's own.
        let own = containing.filter { f in regions.contains { r in r.contains(name) && f.hasPrefix(r) && f.count - r.count <= 3 } }
        if own.count == 1 { return own[0] }
        if containing.count > 1 {
            Console.error("\(name) names several federations: \(containing.prefix(8).joined(separator: ", ")); give one in full")
            throw ExitCode(1)
        }
        let regionMatches = regions.filter { $0.contains(name) }
        if regionMatches.count == 1 { return regionMatches[0] }
        let near = nearest(name, among: federations + regions)
        Console.error("no federation or region \(name) in \(store.path)" + (near.isEmpty ? "" : "; did you mean \(near.joined(separator: ", "))?"))
        throw ExitCode(1)
    }

    /// Metric ids for what the user gave: ids, or Chinese names of metrics.
    static func metrics(_ given: [String], catalog: MetricCatalog) throws -> [String] {
        try given.map { g in
            if catalog.metric(g) != nil { return g }
            if let m = catalog.metrics.first(where: { $0.name == g }) { return m.id }
            let near = nearest(g, among: catalog.metrics.map(\.id) + catalog.metrics.map(\.name))
                .map { n in catalog.metrics.first { $0.name == n }.map { "\($0.id) (\(n))" } ?? "\(n) (\(catalog.metric(n)?.name ?? ""))" }
            Console.error("unknown metric \(g)" + (near.isEmpty ? " (see dictionaries/metrics.tsv)" : "; did you mean \(near.joined(separator: ", "))?"))
            throw ExitCode(1)
        }
    }

    /// Up to three known names closest to `name` (edit distance over characters), if any is close.
    static func nearest(_ name: String, among known: [String]) -> [String] {
        let a = Array(name)
        let scored = Set(known).map { k -> (String, Int) in (k, distance(a, Array(k))) }
        let limit = max(2, a.count / 2)
        return scored.filter { $0.1 <= limit }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).map(\.0)
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
