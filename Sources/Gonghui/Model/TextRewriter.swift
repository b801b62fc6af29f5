/// Builds a new text from an old one by copying, replacing and dropping ranges in order, and
/// keeps the offset map to the original text up to date as it goes.
///
/// Every normalisation pass is written as one forward scan with a rewriter, so passes compose
/// without any pass knowing about the others: the map always points at the decoded original.
struct TextRewriter {
    private let input: [UInt16]
    private let inputMap: OffsetMap
    private(set) var output: [UInt16] = []
    private var map = OffsetMap()
    /// Next input offset not yet consumed.
    private(set) var position = 0
    /// Index into inputMap.segments near `position`, so copying is a forward walk.
    private var segmentCursor = 0

    init(_ units: [UInt16], map: OffsetMap) {
        self.input = units
        self.inputMap = map
        output.reserveCapacity(units.count)
    }

    /// Copies input up to `end`.
    mutating func copy(upTo end: Int) {
        guard end > position else { return }
        output.append(contentsOf: input[position..<end])
        let segs = inputMap.segments
        var p = position
        while p < end {
            while segmentCursor < segs.count - 1 && segs[segmentCursor].end <= p { segmentCursor += 1 }
            let s = segs[segmentCursor]
            if s.end <= p {
                // The input map does not reach this far (it cannot, for maps built here); map
                // the rest to the end of the source rather than loop.
                map.append(length: end - p, sourceStart: s.sourceEnd, sourceLength: 0)
                break
            }
            let pieceEnd = min(end, s.end)
            if s.isLinear {
                let offset = Int(s.sourceStart) + (p - Int(s.start))
                map.append(length: pieceEnd - p, sourceStart: offset, sourceLength: pieceEnd - p)
            } else {
                // Part of an opaque segment: it can only map to the segment's whole source span.
                map.append(length: pieceEnd - p, sourceStart: Int(s.sourceStart), sourceLength: Int(s.sourceLength))
            }
            p = pieceEnd
        }
        position = end
    }

    /// Replaces input `position..<end` with `replacement`.
    mutating func replace(upTo end: Int, with replacement: [UInt16]) {
        let source = inputMap.sourceRange(of: position..<end)
        output.append(contentsOf: replacement)
        map.append(length: replacement.count, sourceStart: source.lowerBound, sourceLength: source.count)
        position = end
    }

    /// Replaces one input unit with another (the common case: 全角 → half-width, 會 → 会).
    /// Maps exactly like copying, so it reuses the copy path and then overwrites the unit.
    mutating func substitute(_ unit: UInt16) {
        copy(upTo: position + 1)
        output[output.count - 1] = unit
    }

    /// Inserts units that have no source (a line break between HTML blocks, say); they map to
    /// an empty range at the current source position.
    mutating func insert(_ units: [UInt16]) {
        let at = inputMap.sourceStart(of: position)
        output.append(contentsOf: units)
        map.append(length: units.count, sourceStart: at, sourceLength: 0)
    }

    /// Drops input `position..<end`.
    mutating func skip(upTo end: Int) {
        position = max(position, end)
    }

    /// Copies the rest and returns the new text with its map to the original.
    mutating func finish() -> ([UInt16], OffsetMap) {
        copy(upTo: input.count)
        return (output, map)
    }
}
