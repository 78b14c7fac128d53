import Foundation

/// One-vs-rest logistic regression over sparse features, trained by stochastic gradient descent
/// in a fixed order (a seeded shuffle), so the same data always gives the same weights.
struct OneVsRestRegression {
    /// A training example: sparse features (vocabulary index, value) and its topics.
    struct Example {
        let features: [(index: Int, value: Double)]
        let topics: Set<Int>
    }

    let topicCount: Int
    let featureCount: Int
    /// Row-major weights: `weights[feature * topicCount + topic]`.
    private(set) var weights: [Double]
    private(set) var bias: [Double]

    init(topicCount: Int, featureCount: Int) {
        self.topicCount = topicCount
        self.featureCount = featureCount
        weights = Array(repeating: 0, count: topicCount * featureCount)
        bias = Array(repeating: 0, count: topicCount)
    }

    /// Trains on `examples` for `epochs` passes.
    mutating func train(_ examples: [Example], epochs: Int, learningRate: Double, l2: Double, seed: UInt64) {
        var order = Array(examples.indices)
        var random = SeededGenerator(seed: seed)
        var margins = [Double](repeating: 0, count: topicCount)
        // Start the biases at the log-odds of each topic.
        for topic in 0..<topicCount {
            let positives = Double(examples.filter { $0.topics.contains(topic) }.count)
            let rate = (positives + 0.5) / (Double(examples.count) + 1)
            bias[topic] = log(rate / (1 - rate))
        }
        for epoch in 0..<epochs {
            order.shuffle(using: &random)
            let rate = learningRate / (1 + Double(epoch) * 0.5)
            for exampleIndex in order {
                let example = examples[exampleIndex]
                for topic in 0..<topicCount { margins[topic] = bias[topic] }
                for feature in example.features {
                    let row = feature.index * topicCount
                    for topic in 0..<topicCount { margins[topic] += weights[row + topic] * feature.value }
                }
                for topic in 0..<topicCount {
                    let target = example.topics.contains(topic) ? 1.0 : 0.0
                    let gradient = LinearTopicModel.sigmoid(margins[topic]) - target
                    margins[topic] = gradient
                    bias[topic] -= rate * gradient * 0.1
                }
                for feature in example.features {
                    let row = feature.index * topicCount
                    for topic in 0..<topicCount {
                        weights[row + topic] -= rate * (margins[topic] * feature.value + l2 * weights[row + topic])
                    }
                }
            }
        }
    }

    /// The weight of a feature for a topic.
    func weight(feature: Int, topic: Int) -> Double { weights[feature * topicCount + topic] }
}

/// A small deterministic random generator (SplitMix64) for the training shuffle.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// Fits logistic-regression weights on a few dense meta-features by Newton's method with a small
/// ridge: the combiners of headings, rules, the model and the article.
enum CombinerFit {
    static func fit(_ rows: [[Double]], _ targets: [Double], ridge: Double = 1e-3, iterations: Int = 25) -> [Double] {
        guard let width = rows.first?.count else { return [] }
        var weights = [Double](repeating: 0, count: width)
        for _ in 0..<iterations {
            var gradient = [Double](repeating: 0, count: width)
            var hessian = [Double](repeating: 0, count: width * width)
            for (row, target) in zip(rows, targets) {
                let probability = LinearTopicModel.sigmoid(TopicScorer.dotProduct(weights, row))
                let error = probability - target
                let curvature = max(probability * (1 - probability), 1e-9)
                for i in 0..<width {
                    gradient[i] += error * row[i]
                    for j in 0..<width { hessian[i * width + j] += curvature * row[i] * row[j] }
                }
            }
            for i in 0..<width {
                gradient[i] += ridge * weights[i]
                hessian[i * width + i] += ridge
            }
            guard let step = solve(hessian, gradient, width) else { break }
            var largest = 0.0
            for i in 0..<width {
                weights[i] -= step[i]
                largest = max(largest, abs(step[i]))
            }
            if largest < 1e-6 { break }
        }
        return weights
    }

    /// Solves `matrix · x = vector` by Gaussian elimination with partial pivoting.
    private static func solve(_ matrix: [Double], _ vector: [Double], _ size: Int) -> [Double]? {
        var a = matrix
        var b = vector
        for column in 0..<size {
            guard let pivot = (column..<size).max(by: { abs(a[$0 * size + column]) < abs(a[$1 * size + column]) }),
                abs(a[pivot * size + column]) > 1e-12
            else { return nil }
            if pivot != column {
                for k in 0..<size { a.swapAt(pivot * size + k, column * size + k) }
                b.swapAt(pivot, column)
            }
            for row in (column + 1)..<size {
                let factor = a[row * size + column] / a[column * size + column]
                for k in column..<size { a[row * size + k] -= factor * a[column * size + k] }
                b[row] -= factor * b[column]
            }
        }
        var x = [Double](repeating: 0, count: size)
        for row in stride(from: size - 1, through: 0, by: -1) {
            var sum = b[row]
            for k in (row + 1)..<size { sum -= a[row * size + k] * x[k] }
            x[row] = sum / a[row * size + row]
        }
        return x
    }
}
