/// Makes a nested value safe to render inside another context.
///
/// Mustache looks a key that is missing from the current context up in the
/// enclosing ones, so a dependency row without `errors` placed inside a
/// review page would show the page's own `errors`, and a component without a
/// `description` would show its team's. Sealing keeps every key: absent
/// values become `false`, which sections treat as empty, so layouts must only
/// print optional values inside `{{#value}}…{{/value}}`.
func sealed(_ facts: LayoutFacts) -> LayoutValue {
    facts.map(placeholder: false)
}

/// A link value (see `linkValue`) whose `href` is `false`, not missing, when
/// the URL is unsafe, so the text shows instead of an enclosing page's link.
func sealedLink(_ url: String?, text: String? = nil) -> LayoutValue? {
    linkValue(url, text: text).map(sealed)
}
