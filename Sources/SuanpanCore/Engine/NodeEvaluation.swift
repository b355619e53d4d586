/// Computing one node of the dependency graph and storing its result.
extension Workbook {
    /// The context functions see when evaluated in this workbook.
    func functionContext(_ environment: Environment) -> FunctionContext {
        FunctionContext(today: environment.today, units: units, interruption: environment.interruption,
                        arrayCellLimit: environment.arrayCellLimit)
    }

    /// Binds and evaluates `node`'s formula, stores the result, and records what it read.
    /// `changes`, when known, are what triggered the evaluation: a summarize sheet uses them
    /// to update only the groups they touch.
    func evaluate(_ node: FormulaNode, environment: Environment, after changes: [Change]? = nil) {
        let context = functionContext(environment)
        switch node {
        case .cell(let id, let address):
            guard let sheet = sheet(id: id), let formula = sheet.cellFormulas[address] else { return }
            var binder = Binder(environment: environment, workbook: self, sheet: sheet, hasRow: true)
            let bound = binder.bind(formula)
            graph.setPrecedents(binder.precedents, for: node)
            let value = Evaluator(context: context, row: address.row - 1).value(of: bound)
            sheet.setValue(value, at: address)
        case .column(let id, let name):
            guard let sheet = sheet(id: id), let formula = sheet.columnFormulas[name] else { return }
            var binder = Binder(environment: environment, workbook: self, sheet: sheet, hasRow: true)
            let bound = binder.bind(formula)
            graph.setPrecedents(binder.precedents, for: node)
            let rows = sheet.rowCount
            sheet.setColumn(ColumnEvaluator(context: context, rowCount: rows).column(named: name, of: bound))
        case .name(let name):
            guard let definition = names[name] else { return }
            var binder = Binder(environment: environment, workbook: self,
                                sheet: definition.sheetName.flatMap { self.sheet(named: $0) }, hasRow: false)
            let bound = binder.bind(definition.formula)
            graph.setPrecedents(binder.precedents, for: node)
            nameValues[name] = Evaluator(context: context).value(of: bound)
        case .derived(let id):
            guard let sheet = sheet(id: id), let derivation = sheet.derivation else { return }
            if let changes, updateDerived(sheet, after: changes, environment: environment) { return }
            let result = derivation.compute(in: self, environment: environment)
            graph.setPrecedents(result.precedents, for: node)
            sheet.replaceColumns(result.columns)
            sheet.derivedGroups = result.groups
        }
    }

    /// Stores `#CIRC!` as the value of a node caught in a cycle.
    func markCircular(_ node: FormulaNode) {
        let circular = Value.error(CellError(.circular, "the formula depends on its own value"))
        switch node {
        case .cell(let id, let address):
            sheet(id: id)?.setValue(circular, at: address)
        case .column(let id, let name):
            guard let sheet = sheet(id: id) else { return }
            sheet.setColumn(Column(name: name, values: Array(repeating: circular, count: sheet.rowCount)))
        case .name(let name):
            nameValues[name] = circular
        case .derived(let id):
            guard let sheet = sheet(id: id) else { return }
            let names = sheet.columns.isEmpty ? ["#CIRC!"] : sheet.columns.map(\.name)
            sheet.replaceColumns(names.map { Column(name: $0, values: [circular]) })
        }
    }
}
