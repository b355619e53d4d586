/// The statements that manage workbooks rather than compute: `open`, `use`, `sheets`,
/// `columns`, `save`, `export`.
extension Session {
    /// Runs a command statement; what it prints comes back as events.
    func executeCommand(_ statement: Statement) throws(BindingIssue) -> [SessionEvent] {
        switch statement {
        case .use(let alias, let span):
            guard let workbook = workbooks[alias] else {
                throw BindingIssue("no workbook is open as '\(alias)'", span: span,
                                   hint: Suggestion.hint(for: alias, among: aliases), kind: .ref)
            }
            add(workbook, alias: alias)
            return []
        case .sheets:
            return current.sheets.map { sheet in
                .output("\(sheet.name)\t\(sheet.rowCount) rows\t\(sheet.columns.count) columns")
            }
        case .columns(let name, let span):
            let sheet = try sheet(named: name, span: span ?? SourceSpan(0, 0))
            return sheet.columns.map { .output(Self.describe($0, in: sheet)) }
        case .open(let path, _, let span), .save(to: let path?, let span?), .export(_, let path, _, let span):
            throw BindingIssue("\(path): reading and writing workbook files is not available yet", span: span, kind: .ref)
        case .save:
            throw BindingIssue("saving workbooks is not available yet", span: nil, kind: .ref)
        default:
            return []
        }
    }

    /// One line of `columns`: name, unit, what the cells hold, and the formula of a computed
    /// column.
    static func describe(_ column: Column, in sheet: Sheet) -> String {
        let kind = switch column.storage {
        case .numbers: "numbers"
        case .text: "text"
        case .values: "mixed"
        }
        var fields = [column.name, column.unit.isNone ? "-" : column.unit.symbol, kind]
        if let formula = sheet.columnFormulas[column.name] { fields.append("= " + formula.formulaText) }
        return fields.joined(separator: "\t")
    }
}
