/// SUM, AVERAGE, MIN, MAX and the counts.
///
/// Arguments are read as `NumberCollection.swift` describes (typed values coerced, references
/// and arrays contributing only their numbers, the first error propagated). The counts never
/// propagate errors: they count what they are asked to count.
extension Builtins {
    /// The aggregate functions' specs.
    static let aggregate: [FunctionSpec] = [
        FunctionSpec("SUM", [.repeating("number", .range)],
                     summary: "Adds numbers, keeping their unit.") { args throws(CellError) in
            var total = RunningTotal()
            try args.collectNumbers(into: &total)
            return .number(total.sum)
        },
        FunctionSpec("AVERAGE", [.repeating("number", .range)],
                     summary: "The arithmetic mean of numbers, keeping their unit.") { args throws(CellError) in
            var total = RunningTotal()
            try args.collectNumbers(into: &total)
            return .number(try total.average())
        },
        FunctionSpec("MIN", [.repeating("number", .range)],
                     summary: "The smallest number, or 0 when there is none.") { args throws(CellError) in
            var extreme = RunningExtreme(largest: false)
            try args.collectNumbers(into: &extreme)
            return .number(extreme.result)
        },
        FunctionSpec("MAX", [.repeating("number", .range)],
                     summary: "The greatest number, or 0 when there is none.") { args throws(CellError) in
            var extreme = RunningExtreme(largest: true)
            try args.collectNumbers(into: &extreme)
            return .number(extreme.result)
        },
        FunctionSpec("COUNT", [.repeating("value", .range)],
                     summary: "Counts the numbers among the values.") { args in
            .number((0..<args.count).reduce(0) { $0 + countNumbers(args, $1) })
        },
        FunctionSpec("COUNTA", [.repeating("value", .range)],
                     summary: "Counts the values that are not blank.") { args in
            .number((0..<args.count).reduce(0) { $0 + countNonBlank(args, $1) })
        },
        FunctionSpec("COUNTBLANK", [.init("range", .range)],
                     summary: "Counts the blank cells and empty texts of a range.") { args in
            .number(countBlank(args.grid(0)))
        },
        FunctionSpec("SUMPRODUCT", [.repeating("array", .range)],
                     summary: "Multiplies arrays of one shape cell by cell and adds the products.") { args throws(CellError) in
            .number(try sumOfProducts((0..<args.count).map { args.grid($0) }))
        },
    ]

    /// COUNT's tally for argument `index`: typed numbers, booleans and numeric text, but only
    /// the numbers (and dates) of a reference.
    private static func countNumbers(_ args: Arguments, _ index: Int) -> Int {
        switch args.argument(index) {
        case .value(let value):
            return (try? args.typedNumber(value, at: index)) == nil ? 0 : 1
        case .grid(let grid):
            if let column = grid.numberColumn { return column.numberCount }
            var count = 0
            for row in 0..<grid.rowCount {
                for column in 0..<grid.columnCount {
                    switch grid.value(row: row, column: column) {
                    case .number, .date: count += 1
                    default: break
                    }
                }
            }
            return count
        }
    }

    /// COUNTA's tally for argument `index`: everything but blanks (errors and empty text count).
    private static func countNonBlank(_ args: Arguments, _ index: Int) -> Int {
        switch args.argument(index) {
        case .value(let value):
            if case .blank = value, !args.isMissing(index) { return 0 }
            return 1
        case .grid(let grid):
            if let column = grid.numberColumn { return column.numberCount }
            return grid.count - countCells(of: grid) { $0 == .blank }
        }
    }

    /// COUNTBLANK's tally: blank cells and cells holding empty text (a formula's `""`).
    private static func countBlank(_ grid: any Grid) -> Int {
        if let column = grid.numberColumn { return column.numbers.count - column.numberCount }
        return countCells(of: grid) { $0 == .blank || $0 == .text("") }
    }

    /// How many cells of `grid` satisfy `predicate`.
    private static func countCells(of grid: any Grid, where predicate: (Value) -> Bool) -> Int {
        var count = 0
        for row in 0..<grid.rowCount {
            for column in 0..<grid.columnCount where predicate(grid.value(row: row, column: column)) {
                count += 1
            }
        }
        return count
    }
}
