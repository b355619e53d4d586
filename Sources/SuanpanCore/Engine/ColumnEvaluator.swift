/// Computes a computed column over every row of its sheet.
///
/// Three tiers, fastest first:
/// 1. parts of the formula that do not read the current row (`SUM(决算数)`, a name, a keyed
///    cell) are evaluated once and become constants;
/// 2. arithmetic between number columns and constants runs as a loop over the columns'
///    number storage (`决算数 / 预算数`), never building a `Value` per cell;
/// 3. anything else is evaluated row by row.
struct ColumnEvaluator {
    let context: FunctionContext
    let rowCount: Int

    /// The column `name` holding the formula's value on every row.
    func column(named name: String, of bound: Bound) -> Column {
        let hoisted = hoistingConstants(bound)
        if let vector = vector(hoisted), let column = vector.column(named: name, rowCount: rowCount) {
            return column
        }
        var values: [Value] = []
        values.reserveCapacity(rowCount)
        var evaluator = Evaluator(context: context)
        for row in 0..<rowCount {
            // Ctrl-C: the statement is undone, so a short column does no harm. One relaxed load
            // a row costs nothing beside evaluating a formula for it.
            if context.interruption?.isRequested == true { break }
            evaluator.row = row
            values.append(evaluator.value(of: hoisted))
        }
        return Column(name: name, unit: Self.commonUnit(values), values: values)
    }

    /// The unit shared by the numbers among `values`, or none.
    static func commonUnit(_ values: [Value]) -> Unit {
        for value in values {
            if case .number(let quantity) = value { return quantity.unit }
        }
        return .none
    }

    /// `bound` with every computed part that does not read the current row replaced by its value.
    private func hoistingConstants(_ bound: Bound) -> Bound {
        if !bound.readsCurrentRow {
            switch bound {
            case .call, .binary, .unary, .percent, .keyed, .name:
                return .constant(Evaluator(context: context).value(of: bound))
            default:
                return bound
            }
        }
        switch bound {
        case .unary(let op, let operand): return .unary(op, hoistingConstants(operand))
        case .percent(let operand): return .percent(hoistingConstants(operand))
        case .binary(let op, let left, let right): return .binary(op, hoistingConstants(left), hoistingConstants(right))
        case .call(let spec, let arguments, let missing): return .call(spec, arguments.map(hoistingConstants), missing: missing)
        case .keyed(let sheet, let column, let key): return .keyed(sheet, column: column, key: hoistingConstants(key))
        default: return bound
        }
    }

    /// The formula as a whole-column computation, or nil when it needs row-by-row evaluation.
    private func vector(_ bound: Bound) -> ColumnVector? {
        switch bound {
        case .constant(let value):
            return .scalar(value)
        case .column(let sheet, let index, whole: false):
            let column = sheet.columns[index]
            guard column.count == rowCount, case .numbers(let numbers, let blank) = column.storage else { return nil }
            return .numbers(numbers, blank: blank, unit: column.unit)
        case .binary(let op, let left, let right):
            guard let left = vector(left), let right = vector(right) else { return nil }
            return ColumnVector.arithmetic(op, left, right, rowCount: rowCount)
        case .unary(.negate, let operand):
            guard case .numbers(let numbers, let blank, let unit)? = vector(operand) else { return nil }
            return .numbers(NumberStore(numbers.lazy.map { -$0 }), blank: blank, unit: unit)
        default:
            return nil
        }
    }
}

extension Bound {
    /// True when the value depends on the row being computed (a row-wise column reference).
    var readsCurrentRow: Bool {
        switch self {
        case .column(_, _, let whole): !whole
        case .constant, .cell, .range, .name, .array: false
        case .keyed(_, _, let key): key.readsCurrentRow
        case .unary(_, let operand), .percent(let operand): operand.readsCurrentRow
        case .binary(_, let left, let right): left.readsCurrentRow || right.readsCurrentRow
        case .call(_, let arguments, _): arguments.contains { $0.readsCurrentRow }
        }
    }
}
