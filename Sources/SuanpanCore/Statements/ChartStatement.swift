/// `chart SHEET COLUMN by LABEL [where CONDITION] [order by …] [limit N]`: a column's figures
/// as a horizontal bar chart in the terminal, one bar per row.
extension StatementTable {
    static let chartUsage = "chart SHEET COLUMN by LABEL [where CONDITION] [order by COLUMN [asc|desc], …] [limit N]"

    static let chart = StatementSpec(
        "chart", usage: chartUsage,
        summary: "draw a column's figures as a horizontal bar chart, one bar per row",
        details: """
            One bar per row, labelled with the LABEL column's value; `where`, `order by` and \
            `limit` choose and sort the rows as in `show`. The longest bar fills the width the \
            terminal leaves (10 to 60 columns); bars are drawn in eighths of a column with \
            block characters, or in whole columns of # when the terminal is not known to show \
            Unicode (`suanpan --ascii`, `set ascii on`, or a locale that is not UTF-8). Negative figures grow \
            to the left of an axis. Each value is printed after its bar in the column's format, \
            else in General. Rows whose value is blank, text or an error get no bar; a note \
            says how many. Without `limit`, at most \(ChartStatement.maxBars) bars are drawn.
            """,
        examples: ["chart 部门汇总 执行率 by 部门", "chart 台账 决算数 by 部门 where 季度 = 3 order by 决算数 desc limit 10"],
        completes: [.sheet, .column, .formula]
    ) { words throws(Diagnostic) in
        let sheet = try words.take("a sheet to chart")
        let column = try words.take("a column of figures after the sheet")
        try words.expect("by", after: "the column", usage: chartUsage)
        let label = try words.take("a column of labels after 'by'")
        let selection = try RowSelection(reading: &words, usage: chartUsage)
        try words.finish(chartUsage)
        return ChartStatement(sheet: sheet, column: column, label: label, selection: selection)
    }
}

struct ChartStatement: Command {
    /// A chart longer than this is no longer read as a chart: more rows need a `limit`.
    static let maxBars = 100

    let sheet: CommandWords.Word
    let column: CommandWords.Word
    let label: CommandWords.Word
    let selection: RowSelection

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        let target = try session.sheet(named: sheet.text, at: sheet.span)
        let figures = target.columns[try target.columnIndex(named: column.text, at: column.span)]
        let labels = target.columns[try target.columnIndex(named: label.text, at: label.span)]
        var (rows, total) = try selection.rows(of: target, in: session, emit: emit)
        if selection.limit == nil, rows.count > Self.maxBars {
            emit(.note("the first \(Self.maxBars) of \(total.grouped) rows are charted; 'limit N' or 'where' chooses others"))
            rows.removeLast(rows.count - Self.maxBars)
        }
        let format = target.formats[figures.name].flatMap { try? NumberFormat($0) }
        var bars: [BarChart.Bar] = []
        var skipped = 0
        for row in rows {
            let value = row < figures.count ? figures[row] : .blank
            guard case .number(let quantity) = value else {
                skipped += 1
                continue
            }
            let text = (try? format?.format(value, mode: session.displayRounding, units: session.current.units))
                ?? (quantity.unit == figures.unit ? quantity.amount.generalDescription : quantity.generalDescription)
            let name = row < labels.count ? labels[row].generalDescription : ""
            bars.append(BarChart.Bar(label: name, value: quantity.baseAmount.doubleValue, text: text))
        }
        guard !bars.isEmpty else {
            emit(.note("nothing to chart: \(figures.name) has no number in the rows selected"))
            return
        }
        if skipped > 0 {
            let counted = skipped == 1 ? "1 row has" : "\(skipped.grouped) rows have"
            emit(.note("\(counted) no bar: \(figures.name) is blank or not a number there"))
        }
        for line in BarChart(bars: bars, ascii: session.asciiOnly, width: session.terminalWidth).lines {
            emit(.output(line))
        }
    }
}
