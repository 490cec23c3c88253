import Testing
@testable import Readiness

/// An entity's fields are boxed and shared between copies; it must still
/// behave as a value.
@Suite struct CatalogEntityTests {
    private func entity(_ name: String) -> CatalogEntity {
        CatalogEntity(
            kind: .component, ref: EntityRef(kind: "component", namespace: "default", name: name),
            location: SourceLocation(file: "catalog/\(name).yaml", line: 1, column: 1))
    }

    @Test func changingACopyLeavesTheOriginal() {
        var original = entity("payments")
        original.title = "Payments"
        original.setAnnotations(["b": "2", "a": "1"])
        var copy = original
        copy.title = "Renamed"
        copy.dependsOn = [CatalogEntity.Reference(
            ref: EntityRef(kind: "component", namespace: "default", name: "ledger"), field: "spec.dependsOn",
            location: SourceLocation(file: "catalog/payments.yaml", line: 9, column: 5))]
        copy.setLabels(["tier": "1"])

        #expect(original.title == "Payments")
        #expect(original.dependsOn.isEmpty)
        #expect(original.label("tier") == nil)
        #expect(copy.title == "Renamed")
        #expect(copy.dependsOn.map(\.ref.spelledName) == ["ledger"])
        #expect(copy.label("tier") == "1")
        // Sorted on the way in, whichever copy set them.
        #expect(copy.annotations.map(\.key) == ["a", "b"])
    }

    @Test func equalityAndHashingCompareFieldsNotBoxes() {
        var first = entity("payments")
        var second = entity("payments")
        first.lifecycle = "production"
        second.lifecycle = "production"
        #expect(first == second)
        #expect(Set([first, second]).count == 1)
        second.lifecycle = "experimental"
        #expect(first != second)
        #expect(Set([first, second]).count == 2)
    }
}
