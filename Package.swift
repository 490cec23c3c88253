// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "prr",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "prr", targets: ["prr"]),
        .library(name: "Readiness", targets: ["Readiness"]),
        .library(name: "SiteBuilder", targets: ["SiteBuilder"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Yams 5 decodes front matter about 3x faster than Yams 6 (issue 9's measurement).
        .package(url: "https://github.com/jpsim/Yams", .upToNextMinor(from: "5.0.1")),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(name: "CPRRSystem"),
        .target(name: "CommonMark", dependencies: ["CCmark"]),
        .target(
            name: "Readiness",
            dependencies: ["CommonMark", "CPRRSystem", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "SiteBuilder",
            dependencies: ["Readiness", "CommonMark", "CPRRSystem"]
        ),
        .executableTarget(
            name: "prr",
            dependencies: [
                "Readiness", "SiteBuilder",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            // mimalloc in place of glibc's malloc: a build makes and frees
            // millions of small strings, arrays and maps, and glibc's
            // allocator was a tenth of its CPU time (issue 9's measurement).
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        .testTarget(name: "CommonMarkTests", dependencies: ["CommonMark"]),
        .testTarget(name: "ReadinessTests", dependencies: ["Readiness", "CPRRSystem"], exclude: ["Fixtures"]),
        .testTarget(name: "SiteBuilderTests", dependencies: ["SiteBuilder", "Readiness"]),
        .testTarget(name: "prrTests", dependencies: ["Readiness"]),
    ],
    swiftLanguageModes: [.v6]
)
