import Foundation

/// Graph ranking (PageRank over a weighted undirected graph), for the sentences that carry a
/// report and for its salient terms.
///
/// Deterministic: a fixed number of iterations from a uniform start, ties broken by position.
public enum TextRank {
    /// Scores of the nodes of a symmetric weight matrix; `bias` tilts the random jumps toward
    /// some nodes (sentences with figures).
    public static func rank(_ weights: [[Double]], bias: [Double]? = nil, damping: Double = 0.85, iterations: Int = 40) -> [Double] {
        let n = weights.count
        guard n > 0 else { return [] }
        let jump = bias.map { b -> [Double] in
            let total = b.reduce(0, +)
            return total > 0 ? b.map { $0 / total } : [Double](repeating: 1 / Double(n), count: n)
        } ?? [Double](repeating: 1 / Double(n), count: n)
        let outWeight = weights.map { $0.reduce(0, +) }
        var score = [Double](repeating: 1 / Double(n), count: n)
        for _ in 0..<iterations {
            var next = jump.map { (1 - damping) * $0 }
            for j in 0..<n where outWeight[j] > 0 {
                let share = damping * score[j] / outWeight[j]
                for i in 0..<n where weights[j][i] > 0 { next[i] += share * weights[j][i] }
            }
            // A node with no edges hands its score back through the jumps.
            let dangling = (0..<n).filter { outWeight[$0] == 0 }.reduce(0) { $0 + score[$1] }
            for i in 0..<n { next[i] += damping * dangling * jump[i] }
            score = next
        }
        return score
    }

    /// Similarity of two sentences by their shared character bigrams (Chinese needs no word
    /// segmentation for this), normalised by length as in TextRank's original measure.
    public static func similarity(_ a: Set<UInt32>, _ b: Set<UInt32>) -> Double {
        guard a.count > 1, b.count > 1 else { return 0 }
        let shared = a.intersection(b).count
        return shared == 0 ? 0 : Double(shared) / (log(Double(a.count)) + log(Double(b.count)))
    }

    /// The Han-character bigrams of a stretch of text (digits and punctuation left out).
    public static func bigrams(_ u: ArraySlice<UInt16>) -> Set<UInt32> {
        var out = Set<UInt32>()
        var previous: UInt16 = 0
        for c in u {
            if CodeUnit.isHan(c) {
                if previous != 0 { out.insert(UInt32(previous) << 16 | UInt32(c)) }
                previous = c
            } else {
                previous = 0
            }
        }
        return out
    }
}
