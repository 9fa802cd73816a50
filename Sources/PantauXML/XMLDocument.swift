import CLibXML2
import Foundation

/// A parsed XML or HTML document owned by libxml2.
///
/// Parsing follows Pantau's hardening rules: no network, no external entities or DTDs
/// (a refusing entity loader is installed once per process), no entity substitution,
/// recover mode for broken input. Not thread-safe: use one document from one task at a time
/// (it is `Sendable` only so it can be handed over, never shared).
public final class XMLDocument: @unchecked Sendable {
    let pointer: xmlDocPtr
    /// False when the parser had to recover from errors (the `bozo` of feedparser).
    public let isWellFormed: Bool
    /// The first parse error, for messages (`line 3: Opening and ending tag mismatch`).
    public let firstError: String?

    private init(pointer: xmlDocPtr, isWellFormed: Bool, firstError: String?) {
        self.pointer = pointer
        self.isWellFormed = isWellFormed
        self.firstError = firstError
    }

    deinit { xmlFreeDoc(pointer) }

    /// The root element, if the document has one.
    public var root: XMLNode? {
        xmlDocGetRootElement(pointer).map { XMLNode(pointer: $0, document: self) }
    }

    /// Parses XML (feeds, sitemaps, OPML in recover mode). Undeclared HTML named entities are
    /// rewritten to numeric references first, so one `&nbsp;` cannot make libxml2 drop the rest.
    /// `entities` are the general entities of the document's internal DTD subset (which the
    /// caller strips): their references are replaced by their escaped text.
    public static func parseXML(_ data: Data, url: String? = nil, encoding: String? = nil,
                                entities: [String: String] = [:]) throws(XMLError) -> XMLDocument {
        LibXML.initializeOnce()
        let prepared = EntityRewriter.numericReferences(in: data, declared: entities)
        return try parse(prepared.data, url: url, strict: false, encoding: encoding, rewroteEntities: prepared.rewroteUndeclared)
    }

    /// Parses XML strictly (configuration files such as OPML): the first error is thrown with
    /// its line number instead of being recovered from.
    public static func parseStrictXML(_ data: Data, url: String? = nil) throws(XMLError) -> XMLDocument {
        LibXML.initializeOnce()
        return try parse(data, url: url, strict: true, encoding: nil, rewroteEntities: false)
    }

    private static func parse(_ data: Data, url: String?, strict: Bool, encoding: String?, rewroteEntities: Bool) throws(XMLError) -> XMLDocument {
        guard let ctxt = xmlNewParserCtxt() else { throw XMLError(kind: .outOfMemory, message: "xmlNewParserCtxt") }
        defer { xmlFreeParserCtxt(ctxt) }
        var options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue)
        if !strict { options |= Int32(XML_PARSE_RECOVER.rawValue) }
        let doc: xmlDocPtr? = data.withUnsafeBytes { raw in
            withOptionalCString(url) { urlPointer in
                withOptionalCString(encoding) { encodingPointer in
                    raw.withMemoryRebound(to: CChar.self) { chars in
                        xmlCtxtReadMemory(ctxt, chars.baseAddress, Int32(clamping: raw.count), urlPointer, encodingPointer, options)
                    }
                }
            }
        }
        // An undeclared HTML entity is an error even though it was rewritten to a reference.
        let wellFormed = ctxt.pointee.wellFormed != 0 && ctxt.pointee.nsWellFormed != 0 && !rewroteEntities
        let error = lastError(ctxt)
        if strict && (!wellFormed || doc == nil) {
            if let doc { xmlFreeDoc(doc) }
            throw XMLError(kind: .malformed, message: error ?? "dokumen XML tidak valid", line: lastLine(ctxt))
        }
        guard let doc else {
            throw XMLError(kind: .malformed, message: error ?? "bukan dokumen XML", line: lastLine(ctxt))
        }
        guard xmlDocGetRootElement(doc) != nil else {
            xmlFreeDoc(doc)
            throw XMLError(kind: .malformed, message: error ?? "dokumen XML kosong", line: lastLine(ctxt))
        }
        return XMLDocument(pointer: doc, isWellFormed: wellFormed, firstError: error)
    }

    /// Parses an HTML page with libxml2's HTML parser (recover mode, no network).
    /// `encoding` overrides the charset detection (e.g. `"UTF-8"`).
    public static func parseHTML(_ data: Data, url: String? = nil, encoding: String? = nil) throws(XMLError) -> XMLDocument {
        LibXML.initializeOnce()
        guard let ctxt = htmlNewParserCtxt() else { throw XMLError(kind: .outOfMemory, message: "htmlNewParserCtxt") }
        defer { htmlFreeParserCtxt(ctxt) }
        guard let doc = readHTML(ctxt, data, url: url, encoding: encoding) else {
            throw XMLError(kind: .malformed, message: lastError(ctxt) ?? "bukan dokumen HTML")
        }
        return XMLDocument(pointer: doc, isWellFormed: ctxt.pointee.wellFormed != 0, firstError: lastError(ctxt))
    }

    /// Runs libxml2's HTML parser over `data` with `ctxt`'s callbacks, in recover mode,
    /// without network and without error output.
    static func readHTML(_ ctxt: htmlParserCtxtPtr, _ data: Data, url: String?, encoding: String?) -> htmlDocPtr? {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        return data.withUnsafeBytes { raw in
            withOptionalCString(url) { urlPointer in
                withOptionalCString(encoding) { encodingPointer in
                    raw.withMemoryRebound(to: CChar.self) { chars in
                        htmlCtxtReadMemory(ctxt, chars.baseAddress, Int32(clamping: raw.count), urlPointer, encodingPointer, options)
                    }
                }
            }
        }
    }

    private static func lastError(_ ctxt: xmlParserCtxtPtr) -> String? {
        let error = ctxt.pointee.lastError
        guard error.code != 0, let message = error.message else { return nil }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    private static func lastLine(_ ctxt: xmlParserCtxtPtr) -> Int? {
        let line = Int(ctxt.pointee.lastError.line)
        return line > 0 ? line : nil
    }
}

/// Calls `body` with a C string for `s`, or NULL.
func withOptionalCString<R>(_ s: String?, _ body: (UnsafePointer<CChar>?) -> R) -> R {
    guard let s else { return body(nil) }
    return s.withCString { body($0) }
}

/// One-time process setup of libxml2.
enum LibXML {
    /// Runs `xmlInitParser` and installs the refusing entity loader, once per process
    /// (Swift runs a `static let` initializer exactly once, thread-safely).
    private static let initialized: Bool = {
        xmlInitParser()
        pantau_install_refusing_entity_loader()
        return true
    }()

    /// Initialises libxml2 once, and silences its error output on the calling thread:
    /// libxml2 keeps its error handler per thread, so a parse on another thread would
    /// print encoding errors to stderr. Called before every parse.
    static func initializeOnce() {
        _ = initialized
        pantau_silence_generic_errors()
    }
}
