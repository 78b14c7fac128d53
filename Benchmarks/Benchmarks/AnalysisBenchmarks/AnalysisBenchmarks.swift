// package-benchmark suite for the analysis layer (what a change means).
//
//   swift package --package-path Benchmarks benchmark --target AnalysisBenchmarks
//
// Workload W2: a contract of about 100,000 words with 2% scattered edits. Both sides are read
// into clause trees once, before timing. "W2 compare" times the alignment and word diffs that
// `redline diff` runs; "W2 findings" times `DiffAnalyzer.findings` on that diff, which
// `redline diff` now adds. The bound: findings ≤ 20% of compare (whole-command numbers
// come from Benchmarks/analysis.sh).

import Benchmark
import Foundation
import RedlineAnalysis
import RedlineDiff
import RedlineReaders
import RedlineWorkloads

private let corporaDirectory = Workloads.corporaDirectory(besideBenchmark: #filePath)

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .instructions],
        warmupIterations: 2,
        maxDuration: .seconds(3),
        maxIterations: 100
    )

    let pair = Workloads(corporaDirectory: corporaDirectory).w2()
    // swiftlint:disable:next force_try
    let old = try! ContractReader().read(bytes: Array(pair.old.utf8), name: "w2-old.txt")
    // swiftlint:disable:next force_try
    let new = try! ContractReader().read(bytes: Array(pair.new.utf8), name: "w2-new.txt")
    let diff = DocumentComparer.compare(old: old, new: new)

    Benchmark("W2 compare") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(DocumentComparer.compare(old: old, new: new))
        }
    }

    Benchmark("W2 findings") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(DiffAnalyzer.findings(diff, old: old, new: new))
        }
    }

    Benchmark("W2 analyze one side (every clause)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(DocumentAnalysis(old, name: "w2-old.txt"))
        }
    }
}
