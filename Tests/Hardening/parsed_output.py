"""Reads a built site the way a browser and a feed reader would.

For each HTML page, a real HTML5 parser (html5lib; the standard library's
`html.parser` if html5lib cannot be installed) gives the element and attribute
names, the text nodes, the attribute values, the `href`/`src` values, the
`<script>` elements and the raw `<svg>` islands. JSON files are loaded with
`json`, XML files with `xml.etree`; both give every string they hold.
"""
import html.parser
import json
import re
import xml.etree.ElementTree as ElementTree

try:
    import html5lib
except ImportError:  # the fallback is weaker (no tree building), but still a real tokenizer
    html5lib = None

PARSER = "html5lib" if html5lib else "html.parser"


class Page:
    """What one HTML page holds after parsing."""

    def __init__(self):
        self.elements = set()      # element names
        self.attributes = set()    # (element, attribute) names
        self.texts = []            # text node contents
        self.values = []           # (element, attribute, value)
        self.scripts = []          # (attributes, text) of each <script>
        self.svgs = []             # raw markup of each inline <svg>…</svg>


def _walk_html5lib(node, page):
    tag = node.tag
    if isinstance(tag, str):
        name = tag.split("}")[-1]
        page.elements.add(name)
        for key, value in node.attrib.items():
            key = key.split("}")[-1] if isinstance(key, str) else str(key)
            page.attributes.add((name, key))
            page.values.append((name, key, value))
        if name == "script":
            page.scripts.append((tuple(sorted(node.attrib.items())), node.text or ""))
        if node.text:
            page.texts.append(node.text)
    for child in node:
        _walk_html5lib(child, page)
        if child.tail:
            page.texts.append(child.tail)


class _Collector(html.parser.HTMLParser):
    def __init__(self, page):
        super().__init__(convert_charrefs=True)
        self.page = page
        self.in_script = None

    def handle_starttag(self, tag, attrs):
        self.page.elements.add(tag)
        for key, value in attrs:
            self.page.attributes.add((tag, key))
            self.page.values.append((tag, key, value or ""))
        if tag == "script":
            self.in_script = (tuple(sorted((k, v or "") for k, v in attrs)), "")

    def handle_endtag(self, tag):
        if tag == "script" and self.in_script is not None:
            self.page.scripts.append(self.in_script)
            self.in_script = None

    def handle_data(self, data):
        if self.in_script is not None:
            self.in_script = (self.in_script[0], self.in_script[1] + data)
        else:
            self.page.texts.append(data)


def parse_html(raw):
    """Parses a page's bytes as a browser would (UTF-8, the encoding prr writes)."""
    page = Page()
    if html5lib:
        tree = html5lib.parse(raw, treebuilder="etree", namespaceHTMLElements=False,
                              transport_encoding="utf-8")
        _walk_html5lib(tree, page)
    else:
        _Collector(page).feed(raw.decode("utf-8"))
    text = raw.decode("utf-8")
    page.svgs = re.findall(r"<svg\b.*?</svg>", text, flags=re.S)
    return page


def strings_in_json(value):
    """Every string (keys and values) in a parsed JSON document."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings_in_json(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in_json(item)


def parse_json(raw):
    return list(strings_in_json(json.loads(raw.decode("utf-8"))))


def parse_xml(raw):
    """Every text and attribute value of a well-formed XML document (raises if not)."""
    root = ElementTree.fromstring(raw)
    found = []
    for element in root.iter():
        found.extend(element.attrib.values())
        if element.text:
            found.append(element.text)
        if element.tail:
            found.append(element.tail)
    return found


def scheme_of(url):
    """The scheme a browser reads from a URL attribute, or None when relative.

    Mirrors the URL standard: leading C0 controls and spaces are stripped,
    ASCII tab and newline anywhere are removed, and a scheme is letters,
    digits, `+ - .` before the first `:` when no `/ ? #` comes first.
    """
    cleaned = re.sub(r"[\t\n\r]", "", url).lstrip("".join(chr(c) for c in range(0x21)))
    match = re.match(r"([A-Za-z][A-Za-z0-9+.\-]*):", cleaned)
    return match.group(1).lower() if match else None


def xml_text(value):
    """What an XML document can hold of a string: XML 1.0 forbids most C0 controls."""
    def allowed(ch):
        code = ord(ch)
        return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or code >= 0x10000
    return "".join(ch for ch in value if allowed(ch))
