/// Rows of a sheet as CSV bytes, each cell written by its column's `ColumnWriter`.
///
/// The row loop borrows the column writers, which `columns` keeps alive, so that a cell costs
/// no retain and release of its column's writer (they were a quarter of a million-row export).
/// The writers only read, so several threads may write different rows at once.
struct CSVRowWriter: @unchecked Sendable {
    /// The writers, owned.
    let columns: [ColumnWriter]
    private let borrowed: [Unmanaged<ColumnWriter>]
    let delimiter: UInt8
    let lineEnding: [UInt8]

    init(columns: [ColumnWriter], delimiter: UInt8, lineEnding: [UInt8]) {
        self.columns = columns
        borrowed = columns.map(Unmanaged.passUnretained)
        self.delimiter = delimiter
        self.lineEnding = lineEnding
    }

    /// Appends data rows `rows` (0-based), each ending with the line ending.
    func appendRows(_ rows: Range<Int>, to buffer: inout [UInt8]) {
        for row in rows {
            for index in borrowed.indices {
                if index > 0 { buffer.append(delimiter) }
                borrowed[index]._withUnsafeGuaranteedRef { $0.appendCell(row, to: &buffer) }
            }
            buffer.append(contentsOf: lineEnding)
        }
    }
}
