import Foundation
import Mustache
import PantauCore

/// Why a digest could not be rendered: a template that does not parse, named with its file.
public struct ReportError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Renders a digest in the four formats. HTML and Markdown come from Mustache templates:
/// an officer's copy in the templates folder (`Reports/templates/digest.html.mustache`,
/// `digest.md.mustache`) wins over the one built into Pantau. JSON and chat text are
/// written by code, since other tools and a 1,500-character limit depend on their shape.
public struct DigestRenderer: Sendable {
    /// The formats `pantau digest --format` accepts, in the order they are written.
    public enum Format: String, Sendable, CaseIterable {
        case html, md, json, txt
    }

    /// The template names, as files `NAME.mustache`.
    public static let templateNames = ["digest.html", "digest.md"]

    private let library: MustacheLibrary
    /// Where each template came from (a path, or "bawaan" for the built-in one).
    public let templateOrigins: [String: String]

    /// Loads the templates; `directory` holds the officer's overrides, if any.
    public init(templatesDirectory directory: String? = nil) throws(ReportError) {
        Self.registerMarkdown
        var library = MustacheLibrary()
        var origins: [String: String] = [:]
        for name in Self.templateNames {
            let (text, origin) = try Self.templateText(name, directory: directory)
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch {
                throw ReportError("templat \(origin) tidak valid: \(error)")
            }
            origins[name] = origin
        }
        self.library = library
        templateOrigins = origins
    }

    public func render(_ digest: Digest, as format: Format) -> String {
        let strings = DigestStrings(language: digest.language)
        switch format {
        case .html: return library.render(DigestView.make(digest, strings: strings), withTemplate: "digest.html") ?? ""
        case .md: return library.render(DigestView.make(digest, strings: strings), withTemplate: "digest.md") ?? ""
        case .json: return Self.json(digest)
        case .txt: return ChatDigest.render(digest, strings: strings)
        }
    }

    /// The full digest as JSON, keys sorted, dates in ISO 8601.
    static func json(_ digest: Digest) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(digest) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The text of a template: the override file when present, else the built-in one.
    static func templateText(_ name: String, directory: String?) throws(ReportError) -> (String, String) {
        if let directory {
            let path = URL(fileURLWithPath: directory).appendingPathComponent("\(name).mustache").path
            if FileManager.default.fileExists(atPath: path) {
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    throw ReportError("templat \(path) tidak bisa dibaca (harus UTF-8)")
                }
                return (text, path)
            }
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: "mustache", subdirectory: "Templates"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ReportError("templat bawaan \(name).mustache tidak ditemukan di samping program")
        }
        return (text, "bawaan")
    }

    /// Copies the built-in templates into `directory` where no file of that name exists,
    /// so officers have them to edit. Returns the paths written.
    public static func installTemplates(into directory: String) throws(ReportError) -> [String] {
        var written: [String] = []
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw ReportError("folder templat \(directory) tidak bisa dibuat: \(error.localizedDescription)")
        }
        for name in templateNames {
            let path = URL(fileURLWithPath: directory).appendingPathComponent("\(name).mustache").path
            guard !FileManager.default.fileExists(atPath: path) else { continue }
            let (text, _) = try templateText(name, directory: nil)
            guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
                throw ReportError("templat \(path) tidak bisa ditulis")
            }
            written.append(path)
        }
        return written
    }

    /// Markdown templates declare `{{% CONTENT_TYPE: MARKDOWN}}`: values are then escaped
    /// as Markdown (no raw HTML, no link syntax from an article).
    private static let registerMarkdown: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
    }()

    struct MarkdownContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { Escaping.markdown(text) }
    }
}
