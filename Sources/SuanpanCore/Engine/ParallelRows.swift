import Dispatch
import Foundation

/// Computing a column's rows on every core.
///
/// A million-row division is about 40 ms on one core of this kind of machine; the rows are
/// independent, so large columns are cut into one contiguous chunk per core. Small columns
/// stay on the calling thread, where starting threads would cost more than it saves.
enum ParallelRows {
    /// Below this many rows a column is computed on one thread.
    static let threshold = 65_536

    /// How many cores to use, read once.
    static let processorCount = ProcessInfo.processInfo.activeProcessorCount

    /// `transform` of every row `0..<count`, and the rows where it gave nil (stored as 0).
    static func map(_ count: Int, _ transform: @escaping @Sendable (Int) -> Exact?) -> (values: [Exact], nilRows: [Int]) {
        let chunks = count < threshold ? 1 : min(max(processorCount, 1), 16)
        let chunkSize = (count + chunks - 1) / max(chunks, 1)
        var nilRowsByChunk = Array(repeating: [Int](), count: chunks)
        let values = [Exact](unsafeUninitializedCapacity: count) { buffer, initialized in
            let output = SharedBuffer(base: buffer.baseAddress)
            nilRowsByChunk.withUnsafeMutableBufferPointer { nilRows in
                let nilRowsOutput = SharedBuffer(base: nilRows.baseAddress)
                @Sendable func work(_ chunk: Int) {
                    var misses: [Int] = []
                    let start = chunk * chunkSize, end = min(start + chunkSize, count)
                    guard start < end, let base = output.base else { return }
                    for row in start..<end {
                        if let value = transform(row) {
                            (base + row).initialize(to: value)
                        } else {
                            (base + row).initialize(to: .zero)
                            misses.append(row)
                        }
                    }
                    nilRowsOutput.base?[chunk] = misses
                }
                if chunks == 1 {
                    work(0)
                } else {
                    DispatchQueue.concurrentPerform(iterations: chunks) { work($0) }
                }
            }
            initialized = count
        }
        return (values, nilRowsByChunk.flatMap { $0 })
    }
}

/// A buffer written by several threads at once, each to its own disjoint part.
private struct SharedBuffer<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>?
}
