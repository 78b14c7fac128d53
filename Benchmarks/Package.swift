// swift-tools-version: 6.1
// Benchmarks for the Redline diff engine. A nested package, so that its
// dependencies (package-benchmark and its malloc interposer) never touch the
// root package's build.
//
//   swift package --package-path Benchmarks benchmark            # package-benchmark suite
//   swift run --package-path Benchmarks -c release redline-workloads OUT_DIR
//   Benchmarks/compare.sh                                        # end-to-end vs git / difflib
import PackageDescription

let package = Package(
    name: "RedlineBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Redline", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Deterministic workload generator (W1–W4). No dependencies.
        .target(name: "RedlineWorkloads"),
        // Writes the workloads as plain-text files.
        .executableTarget(name: "redline-workloads", dependencies: ["RedlineWorkloads"]),
        // A tiny word-diff command for whole-process timing (compare.sh).
        .executableTarget(
            name: "wdiff-bench",
            dependencies: [.product(name: "RedlineDiff", package: "Redline")]
        ),
        // package-benchmark suite: times tokenise + intern + diff + clean-up.
        .executableTarget(
            name: "DiffBenchmarks",
            dependencies: [
                "RedlineWorkloads",
                .product(name: "RedlineDiff", package: "Redline"),
                .product(name: "RedlineReaders", package: "Redline"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/DiffBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // package-benchmark suite: topic classification of a 100,000-word contract.
        .executableTarget(
            name: "TopicBenchmarks",
            dependencies: [
                "RedlineWorkloads",
                .product(name: "RedlineReaders", package: "Redline"),
                .product(name: "RedlineTopics", package: "Redline"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/TopicBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // package-benchmark suite: the analysis layer's cost on W2, against the comparison itself.
        .executableTarget(
            name: "AnalysisBenchmarks",
            dependencies: [
                "RedlineWorkloads",
                .product(name: "RedlineReaders", package: "Redline"),
                .product(name: "RedlineDiff", package: "Redline"),
                .product(name: "RedlineAnalysis", package: "Redline"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/AnalysisBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
