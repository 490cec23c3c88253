// swift-tools-version:6.0
// libFuzzer harnesses for prr's parsers. A separate package so the main
// `swift build` / `swift test` never sees them; build with Tests/Fuzz/run.sh.
import PackageDescription

let package = Package(
    name: "prr-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "prr", path: "../..")],
    targets: [
        .executableTarget(name: "FuzzReview", dependencies: [.product(name: "Readiness", package: "prr")]),
        .executableTarget(name: "FuzzCatalog", dependencies: [.product(name: "Readiness", package: "prr")]),
    ],
    swiftLanguageModes: [.v6]
)
