import Testing
@testable import Readiness

@Suite struct CatalogLoaderTests {
    @Test func exampleCatalogLoadsCleanly() throws {
        let result = CatalogFixtures.load("example")
        #expect(result.diagnostics.isEmpty, "\(result.summary)")
        #expect(result.files == ["catalog/ops.yml", "catalog/org.yaml", "catalog/payments.yaml"])
        #expect(result.catalog.count == 15)
        #expect(result.catalog.components.map(\.name) == ["ledger", "payments-api", "status-page"])

        let api = try #require(result.catalog[ref("component:payments-api")])
        #expect(api.kind == .component && api.rawKind == "Component")
        #expect(api.title == "Payments API")
        #expect(api.description == "Takes card payments.")
        #expect(api.tags == ["swift", "tier-1"])
        #expect(api.links == [.init(url: "https://grafana.example.com/d/payments", title: "Dashboard")])
        #expect(api.annotations.map(\.key) == ["backstage.io/techdocs-ref", "pagerduty.com/service-id"])
        #expect(api.annotation("pagerduty.com/service-id") == "P123")
        #expect(api.annotation("missing") == nil)
        #expect(api.label("tier") == "1")
        #expect(api.owner?.ref == ref("group:payments"))
        #expect(api.system?.ref == ref("system:payments"))
        #expect(api.lifecycle == "production" && api.type == "service")
        #expect(api.providesApis.map(\.ref) == [ref("api:payments-rest")])
        #expect(api.consumesApis.map(\.ref) == [ref("api:ledger-rest")])
        #expect(api.dependsOn.map(\.ref) == [ref("resource:ledger-db"), ref("component:ledger")])
        #expect(api.location == SourceLocation(file: "catalog/payments.yaml", line: 17, column: 1))
        #expect(api.nameLocation == SourceLocation(file: "catalog/payments.yaml", line: 20, column: 9))
        #expect(api.owner?.location == SourceLocation(file: "catalog/payments.yaml", line: 36, column: 10))

        let alice = try #require(result.catalog[ref("user:alice")])
        #expect(alice.profile == .init(displayName: "Alice Example", email: "alice@example.com"))
        #expect(alice.displayTitle == "Alice Example")
        #expect(result.catalog[ref("api:ledger-rest")]?.apiVersion == "backstage.io/v1beta1")
    }

    @Test func answersOwnershipSystemAndDependencyQuestions() {
        let catalog = CatalogFixtures.load("example").catalog
        #expect(catalog.componentsOwned(by: ref("group:payments")).map(\.name) == ["ledger", "payments-api"])
        #expect(catalog.entitiesOwned(by: ref("group:payments")).map(\.ref.description) == [
            "api:default/ledger-rest", "api:default/payments-rest", "component:default/ledger",
            "component:default/payments-api", "system:default/payments",
        ])
        #expect(catalog.componentsOwned(by: ref("user:carol")).map(\.name) == ["status-page"])
        #expect(catalog.components(in: ref("system:payments")).map(\.name) == ["ledger", "payments-api"])
        #expect(catalog.entities(in: ref("system:payments")).count == 4)
        #expect(catalog.dependents(of: ref("resource:ledger-db")).map(\.name) == ["ledger", "payments-api"])
        #expect(catalog.dependents(of: ref("component:payments-api")).map(\.name) == ["status-page"])
        #expect(catalog.dependents(of: ref("component:status-page")).isEmpty)
    }

    @Test func lookupIgnoresCase() {
        let catalog = CatalogFixtures.load("example").catalog
        #expect(catalog[ref("Component:PAYMENTS-API")]?.name == "payments-api")
        #expect(catalog.contains(ref("group:default/SRE")))
        #expect(!catalog.contains(ref("group:nobody")))
    }

    @Test func multiDocumentFileWithProblems() {
        let result = CatalogFixtures.load("problems")
        #expect(result.summary == [
            "catalog/a-first.yaml:7:10 catalog-dangling-ref",
            "catalog/a-first.yaml:8:15 catalog-invalid-ref",
            "catalog/a-first.yaml:8:26 catalog-invalid-ref",
            "catalog/a-first.yaml:9:11 catalog-dangling-ref",
            "catalog/a-first.yaml:9:11 catalog-ref-kind",
            "catalog/b-second.yaml:9:9 catalog-invalid-name",
            "catalog/b-second.yaml:14:7 catalog-unknown-kind",
            "catalog/b-second.yaml:23:9 catalog-duplicate-entity",
            "catalog/b-second.yaml:28:3 catalog-missing-field",
            "catalog/b-second.yaml:30:1 catalog-missing-field",
            "catalog/b-second.yaml:35:7 catalog-unknown-kind",
        ])
        // Only the first payments-api survives; the empty documents added nothing.
        #expect(result.catalog.entities.map(\.ref.description) == ["component:default/payments-api"])
    }

    @Test func invalidNameIsAnErrorAtTheName() throws {
        let diagnostic = try #require(CatalogFixtures.load("problems").diagnostics(CatalogRules.invalidName).first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(file: "catalog/b-second.yaml", line: 9, column: 9))
        #expect(diagnostic.message.contains("`bad name`") && diagnostic.message.contains("space"))
        #expect(diagnostic.hint != nil)
    }

    @Test func unknownKindsAreSkippedWithANote() {
        let notes = CatalogFixtures.load("problems").diagnostics(CatalogRules.unknownKind)
        #expect(notes.map(\.severity) == [.note, .note])
        #expect(notes[0].message.contains("Template"))
        #expect(notes[1].hint?.contains("kind: Component") == true)
    }

    @Test func duplicateNamesTheFirstPlace() throws {
        let duplicate = try #require(CatalogFixtures.load("problems").diagnostics(CatalogRules.duplicateEntity).first)
        #expect(duplicate.severity == .error)
        #expect(duplicate.message.contains("catalog/a-first.yaml:4:9"))
    }

    @Test func danglingReferencesAreWarningsAtTheReference() throws {
        let dangling = CatalogFixtures.load("problems").diagnostics(CatalogRules.danglingRef)
        #expect(dangling.map(\.severity) == [.warning, .warning])
        #expect(dangling[0].message.contains("group:payments"))
        #expect(dangling[0].location.description == "catalog/a-first.yaml:7:10")
    }

    @Test func invalidYAMLIsReportedAtItsLine() throws {
        let result = CatalogFixtures.load("invalid-yaml")
        #expect(result.summary == ["catalog/broken.yaml:7:7 yaml-syntax"])
        #expect(result.catalog.count == 0)
    }

    @Test func namespacesKeepEntitiesApart() throws {
        let result = CatalogFixtures.load("namespaces")
        #expect(result.diagnostics.isEmpty, "\(result.summary)")
        let catalog = result.catalog
        #expect(catalog.entities.map(\.ref.description) == [
            "component:default/payments-api", "component:finance/payments-api",
            "group:finance/payments", "resource:default/shared-db",
        ])
        // An unqualified reference takes the namespace of the entity that makes it.
        let financeAPI = try #require(catalog[ref("component:finance/payments-api")])
        #expect(financeAPI.owner?.ref.description == "group:finance/payments")
        #expect(financeAPI.ref.displayName == "component:Finance/payments-api")
        #expect(catalog.componentsOwned(by: ref("group:finance/payments")).count == 2)
        #expect(catalog.dependents(of: ref("resource:shared-db")).map(\.ref) == [ref("component:finance/payments-api")])
    }

    @Test func missingFolderIsAnEmptyCatalog() {
        let root = CatalogFixtures.root("example")
        let result = CatalogLoader(root: root).load(folder: root.appendingPathComponent("no-such-folder"))
        #expect(result.catalog.count == 0 && result.diagnostics.isEmpty)
    }

    @Test func extraPathsAreLoadedOnce() {
        let result = CatalogFixtures.load("example", extraPaths: ["catalog/ops.yml", "catalog/../catalog/ops.yml"])
        #expect(result.files.count == 3)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func extraFoldersAndMissingExtras() {
        let result = CatalogFixtures.load("locations", extraPaths: ["more", "nowhere.yaml"])
        #expect(result.files.contains("more/single.yaml"))
        #expect(result.diagnostics(CatalogRules.locationMissing).map(\.location.description).contains("nowhere.yaml"))
    }

    @Test func displayPrefixIsPutBeforePaths() {
        let root = CatalogFixtures.root("problems")
        let result = CatalogLoader(root: root, displayPrefix: "site/").load(folder: root.appendingPathComponent("catalog"))
        #expect(result.files == ["site/catalog/a-first.yaml", "site/catalog/b-second.yaml"])
        #expect(result.diagnostics.first?.location.file == "site/catalog/a-first.yaml")
    }

    @Test func everyRuleIsDocumented() {
        let ids = CatalogRules.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for rule in CatalogRules.all { #expect(!rule.summary.isEmpty && !rule.hint.isEmpty) }
        let reported = CatalogFixtures.load("problems").diagnostics + CatalogFixtures.load("locations").diagnostics
        for diagnostic in reported where diagnostic.ruleID.hasPrefix("catalog-") {
            #expect(ids.contains(diagnostic.ruleID))
            #expect(diagnostic.hint != nil)
        }
    }
}
