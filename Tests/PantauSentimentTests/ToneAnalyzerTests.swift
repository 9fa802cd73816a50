import Foundation
import PantauCore
import Testing
@testable import PantauSentiment

@Suite struct ToneAnalyzerTests {
    /// A small lexicon given in code, so these tests do not depend on the shipped files.
    static let lexicon = Lexicon(
        words: ["kabur": -4, "baik": 2, "buruk": -3, "rusuh": -4, "prestasi": 3, "melarikan diri": -4, "bebas narkoba": 3],
        negators: ["tidak", "tak", "bukan"],
        intensifiers: ["sangat": 1.5, "sekali": 1.4],
        contrastAfter: ["tetapi", "namun"],
        contrastConcessive: ["meskipun"])

    let analyzer = ToneAnalyzer(lexicon: lexicon)

    @Test func negationFlips() {
        let plain = analyzer.analyze(text: "Pelayanan warung itu baik.")
        let negated = analyzer.analyze(text: "Pelayanan warung itu tidak baik.")
        #expect(plain.label == .positive)
        #expect(negated.label == .negative)
        #expect(negated.sentences.first?.hits.first?.rules.contains("negated") == true)
    }

    @Test func oneWeakWordAboutTheInstitutionIsNotAJudgement() {
        // General text keeps its general tone; coverage of the institution needs evidence.
        let weak = analyzer.analyze(text: "Pelayanan lapas itu baik.")
        let strong = analyzer.analyze(text: "Pelayanan lapas itu baik, prestasi petugas diakui.")
        #expect(weak.relevant && weak.label == .neutral)
        #expect(strong.label == .positive)
    }

    @Test func decidingTermsAreReported() {
        let r = analyzer.analyze(title: "Dua Napi Kabur dari Lapas", text: "Keduanya melarikan diri saat malam.")
        #expect(r.label == .negative)
        #expect(r.relevant)
        #expect(r.decidingTerms.contains("kabur"))
        #expect(r.decidingTerms.contains("melarikan diri"))
    }

    @Test func morphologyFindsStems() {
        // "kerusuhan" → "rusuh" through the ke-an confix; reduplication too.
        let r = analyzer.analyze(text: "Kerusuhan-kerusuhan terjadi di rutan.")
        #expect(r.label == .negative)
        #expect(r.sentences.first?.hits.first?.term == "rusuh")
        #expect(Stemmer.stem("menyuap") { $0 == "suap" } == "suap")
        #expect(Stemmer.stem("kerusuhan") { $0 == "rusuh" } == "rusuh")
        #expect(Stemmer.stem("memperbaiki") { $0 == "baik" } == "baik")
    }

    @Test func contrastShiftsWeight() {
        let r = analyzer.analyze(text: "Lapas itu punya prestasi, tetapi pelayanannya buruk sekali.")
        #expect(r.label == .negative)
    }

    @Test func phraseBeatsWords() {
        let r = analyzer.analyze(text: "Lapas itu dinyatakan bebas narkoba.")
        #expect(r.label == .positive)
        #expect(r.decidingTerms == ["bebas narkoba"])
    }

    @Test func noTargetMeansNotRelevant() {
        let r = analyzer.analyze(text: "Makanan di warung itu sangat buruk.")
        #expect(!r.relevant)
        #expect(r.label == .negative)
    }

    @Test func badInputIsHandled() {
        #expect(analyzer.analyze(text: "").label == .neutral)
        #expect(analyzer.analyze(text: "The weather is lovely today.").label == .neutral)
        let invalid = String(decoding: Data([0xff, 0xfe, 0x41, 0xc3]), as: UTF8.self)
        #expect(analyzer.analyze(text: invalid).label == .neutral)
        let big = String(repeating: "Napi kabur dari lapas. ", count: 20_000)
        #expect(analyzer.analyze(text: big).label == .negative)
    }

    @Test func lexiconErrorsNameFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "# komentar\nbaik\t2\nburuk\tjelek\n".write(to: dir.appendingPathComponent("general.tsv"), atomically: true, encoding: .utf8)
        #expect(throws: LexiconError.self) { try Lexicon.load(from: dir) }
        do {
            _ = try Lexicon.load(from: dir)
        } catch {
            #expect(error.line == 3)
            #expect(error.description.contains("general.tsv:3"))
        }
        #expect(throws: LexiconError.self) { try Lexicon.load(from: dir.appendingPathComponent("tidak-ada")) }
    }
}
