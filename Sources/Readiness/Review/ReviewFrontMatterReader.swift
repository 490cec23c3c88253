import CommonMark
/// Reads a review's front matter into a `Review`, reporting every problem.
struct ReviewFrontMatterReader {
    static let topLevelKeys = [
        "service", "title", "tier", "owner", "review_mode", "status", "review_date", "launch_date",
        "reviewers", "signoffs", "slos", "alerts", "capacity", "dependencies", "rollout", "oncall", "risks",
    ]

    let reader: YAMLReader

    /// The review, or nil when a field it cannot do without is missing or invalid.
    func read(_ root: YAMLNode, body: String, bodyLineOffset: Int) -> Review? {
        guard let fields = reader.mapping(root, "the front matter", keys: Self.topLevelKeys) else { return nil }
        let locations = reader.keyLocations(fields)

        let service = reader.required(fields, document: "review", "service", hint: "Name the catalog Component, e.g. `service: payments-api`.")
            .flatMap { reader.string($0, "service") }
        let tier = reader.required(fields, document: "review", "tier", hint: "Set `tier: 1`, `2` or `3`.").flatMap(readTier)
        let status = reader.required(fields, document: "review", "status", hint: "Set `status:` to draft, in-review, approved, launched or retired.")
            .flatMap { reader.choice($0, "status", as: ReviewStatus.self) }
        let owner = fields["owner"].flatMap { reader.string($0, "owner") }
        if fields["owner"] == nil {
            reader.report(Diagnostic(
                .error, "missing-field", "the review does not name its `owner`",
                at: SourceLocation(file: reader.file, line: 1, column: 1),
                hint: "Add `owner: group:<team>` matching the catalog's spec.owner."))
        }

        let review = Review(
            file: reader.file,
            service: service ?? "",
            title: fields["title"].flatMap { reader.string($0, "title") } ?? service ?? "",
            tier: tier ?? .one,
            owner: owner,
            reviewMode: fields["review_mode"].flatMap { reader.choice($0, "review_mode", as: ReviewMode.self) },
            status: status ?? .draft,
            reviewDate: fields["review_date"].flatMap { reader.day($0, "review_date") },
            launchDate: fields["launch_date"].flatMap { reader.day($0, "launch_date") },
            reviewers: list(fields["reviewers"], "reviewers", readReviewer),
            signoffs: list(fields["signoffs"], "signoffs", readSignoff),
            slos: list(fields["slos"], "slos", readSLO),
            alerts: list(fields["alerts"], "alerts", readAlert),
            capacity: fields["capacity"].flatMap(readCapacity),
            dependencies: list(fields["dependencies"], "dependencies", readDependency),
            rollout: fields["rollout"].flatMap(readRollout),
            oncall: fields["oncall"].flatMap(readOncall),
            risks: list(fields["risks"], "risks", readRisk),
            fieldLocations: locations,
            body: body,
            bodyLineOffset: bodyLineOffset)
        guard service != nil, tier != nil, status != nil else { return nil }
        return review
    }

    // MARK: Fields

    private func readTier(_ node: YAMLNode) -> Tier? {
        guard let number = reader.int(node, "tier") else { return nil }
        guard let tier = Tier(rawValue: number) else {
            reader.report(.error, "bad-value", "tier is \(number); tiers are 1 (critical), 2 (important) and 3 (low risk)",
                          at: node, hint: "Set `tier:` to 1, 2 or 3.")
            return nil
        }
        return tier
    }

    private func readReviewer(_ node: YAMLNode, _ field: String) -> Reviewer? {
        guard let m = reader.mapping(node, field, keys: ["ref", "role", "verdict", "date"]),
            let ref = reader.requiredString(m, "ref", in: field)
        else { return nil }
        return Reviewer(
            ref: ref, role: string(m, "role", in: field),
            verdict: m["verdict"].flatMap { reader.choice($0, "\(field).verdict", as: Verdict.self) },
            date: m["date"].flatMap { reader.day($0, "\(field).date") }, location: reader.location(node))
    }

    private func readSignoff(_ node: YAMLNode, _ field: String) -> Signoff? {
        guard let m = reader.mapping(node, field, keys: ["ref", "role", "date"]),
            let ref = reader.requiredString(m, "ref", in: field)
        else { return nil }
        return Signoff(
            ref: ref, role: string(m, "role", in: field),
            date: m["date"].flatMap { reader.day($0, "\(field).date") }, location: reader.location(node))
    }

    private func readSLO(_ node: YAMLNode, _ field: String) -> ServiceLevelObjective? {
        guard let m = reader.mapping(node, field, keys: ["name", "objective", "window"]),
            let name = reader.requiredString(m, "name", in: field)
        else { return nil }
        return ServiceLevelObjective(
            name: name, objective: string(m, "objective", in: field), window: string(m, "window", in: field),
            location: reader.location(node))
    }

    private func readAlert(_ node: YAMLNode, _ field: String) -> Alert? {
        guard let m = reader.mapping(node, field, keys: ["name", "slo", "pages", "runbook"]),
            let name = reader.requiredString(m, "name", in: field)
        else { return nil }
        return Alert(
            name: name, slo: string(m, "slo", in: field), pages: string(m, "pages", in: field),
            runbook: string(m, "runbook", in: field), location: reader.location(node))
    }

    private func readCapacity(_ node: YAMLNode) -> Capacity? {
        let keys = ["expected_peak_rps", "load_tested_rps", "load_test", "autoscaling", "monthly_cost_usd"]
        guard let m = reader.mapping(node, "capacity", keys: keys) else { return nil }
        let loadTest = m["load_test"].flatMap { node -> LoadTest? in
            guard let t = reader.mapping(node, "capacity.load_test", keys: ["date", "report"]) else { return nil }
            return LoadTest(
                date: t["date"].flatMap { reader.day($0, "capacity.load_test.date") },
                report: string(t, "report", in: "capacity.load_test"), location: reader.location(node))
        }
        let autoscaling = m["autoscaling"].flatMap { node -> Autoscaling? in
            guard let a = reader.mapping(node, "capacity.autoscaling", keys: ["min", "max"]) else { return nil }
            return Autoscaling(
                min: a["min"].flatMap { reader.int($0, "capacity.autoscaling.min", range: 0...1_000_000) },
                max: a["max"].flatMap { reader.int($0, "capacity.autoscaling.max", range: 0...1_000_000) },
                location: reader.location(node))
        }
        return Capacity(
            expectedPeakRPS: m["expected_peak_rps"].flatMap { reader.double($0, "capacity.expected_peak_rps", range: 0...1e12) },
            loadTestedRPS: m["load_tested_rps"].flatMap { reader.double($0, "capacity.load_tested_rps", range: 0...1e12) },
            loadTest: loadTest, autoscaling: autoscaling,
            monthlyCostUSD: m["monthly_cost_usd"].flatMap { reader.double($0, "capacity.monthly_cost_usd", range: 0...1e12) },
            location: reader.location(node))
    }

    private func readDependency(_ node: YAMLNode, _ field: String) -> Dependency? {
        let keys = ["ref", "on_failure", "timeout_ms", "retries", "circuit_breaker"]
        guard let m = reader.mapping(node, field, keys: keys), let ref = reader.requiredString(m, "ref", in: field) else {
            return nil
        }
        return Dependency(
            ref: ref, onFailure: string(m, "on_failure", in: field),
            timeoutMS: m["timeout_ms"].flatMap { reader.int($0, "\(field).timeout_ms", range: 0...86_400_000) },
            retries: m["retries"].flatMap { reader.int($0, "\(field).retries", range: 0...1000) },
            circuitBreaker: m["circuit_breaker"].flatMap { reader.bool($0, "\(field).circuit_breaker") },
            location: reader.location(node))
    }

    private func readRollout(_ node: YAMLNode) -> Rollout? {
        let keys = ["feature_flag", "strategy", "stages", "traffic_shaping", "rollback", "communication", "last_major_change"]
        guard let m = reader.mapping(node, "rollout", keys: keys) else { return nil }
        let rollback = m["rollback"].flatMap { node -> Rollback? in
            guard let r = reader.mapping(node, "rollout.rollback", keys: ["procedure", "tested"]) else { return nil }
            return Rollback(
                procedure: string(r, "procedure", in: "rollout.rollback"),
                tested: r["tested"].flatMap { reader.day($0, "rollout.rollback.tested") }, location: reader.location(node))
        }
        let stages = (m["stages"].flatMap { reader.sequence($0, "rollout.stages") } ?? [])
            .compactMap { reader.double($0, "rollout.stages", range: 0...100) }
        return Rollout(
            featureFlag: string(m, "feature_flag", in: "rollout"),
            strategy: m["strategy"].flatMap { reader.choice($0, "rollout.strategy", as: RolloutStrategy.self) },
            stages: stages, trafficShaping: string(m, "traffic_shaping", in: "rollout"), rollback: rollback,
            communication: string(m, "communication", in: "rollout"),
            lastMajorChange: m["last_major_change"].flatMap { reader.day($0, "rollout.last_major_change") },
            location: reader.location(node))
    }

    private func readOncall(_ node: YAMLNode) -> Oncall? {
        guard let m = reader.mapping(node, "oncall", keys: ["rotation", "escalation"]) else { return nil }
        let escalation = (m["escalation"].flatMap { reader.sequence($0, "oncall.escalation") } ?? [])
            .compactMap { reader.string($0, "oncall.escalation") }
        return Oncall(rotation: string(m, "rotation", in: "oncall"), escalation: escalation, location: reader.location(node))
    }

    private func readRisk(_ node: YAMLNode, _ field: String) -> AcceptedRisk? {
        guard let m = reader.mapping(node, field, keys: ["item", "reason", "accepted_by", "expires"]),
            let item = reader.requiredString(m, "item", in: field)
        else { return nil }
        return AcceptedRisk(
            item: item, reason: string(m, "reason", in: field), acceptedBy: string(m, "accepted_by", in: field),
            expires: m["expires"].flatMap { reader.day($0, "\(field).expires") }, location: reader.location(node))
    }

    // MARK: Helpers



    private func string(_ m: YAMLMapping, _ key: String, in field: String) -> String? {
        m[key].flatMap { reader.string($0, "\(field).\(key)") }
    }

    private func list<T>(_ node: YAMLNode?, _ field: String, _ read: (YAMLNode, String) -> T?) -> [T] {
        guard let node, let items = reader.sequence(node, field) else { return [] }
        return items.enumerated().compactMap { read($0.element, "\(field)[\($0.offset + 1)]") }.withExactCapacity()
    }
}
