/// Rules about content that cannot be read as written. Their diagnostics are
/// reported by the readers (YAML, front matter, files, layouts, policy,
/// catalog); they are listed here so every rule id prr prints is documented.
extension Rule {
    private static func content(_ id: String, _ title: String, _ fix: String) -> Rule {
        Rule(id, .content, title: title, rationale: title + ".", fix: fix)
    }

    static let contentRules: [Rule] = [
        content("unreadable-file", "A file or folder cannot be read", "Check that it exists and its permissions allow reading; raise `limits.max_file_bytes` for very large files."),
        content("file-too-large", "A file is larger than `limits.max_file_bytes`", "Split the content, or raise the limit in site.yaml if the file is legitimate."),
        content("invalid-utf8", "A file is not valid UTF-8 text", "Save the file as UTF-8."),
        content("binary-file", "A file contains NUL bytes", "Remove the file or save it as text."),
        content("symlink-outside", "A symbolic link points outside the content folder", "Copy the file into the content folder instead of linking to it."),
        content("symlink-loop", "Symbolic links lead back to a folder already read", "Remove the link that loops back."),
        content("front-matter-missing", "A review or retrospective has no front matter", "Start the file with `---`, the YAML fields, and another `---`."),
        content("front-matter-unclosed", "The front matter is never closed", "Add a `---` line after the last YAML field."),
        content("front-matter-empty", "The front matter is empty", "Add at least `service`, `tier`, `owner` and `status`."),
        content("yaml-syntax", "The YAML cannot be parsed", "Fix the syntax near the reported line: spaces not tabs, matching quotes and brackets, a space after each colon."),
        content("yaml-too-large", "The YAML expands to too many values (alias bomb)", "Remove repeated aliases; raise `limits.yaml_node_limit` in site.yaml only if the file is legitimate."),
        content("yaml-too-deep", "The YAML nests too deeply to be content", "Flatten the structure; review fields nest a few levels at most."),
        content("yaml-type", "A value has the wrong type", "Write the field as the type the message names (text, number, list, mapping)."),
        content("duplicate-key", "A key is set twice in one mapping", "Keep one of them; YAML would silently use only one."),
        content("unknown-key", "A key prr does not know (often a typo)", "Use the suggested key, or remove it."),
        content("missing-field", "A required field is absent", "Add the field the message names."),
        content("bad-date", "A date is not a real YYYY-MM-DD date", "Write dates as YYYY-MM-DD."),
        content("bad-value", "A value is not one of the allowed words or numbers", "Use one of the values the message lists."),
        content("out-of-range", "A number is outside its sensible range", "Use a value within the range the message gives."),
        content("invalid-service-name", "A service name is not a valid catalog entity name", "Use letters, digits and - _ . between them, at most 63 characters."),
        content("duplicate-review", "Two files review the same service", "Merge them, or correct the `service` of one."),
        content("layout-missing", "A required layout or the layouts folder is missing", "Add the layout, or run `prr layouts export`."),
        content("layout-syntax", "A layout has a Mustache syntax error", "Close every section and tag; the message says which is wrong."),
        content("broken-link", "A link in a review's body leads to a page or #anchor the site does not have", "Link to the page prr writes (`other.html`, not `other.md`) and to a heading id shown by its `#` link."),
        content("layout-broken-link", "A layout writes a link to a page or #anchor the site does not have", "Fix the link in the layout named by the page; build links from `root` and the page's values."),
        content("layout-missing-partial", "A layout uses a partial or parent that does not exist", "Add the partial file or fix its name."),
        content("policy-unknown-tier", "policy.yaml names a tier other than 1, 2 or 3", "Use tiers 1, 2 and 3."),
        content("policy-tier", "A tier setting in policy.yaml is invalid", "Fix the value the message names."),
        content("policy-threshold", "A threshold in policy.yaml is out of range", "Use a headroom factor of at least 1 and non-negative day counts."),
        content("policy-missing-id", "A category or item in policy.yaml has no id", "Give every category and item an `id`."),
        content("policy-bad-id", "An id in policy.yaml is not lowercase words joined by hyphens", "Use ids such as `load-testing`."),
        content("policy-duplicate-id", "policy.yaml declares an id twice", "Keep one declaration per id."),
        content("policy-missing-title", "A new category or item in policy.yaml has no title", "Add a `title`."),
        content("policy-unknown-id", "policy.yaml removes or changes an id that does not exist", "Use an id `prr policy` prints."),
        content("policy-ambiguous-name", "A title or alias in policy.yaml is already used by another item", "Make titles and aliases unique within a category."),
        content("policy-empty", "policy.yaml leaves a category without items", "Keep at least one item, or remove the category."),
    ]
}
