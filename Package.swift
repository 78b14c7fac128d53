// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Redline",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "RedlineModel", targets: ["RedlineModel"]),
        .library(name: "RedlineReaders", targets: ["RedlineReaders"]),
        .library(name: "RedlineDiff", targets: ["RedlineDiff"]),
        .library(name: "RedlineRender", targets: ["RedlineRender"]),
        .library(name: "RedlineTopics", targets: ["RedlineTopics"]),
        .library(name: "RedlineChecks", targets: ["RedlineChecks"]),
        .library(name: "RedlineAnalysis", targets: ["RedlineAnalysis"]),
        .executable(name: "redline", targets: ["redline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        // Property-based tests (generators with shrinking) for the diff invariants; tests only.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
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
        // Readers: HTML / XML / DOCX / PDF / plain text into the clause tree, and the structure recogniser.
        .target(
            name: "RedlineReaders",
            dependencies: ["RedlineXML", "RedlineModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // Word-level diff engine and article alignment.
        .target(name: "RedlineDiff", dependencies: ["RedlineModel"]),
        // Renderers of diffs: text summary, HTML, DOCX tracked changes, Markdown, terminal, JSON.
        .target(
            name: "RedlineRender",
            dependencies: [
                "RedlineModel", "RedlineDiff", "RedlineAnalysis", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        // Topic classification of articles and clauses: headings, phrase rules and a linear model, with evidence.
        .target(name: "RedlineTopics", dependencies: ["RedlineModel"]),
        // Checks on proposal documents (numbering, references, numbers, hygiene, proposal markup) and their reports.
        .target(
            name: "RedlineChecks",
            dependencies: ["RedlineModel", "RedlineDiff", .product(name: "Yams", package: "Yams")]),
        // What a change means: deontic statements, quantities and change flags on a diff. No readers.
        .target(name: "RedlineAnalysis", dependencies: ["RedlineModel", "RedlineDiff"]),
        // Thin command-line front end.
        .executableTarget(
            name: "redline",
            dependencies: [
                "RedlineReaders", "RedlineModel", "RedlineDiff", "RedlineRender", "RedlineTopics", "RedlineChecks",
                "RedlineAnalysis", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fixture locations and invariant checkers shared by the test targets.
        .target(
            name: "RedlineTestSupport", dependencies: ["RedlineModel", "RedlineDiff"], path: "Tests/RedlineTestSupport"),
        .testTarget(name: "RedlineXMLTests", dependencies: ["RedlineXML"]),
        .testTarget(name: "RedlineModelTests", dependencies: ["RedlineModel", "RedlineTestSupport"]),
        .testTarget(
            name: "RedlineReadersTests",
            dependencies: [
                "RedlineReaders", "RedlineModel", "RedlineTestSupport",
                // Builds .docx fixtures (and a zip bomb) in memory.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        // Runs the built `redline` binary: exit codes, messages, files.
        .testTarget(name: "RedlineCLITests", dependencies: ["redline", "RedlineTestSupport"]),
        .testTarget(
            name: "RedlineDiffTests",
            dependencies: [
                "RedlineDiff", "RedlineReaders", "RedlineModel", "RedlineTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(
            name: "RedlineRenderTests",
            dependencies: [
                "RedlineRender", "RedlineDiff", "RedlineReaders", "RedlineModel", "RedlineXML", "RedlineTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // The LibreOffice UNO script the tracked-changes test runs, read from the source tree.
            exclude: ["Scripts"]),
        .testTarget(
            name: "RedlineTopicsTests", dependencies: ["RedlineTopics", "RedlineReaders", "RedlineModel", "RedlineTestSupport"]),
        .testTarget(
            name: "RedlineChecksTests", dependencies: ["RedlineChecks", "RedlineReaders", "RedlineModel", "RedlineTestSupport"],
            // The SARIF schema the report tests validate against, read from the source tree.
            exclude: ["Fixtures"]),
        .testTarget(
            name: "RedlineAnalysisTests",
            dependencies: ["RedlineAnalysis", "RedlineDiff", "RedlineReaders", "RedlineModel", "RedlineTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
