import Foundation
import PantauCore
import PantauXML

/// Turns an article page into its main text and metadata.
///
/// Value in, value out: no network, no database. The page is parsed once with libxml2's
/// HTML parser; metadata and main text are read from the same tree.
public struct ArticleExtractor: Sendable {
    public init() {}

    /// Extracts the article from `html`. `url` resolves relative links and names the page
    /// in errors.
    public func extract(_ html: Data, url: String? = nil) throws(ExtractError) -> ExtractedArticle {
        guard !html.isEmpty else { throw ExtractError(kind: .empty, message: "halaman kosong", url: url) }
        let doc: XMLDocument
        do {
            doc = try XMLDocument.parseHTML(html, url: url, encoding: Self.sniffEncoding(html))
        } catch {
            throw ExtractError(kind: .notHTML, message: "bukan halaman HTML (\(error.description))", url: url)
        }
        guard let root = doc.root else { throw ExtractError(kind: .notHTML, message: "halaman tanpa elemen", url: url) }
        let meta = MetadataReader(root: root)
        var article = ExtractedArticle(text: "")
        article.title = meta.title()
        (article.published, article.publishedSource) = meta.published() ?? (nil, nil)
        article.author = meta.author()
        article.siteName = meta.siteName()
        article.canonicalURL = meta.canonicalURL(base: url)
        let paragraphs = MainTextFinder(root: root, title: article.title).paragraphs()
        article.text = paragraphs.joined(separator: "\n\n")
        if article.published == nil, let found = MetadataReader.dateInText(paragraphsPrefix: root) {
            (article.published, article.publishedSource) = (found, "text")
        }
        return article
    }

    /// libxml2 guesses from `<meta charset>`; when a page declares nothing and is valid UTF-8,
    /// say so instead of letting it fall back to Latin-1.
    static func sniffEncoding(_ html: Data) -> String? {
        let head = html.prefix(2048)
        let lower = String(decoding: head, as: UTF8.self).lowercased()
        if lower.contains("charset") { return nil }
        return String(validating: html, as: UTF8.self) != nil ? "UTF-8" : nil
    }
}

/// Why a page yielded no article.
public struct ExtractError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case empty, notHTML
    }

    public var kind: Kind
    public var message: String
    public var url: String?

    public init(kind: Kind, message: String, url: String? = nil) {
        self.kind = kind
        self.message = message
        self.url = url
    }

    public var description: String { message }
}
