import Testing
@testable import Readiness

@Suite struct CatalogGroupTests {
    let catalog = CatalogFixtures.load("groups").catalog

    @Test func groupsLoadWithoutProblems() {
        #expect(CatalogFixtures.load("groups").diagnostics.isEmpty)
        #expect(catalog.groups.count == 6 && catalog.users.count == 4)
    }

    @Test func childrenComeFromBothSides() {
        // org lists platform in children; storage names platform as parent.
        #expect(catalog.childGroups(of: ref("group:org")) == [ref("group:platform")])
        #expect(catalog.childGroups(of: ref("group:platform")) == [ref("group:storage")])
        #expect(catalog.parentGroups(of: ref("group:platform")) == [ref("group:org")])
        #expect(catalog.childGroups(of: ref("group:org"), transitive: true).map(\.name) == ["db-team", "platform", "storage"])
        #expect(catalog.parentGroups(of: ref("group:db-team"), transitive: true).map(\.name) == ["org", "platform", "storage"])
    }

    @Test func membersComeFromBothSides() {
        // eve is listed in platform's members; dana names db-team in memberOf.
        #expect(catalog.members(of: ref("group:platform")) == [ref("user:eve")])
        #expect(catalog.members(of: ref("group:db-team")) == [ref("user:dana")])
        #expect(catalog.members(of: ref("group:storage")).isEmpty)
        #expect(catalog.members(of: ref("group:storage"), transitive: true) == [ref("user:dana")])
        #expect(catalog.members(of: ref("group:org"), transitive: true).map(\.name) == ["dana", "eve", "frank"])
    }

    @Test func groupsOfAUser() {
        #expect(catalog.groups(of: ref("user:eve")) == [ref("group:platform")])
        #expect(catalog.groups(of: ref("user:dana")) == [ref("group:db-team")])
        #expect(catalog.groups(of: ref("user:dana"), transitive: true).map(\.name) == ["db-team", "org", "platform", "storage"])
        #expect(catalog.groups(of: ref("user:nobody"), transitive: true).isEmpty)
    }

    @Test func membershipDirectAndTransitive() {
        #expect(catalog.isMember(ref("user:dana"), of: ref("group:org")))
        #expect(!catalog.isMember(ref("user:dana"), of: ref("group:org"), transitive: false))
        #expect(catalog.isMember(ref("user:eve"), of: ref("group:platform"), transitive: false))
        #expect(catalog.isMember(ref("user:EVE"), of: ref("group:Org")))
        #expect(!catalog.isMember(ref("user:eve"), of: ref("group:storage")))
        #expect(!catalog.isMember(ref("user:frank"), of: ref("group:platform")))
    }

    @Test func cyclesInTheHierarchyEnd() {
        #expect(catalog.parentGroups(of: ref("group:loop-a"), transitive: true) == [ref("group:loop-b")])
        #expect(catalog.members(of: ref("group:loop-a"), transitive: true) == [ref("user:gina")])
        #expect(catalog.groups(of: ref("user:gina"), transitive: true).map(\.name) == ["loop-a", "loop-b"])
    }
}
