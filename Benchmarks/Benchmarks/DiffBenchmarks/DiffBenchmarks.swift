// package-benchmark suite for the Redline word diff.
//
//   swift package --package-path Benchmarks benchmark
//   swift package --package-path Benchmarks benchmark --filter "W2.*"
//
// Each benchmark times the diff alone (tokenise + intern + diff + clean-up,
// i.e. one `WordDiff.diff` call); the workloads are generated once, before
// timing, from `corpora/*.txt` when present, else from the built-in
// vocabulary (see RedlineWorkloads).

import Benchmark
import Foundation
import RedlineDiff
import RedlineReaders
import RedlineWorkloads

private let corporaDirectory = Workloads.corporaDirectory(besideBenchmark: #filePath)

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 2,
        maxDuration: .seconds(3),
        maxIterations: 200
    )

    let workloads = Workloads(corporaDirectory: corporaDirectory)
    let w1 = workloads.w1()
    let w2 = workloads.w2()
    let w3 = workloads.w3()
    let w4 = workloads.w4()

    Benchmark("W1 one article, 2k words, 5% edits") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(WordDiff.diff(w1.old, w1.new))
        }
    }

    Benchmark("W2 contract, 100k words, 2% edits + moves + renumbering") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(WordDiff.diff(w2.old, w2.new))
        }
    }

    Benchmark("W3 unrelated texts, 2 x 20k words") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(WordDiff.diff(w3.old, w3.new))
        }
    }

    Benchmark("W4 500 article pairs, 1.5k words each (serial)") { benchmark in
        for _ in benchmark.scaledIterations {
            for pair in w4 { blackHole(WordDiff.diff(pair.old, pair.new)) }
        }
    }

    Benchmark("W2 without clean-up") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(WordDiff.diff(w2.old, w2.new, options: DiffOptions(semanticCleanup: false)))
        }
    }

    // The whole structural pipeline: read both texts into clause trees, align articles and
    // clauses, and word-diff every pair (what `redline diff` does, without process start-up).
    Benchmark("W2 parse + align + diff (clause trees)") { benchmark in
        let reader = ContractReader()
        for _ in benchmark.scaledIterations {
            let old = try reader.read(bytes: Array(w2.old.utf8), name: "old.txt")
            let new = try reader.read(bytes: Array(w2.new.utf8), name: "new.txt")
            blackHole(DocumentComparer.compare(old: old, new: new))
        }
    }

    Benchmark("W2 parse one side") { benchmark in
        let reader = ContractReader()
        for _ in benchmark.scaledIterations {
            blackHole(try reader.read(bytes: Array(w2.old.utf8), name: "old.txt"))
        }
    }

    Benchmark("W2 tokenise + intern only") { benchmark in
        for _ in benchmark.scaledIterations {
            var interner = TokenInterner()
            blackHole(interner.ids(for: TokenizedText(w2.old)))
            blackHole(interner.ids(for: TokenizedText(w2.new)))
        }
    }
}
