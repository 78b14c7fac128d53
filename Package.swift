// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Redline",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "RedlineModel", targets: ["RedlineModel"]),
        .library(name: "RedlineReaders", targets: ["RedlineReaders"]),
        .library(name: "RedlineDiff", targets: ["RedlineDiff"]),
        .executable(name: "redline", targets: ["redline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The C library. Only RedlineXML imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // libxml2 wrapper: parses bytes into a pure-Swift element tree; no C type leaves it.
        .target(name: "RedlineXML", dependencies: ["CLibXML2"]),
        // The clause tree: pure Swift, immutable, Sendable. Knows nothing of libxml2.
        .target(name: "RedlineModel"),
        // Readers: HTML / XML / plain text into the clause tree, and the structure recogniser.
        .target(name: "RedlineReaders", dependencies: ["RedlineXML", "RedlineModel"]),
        // Word-level diff engine and article alignment.
        .target(name: "RedlineDiff", dependencies: ["RedlineModel"]),
        // Thin command-line front end.
        .executableTarget(
            name: "redline",
            dependencies: [
                "RedlineReaders", "RedlineModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fixture locations and invariant checkers shared by the test targets.
        .target(name: "RedlineTestSupport", dependencies: ["RedlineModel"], path: "Tests/RedlineTestSupport"),
        .testTarget(name: "RedlineXMLTests", dependencies: ["RedlineXML"]),
        .testTarget(name: "RedlineModelTests", dependencies: ["RedlineModel", "RedlineTestSupport"]),
        .testTarget(
            name: "RedlineReadersTests", dependencies: ["RedlineReaders", "RedlineModel", "RedlineTestSupport"]),
        .testTarget(name: "RedlineDiffTests", dependencies: ["RedlineDiff", "RedlineReaders", "RedlineModel"]),
    ],
    swiftLanguageModes: [.v6]
)
