import Foundation

/// Result slots filled from several threads under a lock.
private final class ResultSlots<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Result<T, any Error>?]

    init(_ count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<T, any Error>) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }

    func results() throws -> [T] { try values.map { try $0!.get() } }
}

/// Runs `body` for `0..<count` on all cores and returns the results in order. If any call
/// throws, the error of the lowest index is rethrown (so messages are deterministic).
func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) throws -> T) throws -> [T] {
    let slots = ResultSlots<T>(count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        slots.set(index, Result { try body(index) })
    }
    return try slots.results()
}
