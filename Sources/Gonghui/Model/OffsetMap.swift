/// Maps ranges of a rewritten text back to the text it came from.
///
/// Normalisation mostly substitutes one unit for one unit (全角 → half-width, 會 → 会) or deletes
/// (boilerplate lines, pinyin annotations), so the map is a short list of segments rather than
/// one entry per character: a 20 MB report with a few hundred edits needs a few kilobytes.
/// A segment whose two sides have equal length maps position by position; otherwise (… → ...)
/// the whole segment maps to the whole source span.
public struct OffsetMap: Sendable, Hashable {
    struct Segment: Sendable, Hashable {
        var start: Int32
        var length: Int32
        var sourceStart: Int32
        var sourceLength: Int32
        var isLinear: Bool { length == sourceLength }
        var end: Int { Int(start) + Int(length) }
        var sourceEnd: Int { Int(sourceStart) + Int(sourceLength) }
    }

    private(set) var segments: [Segment] = []

    public init() {}

    /// The map of a text to itself, or to the stretch of a longer text that starts at `sourceStart`.
    public static func identity(count: Int, sourceStart: Int = 0) -> OffsetMap {
        var m = OffsetMap()
        m.append(length: count, sourceStart: sourceStart, sourceLength: count)
        return m
    }

    /// Where the source of the mapped text ends.
    var sourceEnd: Int { segments.last?.sourceEnd ?? 0 }

    /// Appends the map of a text that follows this one (its source offsets unchanged).
    mutating func append(_ other: OffsetMap) {
        for s in other.segments {
            append(length: Int(s.length), sourceStart: Int(s.sourceStart), sourceLength: Int(s.sourceLength))
        }
    }

    /// The map of `range` of the text, as a text of its own (source offsets unchanged).
    public func slice(_ range: Range<Int>) -> OffsetMap {
        var m = OffsetMap()
        guard !segments.isEmpty, !range.isEmpty else { return m }
        var k = segmentIndex(containing: range.lowerBound)
        while k < segments.count, Int(segments[k].start) < range.upperBound {
            let s = segments[k]
            let a = max(range.lowerBound, Int(s.start)), b = min(range.upperBound, s.end)
            if b > a {
                if s.isLinear {
                    m.append(length: b - a, sourceStart: Int(s.sourceStart) + (a - Int(s.start)), sourceLength: b - a)
                } else {
                    m.append(length: b - a, sourceStart: Int(s.sourceStart), sourceLength: Int(s.sourceLength))
                }
            }
            k += 1
        }
        return m
    }

    /// Length of the mapped (target) text.
    public var targetLength: Int { segments.last?.end ?? 0 }

    mutating func append(length: Int, sourceStart: Int, sourceLength: Int) {
        guard length > 0 else { return }
        let start = targetLength
        if var last = segments.last, last.isLinear, length == sourceLength,
           last.end == start, last.sourceEnd == sourceStart {
            last.length += Int32(length)
            last.sourceLength += Int32(sourceLength)
            segments[segments.count - 1] = last
            return
        }
        segments.append(Segment(start: Int32(start), length: Int32(length),
                                sourceStart: Int32(sourceStart), sourceLength: Int32(sourceLength)))
    }

    /// Index of the segment containing target offset `p` (the last one for p == targetLength).
    func segmentIndex(containing p: Int) -> Int {
        var lo = 0, hi = segments.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(segments[mid].start) <= p { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The source offset where target offset `p` starts.
    public func sourceStart(of p: Int) -> Int {
        guard !segments.isEmpty else { return p }
        let s = segments[segmentIndex(containing: p)]
        if p >= s.end { return s.sourceEnd }
        return s.isLinear ? Int(s.sourceStart) + (p - Int(s.start)) : Int(s.sourceStart)
    }

    /// The source offset where a range ending at target offset `p` ends.
    public func sourceEnd(of p: Int) -> Int {
        guard !segments.isEmpty else { return p }
        guard p > 0 else { return sourceStart(of: 0) }
        let s = segments[segmentIndex(containing: p - 1)]
        return s.isLinear ? Int(s.sourceStart) + (p - Int(s.start)) : s.sourceEnd
    }

    /// The source range a target range came from.
    public func sourceRange(of range: Range<Int>) -> Range<Int> {
        let a = sourceStart(of: range.lowerBound)
        let b = range.isEmpty ? a : max(a, sourceEnd(of: range.upperBound))
        return a..<b
    }
}
