/// `SUM(决算数)` or `COUNT(户数)` of a bare source column inside a `summarize` item, computed
/// straight from the column's numbers over a group's rows.
///
/// Evaluated the general way, each group's cells of every column an item reads are first
/// gathered into a scratch column — a million cells copied per column read, which was most
/// of what summarizing a ledger cost. These two aggregates over a column held as numbers
/// (figures in its unit, and blanks) are a loop over the group's rows instead; the item
/// reads their value from a hidden one-row column (`GroupFormulas`). Anything else — AVERAGE,
/// a qualified or text column, a range — keeps the general way, which these must agree with
/// exactly (`GroupAggregateTests`).
struct GroupAggregate: Equatable {
    enum Function: String {
        case sum = "SUM", count = "COUNT"
    }

    let function: Function
    /// The source column, by index.
    let column: Int
    /// The hidden scratch column the rewritten item reads: a name no one can type.
    var scratchName: String { "\u{2}\(function.rawValue)\u{1F}\(column)" }

    /// The aggregate over data rows `rows` of `source`'s column, which holds numbers.
    func value(over rows: [Int], in source: Sheet) -> Value {
        let column = source.columns[self.column]
        guard case .numbers(let numbers, let blank) = column.storage else { return .error(CellError(.value)) }
        switch function {
        case .sum:
            var total = Exact.zero
            if blank.isEmpty {
                for row in rows { total = total + numbers[row] }
            } else {
                for row in rows where !blank[row] { total = total + numbers[row] }
            }
            return .number(Quantity(total, column.unit))
        case .count:
            let count = blank.isEmpty ? rows.count : rows.reduce(0) { $0 + (blank[$1] ? 0 : 1) }
            return .number(Quantity(Exact(count), .none))
        }
    }

    /// `formula` with each `SUM(COLUMN)` / `COUNT(COLUMN)` of a bare source column held as
    /// numbers replaced by a read of its hidden column; the aggregates found are added to
    /// `found`. `hidden` are the names earlier items took from source columns.
    static func rewrite(_ formula: Expr, source: Sheet, hidden: Set<String>, found: inout [GroupAggregate]) -> Expr {
        func walk(_ expr: Expr) -> Expr {
            switch expr {
            case .call(let name, let arguments, let span):
                if arguments.count == 1, let function = Function(rawValue: name.uppercased()),
                   case .path(let parts, _) = arguments[0], parts.count == 1, !hidden.contains(parts[0]),
                   let index = source.columnIndex(named: parts[0]),
                   case .numbers = source.columns[index].storage {
                    let aggregate = GroupAggregate(function: function, column: index)
                    if !found.contains(aggregate) { found.append(aggregate) }
                    return .path([aggregate.scratchName], span)
                }
                return .call(name, arguments.map(walk), span)
            case .unary(let op, let operand): return .unary(op, walk(operand))
            case .percent(let operand): return .percent(walk(operand))
            case .binary(let op, let left, let right): return .binary(op, walk(left), walk(right))
            case .keyed(let base, let key): return .keyed(walk(base), key: walk(key))
            case .array(let rows): return .array(rows.map { $0.map(walk) })
            default: return expr
            }
        }
        return walk(formula)
    }
}
