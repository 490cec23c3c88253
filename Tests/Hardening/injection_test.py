#!/usr/bin/env python3
"""Property test: hostile strings in every content field cannot inject markup.

Run from .ci/run after `make site` (it uses .build/release/prr, else
.build/debug/prr, or the binary named by `--prr`). It writes one *clean* site
and `--rounds` *hostile* sites of the same shape (hostile_site.py: a few
hundred seeded random strings each, from an alphabet of quotes, `<`, `{{`,
`</script>`, U+2028, U+FEFF, controls, RTL marks, `javascript:` …), builds each
with the real prr, parses every page with an HTML5 parser and asserts:

(a) each page has exactly the element and attribute names of the clean page;
(b) a string the clean page shows (as text or in an attribute) is shown on the
    hostile page unchanged;
(c) every href/src is http, https, mailto or relative;
(d) reviews.json, gaps.json and search-index.json parse and hold the strings;
(e) feed.xml, sitemap.xml and every inline <svg> parse as XML and hold the
    strings (less the C0 controls XML 1.0 cannot carry);
(f) <script> elements are exactly the clean page's: nothing breaks out of one.

Reproducible: `--seed` (default 20261126) fixes every string; a failure names
the seed, round, page and slot. Prints `N passed, M failed`; exits 1 on failure.
"""
import argparse
import os
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))


def ensure_html5lib():
    """Installs html5lib from PyPI when missing; the test falls back to html.parser if that fails."""
    try:
        import html5lib  # noqa: F401
        return
    except ImportError:
        pass
    pip = [sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", "html5lib"]
    if subprocess.run(pip, timeout=300).returncode != 0:
        subprocess.run(pip + ["--break-system-packages"], timeout=300)


ensure_html5lib()
import hostile_site  # noqa: E402
import parsed_output  # noqa: E402

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "poster", "xlink:href", "background", "cite", "data"}
# Attributes whose value is derived from a string (slugs, links) rather than showing it.
DERIVED_ATTRIBUTES = URL_ATTRIBUTES | {"id", "class", "for", "name", "aria-labelledby", "aria-describedby"}
ALLOWED_SCHEMES = {None, "http", "https", "mailto"}
DATA_FILES = ["reviews.json", "gaps.json", "search-index.json"]
XML_FILES = ["feed.xml", "sitemap.xml"]

failures = []
passes = [0]


def check(ok, message):
    if ok:
        passes[0] += 1
    else:
        failures.append(message)
        if len(failures) <= 40:
            print("FAIL " + message, flush=True)


def build(prr, slots, folder):
    hostile_site.write_site(folder, slots)
    result = subprocess.run([prr, "build", "-q"], cwd=folder, capture_output=True, text=True, timeout=180)
    if result.returncode != 0:
        raise SystemExit("prr build failed in %s:\n%s" % (folder, result.stderr[-4000:]))
    output = folder / "Output"
    return {str(p.relative_to(output)): p.read_bytes() for p in output.rglob("*") if p.is_file()}


def parse_site(files):
    pages = {path: parsed_output.parse_html(raw) for path, raw in files.items() if path.endswith(".html")}
    data = {}
    for name in DATA_FILES + XML_FILES:
        try:
            data[name] = (parsed_output.parse_json if name.endswith(".json") else parsed_output.parse_xml)(files[name])
        except Exception as error:  # noqa: BLE001 - reported as a failure
            data[name] = error
    return pages, data


# prr trims what Foundation calls whitespace and newlines (U+FEFF among them)
# from both ends of a value; the rest of a string must come back unchanged.
TRIMMED = " \t\n\r\x0b\x0c\x85\xa0\u1680" + "".join(chr(c) for c in range(0x2000, 0x200C)) \
    + "\u2028\u2029\u202f\u205f\u3000\ufeff"


def shown_slots(tokens, strings):
    """Slot numbers whose clean token appears in any of the strings."""
    joined = "\x00".join(strings)
    return [n for n, token in enumerate(tokens) if token in joined]


def compare(label, clean, hostile, tokens, values):
    clean_pages, clean_data = clean
    pages, data = hostile
    check(set(pages) == set(clean_pages), "%s: page set differs: %s" % (label, set(pages) ^ set(clean_pages)))
    for path in sorted(set(pages) & set(clean_pages)):
        page, base = pages[path], clean_pages[path]
        where = "%s %s" % (label, path)
        # (a) no new element or attribute (event handlers, script, style, iframe …)
        check(page.elements == base.elements,
              "%s: elements differ: +%s -%s" % (where, page.elements - base.elements, base.elements - page.elements))
        check(page.attributes == base.attributes,
              "%s: attributes differ: +%s -%s" % (where, page.attributes - base.attributes, base.attributes - page.attributes))
        # (f) scripts are exactly the clean ones; JSON in a script still parses
        check(page.scripts == base.scripts, "%s: <script> elements differ: %r" % (where, page.scripts[:3]))
        for attributes, text in page.scripts:
            if "json" in dict(attributes).get("type", ""):
                try:
                    parsed_output.json.loads(text)
                except ValueError as error:
                    check(False, "%s: JSON in <script> does not parse: %s" % (where, error))
        # (c) only safe URLs
        for element, attribute, value in page.values:
            if attribute in URL_ATTRIBUTES:
                scheme = parsed_output.scheme_of(value)
                check(scheme in ALLOWED_SCHEMES, "%s: <%s %s=%r> has scheme %s" % (where, element, attribute, value, scheme))
        # (b) shown strings come back unchanged
        texts = page.texts
        shown = [v for e, a, v in page.values if a not in DERIVED_ATTRIBUTES]
        for n in shown_slots(tokens, base.texts):
            check(any(values[n] in t for t in texts), "%s: slot %d %r is not shown unchanged as text" % (where, n, values[n]))
        for n in shown_slots(tokens, [v for e, a, v in base.values if a not in DERIVED_ATTRIBUTES]):
            check(any(values[n] in v for v in shown), "%s: slot %d %r is not in an attribute unchanged" % (where, n, values[n]))
        # (e) inline SVG is well-formed XML, as many charts as the clean page
        check(len(page.svgs) == len(base.svgs), "%s: %d inline svg, clean has %d" % (where, len(page.svgs), len(base.svgs)))
        for svg in page.svgs:
            try:
                parsed_output.ElementTree.fromstring(svg)
                check(True, "")
            except parsed_output.ElementTree.ParseError as error:
                check(False, "%s: inline svg is not XML: %s" % (where, error))
    # (d) and (e): machine-readable files parse and hold the strings unchanged
    for name in DATA_FILES + XML_FILES:
        found, base = data[name], clean_data[name]
        check(not isinstance(found, Exception), "%s %s does not parse: %s" % (label, name, found))
        if isinstance(found, Exception) or isinstance(base, Exception):
            continue
        is_xml = name.endswith(".xml")
        for n in shown_slots(tokens, base):
            expected = parsed_output.xml_text(values[n]) if is_xml else values[n]
            check(any(expected in s for s in found), "%s %s: slot %d %r is not there unchanged" % (label, name, n, values[n]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--prr", help="the prr binary (default: .build/release/prr, else .build/debug/prr)")
    parser.add_argument("--seed", type=int, default=20261126)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    prr = args.prr or next((str(p) for p in (ROOT / ".build/release/prr", ROOT / ".build/debug/prr") if p.exists()), None)
    if not prr:
        raise SystemExit("no prr binary; run `make site` first or pass --prr")
    print("injection test: parser %s, seed %d, %d rounds, prr %s" % (parsed_output.PARSER, args.seed, args.rounds, prr))
    with tempfile.TemporaryDirectory(prefix="prr-injection-") as temp:
        temp = pathlib.Path(temp)
        tokens = hostile_site.Slots(False, 0)
        clean = parse_site(build(prr, tokens, temp / "clean"))
        for round_number in range(args.rounds):
            seed = args.seed * 1000 + round_number
            slots = hostile_site.Slots(True, seed)
            hostile = parse_site(build(prr, slots, temp / ("hostile-%d" % round_number)))
            assert len(slots.values) == len(tokens.values)
            expected = [value.strip(TRIMMED) for value in slots.values]
            compare("seed %d round %d" % (args.seed, round_number), clean, hostile, tokens.values, expected)
        total = len(tokens.values) * args.rounds
    print("%d hostile strings; %d passed, %d failed" % (total, passes[0], len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
