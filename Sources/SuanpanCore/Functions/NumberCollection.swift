/// How SUM, AVERAGE, MIN and MAX read their arguments, Excel's way.
///
/// A value typed in the call counts whatever it is, coerced: TRUE is 1, `"3"` is 3, and text
/// that is not a number is `#VALUE!`. A reference or array is read more strictly: only its
/// numbers (and dates, which are numbers) count; text, booleans and blanks are skipped. An
/// error anywhere is the result, the first one met. A number column is handed over whole, so
/// that a million-row column is a loop over its number storage, never a `Value` per cell.

/// What an aggregate does with the numbers it is given.
protocol NumberSink {
    /// Takes one number.
    mutating func add(_ number: Quantity) throws(CellError)
    /// Takes every non-blank number of a column at once.
    mutating func add(_ column: NumberColumnSlice) throws(CellError)
}

extension Arguments {
    /// Feeds the numbers of every argument to `sink`, by the rules atop this file.
    func collectNumbers(into sink: inout some NumberSink) throws(CellError) {
        for index in 0..<count {
            switch argument(index) {
            case .value(let value):
                if let number = try typedNumber(value, at: index) { try sink.add(number) }
            case .grid(let grid):
                try sink.addNumbers(of: grid)
            }
        }
    }

    /// A value typed as argument `index` read as a number, or nil when it does not count.
    ///
    /// A blank counts as 0 only when the argument is written empty (`SUM(1,)`, as Excel
    /// reads it); otherwise it stands for an empty cell reached by name, which is skipped.
    func typedNumber(_ value: Value, at index: Int) throws(CellError) -> Quantity? {
        if case .blank = value, !isMissing(index) { return nil }
        return try value.coercedToNumber()
    }
}

extension NumberSink {
    /// Takes the numbers of `grid`: only numbers (and dates) count; an error is thrown.
    mutating func addNumbers(of grid: any Grid) throws(CellError) {
        if let column = grid.numberColumn {
            try add(column)
            return
        }
        for row in 0..<grid.rowCount {
            for column in 0..<grid.columnCount {
                if let number = try grid.value(row: row, column: column).referencedNumber {
                    try add(number)
                }
            }
        }
    }
}

extension Value {
    /// The value as a cell of a reference counts in an aggregate: numbers and dates count,
    /// text, booleans and blanks do not (nil), and an error is thrown.
    var referencedNumber: Quantity? {
        get throws(CellError) {
            switch self {
            case .number(let quantity): return quantity
            case .date(let serial): return Quantity(Exact(serial))
            case .error(let error): throw error
            case .blank, .text, .bool: return nil
            }
        }
    }
}
