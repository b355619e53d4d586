/// A rectangle of values handed to a function: a range, a whole column, an array constant.
///
/// Functions read through this protocol so that a million-row column is never copied into
/// an array of values; a column-backed grid reads its typed storage directly.
public protocol Grid {
    var rowCount: Int { get }
    var columnCount: Int { get }
    /// The value at 0-based `row` and `column` of the rectangle.
    func value(row: Int, column: Int) -> Value
    /// The grid's numbers as typed storage when it is one number column (for fast
    /// aggregates), or nil to read it value by value.
    var numberColumn: NumberColumnSlice? { get }
}

/// A run of a number column's storage: what SUM and friends loop over without building values.
public struct NumberColumnSlice {
    public var numbers: Slice<NumberStore>
    /// Empty when no cell is blank; else one flag per number.
    public var blank: ArraySlice<Bool>
    public var unit: Unit

    public init(numbers: Slice<NumberStore>, blank: ArraySlice<Bool>, unit: Unit) {
        self.numbers = numbers
        self.blank = blank
        self.unit = unit
    }
}

extension Grid {
    public var numberColumn: NumberColumnSlice? { nil }

    /// How many cells the rectangle has.
    public var count: Int { rowCount * columnCount }

    /// Calls `body` with every value, row by row.
    @inlinable
    public func forEachValue(_ body: (Value) throws(CellError) -> Void) throws(CellError) {
        for row in 0..<rowCount {
            for column in 0..<columnCount {
                try body(value(row: row, column: column))
            }
        }
    }

    /// The value at `index` counted row by row (what `INDEX` and `MATCH` walk on a single row or column).
    public func value(at index: Int) -> Value {
        value(row: index / columnCount, column: index % columnCount)
    }
}

/// A grid held as rows of values: array constants and small intermediate results.
public struct ValueGrid: Grid, Sendable {
    public var rows: [[Value]]

    public init(rows: [[Value]]) { self.rows = rows }
    public init(column: [Value]) { self.rows = column.map { [$0] } }
    public init(row: [Value]) { self.rows = [row] }

    public var rowCount: Int { rows.count }
    public var columnCount: Int { rows.first?.count ?? 0 }
    public func value(row: Int, column: Int) -> Value {
        column < rows[row].count ? rows[row][column] : .blank
    }
}
