import Foundation

/// Computing a column's rows on every core.
///
/// A million-row division is about 40 ms on one core of this kind of machine; the rows are
/// independent, so large columns are cut into one contiguous chunk per core, each filling its
/// own compact store, joined in order at the end. Small columns stay on the calling thread,
/// where starting threads would cost more than it saves.
enum ParallelRows {
    /// Below this many rows a column is computed on one thread.
    static let threshold = 65_536

    /// How many cores to use, read once.
    static let processorCount = ProcessInfo.processInfo.activeProcessorCount

    /// `transform` of every row `0..<count`, and the rows where it gave nil (stored as 0).
    static func map(_ count: Int, _ transform: (Int) -> Exact?) -> (values: NumberStore, nilRows: [Int]) {
        let chunks = count < threshold ? 1 : min(max(processorCount, 1), 16)
        let chunkSize = (count + chunks - 1) / max(chunks, 1)
        var results = ParallelChunks.map(count: chunks) { chunk -> (values: NumberStore, nilRows: [Int]) in
            let rows = min(chunk * chunkSize, count)..<min((chunk + 1) * chunkSize, count)
            var values = NumberStore()
            // The first chunk has room for them all: the others are appended to it in place.
            values.reserveCapacity(chunk == 0 ? count : rows.count)
            var misses: [Int] = []
            for row in rows {
                if let value = transform(row) {
                    values.append(value)
                } else {
                    values.append(.zero)
                    misses.append(row)
                }
            }
            return (values, misses)
        }
        let nilRows = results.flatMap(\.nilRows)
        var stores = results.map(\.values)
        results = []
        return (NumberStore.joined(&stores), nilRows)
    }
}
