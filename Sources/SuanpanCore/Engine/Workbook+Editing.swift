/// What an assignment puts in a cell.
public enum CellContent: Sendable {
    case constant(Value)
    case formula(Expr)
}

/// Changing a workbook: cells, computed columns and names. Each change is checked first (a
/// formula that names an unknown function, sheet, column or name is refused with the
/// problem's position and nothing changes), then recomputes exactly what depends on it.
extension Workbook {
    /// Sets one cell to a constant or a formula.
    public func setCell(_ address: CellAddress, in sheet: Sheet, to content: CellContent,
                        environment: Environment) throws(BindingIssue) {
        try refuseIfDerived(sheet)
        if let (columns, rows) = sheet.oversizedGrowth(toReach: address) {
            throw BindingIssue("\(address.a1) would grow sheet '\(sheet.name)' to \(columns) columns × \(rows) data rows, "
                               + "more than the limit of \(Sheet.maximumCells) cells", span: nil, kind: .ref)
        }
        let node = FormulaNode.cell(sheet: ObjectIdentifier(sheet), address)
        switch content {
        case .constant(var value):
            // A bare figure typed into a column with a unit is in that unit, as the column's
            // figures read from a file are: `G2 = 1` in 决算数(万元) is 1 万元.
            if case .number(let quantity) = value, quantity.unit == .none, address.column < sheet.columns.count,
               address.row >= 1, sheet.columns[address.column].unit != .none {
                value = .number(Quantity(quantity.amount, sheet.columns[address.column].unit))
            }
            graph.remove(node)
            sheet.cellFormulas[address] = nil
            sheet.setValue(value, at: address)
            recalculate(after: [.cell(sheet: ObjectIdentifier(sheet), address)], environment: environment)
        case .formula(let formula):
            let precedents = try check(formula, sheet: sheet, hasRow: true, environment: environment)
            sheet.cellFormulas[address] = formula
            if address.column >= sheet.columns.count || address.row > sheet.rowCount {
                sheet.setValue(.blank, at: address)
            }
            graph.setPrecedents(precedents, for: node)
            recompute(starting: [node], environment: environment)
        }
    }

    /// Creates or replaces a computed column: `支出.执行率 = 决算数 / 预算数`.
    public func setColumnFormula(_ name: String, in sheet: Sheet, to formula: Expr,
                                 environment: Environment) throws(BindingIssue) {
        try refuseIfDerived(sheet)
        let precedents = try check(formula, sheet: sheet, hasRow: true, environment: environment)
        if sheet.columnIndex(named: name) == nil {
            sheet.setColumn(Column(name: name, blankCount: sheet.rowCount))
        }
        sheet.columnFormulas[name] = formula
        let node = FormulaNode.column(sheet: ObjectIdentifier(sheet), name: name)
        graph.setPrecedents(precedents, for: node)
        recompute(starting: [node], environment: environment)
    }

    /// Creates or replaces a workbook name; bare column names in it refer to `sheet`.
    public func setName(_ name: String, to formula: Expr, sheet: Sheet?,
                        environment: Environment) throws(BindingIssue) {
        let precedents = try check(formula, sheet: sheet, hasRow: false, environment: environment)
        if names[name] == nil { nameOrder.append(name) }
        names[name] = NameDefinition(formula: formula, sheetName: sheet?.name)
        let node = FormulaNode.name(name)
        graph.setPrecedents(precedents, for: node)
        recompute(starting: [node], environment: environment)
    }

    /// The value of a formula evaluated once, in `sheet`'s context without a row: a bare
    /// expression typed at the prompt. A bare column name stands for the whole column.
    public func evaluate(_ formula: Expr, sheet: Sheet?, environment: Environment) throws(BindingIssue) -> Argument {
        var binder = Binder(environment: environment, workbook: self, sheet: sheet, hasRow: false)
        let bound = binder.bind(formula)
        if let issue = binder.issues.first { throw issue }
        return Evaluator(context: functionContext(environment)).evaluate(bound)
    }

    /// True when `formula`, placed in `sheet`, reads that sheet's columns row by row (a bare
    /// column outside an aggregate), so it only makes sense as a computed column.
    public func readsRowWise(_ formula: Expr, sheet: Sheet, environment: Environment) -> Bool {
        var binder = Binder(environment: environment, workbook: self, sheet: sheet, hasRow: true)
        return binder.bind(formula).readsCurrentRow
    }

    /// A sheet made by `summarize` or `pivot` is recomputed from its source: a value typed
    /// into it would be lost at the next change, so none is accepted.
    private func refuseIfDerived(_ sheet: Sheet) throws(BindingIssue) {
        guard sheet.derivation != nil else { return }
        throw BindingIssue("sheet '\(sheet.name)' is computed by summarize or pivot: change its source, or summarize again",
                           span: nil, kind: .ref)
    }

    /// What `formula` reads, or the first problem binding it.
    private func check(_ formula: Expr, sheet: Sheet?, hasRow: Bool,
                       environment: Environment) throws(BindingIssue) -> Set<Precedent> {
        var binder = Binder(environment: environment, workbook: self, sheet: sheet, hasRow: hasRow)
        _ = binder.bind(formula)
        if let issue = binder.issues.first { throw issue }
        return binder.precedents
    }
}
