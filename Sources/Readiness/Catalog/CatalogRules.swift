/// The diagnostics the catalog reports, documented in one place.
///
/// `all` lists every rule id with a one-line summary and the usual fix, so the
/// README's table of rules can be generated from the code. YAML problems in
/// catalog files use the shared YAML rules (`yaml-syntax`, `yaml-type`,
/// `duplicate-key`, `unknown-key`, `invalid-utf8`, `unreadable-file`).
public enum CatalogRules {
    /// note — a descriptor whose apiVersion or kind prr does not read (for example a scaffolder Template) was skipped.
    public static let unknownKind = "catalog-unknown-kind"
    /// error — `metadata.name`, `kind` or `apiVersion` is missing.
    public static let missingField = "catalog-missing-field"
    /// error — `metadata.name` or `metadata.namespace` breaks Backstage's naming rules.
    public static let invalidName = "catalog-invalid-name"
    /// error — a reference is not of the form `[kind:][namespace/]name`.
    public static let invalidRef = "catalog-invalid-ref"
    /// warning — a reference names an entity of a kind the field does not take.
    public static let refKind = "catalog-ref-kind"
    /// error — two descriptors declare the same entity.
    public static let duplicateEntity = "catalog-duplicate-entity"
    /// warning — a reference names an entity that is not in the catalog.
    public static let danglingRef = "catalog-dangling-ref"
    /// error — a Location target resolves outside the site root.
    public static let locationOutside = "catalog-location-outside"
    /// error — a Location target does not exist.
    public static let locationMissing = "catalog-location-missing"
    /// note — a Location target is a URL, which prr does not fetch.
    public static let locationRemote = "catalog-location-remote"

    /// Every rule: id, summary, and how to fix it.
    public static let all: [(id: String, summary: String, hint: String)] = [
        (unknownKind, "A descriptor of a kind or apiVersion prr does not read was skipped.",
         "Nothing to fix if the entity is meant for another tool; otherwise check `apiVersion` and `kind`."),
        (missingField, "A descriptor lacks `apiVersion`, `kind` or `metadata.name`.",
         "Add the missing field; every entity needs all three."),
        (invalidName, "An entity name or namespace breaks Backstage's naming rules.",
         "Use 1–63 letters, digits and - _ . starting and ending with a letter or digit."),
        (invalidRef, "A reference is not of the form [kind:][namespace/]name.",
         "Write references such as `group:payments` or `component:ops/ledger`."),
        (refKind, "A reference names a kind of entity the field does not take.",
         "Point the field at an entity of the right kind, for example an owner at a group or user."),
        (duplicateEntity, "Two descriptors declare the same kind, namespace and name.",
         "Keep one descriptor per entity; names are compared case-insensitively."),
        (danglingRef, "A reference names an entity that is not in the catalog.",
         "Fix the spelling or add the entity's descriptor; ignore it if the entity is kept elsewhere."),
        (locationOutside, "A Location target resolves outside the site root.",
         "Keep catalog files inside the site; symbolic links and `..` may not leave it."),
        (locationMissing, "A Location target does not exist.",
         "Fix the path (relative to the Location's file) or set `spec.presence: optional`."),
        (locationRemote, "A Location target is a URL, which prr does not fetch.",
         "Copy the descriptors into the site, or ignore this note."),
    ]
}
