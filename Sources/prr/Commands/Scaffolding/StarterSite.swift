import Readiness

/// The files `prr init` writes: a small working site and the CI that checks
/// and publishes it.
enum StarterSite {
    /// The example service of the starter catalog.
    static let exampleService = "example-service"
    static let exampleTeam = "group:example-team"

    /// Relative path and text of every starter file.
    static func files(today: Day) -> [(path: String, text: String)] {
        [
            ("Content/site.yaml", siteYAML),
            ("Content/catalog/catalog-info.yaml", catalog),
            ("Content/reviews/\(exampleService).md", exampleReview(today: today)),
            (".github/workflows/prr.yml", GitHubWorkflow.text),
        ]
    }

    static let siteYAML = """
        # Site settings; every key is optional. See the README's "site.yaml" section.
        title: Production Readiness Reviews
        description: Production readiness reviews of our services, checked on every pull request.
        # base_url: https://prr.example.com/     # the published address (GitHub Pages sets it in CI)
        # today: 2026-01-31                      # pin "today" for reproducible builds

        """

    static let catalog = """
        # A starter service catalog in Backstage's descriptor format. Replace it with
        # your own catalog-info.yaml files, or list them under `catalog:` in site.yaml.
        ---
        apiVersion: backstage.io/v1alpha1
        kind: Group
        metadata:
          name: example-team
          description: The team that owns the example service.
        spec:
          type: team
          children: []
          members: [user:example.manager]
        ---
        apiVersion: backstage.io/v1alpha1
        kind: User
        metadata:
          name: example.manager
        spec:
          profile:
            displayName: Example Manager
          memberOf: [group:example-team]
        ---
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: \(exampleService)
          description: An example service; `prr new <service>` starts a review of a real one.
          annotations:
            prr.dev/tier: "3"          # prr new takes the tier from here
        spec:
          type: service
          lifecycle: experimental
          owner: \(exampleTeam)

        """

    static func exampleReview(today: Day) -> String {
        ReviewScaffold(
            service: exampleService, title: "Example service launch", tier: .three, owner: exampleTeam,
            today: today, policy: .default,
            summary: """
                An example review, written by `prr init`. It is a draft, so its open gaps are
                warnings: `prr check` passes and lists them. Tick items as you do them, with a
                link to the evidence, or delete this file once you have a real review.
                """
        ).text
    }
}
