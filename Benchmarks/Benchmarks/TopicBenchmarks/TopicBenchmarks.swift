// package-benchmark suite for topic classification.
//
//   swift package --package-path Benchmarks benchmark --target TopicBenchmarks
//
// The contract is the old side of workload W2 (about 100,000 words, built from the corpus
// contract's articles), read into a clause tree once, before timing. Each benchmark times
// classification only; reading is measured in DiffBenchmarks ("W2 parse one side").

import Benchmark
import Foundation
import RedlineReaders
import RedlineTopics
import RedlineWorkloads

private let corporaDirectory = Workloads.corporaDirectory(besideBenchmark: #filePath)

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 2,
        maxDuration: .seconds(3),
        maxIterations: 100
    )

    let contract = Workloads(corporaDirectory: corporaDirectory).w2().old
    // swiftlint:disable:next force_try
    let document = try! ContractReader().read(bytes: Array(contract.utf8), name: "w2-old.txt")
    let classifier = TopicClassifier()

    Benchmark("Classify 100k words, clauses, with evidence") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(classifier.classify(document, level: .clause))
        }
    }

    Benchmark("Classify 100k words, articles, with evidence") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(classifier.classify(document, level: .article))
        }
    }

    Benchmark("Classify 100k words, clauses, no evidence") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(classifier.classify(document, level: .clause, evidenceLimit: 0))
        }
    }

    Benchmark("Load the bundled model") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try LinearTopicModel.readBundled())
        }
    }
}
