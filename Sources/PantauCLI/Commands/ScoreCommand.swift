import ArgumentParser
import Foundation
import PantauCore
import PantauPipeline
import PantauSentiment

/// `pantau score`: tone of a text, with the evidence.
struct ScoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Nilai nada sebuah teks: label, skor dan kata penentunya.",
        discussion: """
        Tanpa FILE, teks dibaca dari stdin.

        Contoh:
          echo "Dua napi kabur dari Lapas Serang" | pantau score
          pantau score berita.txt
          pantau score --tsv kalimat.tsv > label.tsv      # baris id<TAB>teks dengan tajuk
          pantau score --jsonl artikel.jsonl > nada.jsonl  # {"id", "title"?, "text"} per baris
        """)

    @ParentCommand var root: Pantau

    @Argument(help: "Berkas teks (bawaan: stdin).")
    var file: String?

    @Option(help: ArgumentHelp("Berkas TSV id<TAB>teks dengan baris tajuk; keluaran id<TAB>label<TAB>skor.", valueName: "FILE"))
    var tsv: String?

    @Option(help: ArgumentHelp("Berkas JSONL {\"id\",\"title\"?,\"text\"}; keluaran satu JSON per baris.", valueName: "FILE"))
    var jsonl: String?

    @Option(help: ArgumentHelp("Tajuk teks (FILE/stdin saja): bingkai di tajuk memimpin penilaian.", valueName: "TAJUK"))
    var title: String?

    @Option(help: .hidden)
    var tuning: String?

    func validate() throws {
        if tsv != nil && jsonl != nil { throw ValidationError("pilih salah satu: --tsv atau --jsonl") }
        if file != nil && (tsv != nil || jsonl != nil) { throw ValidationError("FILE tidak dipakai bersama --tsv/--jsonl") }
        if title != nil && (tsv != nil || jsonl != nil) { throw ValidationError("--title hanya untuk FILE atau stdin") }
    }

    func run() async throws {
        let context = try CLIContext(root)
        var analyzer = try context.analyzer()
        if let tuning {
            do { try analyzer.tuning.apply(tuning) } catch { throw CLIError(error.description, code: .usage) }
        }
        if let tsv { return try scoreTSV(tsv, analyzer) }
        if let jsonl { return try scoreJSONL(jsonl, analyzer) }
        let data: Data
        if let file {
            guard let d = FileManager.default.contents(atPath: file) else { throw CLIError("\(file): berkas tidak bisa dibaca") }
            data = d
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        let text = String(decoding: data, as: UTF8.self)
        let result = ResponsePolicy.apply(analyzer.analyze(title: title, text: text))
        print(Self.explain(result))
    }

    /// The human explanation in Bahasa Indonesia.
    static func explain(_ r: ToneResult) -> String {
        var out = "Nada: \(Terminal.label(r.label)) (skor \(String(format: "%.2f", r.score)))\n"
        out += r.relevant ? "Sasaran: \(r.targets.joined(separator: ", "))\n" : "Sasaran: tidak ada satuan yang dipantau disebut (nada umum)\n"
        if r.needsResponse { out += "Perlu tanggapan: ya (prioritas \(r.priority))\n" }
        for frame in r.frames { out += "\(frame.headline ? "Tajuk, " : "")\(frame.explanation)\n" }
        if !r.decidingTerms.isEmpty { out += "Kata penentu: \(r.decidingTerms.joined(separator: ", "))\n" }
        for sentence in r.sentences {
            var text = sentence.text
            for hit in sentence.hits {
                if let range = text.range(of: hit.surface, options: .caseInsensitive) {
                    text.replaceSubrange(range, with: Terminal.highlight(String(text[range])))
                }
            }
            out += "  • \(text)\n"
            for hit in sentence.hits {
                let rules = hit.rules.isEmpty ? "" : " (\(hit.rules.map(ruleName).joined(separator: ", ")))"
                out += "      \(hit.surface) → \(hit.term) \(String(format: "%+.1f", hit.weight))\(rules)\n"
            }
        }
        return out
    }

    static func ruleName(_ rule: String) -> String {
        switch rule {
        case "negated": "dinegasi"
        case "intensified": "dikuatkan"
        case "diminished": "dilemahkan"
        case "after-contrast": "setelah kontras"
        case "before-contrast": "sebelum kontras"
        case "concessive": "klausa konsesif"
        case "prevented": "dicegah/ditangani"
        case "offence-label": "label perkara"
        case "topic": "topik saja"
        case "haul": "hasil razia"
        case "enforcement": "penindakan"
        case "clean-search": "razia bersih"
        case "aid": "bantuan"
        case "inside-crime": "kejahatan di dalam"
        case "exposure": "terbongkar pihak luar"
        case "accusation": "tuduhan"
        case "history": "sejarah"
        default: rule
        }
    }

    private func scoreTSV(_ path: String, _ analyzer: ToneAnalyzer) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("\(path): berkas tidak bisa dibaca") }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        var out = ""
        for (index, line) in lines.enumerated() where index > 0 {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { throw CLIError("\(path):\(index + 1): baris harus id<TAB>teks") }
            let r = analyzer.analyze(text: String(fields[1]))
            out += "\(fields[0])\t\(r.label.rawValue)\t\(String(format: "%.3f", r.score))\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    /// A JSON array of strings, without the casts of a general writer.
    static func strings(_ values: [String], into out: inout String) {
        out += "["
        for (k, v) in values.enumerated() {
            if k > 0 { out += "," }
            JSONText.string(v, into: &out)
        }
        out += "]"
    }

    private func scoreJSONL(_ path: String, _ analyzer: ToneAnalyzer) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("\(path): berkas tidak bisa dibaca") }
        var out = Data()
        // Lines found as bytes: splitting a large String by Character was a tenth of the run.
        let bytes = [UInt8](data)
        var lines: [Range<Int>] = []
        var start = 0
        for (k, b) in bytes.enumerated() where b == 0x0A {
            lines.append(start..<k)
            start = k + 1
        }
        if start < bytes.count { lines.append(start..<bytes.count) }
        for (index, range) in lines.enumerated() {
            guard !bytes[range].allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(bytes[range])) as? [String: Any],
                  let text = object["text"] as? String else {
                throw CLIError("\(path):\(index + 1): baris harus objek JSON dengan \"text\"")
            }
            let r = ResponsePolicy.apply(analyzer.analyze(title: object["title"] as? String, text: text))
            // The id as given (a number or a string), then the result; keys sorted.
            let id = (try? JSONSerialization.data(withJSONObject: object["id"] ?? NSNull(), options: [.fragmentsAllowed])) ?? Data("null".utf8)
            var line = "{\"frames\":["
            for (k, f) in r.frames.enumerated() {
                if k > 0 { line += "," }
                line += "{\"action\":"
                JSONText.string(f.action, into: &line)
                if let agent = f.agent {
                    line += ",\"agent\":"
                    JSONText.string(agent, into: &line)
                }
                line += ",\"explanation\":"
                JSONText.string(f.explanation, into: &line)
                line += f.headline ? ",\"headline\":true" : ",\"headline\":false"
                line += ",\"kind\":\"\(f.kind.rawValue)\",\"label\":\"\(f.label.rawValue)\""
                if let obj = f.object {
                    line += ",\"object\":"
                    JSONText.string(obj, into: &line)
                }
                line += ",\"weight\":\(f.weight)}"
            }
            line += "],\"id\":"
            out.append(Data(line.utf8))
            out.append(id)
            line = ",\"label\":\"\(r.label.rawValue)\",\"needs_response\":\(r.needsResponse)"
            line += ",\"priority\":\(r.priority),\"relevant\":\(r.relevant),\"score\":\(r.score),\"targets\":"
            Self.strings(r.targets, into: &line)
            line += ",\"terms\":"
            Self.strings(r.decidingTerms, into: &line)
            line += "}"
            out.append(Data(line.utf8))
            out.append(0x0A)
        }
        FileHandle.standardOutput.write(out)
    }
}
