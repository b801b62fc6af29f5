import Foundation

/// What a figure's clause says of it: the words of its metric there (劳模书架 or 劳模工匠, 慰问资金
/// or 保障金), and the kind of period it covers (a year, part of one, several). Two figures are two
/// statements of one quantity only when they share a word of their metric and a period: the
/// audit's conflicts and the comparison's cells with several values rest on it.
public struct FigureStatement: Sendable {
    public enum Period: Equatable, Sendable { case year, partOfYear, severalYears }
    public var cues: Set<String>
    public var period: Period
    /// The clause up to the figure, to show why two figures may not be one quantity.
    public var words: String

    /// Whether two figures can be told apart as statements of different quantities (both name
    /// words of their metric and share none, or their periods differ).
    public func differs(from other: FigureStatement) -> Bool {
        period != other.period || (!cues.isEmpty && !other.cues.isEmpty && cues.isDisjoint(with: other.cues))
    }
}

public struct FigureStatements: Sendable {
    let catalog: MetricCatalog
    let markers: RecordMarkers

    public init(dictionaries: Dictionaries) {
        catalog = dictionaries.metrics
        markers = dictionaries.recordMarkers
    }

    public func describe(_ r: MetricRecord) -> FigureStatement {
        let units = Array(r.sentence.utf16)
        // The figure in its sentence: its surface, or failing that the whole sentence.
        let surface = Array(r.surface.utf16)
        var at = 0..<units.count
        if !surface.isEmpty, surface.count <= units.count {
            for i in 0...(units.count - surface.count) where units[i] == surface[0] && Array(units[i..<(i + surface.count)]) == surface {
                at = i..<(i + surface.count)
                break
            }
        }
        var lo = at.lowerBound, hi = at.upperBound
        while lo > 0 && !Self.isClauseBreak(units[lo - 1]) { lo -= 1 }
        while hi < units.count && !Self.isClauseBreak(units[hi]) { hi += 1 }
        let clause = lo..<hi
        var period = FigureStatement.Period.year
        return units.withUnsafeBufferPointer { u in
            // Time words anywhere in the sentence before the figure frame it (上半年,…).
            for i in 0..<at.lowerBound {
                if markers.starting(.cumulative, at: i, in: u, limit: at.lowerBound) != nil || markers.starting(.period, at: i, in: u, limit: at.lowerBound) != nil {
                    period = .severalYears
                } else if period == .year, markers.starting(.partYear, at: i, in: u, limit: at.lowerBound) != nil {
                    period = .partOfYear
                }
            }
            let m = catalog.metricIndex(r.metric)
            var cues = Set<String>()
            catalog.cueMatcher.forEachMatch(in: u, range: clause) { match in
                guard catalog.cuesByPhrase[match.phrase].contains(where: { $0.metric == m && $0.weight >= 2 }) else { return }
                cues.insert(String(decoding: u[match.range], as: UTF16.self))
            }
            return FigureStatement(cues: cues, period: period, words: String(decoding: u[clause.lowerBound..<at.upperBound], as: UTF16.self))
        }
    }

    static func isClauseBreak(_ c: UInt16) -> Bool {
        c == 0x2C || c == 0x3B || c == 0x3002 || c == 0xFF0C || c == 0xFF1B || c == 0x3A
    }
}
