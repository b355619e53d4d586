/// The result of an operator applied to a range or array cell by cell, as in
/// `SUMPRODUCT(({1,2,3}>1)*{10,20,30})`: a flat grid of values.
///
/// Shapes combine as in spreadsheets: a single value, a single row or a single column is
/// repeated across the other operand; where the two shapes do not cover each other, the
/// missing cells are `#N/A`.
struct ElementwiseGrid: Grid {
    let rowCount: Int
    let columnCount: Int
    private let values: [Value]

    func value(row: Int, column: Int) -> Value { values[row * columnCount + column] }

    /// `left op right` for every cell; `#NUM!` when that would be more cells than the
    /// context allows.
    static func binary(_ op: BinaryOperator, _ left: Argument, _ right: Argument, _ context: FunctionContext) -> Argument {
        let (rows, columns) = shape(left, right)
        return build(rows, columns, context) { row, column in
            Value.binary(op, cell(left, row, column), cell(right, row, column))
        }
    }

    /// `transform` applied to every cell of `operand`; `#NUM!` as for `binary`.
    static func unary(_ operand: Argument, _ context: FunctionContext, _ transform: (Value) -> Value) -> Argument {
        let (rows, columns) = shape(operand, .value(.blank))
        return build(rows, columns, context) { row, column in transform(cell(operand, row, column)) }
    }

    /// The grid of `value(row, column)`, row by row. Checked against the limit before a cell
    /// is computed, and stopped early by Ctrl-C (the session then undoes the statement).
    private static func build(_ rows: Int, _ columns: Int, _ context: FunctionContext,
                              _ value: (Int, Int) -> Value) -> Argument {
        let (cells, overflow) = rows.multipliedReportingOverflow(by: columns)
        guard !overflow, cells <= context.arrayCellLimit else {
            return .value(.error(CellError(.num, "an array of \(rows)×\(columns) cells, more than the limit of \(context.arrayCellLimit)")))
        }
        var values: [Value] = []
        values.reserveCapacity(cells)
        for row in 0..<rows {
            if row & 0xFFF == 0, context.interruption?.isRequested == true {
                return .value(.error(CellError(.num, "stopped by Ctrl-C")))
            }
            for column in 0..<columns { values.append(value(row, column)) }
        }
        return .grid(ElementwiseGrid(rowCount: rows, columnCount: columns, values: values))
    }

    private init(rowCount: Int, columnCount: Int, values: [Value]) {
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.values = values
    }

    private static func dimensions(_ argument: Argument) -> (Int, Int) {
        switch argument {
        case .value: (1, 1)
        case .grid(let grid): (grid.rowCount, grid.columnCount)
        }
    }

    private static func shape(_ left: Argument, _ right: Argument) -> (Int, Int) {
        let (leftRows, leftColumns) = dimensions(left), (rightRows, rightColumns) = dimensions(right)
        return (max(leftRows, rightRows), max(leftColumns, rightColumns))
    }

    /// The operand's cell at a position of the result: a single row or column repeats.
    private static func cell(_ argument: Argument, _ row: Int, _ column: Int) -> Value {
        switch argument {
        case .value(let value):
            return value
        case .grid(let grid):
            let r = grid.rowCount == 1 ? 0 : row
            let c = grid.columnCount == 1 ? 0 : column
            guard r < grid.rowCount, c < grid.columnCount else {
                return .error(CellError(.notAvailable, "the ranges are of different sizes"))
            }
            return grid.value(row: r, column: c)
        }
    }
}

extension Argument {
    /// True for a range or array of more than one cell, which operators apply cell by cell.
    var isMultiCell: Bool {
        if case .grid(let grid) = self { return grid.rowCount * grid.columnCount != 1 }
        return false
    }
}
