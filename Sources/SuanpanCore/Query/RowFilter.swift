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
    init(condition: Bound, rowCount: Int, context: FunctionContext) {
        let column = ColumnEvaluator(context: context, rowCount: rowCount).column(named: "", of: condition)
        rows = []
        errorCount = 0
        // The evaluator stops early on Ctrl-C: the statement is then undone anyway.
        for row in 0..<min(rowCount, column.count) {
            switch column[row] {
            case .bool(let flag): if flag { rows.append(row) }
            case .number(let quantity): if !quantity.amount.isZero { rows.append(row) }
            case .blank: break
            case .date(let serial): if serial != 0 { rows.append(row) }
            case .text, .error: errorCount += 1
            }
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
