import Foundation
import PantauCore
import PantauXML

/// Turns an article page into its main text and metadata.
///
/// Value in, value out: no network, no database. The page is parsed once with libxml2's
/// HTML parser into an `HTMLTree`; metadata and main text are read from the same tree.
public struct ArticleExtractor: Sendable {
    public init() {}

    /// Extracts the article from `html`. `url` resolves relative links and names the page
    /// in errors.
    public func extract(_ html: Data, url: String? = nil) throws(ExtractError) -> ExtractedArticle {
        guard !html.isEmpty else { throw ExtractError(kind: .empty, message: "halaman kosong", url: url) }
        let tree: HTMLTree
        do {
            tree = try HTMLTree.parse(html, url: url, encoding: Self.sniffEncoding(html))
        } catch {
            throw ExtractError(kind: .notHTML, message: "bukan halaman HTML (\(error.description))", url: url)
        }
        return try tree.withRoot { root throws(ExtractError) in
            guard let root else { throw ExtractError(kind: .notHTML, message: "halaman tanpa elemen", url: url) }
            return Self.extract(root: root, url: url)
        }
    }

    /// Metadata and main text from the parsed page (`root` valid inside `HTMLTree.withRoot`).
    private static func extract(root: HTMLNode, url: String?) -> ExtractedArticle {
        let meta = MetadataReader(root: root)
        var article = ExtractedArticle(text: "")
        article.title = meta.title()
        (article.published, article.publishedSource) = meta.published() ?? (nil, nil)
        article.author = meta.author()
        article.siteName = meta.siteName()
        article.canonicalURL = meta.canonicalURL(base: url)
        let found = MainTextFinder(root: root, title: article.title, author: article.author).find()
        article.text = found.paragraphs.joined(separator: "\n\n")
        article.method = found.method
        article.confidence = found.confidence
        article.doubts = found.doubts.names
        article.secondMethodRan = found.secondMethodRan
        if article.published == nil, let found = MetadataReader.dateInText(paragraphsPrefix: root) {
            (article.published, article.publishedSource) = (found, "text")
        }
        article.modified = meta.modified()
        article.imageURL = meta.imageURL(base: url)
        article.nextPageURL = meta.nextPageURL(base: url)
        article.language = LanguageDetector.detect(article.text)
        article.pageType = PageClassifier.classify(.init(title: article.title, text: article.text, pageText: found.pageText,
                                                         pageLinkText: found.pageLink, hasArticleMarkup: meta.hasArticleMarkup))
        return article
    }

    /// The page's encoding for libxml2: a declared UTF-8 (or no declaration) with valid
    /// UTF-8 bytes is UTF-8; valid UTF-8 under a Latin-1/windows-1252 label is UTF-8 too
    /// (a common mislabel); another declared charset is passed on; undeclared bytes that
    /// are not UTF-8 are windows-1252.
    static func sniffEncoding(_ html: Data) -> String? {
        let declared = declaredCharset(html.prefix(4096))?.lowercased()
        let validUTF8 = html.withUnsafeBytes(UTF8Check.isValid)
        switch declared {
        case nil:
            return validUTF8 ? "UTF-8" : "WINDOWS-1252"
        case "utf-8", "utf8":
            return validUTF8 ? "UTF-8" : "WINDOWS-1252"
        case "iso-8859-1", "latin1", "windows-1252", "us-ascii", "ascii":
            return validUTF8 ? "UTF-8" : "WINDOWS-1252"
        default:
            return declared?.uppercased()
        }
    }

    /// The `charset` of a `<meta charset>` or `<meta http-equiv content="…; charset=…">`.
    static func declaredCharset(_ head: Data) -> String? {
        let b = [UInt8](head)
        let key = Array("charset".utf8)
        var i = 0
        while i + key.count <= b.count {
            var k = 0
            while k < key.count, (b[i + k] | 0x20) == key[k] { k += 1 }
            if k == key.count {
                var v = i + key.count
                while v < b.count, b[v] == 32 || b[v] == 61 || b[v] == 34 || b[v] == 39 { v += 1 }
                let start = v
                while v < b.count, (b[v] | 0x20) >= 97 && (b[v] | 0x20) <= 122 || (b[v] >= 48 && b[v] <= 57) || b[v] == 45 || b[v] == 95 {
                    v += 1
                }
                if v > start { return String(decoding: b[start..<v], as: UTF8.self).lowercased() }
                i += key.count
                continue
            }
            i += 1
        }
        return nil
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
