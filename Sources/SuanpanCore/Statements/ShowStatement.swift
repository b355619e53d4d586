/// `show [SHEET] [where CONDITION] [order by COLUMN [asc|desc], …] [limit N]`: a sheet's
/// rows as an aligned table.
extension StatementTable {
    static let showUsage = "show [SHEET] [where CONDITION] [order by COLUMN [asc|desc], …] [limit N]"

    static let show = StatementSpec(
        "show", usage: showUsage,
        summary: "print a sheet's rows as a table, filtered, sorted and cut short if asked",
        details: """
            Without a sheet, the current sheet. `where` keeps the rows for which the condition \
            is TRUE; bare column names in it are that row's values, and a row where it gives an \
            error is left out (a note says how many). `order by` sorts by columns, each \
            ascending unless `desc`; the sort is stable, numbers come before text, text sorts \
            ignoring case by Unicode code point (not pinyin), and blanks are always last. \
            `limit N` shows the first N rows. Headings carry units (决算数(万元)); numbers show \
            in the column's format if it has one, else in General, right-aligned, rounded as \
            `set rounding` says; a derived sheet's column takes the format of the column its \
            SUM, AVERAGE, MIN or MAX reads. The last line counts the rows. Without `limit`, a \
            table longer than `set rows` (40) shows its first and last rows and counts those \
            between; a table wider than the terminal (or `set width N`) leaves out middle \
            columns — a … column stands for them and a line names them — keeping the first \
            (key) columns and the last ones. On a terminal headings are bold and negative \
            figures red, unless NO_COLOR is set.
            """,
        examples: ["show 支出", "show 支出 where 执行率 > 1 order by 执行率 desc limit 20",
                   "show 台账 order by 部门, 决算数 desc"],
        completes: [.sheet, .formula]
    ) { words throws(Diagnostic) in
        var sheet: CommandWords.Word?
        if let next = words.next, !["where", "order", "limit"].contains(next.isQuoted ? "" : next.text.lowercased()) {
            sheet = try words.take("a sheet")
        }
        let selection = try RowSelection(reading: &words, usage: showUsage)
        try words.finish(showUsage)
        return ShowStatement(sheet: sheet?.text, sheetSpan: sheet?.span ?? words.keyword.span, selection: selection)
    }
}

struct ShowStatement: Command {
    /// `COLUMN [asc|desc]` after `order by`.
    struct OrderKey {
        var column: String
        var span: SourceSpan
        var descending: Bool

        init(_ item: Clause) throws(Diagnostic) {
            var item = item
            descending = false
            let lowered = item.text.lowercased()
            for (word, isDescending) in [(" desc", true), (" asc", false)] where lowered.hasSuffix(word) {
                descending = isDescending
                item.text = String(item.text.dropLast(word.count).trimmingSpaces)
                break
            }
            if item.text.isEmpty { throw Diagnostic("expected a column to order by", at: item.span) }
            column = try item.identifier("a column to order by")
            span = item.span
        }
    }

    let sheet: String?
    let sheetSpan: SourceSpan
    let selection: RowSelection

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        let target = try session.sheet(named: sheet, at: sheetSpan)
        let limit = selection.limit
        // `limit` says how many rows were asked for: all of them print. Otherwise only the
        // head and tail that will show are formatted, however long the sheet — and when
        // nothing filters or sorts the rows, only those are listed (SPEC §11: `show` of a
        // million rows in milliseconds).
        let rows: [Int], total: Int
        var shownRows: [Int]
        var omitted: (after: Int, count: Int)?
        if limit == nil, let maxRows = session.tableRows, selection.keepsEveryRowInOrder, target.rowCount > maxRows {
            total = target.rowCount
            let head = (maxRows + 1) / 2
            shownRows = Array(0..<head) + Array((total - (maxRows - head))..<total)
            rows = shownRows
            omitted = (head, total - maxRows)
        } else {
            (rows, total) = try selection.rows(of: target, in: session, emit: emit)
            shownRows = rows
            if limit == nil, let maxRows = session.tableRows, rows.count > maxRows {
                let head = (maxRows + 1) / 2
                shownRows = Array(rows.prefix(head)) + Array(rows.suffix(maxRows - head))
                omitted = (head, rows.count - maxRows)
            }
        }
        guard !target.columns.isEmpty else {
            return emit(.output(Self.footer(shown: rows.count, of: total)))
        }
        let sheetTable = SheetTable(sheet: target, units: session.current.units, rounding: session.displayRounding,
                                    formats: session.current.displayFormats(of: target))
        var table = sheetTable.table(rows: shownRows)
        table.omittedRows = omitted
        let layout = session.fitted(table, limitsRows: limit == nil).layout()
        for line in layout.lines { emit(.output(line)) }
        emit(.output(Self.footer(shown: omitted == nil ? rows.count : total, of: total, hiddenRows: layout.hiddenRows)))
        if !layout.hiddenColumns.isEmpty, let width = session.tableWidth {
            emit(.output(Self.hiddenColumnsLine(layout.hiddenColumns.map { target.columns[$0].name }, width: width)))
        }
    }

    /// `(12 rows)`, `(1 row)`, or `(20 of 1,234 rows)` when the limit cut the table short;
    /// `(1,234 rows, 1,194 hidden: set rows all shows them)` when `set rows` elided the middle.
    static func footer(shown: Int, of total: Int, hiddenRows: Int = 0) -> String {
        let noun = total == 1 ? "row" : "rows"
        if hiddenRows > 0 { return "(\(total.grouped) \(noun), \(hiddenRows.grouped) hidden: set rows all shows them)" }
        return shown == total ? "(\(total.grouped) \(noun))" : "(\(shown.grouped) of \(total.grouped) \(noun))"
    }

    /// The line naming the columns left out to fit the width, and how to see them:
    /// `(hidden to fit 80 columns: 科目, 项目; set width none shows all)`.
    static func hiddenColumnsLine(_ names: [String], width: Int) -> String {
        // Kept short: on an 80-column terminal the line itself must not wrap.
        "(hidden to fit \(width) columns: \(names.joined(separator: ", ")); set width none shows all)"
    }
}

extension Workbook {
    /// A clause's formula bound row by row in `sheet` (a `where` condition); a problem is a
    /// diagnostic placed in the statement.
    func bindRowWise(_ clause: Clause, in sheet: Sheet, environment: Environment) throws(Diagnostic) -> Bound {
        let formula = try clause.formula()
        var binder = Binder(environment: environment, workbook: self, sheet: sheet, hasRow: true)
        let bound = binder.bind(formula)
        if let issue = binder.issues.first { throw issue.diagnostic(in: clause) }
        return bound
    }
}

extension BindingIssue {
    /// The issue as a diagnostic in the statement: its span counts in `clause`'s text.
    func diagnostic(in clause: Clause) -> Diagnostic {
        let place = span.map { SourceSpan($0.start + clause.offset, $0.end + clause.offset) } ?? clause.span
        return Diagnostic(message, at: place, hint: hint)
    }
}
