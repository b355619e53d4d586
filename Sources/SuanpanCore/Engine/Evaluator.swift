/// Computes the value of a bound formula, for one row where the formula has rows.
///
/// Function arguments are evaluated lazily (so IF and IFERROR take only one branch) and at
/// most once. Recursion follows the formula's nesting, which the parser bounds.
struct Evaluator {
    let context: FunctionContext
    /// The 0-based data row a row-wise column reference reads, if any.
    var row: Int?

    init(context: FunctionContext, row: Int? = nil) {
        self.context = context
        self.row = row
    }

    /// The formula's value as one value: a single cell stands for its value, a larger range
    /// is `#VALUE!`.
    func value(of bound: Bound) -> Value {
        scalar(evaluate(bound))
    }

    /// An evaluated argument as one value (see `value(of:)`).
    private func scalar(_ argument: Argument) -> Value {
        switch argument {
        case .value(let value):
            return value
        case .grid(let grid):
            if grid.rowCount == 1 && grid.columnCount == 1 { return grid.value(row: 0, column: 0) }
            return .error(CellError(.value, "a range of \(grid.rowCount)×\(grid.columnCount) cells where one value is expected"))
        }
    }

    /// The formula's result: a value, or a grid where it is a reference or an array.
    func evaluate(_ bound: Bound) -> Argument {
        switch bound {
        case .constant(let value):
            return .value(value)
        case .cell(let sheet, let address):
            return .grid(SheetGrid(sheet: sheet, rows: address.row...address.row, columns: address.column...address.column))
        case .range(let sheet, let rows, let columns):
            return .grid(SheetGrid(sheet: sheet, rows: rows, columns: columns))
        case .column(let sheet, let index, let whole):
            let column = sheet.columns[index]
            if whole { return .grid(ColumnGrid(column: column)) }
            // In the heading row (row 0 of the grid, data row -1) there is no row-wise value.
            guard let row else { return .grid(ColumnGrid(column: column)) }
            guard row >= 0 else { return .value(.blank) }
            return .value(row < column.count ? column[row] : .blank)
        case .keyed(let sheet, let index, let key):
            return .value(keyedValue(sheet, index, key: value(of: key)))
        case .name(let workbook, let name):
            return .value(workbook.nameValues[name] ?? .blank)
        case .array(let rows):
            return .grid(ValueGrid(rows: rows))
        case .unary(let op, let operand):
            let argument = evaluate(operand)
            if argument.isMultiCell { return ElementwiseGrid.unary(argument, context) { Value.unary(op, $0) } }
            return .value(Value.unary(op, scalar(argument)))
        case .percent(let operand):
            let argument = evaluate(operand)
            if argument.isMultiCell { return ElementwiseGrid.unary(argument, context, Value.percent) }
            return .value(Value.percent(scalar(argument)))
        case .binary(let op, let left, let right):
            let leftArgument = evaluate(left), rightArgument = evaluate(right)
            if leftArgument.isMultiCell || rightArgument.isMultiCell {
                return ElementwiseGrid.binary(op, leftArgument, rightArgument, context)
            }
            return .value(Value.binary(op, scalar(leftArgument), scalar(rightArgument)))
        case .call(let spec, let arguments, let missing):
            return .value(call(spec, arguments, missing: missing))
        }
    }

    private func keyedValue(_ sheet: Sheet, _ index: Int, key: Value) -> Value {
        if case .error = key { return key }
        guard let row = sheet.row(forKey: key) else {
            let keyText = (try? key.coercedToText()) ?? ""
            return .error(CellError(.notAvailable, "sheet '\(sheet.name)' has no row with key '\(keyText)'"))
        }
        return sheet.columns[index][row]
    }

    private func call(_ spec: FunctionSpec, _ arguments: [Bound], missing: [Bool]) -> Value {
        let evaluator = self
        let list = Arguments(count: arguments.count, context: context) { index in
            evaluator.evaluate(arguments[index])
        }
        for (index, isMissing) in missing.enumerated() where isMissing { list.markEmpty(index) }
        do {
            return try spec.body(list)
        } catch {
            return .error(error)
        }
    }
}
