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

    /// `body(input)` for each of `inputs`, run concurrently, results in order. Each job owns
    /// its input and releases it when it returns, so that large inputs are freed one by one
    /// as the jobs finish rather than all at the end.
    static func map<Input, T>(taking inputs: consuming [Input], _ body: (consuming Input) -> T) -> [T] {
        let count = inputs.count
        let pending = UnsafeMutablePointer<Input>.allocate(capacity: count)
        pending.initialize(from: inputs, count: count)
        defer { pending.deallocate() }
        // Only the jobs hold the inputs now.
        inputs = []
        return map(count: count) { index in body((pending + index).move()) }
    }

    /// The job and its result slots, handed to the worker threads.
    private struct Shared<T>: @unchecked Sendable {
        let slots: UnsafeMutablePointer<T?>
        let body: (Int) -> T
    }
}
