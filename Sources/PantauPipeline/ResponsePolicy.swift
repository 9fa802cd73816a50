import PantauCore

/// Which coverage needs the Humas team's response, and how urgently: the one place the
/// rule lives (the monitor run, `rescore` and `pantau score` all apply it).
///
/// A story needs a response when it is negative and about a watched target, except:
/// - the institution's own publication (source category `resmi`);
/// - a condition its own officials state and nothing graver (its overcrowding figures, told
///   by the Kalapas: the `condition` frame, its gravest incident of severity 1): a
///   problem it publicises itself is not a charge to answer.
/// Stories that need no response have priority 0.
public enum ResponsePolicy {
    /// `tone` with `needsResponse` and `priority` set by the policy.
    public static func apply(_ tone: ToneResult, category: String? = nil) -> ToneResult {
        var tone = tone
        var needs = tone.label == .negative && tone.relevant
        if category == "resmi" { needs = false }
        if needs, tone.severity == 1, tone.frames.contains(where: { $0.kind == .condition }) { needs = false }
        if needs && !tone.needsResponse {
            // The analyzer's urgency when it flagged it; otherwise from the score.
            tone.priority = max(1, Int((min(1, abs(tone.score)) * 70).rounded()))
        }
        tone.needsResponse = needs
        if !needs { tone.priority = 0 }
        return tone
    }
}
