import Readiness

/// Well-known Backstage annotations shown with a friendly label, and as a
/// link when the value leads somewhere safe. Other annotations are tool
/// configuration, not facts a reader needs, and are left out.
enum AnnotationLabels {
    /// Rows in the entity's annotation order (sorted by key): `label`,
    /// `value`, and `link` (a sealed link value, or false).
    static func values(_ entity: CatalogEntity) -> [LayoutValue] {
        entity.annotations.compactMap { annotation in
            guard let (label, link) = describe(annotation) else { return nil }
            return sealed(["label": label, "key": annotation.key, "value": annotation.value, "link": link])
        }
    }

    /// The label and, when there is one, the link of a well-known annotation.
    static func describe(_ annotation: CatalogEntity.Annotation) -> (String, LayoutValue?)? {
        let value = annotation.value
        switch annotation.key {
        case "github.com/project-slug":
            return ("GitHub repository", gitHubSlugIsValid(value) ? sealedLink("https://github.com/" + value, text: value) : nil)
        case "backstage.io/techdocs-ref": return ("TechDocs", nil)
        case "backstage.io/source-location", "backstage.io/managed-by-location":
            return (annotation.key.hasSuffix("source-location") ? "Source" : "Catalog file", locationLink(value))
        case "backstage.io/view-url": return ("View", sealedLink(value))
        case "backstage.io/edit-url": return ("Edit", sealedLink(value))
        case "pagerduty.com/service-id": return ("PagerDuty service", nil)
        case "pagerduty.com/integration-key": return nil // a secret-like key; never shown
        case "opsgenie.com/component-selector", "opsgenie.com/team": return ("Opsgenie", nil)
        case "grafana/dashboard-selector": return ("Grafana dashboards", nil)
        case "grafana/overview-dashboard": return ("Grafana overview", sealedLink(value))
        case "backstage.io/kubernetes-id": return ("Kubernetes ID", nil)
        case "sentry.io/project-slug": return ("Sentry project", nil)
        case "jira/project-key": return ("Jira project", nil)
        case "sonarqube.org/project-key": return ("SonarQube project", nil)
        default:
            // Runbooks are written under many keys (`runbook`, `example.com/runbook-url`).
            guard annotation.key.lowercased().contains("runbook") else { return nil }
            return ("Runbook", sealedLink(value))
        }
    }

    /// `owner/repository`, with GitHub's characters only, so the link cannot
    /// leave github.com or carry a query.
    static func gitHubSlugIsValid(_ slug: String) -> Bool {
        let parts = slug.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part != "." && part != ".."
                && part.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) }
        }
    }

    /// `url:https://…` (Backstage's location form) or a plain URL.
    private static func locationLink(_ value: String) -> LayoutValue? {
        let url = value.hasPrefix("url:") ? String(value.dropFirst(4)) : value
        return value.hasPrefix("file:") ? nil : sealedLink(url)
    }
}
