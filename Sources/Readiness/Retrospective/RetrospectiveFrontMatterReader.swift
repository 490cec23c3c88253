/// Reads a retrospective's front matter into a `Retrospective`, reporting every problem.
///
/// Follows `ReviewFrontMatterReader`: unknown keys are warnings with a
/// suggestion, wrong types and impossible numbers are errors at the value,
/// and one bad entry does not hide the others.
struct RetrospectiveFrontMatterReader {
    static let topLevelKeys = [
        "service", "date", "capacity", "alerts", "incidents", "runbooks_accurate", "template_changes",
    ]
    /// The largest count or rate accepted; anything above is a typo, not a measurement.
    static let countLimit = 1_000_000_000
    static let rateLimit = 1e12

    let reader: YAMLReader

    /// The retrospective, or nil when `service` or `date` is missing or invalid.
    func read(_ root: YAMLNode, body: String, bodyLineOffset: Int) -> Retrospective? {
        guard let fields = reader.mapping(root, "the front matter", keys: Self.topLevelKeys) else { return nil }
        let locations = reader.keyLocations(fields)

        let service = reader.required(fields, document: "retrospective", "service", hint: "Name the reviewed service, e.g. `service: payments-api`.")
            .flatMap { reader.string($0, "service") }
        let date = reader.required(fields, document: "retrospective", "date", hint: "Set `date:` to the day of the retrospective, e.g. `date: 2026-09-10`.")
            .flatMap { reader.day($0, "date") }
        let capacity = fields["capacity"].flatMap(readCapacity)
        let alerts = list(fields["alerts"], "alerts", readAlert)
        let incidents = list(fields["incidents"], "incidents", readIncident)
        let runbooks = fields["runbooks_accurate"].flatMap { reader.bool($0, "runbooks_accurate") }
        let changes = list(fields["template_changes"], "template_changes", readTemplateChange)
        guard let service, let date else { return nil }
        return Retrospective(
            file: reader.file, service: service, date: date, capacity: capacity, alerts: alerts,
            incidents: incidents, runbooksAccurate: runbooks, templateChanges: changes,
            fieldLocations: locations, body: body, bodyLineOffset: bodyLineOffset)
    }

    // MARK: Fields

    private func readCapacity(_ node: YAMLNode) -> Retrospective.Capacity? {
        guard let m = reader.mapping(node, "capacity", keys: ["expected_peak_rps", "actual_peak_rps"]) else { return nil }
        return Retrospective.Capacity(
            expectedPeakRPS: m["expected_peak_rps"].flatMap { rate($0, "capacity.expected_peak_rps") },
            actualPeakRPS: m["actual_peak_rps"].flatMap { rate($0, "capacity.actual_peak_rps") },
            location: reader.location(node))
    }

    private func readAlert(_ node: YAMLNode, _ field: String) -> Retrospective.Alert? {
        guard let m = reader.mapping(node, field, keys: ["name", "fired", "actionable"]) else { return nil }
        let name = reader.requiredString(m, "name", in: field)
        let fired = requiredCount(m, "fired", in: field)
        let actionable = requiredCount(m, "actionable", in: field)
        guard let name, let fired, let actionable else { return nil }
        if actionable > fired {
            reader.report(
                .error, "retrospective-numbers",
                "alert `\(name)` was actionable \(actionable) times but fired only \(fired) times", at: node,
                hint: "`actionable` counts the firings that needed action, so it cannot exceed `fired`.")
            return nil
        }
        return Retrospective.Alert(name: name, fired: fired, actionable: actionable, location: reader.location(node))
    }

    private func readIncident(_ node: YAMLNode, _ field: String) -> Retrospective.Incident? {
        guard let m = reader.mapping(node, field, keys: ["id", "anticipated", "summary"]) else { return nil }
        let id = reader.requiredString(m, "id", in: field)
        let anticipated: Bool?
        if let value = m["anticipated"], !reader.isNull(value) {
            anticipated = reader.bool(value, "\(field).anticipated")
        } else {
            anticipated = nil
            reader.report(.error, "missing-field", "an entry of \(field) has no `anticipated`", at: m.node,
                          hint: "Say whether the review foresaw this failure: `anticipated: true` or `false`.")
        }
        guard let id, let anticipated else { return nil }
        return Retrospective.Incident(
            id: id, anticipated: anticipated, summary: m["summary"].flatMap { reader.string($0, "\(field).summary") } ?? "",
            location: reader.location(node))
    }

    private func readTemplateChange(_ node: YAMLNode, _ field: String) -> Retrospective.TemplateChange? {
        guard let text = reader.string(node, field) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        return Retrospective.TemplateChange(text: trimmed, location: reader.location(node))
    }

    // MARK: Helpers

    private func rate(_ node: YAMLNode, _ field: String) -> Double? {
        reader.double(node, field, range: 0...Self.rateLimit)
    }



    private func requiredCount(_ m: YAMLMapping, _ key: String, in field: String) -> Int? {
        if let node = m[key], !reader.isNull(node) {
            return reader.int(node, "\(field).\(key)", range: 0...Self.countLimit)
        }
        reader.report(.error, "missing-field", "an entry of \(field) has no `\(key)`", at: m.node,
                      hint: "Give `\(key)` as a whole number (0 when the alert never fired).")
        return nil
    }

    private func list<T>(_ node: YAMLNode?, _ field: String, _ read: (YAMLNode, String) -> T?) -> [T] {
        guard let node, let items = reader.sequence(node, field) else { return [] }
        return items.enumerated().compactMap { read($0.element, "\(field)[\($0.offset + 1)]") }
    }
}
