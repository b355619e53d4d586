/// The rows a `{{ table … }}` placeholder asks for, as a `TextTable`: filtered, sorted and
/// cut as `show` does it, cells shown as `show` shows them (units in the headings, numbers
/// in the column's format), then only the columns named — in the order named.
struct ReportTableBuilder {
    let session: Session

    func table(_ request: TableRequest) throws(Diagnostic) -> TextTable {
        let sheet = try session.sheet(named: request.sheet.text, at: request.sheet.span)
        var picked: [Int] = []
        for column in request.columns {
            guard let index = sheet.columnIndex(named: column.name) else {
                throw Diagnostic("sheet '\(sheet.name)' has no column '\(column.name)'", at: column.span,
                                 hint: Suggestion.hint(for: column.name, among: sheet.columns.map(\.name)))
            }
            picked.append(index)
        }
        if picked.isEmpty { picked = Array(sheet.columns.indices) }

        var rows = Array(0..<sheet.rowCount)
        if let condition = request.condition {
            let bound = try session.current.bindRowWise(condition, in: sheet, environment: session.environment)
            rows = RowFilter(condition: bound, rowCount: sheet.rowCount,
                             context: session.current.functionContext(session.environment)).rows
        }
        var keys: [(column: Int, descending: Bool)] = []
        for key in request.order {
            guard let index = sheet.columnIndex(named: key.column) else {
                throw Diagnostic("sheet '\(sheet.name)' has no column '\(key.column)'", at: key.span,
                                 hint: Suggestion.hint(for: key.column, among: sheet.columns.map(\.name)))
            }
            keys.append((index, key.descending))
        }
        rows = sheet.sorted(rows, by: keys)
        if let limit = request.limit, rows.count > limit { rows.removeLast(rows.count - limit) }

        let whole = SheetTable(sheet: sheet, units: session.current.units, rounding: session.displayRounding,
                               formats: session.current.displayFormats(of: sheet)).table(rows: rows)
        return TextTable(headers: picked.map { whole.headers[$0] },
                         rows: whole.rows.map { row in picked.map { $0 < row.count ? row[$0] : TextTable.Cell("") } },
                         alignments: picked.map { $0 < whole.alignments.count ? whole.alignments[$0] : .left })
    }
}
