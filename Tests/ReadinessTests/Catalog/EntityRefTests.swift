import Testing
@testable import Readiness

@Suite struct EntityRefTests {
    @Test func parsesTheThreeForms() throws {
        let full = try EntityRef.parse("component:finance/payments-api").get()
        #expect((full.kind, full.namespace, full.name) == ("component", "finance", "payments-api"))

        let noNamespace = try EntityRef.parse("user:alice").get()
        #expect((noNamespace.kind, noNamespace.namespace, noNamespace.name) == ("user", "default", "alice"))

        let nameOnly = try EntityRef.parse("payments", defaultKind: "group").get()
        #expect((nameOnly.kind, nameOnly.namespace, nameOnly.name) == ("group", "default", "payments"))

        let namespaceAndName = try EntityRef.parse("finance/payments", defaultKind: "group").get()
        #expect(namespaceAndName.namespace == "finance")
    }

    @Test func writtenKindOverridesTheDefault() throws {
        let owner = try EntityRef.parse("user:carol", defaultKind: "group").get()
        #expect(owner.kind == "user")
    }

    @Test func namespaceDefaultsToTheContext() throws {
        let ref = try EntityRef.parse("payments", defaultKind: "group", defaultNamespace: "finance").get()
        #expect(ref.description == "group:finance/payments")
    }

    @Test func comparesCaseInsensitivelyButKeepsSpelling() throws {
        let upper = try EntityRef.parse("Component:Default/Payments-API").get()
        let lower = try EntityRef.parse("payments-api", defaultKind: "component").get()
        #expect(upper == lower)
        #expect(upper.hashValue == lower.hashValue)
        #expect(Set([upper, lower]).count == 1)
        #expect(upper.description == "component:default/payments-api")
        #expect(upper.displayName == "component:Payments-API")
        #expect(upper.spelledName == "Payments-API")
        #expect(upper.spelledKind == "Component" && upper.spelledNamespace == "Default")
        #expect(lower.spelledKind == "component" && lower.spelledNamespace == "default" && lower.spelledName == "payments-api")
        // One part written in capitals keeps the others as written too.
        let mixed = EntityRef(kind: "group", namespace: "default", name: "Platform")
        #expect(mixed.displayName == "group:Platform" && mixed.spelledKind == "group")
    }

    @Test func displayNameShowsOtherNamespaces() throws {
        #expect(try EntityRef.parse("group:Finance/payments").get().displayName == "group:Finance/payments")
        #expect(try EntityRef.parse("group:default/payments").get().displayName == "group:payments")
    }

    @Test func sortsByKindNamespaceAndName() {
        let refs = [ref("user:bob"), ref("component:zeta"), ref("component:finance/alpha"), ref("component:Beta")]
        #expect(refs.sorted().map(\.description) == [
            "component:default/beta", "component:default/zeta", "component:finance/alpha", "user:default/bob",
        ])
    }

    @Test func trimsSurroundingSpaces() throws {
        #expect(try EntityRef.parse("  group:sre ").get().name == "sre")
    }

    @Test func rejectsBadReferences() {
        #expect(EntityRef.parse("") == .failure(.empty))
        #expect(EntityRef.parse("   ") == .failure(.empty))
        #expect(EntityRef.parse("ledger-db") == .failure(.missingKind("ledger-db")))
        #expect(EntityRef.parse("component:") == .failure(.invalidName("")))
        #expect(EntityRef.parse(":ledger") == .failure(.invalidKind("")))
        #expect(EntityRef.parse("1kind:ledger") == .failure(.invalidKind("1kind")))
        #expect(EntityRef.parse("group:bad_ns/x") == .failure(.invalidNamespace("bad_ns")))
        #expect(EntityRef.parse("group:pay ments") == .failure(.invalidName("pay ments")))
        #expect(EntityRef.parse("group:a/b/c") == .failure(.invalidName("b/c")))
        #expect(EntityRef.parse("group:-leading") == .failure(.invalidName("-leading")))
        #expect(EntityRef.parse("group:trailing.") == .failure(.invalidName("trailing.")))
        #expect(EntityRef.parse("group:caf\u{E9}") == .failure(.invalidName("caf\u{E9}")))
        #expect(EntityRef.parse("group:" + String(repeating: "a", count: 64)) == .failure(.invalidName(String(repeating: "a", count: 64))))
        #expect(EntityRef("group:" + String(repeating: "a", count: 64)) == nil)
        #expect(EntityRef("group:" + String(repeating: "a", count: 63)) != nil)
    }

    /// ASCII references are split by bytes, others by Characters: a `:`
    /// or `/` joined to a combining mark is no delimiter.
    @Test func delimitersJoinedToAMarkDoNotSplit() {
        #expect(EntityRef.parse("group:\u{301}team") == .failure(.missingKind("group:\u{301}team")))
        #expect(EntityRef.parse("group:ns/\u{301}x") == .failure(.invalidName("ns/\u{301}x")))
        #expect(EntityRef.parse("group:caf\u{E9}/x") == .failure(.invalidNamespace("caf\u{E9}")))
        let ref = EntityRef("Group:Pay/SRE")
        #expect(ref?.description == "group:pay/sre" && ref?.displayName == "group:Pay/SRE")
        #expect(EntityRef("group:sre")?.spelledName == "sre")
    }

    @Test func errorsExplainThemselves() {
        let error = EntityRef.ParseError.invalidName("pay ments")
        #expect(error.message(field: "spec.owner").contains("contains a space"))
        #expect(!error.hint.isEmpty)
        #expect(EntityRef.ParseError.missingKind("ledger").hint.contains("component:ledger"))
    }

    @Test func nameRulesFollowBackstage() {
        #expect(EntityNameRules.isValidName("CircleciBuildsDumpV2_avro_gcs"))
        #expect(EntityNameRules.isValidName("a"))
        #expect(EntityNameRules.isValidName("v1.2-beta"))
        #expect(!EntityNameRules.isValidName("bad name"))
        #expect(!EntityNameRules.isValidName("_x"))
        #expect(EntityNameRules.isValidNamespace("tracking-services"))
        #expect(!EntityNameRules.isValidNamespace("with.dot"))
        #expect(EntityNameRules.isValidKind("Component"))
        #expect(!EntityNameRules.isValidKind("my-kind"))
    }
}
