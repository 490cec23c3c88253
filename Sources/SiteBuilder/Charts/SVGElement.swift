/// A tiny builder for SVG markup written into pages at build time.
///
/// Every attribute value and every text node goes through `XMLText.escape`:
/// `HTMLEscaping.escape`'s five entities (`&amp; &lt; &gt; &quot; &#39;`),
/// all valid XML too, so labels taken from content (service names, rule
/// titles, category titles) can never close an element or an attribute; and
/// the C0 controls XML 1.0 forbids are dropped, so the chart stays a
/// well-formed SVG document wherever it is copied to.
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
            out += " \(key)=\"\(XMLText.escape(value))\""
        }
        guard !children.isEmpty else { return out + "/>" }
        out += ">"
        for child in children {
            switch child {
            case .element(let element): out += element.markup()
            case .text(let text): out += XMLText.escape(text)
            }
        }
        return out + "</\(name)>"
    }
}
