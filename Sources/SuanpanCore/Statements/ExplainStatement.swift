/// `explain TARGET`: how a value was computed, as a tree of the formula's parts with their values.
extension StatementTable {
    static let explain = StatementSpec(
        "explain", usage: "explain CELL | COLUMN | COLUMN[\"KEY\"] | NAME | FORMULA",
        summary: "show how a value was computed: the formula as a tree, each part with its value",
        details: """
            A cell (支出!E8) shows its formula; a computed column (支出.执行率) its formula on \
            its first row, and 支出.执行率["基本支出"] on that row; a name its formula; anything \
            else is evaluated as a formula. Each part shows its value (→); a cell reference \
            its own formula, a range its size and sum, a column its row. An error is marked \
            where it arises, with the reason. Deep formulas are cut at \
            \(Explanation.depthLimit) levels and \(Explanation.nodeLimit) parts.
            """,
        examples: ["explain 支出!E8", "explain 支出.执行率[\"基本支出\"]", "explain 序时进度", "explain SUM(决算数)/72户"],
        completes: [.formula]
    ) { words throws(Diagnostic) in
        let clause = try words.clause("something to explain: a cell, a column, a name or a formula", until: [])
        return ExplainStatement(formula: try clause.formula(), clause: clause)
    }
}

struct ExplainStatement: Command {
    let formula: Expr
    let clause: Clause

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        for line in try lines(in: session) { emit(.output(line)) }
    }

    /// The explanation of what the target names, tried in the order a formula would read it.
    private func lines(in session: Session) throws(Diagnostic) -> [String] {
        let workbook = session.current
        switch formula {
        case .cell(let reference):
            let sheet = try session.sheet(named: reference.sheet, at: clause.span)
            return explainCell(reference.address, in: sheet, named: formula.formulaText, session: session)
        case .path(let parts, _):
            if let (sheet, index) = column(parts, in: session) {
                return explainColumn(sheet, index, row: nil, named: formula.formulaText, session: session)
            }
            if parts.count == 1, let definition = workbook.names[parts[0]] {
                let sheet = definition.sheetName.flatMap { workbook.sheet(named: $0) }
                let explanation = Explanation(environment: session.environment, workbook: workbook, sheet: sheet, row: nil)
                return headed(parts[0], definition.formula, explanation.tree(of: definition.formula))
            }
        case .keyed(.path(let parts, _), let key):
            if let (sheet, index) = column(parts, in: session) {
                let keyValue = try evaluate(key, in: session)
                guard let row = sheet.row(forKey: keyValue) else {
                    throw Diagnostic("sheet '\(sheet.name)' has no row with key '\(keyValue.generalDescription)'", at: clause.span)
                }
                return explainColumn(sheet, index, row: row, named: formula.formulaText, session: session)
            }
        default:
            break
        }
        _ = try evaluate(formula, in: session)  // a typo is an error here, not a tree of #NAME?
        let explanation = Explanation(environment: session.environment, workbook: workbook, sheet: session.currentSheet, row: nil)
        return explanation.tree(of: formula).lines
    }

    private func explainCell(_ address: CellAddress, in sheet: Sheet, named name: String, session: Session) -> [String] {
        if let formula = sheet.cellFormulas[address] {
            let explanation = Explanation(environment: session.environment, workbook: session.current, sheet: sheet,
                                          row: address.row - 1)
            return headed(name, formula, explanation.tree(of: formula))
        }
        if address.row >= 1, address.column < sheet.columns.count,
           sheet.columnFormulas[sheet.columns[address.column].name] != nil {
            return explainColumn(sheet, address.column, row: address.row - 1, named: name, session: session)
        }
        return ["\(name)  →  \(Session.shown(sheet.value(at: address)))  (a value, not a formula)"]
    }

    /// A computed column on `row` (its first row when nil); a data column's size and sum.
    private func explainColumn(_ sheet: Sheet, _ index: Int, row: Int?, named name: String, session: Session) -> [String] {
        let column = sheet.columns[index]
        guard let formula = sheet.columnFormulas[column.name] else {
            guard let row else {
                let explanation = Explanation(environment: session.environment, workbook: session.current, sheet: sheet, row: nil)
                let whole = Expr.path([sheet.name, column.name], SourceSpan(0, 0))
                return ["\(name)  →  " + (explanation.tree(of: whole).detail ?? "") + "  (data, not a formula)"]
            }
            return ["\(name)  →  \(Session.shown(column[row]))  (a value in row \(row + 2), not a formula)"]
        }
        guard sheet.rowCount > 0 else { return ["\(name) = \(formula.formulaText)  (a computed column with no rows)"] }
        let shownRow = row ?? 0
        let explanation = Explanation(environment: session.environment, workbook: session.current, sheet: sheet, row: shownRow)
        var lines: [String] = []
        var title = name
        if row == nil {
            lines.append("\(name) = \(formula.formulaText)  (a computed column of \(sheet.rowCount) rows; its first row:)")
            title = "\(sheet.name)!\(CellAddress.columnLetters(index))2"
        }
        return lines + headed(title, formula, explanation.tree(of: formula))
    }

    /// The column `parts` names (`执行率` on the current sheet, `支出.执行率`), if it is one.
    private func column(_ parts: [String], in session: Session) -> (Sheet, Int)? {
        switch parts.count {
        case 1: session.currentSheet.columnIndex(named: parts[0]).map { (session.currentSheet, $0) }
        case 2: session.current.sheet(named: parts[0]).flatMap { sheet in sheet.columnIndex(named: parts[1]).map { (sheet, $0) } }
        default: nil
        }
    }

    private func evaluate(_ expr: Expr, in session: Session) throws(Diagnostic) -> Value {
        do {
            let result = try session.current.evaluate(expr, sheet: session.currentSheet, environment: session.environment)
            if case .value(let value) = result { return value }
            return .blank
        } catch {
            throw clause.diagnostic(for: error)
        }
    }

    /// `TARGET = FORMULA  →  VALUE` over the formula's parts. A formula that is one
    /// reference (`=E2`) keeps it as a part of its own: it says where it points.
    private func headed(_ target: String, _ formula: Expr, _ root: Explanation.Node) -> [String] {
        var head = root
        head.label = "\(target) = \(formula.formulaText)"
        if root.label != Explanation.abbreviated(formula.formulaText) { head.children = [root] }
        return head.lines
    }
}
