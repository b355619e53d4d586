/// The rows a `where` condition keeps, for `show`, `summarize` and `pivot`.
///
/// The condition is a computed column in all but name: it is evaluated through
/// `ColumnEvaluator`, so that parts not reading the row (`决算数 > AVERAGE(决算数)`) are
/// computed once, not once per row. A row is kept when the condition is TRUE (or a number
/// other than 0, as IF reads it); FALSE and blank drop it; a row whose condition is an error
/// — or text, which is not a truth value — is dropped and counted, so the statement can say
/// how many rows it could not judge.
struct RowFilter {
    /// The kept data rows (0-based, ascending), and how many rows had an error.
    var rows: [Int]
    var errorCount: Int

    /// Every row of a sheet with `rowCount` rows.
    init(all rowCount: Int) {
        rows = Array(0..<rowCount)
        errorCount = 0
    }

    /// The rows of `rowCount` for which `condition` (bound row-wise in the sheet) holds.
    init(condition: Bound, rowCount: Int, context: FunctionContext, comparesDirectly: Bool = true) {
        rows = []
        errorCount = 0
        if comparesDirectly, let (op, column, constant, columnFirst) = Self.columnComparison(condition) {
            // `户数 > 0`, the usual condition, a row at a time without the evaluator: the same
            // comparison (`Value.comparison`), without building an argument tree per row.
            for row in 0..<min(rowCount, column.count) {
                let cell = column[row]
                keep(row, columnFirst ? Value.comparison(op, cell, constant) : Value.comparison(op, constant, cell))
            }
            return
        }
        let column = ColumnEvaluator(context: context, rowCount: rowCount).column(named: "", of: condition)
        // The evaluator stops early on Ctrl-C: the statement is then undone anyway.
        for row in 0..<min(rowCount, column.count) { keep(row, column[row]) }
    }

    /// Keeps `row` when the condition's `value` there holds; counts it when it is an error or text.
    private mutating func keep(_ row: Int, _ value: Value) {
        switch value {
        case .bool(let flag): if flag { rows.append(row) }
        case .number(let quantity): if !quantity.amount.isZero { rows.append(row) }
        case .blank: break
        case .date(let serial): if serial != 0 { rows.append(row) }
        case .text, .error: errorCount += 1
        }
    }

    /// A condition that compares the row's cell of a column with a constant, either way round.
    private static func columnComparison(_ condition: Bound) -> (BinaryOperator, Column, Value, columnFirst: Bool)? {
        guard case .binary(let op, let left, let right) = condition,
              [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual].contains(op) else { return nil }
        switch (left, right) {
        case (.column(let sheet, let index, whole: false), .constant(let constant)):
            return (op, sheet.columns[index], constant, true)
        case (.constant(let constant), .column(let sheet, let index, whole: false)):
            return (op, sheet.columns[index], constant, false)
        default:
            return nil
        }
    }

    /// The note a statement prints when some rows could not be judged, or nil.
    var note: String? { Self.note(errorCount: errorCount) }

    /// The note for `errorCount` rows the condition could not judge, or nil for none.
    static func note(errorCount: Int) -> String? {
        guard errorCount > 0 else { return nil }
        let rows = errorCount == 1 ? "1 row" : "\(errorCount.grouped) rows"
        return "\(rows) left out: the where condition gave an error or text there"
    }
}
