/// The rows a `{{ table … }}` placeholder asks for, as a `TextTable`: filtered, sorted and
/// cut as `show` does it, cells shown as `show` shows them (units in the headings, numbers
/// in the column's format), then only the columns named — in the order named.
struct ReportTableBuilder {
    let session: Session

    /// `emit` hears the notes selecting rows makes (rows the condition could not judge).
    func table(_ request: TableRequest, emit: (SessionEvent) -> Void) throws(Diagnostic) -> TextTable {
        let sheet = try session.sheet(named: request.sheet.text, at: request.sheet.span)
        var picked: [Int] = []
        for column in request.columns { picked.append(try sheet.columnIndex(named: column.name, at: column.span)) }
        if picked.isEmpty { picked = Array(sheet.columns.indices) }

        let (rows, _) = try request.selection.rows(of: sheet, in: session, emit: emit)
        let whole = SheetTable(sheet: sheet, units: session.current.units, rounding: session.displayRounding,
                               formats: session.current.displayFormats(of: sheet)).table(rows: rows)
        return TextTable(headers: picked.map { whole.headers[$0] },
                         rows: whole.rows.map { row in picked.map { $0 < row.count ? row[$0] : TextTable.Cell("") } },
                         alignments: picked.map { $0 < whole.alignments.count ? whole.alignments[$0] : .left })
    }
}
