import Foundation

/// Weighted keyword sets, as story clustering stores them and the digest compares them.
public enum KeywordVector {
    /// Cosine similarity of two weighted keyword sets (0 when either is empty).
    public static func cosine(_ a: [(term: String, weight: Double)], _ b: [(term: String, weight: Double)]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let bw = Dictionary(b.map { ($0.term, $0.weight) }, uniquingKeysWith: max)
        var dot = 0.0
        for (t, w) in a { if let v = bw[t] { dot += w * v } }
        let na = sqrt(a.reduce(0) { $0 + $1.weight * $1.weight })
        let nb = sqrt(b.reduce(0) { $0 + $1.weight * $1.weight })
        return na > 0 && nb > 0 ? dot / (na * nb) : 0
    }
}
