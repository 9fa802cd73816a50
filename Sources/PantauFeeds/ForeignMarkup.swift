/// SVG and MathML inside feed HTML, by feedparser's sanitiser rules: an `<svg>` or `<math>`
/// in its namespace opens a region where that vocabulary's elements and attributes are
/// allowed (HTML-typed content gets the namespace implicitly, as HTML5 inline SVG has none);
/// SVG names keep their camel case (`viewBox`, `linearGradient`); an element with `xlink:`
/// attributes declares the XLink namespace. The lists are the SVG 1.1 and MathML 3 names
/// of feedparser's documented whitelist.
struct ForeignMarkup {
    static let svgNamespace = "http://www.w3.org/2000/svg"
    static let mathMLNamespace = "http://www.w3.org/1998/Math/MathML"
    static let xlinkNamespace = "http://www.w3.org/1999/xlink"

    enum Vocabulary { case html, svg, mathML }

    private(set) var svgDepth = 0
    private(set) var mathDepth = 0

    var isActive: Bool { svgDepth > 0 || mathDepth > 0 }

    /// A start tag outside plain HTML (not an allowed HTML element, or inside SVG): the name
    /// to write and its vocabulary, or nil to drop the tag (its content stays).
    /// `attributes` are lower-case names; an implicit `xmlns` may be added.
    mutating func open(_ name: String, attributes: inout [(String, String)], htmlTyped: Bool, selfClosing: Bool,
                       allowedInHTML: Bool) -> (name: String, vocabulary: Vocabulary)? {
        var xmlns = attributes.first { $0.0 == "xmlns" }?.1
        if htmlTyped, xmlns == nil, name == "svg" || name == "math" {
            xmlns = name == "svg" ? Self.svgNamespace : Self.mathMLNamespace
            attributes.append(("xmlns", xmlns!))
        }
        if !selfClosing {
            if name == "math", xmlns == Self.mathMLNamespace { mathDepth += 1 }
            if name == "svg", xmlns == Self.svgNamespace { svgDepth += 1 }
        }
        if mathDepth > 0, Self.mathMLElements.contains(name) { return (name, .mathML) }
        if svgDepth > 0 || (name == "svg" && xmlns == Self.svgNamespace), let written = Self.svgElements[name] {
            return (written, .svg)
        }
        return allowedInHTML ? (name, .html) : nil
    }

    /// An end tag outside plain HTML: the name to write, or nil to drop it.
    mutating func close(_ name: String, allowedInHTML: Bool) -> String? {
        if mathDepth > 0, Self.mathMLElements.contains(name) {
            if name == "math" { mathDepth -= 1 }
            return name
        }
        if svgDepth > 0, let written = Self.svgElements[name] {
            if name == "svg" { svgDepth -= 1 }
            return written
        }
        return allowedInHTML ? name : nil
    }

    /// The attributes of a foreign element that its vocabulary allows, with SVG's camel
    /// case restored and the XLink declaration added when an `xlink:` attribute needs it.
    static func allowedAttributes(_ attributes: [(String, String)], _ vocabulary: Vocabulary) -> [(String, String)] {
        var kept: [(String, String)] = []
        for (key, value) in attributes {
            switch vocabulary {
            case .svg: if let written = svgAttributes[key] { kept.append((written, value)) }
            case .mathML: if mathMLAttributes.contains(key) { kept.append((key, value)) }
            case .html: if HTMLSanitizer.attributeRoles[key] != nil { kept.append((key, value)) }
            }
        }
        if vocabulary != .html, kept.contains(where: { $0.0.hasPrefix("xlink:") }), !kept.contains(where: { $0.0 == "xmlns:xlink" }) {
            kept.append(("xmlns:xlink", xlinkNamespace))
        }
        return kept
    }

    /// SVG elements by their lower-case name, with the name as SVG writes it.
    static let svgElements: [String: String] = Dictionary(uniqueKeysWithValues: [
        "a", "animate", "animateColor", "animateMotion", "animateTransform", "circle", "defs", "desc", "ellipse",
        "foreignObject", "font-face", "font-face-name", "font-face-src", "g", "glyph", "hkern", "linearGradient",
        "line", "marker", "metadata", "missing-glyph", "mpath", "path", "polygon", "polyline", "radialGradient",
        "rect", "set", "stop", "svg", "switch", "text", "title", "tspan", "use",
    ].map { ($0.lowercased(), $0) })

    /// SVG attributes by their lower-case name, with the name as SVG writes it.
    static let svgAttributes: [String: String] = Dictionary(uniqueKeysWithValues: [
        "accent-height", "accumulate", "additive", "alphabetic", "arabic-form", "ascent", "attributeName",
        "attributeType", "baseProfile", "bbox", "begin", "by", "calcMode", "cap-height", "class", "color",
        "color-rendering", "content", "cx", "cy", "d", "dx", "dy", "descent", "display", "dur", "end", "fill",
        "fill-opacity", "fill-rule", "font-family", "font-size", "font-stretch", "font-style", "font-variant",
        "font-weight", "from", "fx", "fy", "g1", "g2", "glyph-name", "gradientUnits", "hanging", "height",
        "horiz-adv-x", "horiz-origin-x", "id", "ideographic", "k", "keyPoints", "keySplines", "keyTimes", "lang",
        "mathematical", "marker-end", "marker-mid", "marker-start", "markerHeight", "markerUnits", "markerWidth",
        "max", "min", "name", "offset", "opacity", "orient", "origin", "overline-position", "overline-thickness",
        "panose-1", "path", "pathLength", "points", "preserveAspectRatio", "r", "refX", "refY", "repeatCount",
        "repeatDur", "requiredExtensions", "requiredFeatures", "restart", "rotate", "rx", "ry", "slope", "stemh",
        "stemv", "stop-color", "stop-opacity", "strikethrough-position", "strikethrough-thickness", "stroke",
        "stroke-dasharray", "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
        "stroke-opacity", "stroke-width", "systemLanguage", "target", "text-anchor", "to", "transform", "type", "u1",
        "u2", "underline-position", "underline-thickness", "unicode", "unicode-range", "units-per-em", "values",
        "version", "viewBox", "visibility", "width", "widths", "x", "x-height", "x1", "x2", "xlink:actuate",
        "xlink:arcrole", "xlink:href", "xlink:role", "xlink:show", "xlink:title", "xlink:type", "xml:base",
        "xml:lang", "xml:space", "xmlns", "xmlns:xlink", "y", "y1", "y2", "zoomAndPan",
    ].map { ($0.lowercased(), $0) })

    static let mathMLElements: Set<String> = [
        "annotation", "annotation-xml", "maction", "maligngroup", "malignmark", "math", "menclose", "merror",
        "mfenced", "mfrac", "mglyph", "mi", "mlabeledtr", "mlongdiv", "mmultiscripts", "mn", "mo", "mover",
        "mpadded", "mphantom", "mprescripts", "mroot", "mrow", "ms", "mscarries", "mscarry", "msgroup", "msline",
        "mspace", "msqrt", "msrow", "mstack", "mstyle", "msub", "msubsup", "msup", "mtable", "mtd", "mtext", "mtr",
        "munder", "munderover", "none", "semantics",
    ]

    static let mathMLAttributes: Set<String> = [
        "actiontype", "align", "close", "columnalign", "columnlines", "columnspacing", "columnspan", "depth",
        "display", "displaystyle", "encoding", "equalcolumns", "equalrows", "fence", "fontstyle", "fontweight",
        "frame", "height", "linethickness", "lspace", "mathbackground", "mathcolor", "mathvariant", "maxsize",
        "minsize", "open", "other", "rowalign", "rowlines", "rowspacing", "rowspan", "rspace", "scriptlevel",
        "selection", "separator", "separators", "stretchy", "width", "xlink:href", "xlink:show", "xlink:type",
        "xmlns", "xmlns:xlink",
    ]
}
