/// One-to-one assignment that maximises the total score (the Hungarian method, Kuhn–Munkres with
/// potentials), for pairing the leftover siblings of two editions as a whole rather than
/// first come, first served.
enum Assignment {
    /// The largest side the exact method is used for; past it, a greedy assignment in order of
    /// score (which the caller does) keeps the cost quadratic.
    static let maximumSide = 64

    /// For each row, the column assigned to it (or nil), maximising the sum of `scores[row][column]`
    /// over assigned pairs. Every row and column is assigned at most once; with fewer columns than
    /// rows some rows stay unassigned.
    ///
    /// - Complexity: O(*r*² · *c*) for *r* ≤ *c* (the smaller side squared times the larger);
    ///   callers bound both by ``maximumSide``.
    static func maximise(_ scores: [[Double]]) -> [Int?] {
        let rows = scores.count
        guard rows > 0, let columns = scores.first?.count, columns > 0 else { return [Int?](repeating: nil, count: rows) }
        // The method wants rows ≤ columns; transpose otherwise.
        if rows > columns {
            let transposed = (0..<columns).map { c in (0..<rows).map { r in scores[r][c] } }
            let byColumn = maximise(transposed)
            var result = [Int?](repeating: nil, count: rows)
            for (column, row) in byColumn.enumerated() { if let row { result[row] = column } }
            return result
        }
        // Minimise cost = -score. 1-based arrays as in the classic formulation; index 0 is the sentinel.
        let n = rows, m = columns
        var u = [Double](repeating: 0, count: n + 1), v = [Double](repeating: 0, count: m + 1)
        var owner = [Int](repeating: 0, count: m + 1)  // owner[column] = row
        var way = [Int](repeating: 0, count: m + 1)
        for row in 1...n {
            owner[0] = row
            var column0 = 0
            var minimum = [Double](repeating: .infinity, count: m + 1)
            var used = [Bool](repeating: false, count: m + 1)
            repeat {
                used[column0] = true
                let row0 = owner[column0]
                var delta = Double.infinity, column1 = 0
                for column in 1...m where !used[column] {
                    let current = -scores[row0 - 1][column - 1] - u[row0] - v[column]
                    if current < minimum[column] {
                        minimum[column] = current
                        way[column] = column0
                    }
                    if minimum[column] < delta {
                        delta = minimum[column]
                        column1 = column
                    }
                }
                for column in 0...m {
                    if used[column] {
                        u[owner[column]] += delta
                        v[column] -= delta
                    } else {
                        minimum[column] -= delta
                    }
                }
                column0 = column1
            } while owner[column0] != 0
            repeat {
                let column1 = way[column0]
                owner[column0] = owner[column1]
                column0 = column1
            } while column0 != 0
        }
        var result = [Int?](repeating: nil, count: n)
        for column in 1...m where owner[column] != 0 { result[owner[column] - 1] = column - 1 }
        return result
    }
}
