/// A tiny builder for SVG markup written into pages at build time.
///
/// Every attribute value and every text node goes through
/// `HTMLEscaping.escape`, whose five entities (`&amp; &lt; &gt; &quot; &#39;`)
/// are all valid XML too, so labels taken from content (service names, rule
/// titles, category titles) can never close an element or an attribute.
/// Attributes keep the order they were given so the bytes are deterministic.
struct SVGElement {
    enum Child {
        case element(SVGElement)
        case text(String)
    }

    let name: String
    var attributes: [(String, String)]
    var children: [Child]

    init(_ name: String, _ attributes: [(String, String)] = [], children: [Child] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// An element holding only text, such as `<title>` or `<text>`.
    init(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        self.init(name, attributes, children: [.text(text)])
    }

    /// The element as markup. Attribute names are fixed by prr's code, never
    /// taken from content, so only values and text need escaping.
    func markup() -> String {
        var out = "<" + name
        for (key, value) in attributes {
            out += " \(key)=\"\(HTMLEscaping.escape(value))\""
        }
        guard !children.isEmpty else { return out + "/>" }
        out += ">"
        for child in children {
            switch child {
            case .element(let element): out += element.markup()
            case .text(let text): out += HTMLEscaping.escape(text)
            }
        }
        return out + "</\(name)>"
    }
}
