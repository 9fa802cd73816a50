/// The scorer's verdict on one text, with the evidence that decided it.
public struct ToneResult: Sendable, Equatable, Codable {
    /// One lexicon term or phrase that fired, with what the rules did to it.
    public struct Hit: Sendable, Equatable, Codable {
        /// The words as they appear in the text.
        public var surface: String
        /// The lexicon entry that matched (a stem or a phrase).
        public var term: String
        /// The weight after negation, intensity and contrast rules.
        public var weight: Double
        /// Rules applied, in order: `intensified`, `diminished`, `negated`, `before-contrast`, `after-contrast`, `concessive`.
        public var rules: [String]

        public init(surface: String, term: String, weight: Double, rules: [String] = []) {
            self.surface = surface
            self.term = term
            self.weight = weight
            self.rules = rules
        }
    }

    /// A sentence that carried tone, with its own hits.
    public struct Sentence: Sendable, Equatable, Codable {
        public var text: String
        public var score: Double
        public var hits: [Hit]

        public init(text: String, score: Double, hits: [Hit]) {
            self.text = text
            self.score = score
            self.hits = hits
        }
    }

    /// An event the scorer recognised in a sentence: who did what to what, and what it
    /// says about the institution ("petugas menggagalkan … sabu": enforcement, positive).
    public struct Frame: Sendable, Equatable, Codable {
        /// The kinds of event, by what they mean for the institution's image.
        public enum Kind: String, Sendable, Codable, CaseIterable {
            /// Its staff stop, seize or find contraband or smugglers: positive.
            case enforcement
            /// A search of the blocks that found nothing forbidden: positive.
            case cleanSearch = "clean-search"
            /// A search with its haul: routine news.
            case search
            /// Contraband used, traded or controlled inside, or smuggled by insiders: negative.
            case insideCrime = "inside-crime"
            /// Inmates or staff caught or exposed by another body: negative.
            case exposure
            /// Families, NGOs or the Ombudsman accuse or complain: negative.
            case accusation
            /// The institution tackles a problem; the problem is its object.
            case remedy
            /// The institution helps others; their misfortune is not its failure.
            case aid
            /// Remission, parole, transfers, schedules, explainers: procedural.
            case routine
            /// A condition (overcrowding) the institution's own officials state: negative,
            /// but not a charge to answer.
            case condition

            /// English name for `--lang en` digests.
            public var english: String {
                switch self {
                case .enforcement: "enforcement by staff"
                case .cleanSearch: "clean search"
                case .search: "search of the blocks"
                case .insideCrime: "crime inside"
                case .exposure: "exposed by another body"
                case .accusation: "accusation or complaint"
                case .remedy: "tackling a problem"
                case .aid: "help for others"
                case .routine: "routine news"
                case .condition: "condition stated by its own officials"
                }
            }

            /// Bahasa Indonesia name for explanations.
            public var indonesian: String {
                switch self {
                case .enforcement: "penindakan oleh petugas"
                case .cleanSearch: "razia bersih"
                case .search: "razia/penggeledahan"
                case .insideCrime: "kejahatan di dalam"
                case .exposure: "terbongkar pihak luar"
                case .accusation: "tuduhan/keluhan pihak luar"
                case .remedy: "penanganan masalah"
                case .aid: "bantuan kepada pihak lain"
                case .routine: "berita rutin/prosedural"
                case .condition: "kondisi yang disampaikan sendiri"
                }
            }
        }

        public var kind: Kind
        /// What the event says about the institution.
        public var label: ToneLabel
        /// The words of the actor, the action and the object, as written (lower-cased).
        public var agent: String?
        public var action: String
        public var object: String?
        /// Whether the event is in the headline (headline frames lead the verdict).
        public var headline: Bool
        /// The weight the frame added to its sentence (0 when it only neutralised words).
        public var weight: Double

        public init(kind: Kind, label: ToneLabel, agent: String? = nil, action: String, object: String? = nil,
                    headline: Bool = false, weight: Double = 0) {
            self.kind = kind
            self.label = label
            self.agent = agent
            self.action = action
            self.object = object
            self.headline = headline
            self.weight = weight
        }

        /// The explanation line: `bingkai: penindakan oleh petugas (menggagalkan … sabu) → positif`.
        public var explanation: String { explanation(english: false) }

        /// The explanation line in Bahasa Indonesia or, for `--lang en` digests, English.
        public func explanation(english: Bool) -> String {
            var words = [action]
            if let object { words.append(object) }
            if let agent { words.insert(agent, at: 0) }
            let evidence = words.joined(separator: " … ")
            return english ? "frame: \(kind.english) (\(evidence)) → \(label.rawValue)"
                : "bingkai: \(kind.indonesian) (\(evidence)) → \(label.indonesian)"
        }
    }

    public var label: ToneLabel
    /// Calibrated score in −1…1; negative values harm the institution's image.
    public var score: Double
    /// Whether the text concerns a watched target (the institution or one of its units).
    public var relevant: Bool
    /// The watched targets named in the text, highest priority first.
    public var targets: [String]
    /// The sentences that decided the label, strongest first.
    public var sentences: [Sentence]
    /// Negative coverage of a watched target that a counter-message could answer.
    public var needsResponse: Bool
    /// Urgency 0–100 from negativity and the priority of the targets named (home unit
    /// first); 0 when no response is needed. The digest adds outlet reach and copies.
    public var priority: Int
    /// The gravest incident the negative sentences report (`keamanan` for an escape or a
    /// riot, …) and its severity 1–3; nil and 0 when none.
    public var incident: String?
    public var severity: Int
    /// The events recognised, headline first; the ones that decided come first within it.
    public var frames: [Frame]

    public init(label: ToneLabel, score: Double, relevant: Bool, targets: [String] = [], sentences: [Sentence] = [],
                needsResponse: Bool? = nil, priority: Int? = nil, incident: String? = nil, severity: Int = 0,
                frames: [Frame] = []) {
        self.frames = frames
        self.incident = incident
        self.severity = severity
        self.label = label
        self.score = score
        self.relevant = relevant
        self.targets = targets
        self.sentences = sentences
        let needs = needsResponse ?? (label == .negative && relevant)
        self.needsResponse = needs
        self.priority = priority ?? (needs ? Int((min(1, abs(score)) * 100).rounded()) : 0)
    }

    private enum CodingKeys: String, CodingKey {
        case label, score, relevant, targets, sentences, needsResponse, priority, incident, severity, frames
    }

    /// Older stored results have no `needsResponse`/`priority`: they are derived.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(label: try c.decode(ToneLabel.self, forKey: .label), score: try c.decode(Double.self, forKey: .score),
                  relevant: try c.decode(Bool.self, forKey: .relevant),
                  targets: try c.decodeIfPresent([String].self, forKey: .targets) ?? [],
                  sentences: try c.decodeIfPresent([Sentence].self, forKey: .sentences) ?? [],
                  needsResponse: try c.decodeIfPresent(Bool.self, forKey: .needsResponse),
                  priority: try c.decodeIfPresent(Int.self, forKey: .priority),
                  incident: try c.decodeIfPresent(String.self, forKey: .incident),
                  severity: try c.decodeIfPresent(Int.self, forKey: .severity) ?? 0,
                  frames: try c.decodeIfPresent([Frame].self, forKey: .frames) ?? [])
    }

    /// The distinct lexicon terms that decided the label, strongest first.
    public var decidingTerms: [String] {
        var seen = Set<String>()
        let hits = sentences.flatMap(\.hits).filter { label == .neutral || ($0.weight < 0) == (label == .negative) }
        return hits.sorted { abs($0.weight) > abs($1.weight) }
            .map(\.surface)
            .filter { seen.insert($0.lowercased()).inserted }
    }
}
