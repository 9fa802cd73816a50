import Foundation

extension ToneAnalyzer {
    /// The numbers of the method, kept together so they can be measured and changed.
    /// Frame and neutral-band values were fitted on the real-coverage dev halves (two-fold,
    /// see docs/ARCHITECTURE.md); the rest predate them.
    public struct Tuning: Sendable, Equatable {
        /// How far back (in words) a negator reaches.
        public var negationWindow = 3
        /// Factor on a negated term (sign flipped, strength reduced).
        public var negationFactor = -0.8
        public var beforeContrast = 0.5
        public var afterContrast = 1.5
        public var concessive = 0.5
        public var headlineWeight = 2.0
        /// Weight of sentences that do not concern a watched target, in a relevant text.
        public var offTargetWeight = 0.3
        /// Negative terms weigh more: damage to the image outweighs praise.
        public var negativityBias = 1.4
        /// Added to the denominator of the score: small evidence stays near zero.
        public var smoothing = 1.0
        /// |score| below this is neutral.
        public var neutralBand = 0.1
        /// Weight of an enforcement frame (the institution stopping contraband or smugglers).
        public var enforcementWeight = 3.0
        /// Weight of a clean search (nihil, tidak ditemukan) and of help given to others.
        public var cleanWeight = 3.0
        public var aidWeight = 2.0
        /// Weight added by an inside-crime or exposure frame whose words the lexicon does not weigh.
        public var failureWeight = 3.0
        /// Factor on contraband and smuggling words outside a failure frame: they name the
        /// topic, not an event ("paket sabu" says nothing of who failed).
        public var topicFactor = 0.25
        /// In a text about the institution, total evidence below this is neutral: one weak
        /// word is not a judgement.
        public var minimumEvidence = 4.0
        /// Routine coverage (remission lists, transfers, schedules, search logs) is positive
        /// only with at least this much praise (weighted positive evidence).
        public var routineEvidence = 25.0
        /// 1: a frame in the headline decides unless the body reports a stronger opposite
        /// event; 0: off.
        public var headlineLead = 1.0
        /// 0: built-in stemmer only; 1: hunspell for known words, built-in for the rest;
        /// 2: hunspell for known words, suffixes only for the rest.
        public var hunspellMode = 1
        /// A sentence at or below −this (weighted) makes the text negative (0 = off)…
        public var strongSentence = 4.0
        /// …unless the overall score reaches this.
        public var praiseOverride = 0.3
        /// Weight of a direction × quantity term ("inflasi naik").
        public var directionWeight = 2.5
        /// Weight of a direction word with no quantity near it.
        public var bareDirection = 0.0
        public init() {}

        /// The short names `apply` accepts, with their key paths.
        static var names: [(name: String, path: WritableKeyPath<Tuning, Double>)] { [
            ("negation", \.negationFactor), ("before", \.beforeContrast), ("after", \.afterContrast),
            ("concessive", \.concessive), ("headline", \.headlineWeight), ("offtarget", \.offTargetWeight),
            ("bias", \.negativityBias), ("band", \.neutralBand), ("enforcement", \.enforcementWeight),
            ("clean", \.cleanWeight), ("aid", \.aidWeight), ("failure", \.failureWeight), ("topic", \.topicFactor),
            ("evidence", \.minimumEvidence), ("routine", \.routineEvidence), ("lead", \.headlineLead),
            ("smoothing", \.smoothing), ("direction", \.directionWeight), ("bare", \.bareDirection),
            ("strong", \.strongSentence), ("override", \.praiseOverride),
        ] }

        /// Applies `name=value` pairs separated by commas (for evaluation runs:
        /// `pantau score --tuning bias=1.5,band=0.1`). Unknown names are errors.
        public mutating func apply(_ spec: String) throws(LexiconError) {
            for pair in spec.split(separator: ",") {
                let parts = pair.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, let value = Double(parts[1]) else {
                    throw LexiconError(file: "--tuning", message: "pasangan '\(pair)' harus nama=angka")
                }
                switch parts[0] {
                case "window": negationWindow = Int(value)
                case "hunspell": hunspellMode = Int(value)
                default:
                    guard let entry = Self.names.first(where: { $0.name == parts[0] }) else {
                        throw LexiconError(file: "--tuning", message: "nama '\(parts[0])' tidak dikenal")
                    }
                    self[keyPath: entry.path] = value
                }
            }
        }

        /// A stable text of every value, part of the scorer version stored with each tone.
        public var fingerprint: String {
            var parts = ["window=\(negationWindow)", "hunspell=\(hunspellMode)"]
            for entry in Self.names { parts.append("\(entry.name)=\(self[keyPath: entry.path])") }
            return parts.joined(separator: ",")
        }
    }
}
