import Foundation

/// Running one job per part of a large input on every core.
enum ParallelChunks {
    /// How many parts to run at once: the cores the process may use.
    static let workerCount = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// `body(0) … body(count - 1)`, run concurrently, results in order.
    ///
    /// The jobs read shared input (a file's bytes) and each writes only its own result slot,
    /// which is why the unchecked wrapper below is sound.
    static func map<T>(count: Int, _ body: (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(body) }
        let slots = UnsafeMutablePointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
        defer {
            slots.deinitialize(count: count)
            slots.deallocate()
        }
        withoutActuallyEscaping(body) { body in
            let shared = Shared(slots: slots, body: body)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                shared.slots[index] = shared.body(index)
            }
        }
        return (0..<count).map { slots[$0]! }
    }

    /// The job and its result slots, handed to the worker threads.
    private struct Shared<T>: @unchecked Sendable {
        let slots: UnsafeMutablePointer<T?>
        let body: (Int) -> T
    }
}
