/// Installing a loaded workbook's formulas: cell formulas, computed columns and names.
///
/// Each goes through the editing API, which refuses a formula that reads something unknown.
/// The manifest cannot always say in which order to install them — the SPEC's table forms
/// come back from TOML sorted by key, and a cell formula may read a name defined below it —
/// so formulas are installed in passes: whatever fails because it reads what is not there
/// yet is tried again after the others, until a pass installs nothing. What then still fails
/// really is broken, and its problem is reported.
extension WorkbookStore {
    /// A formula waiting to be installed, and where to report it.
    struct PendingFormula {
        /// Where a formula goes.
        enum Kind {
            case cell(Sheet, CellAddress)
            case column(Sheet, String)
            case name(String, Sheet?)
            /// A sheet made by `summarize` or `pivot`.
            case derived(Sheet, Derivation)
        }

        let kind: Kind
        let formula: Expr
        /// The file (and line) an error about this formula names; its message is unused.
        let place: FileError

        /// Installs the formula, or throws the binder's objection.
        func install(in workbook: Workbook, environment: Environment) throws(BindingIssue) {
            switch kind {
            case .cell(let sheet, let address):
                try workbook.setCell(address, in: sheet, to: .formula(formula), environment: environment)
            case .column(let sheet, let name):
                try workbook.setColumnFormula(name, in: sheet, to: formula, environment: environment)
            case .name(let name, let sheet):
                try workbook.setName(name, to: formula, sheet: sheet, environment: environment)
            case .derived(let sheet, let derivation):
                do {
                    try workbook.setDerivation(derivation, target: sheet.name, environment: environment)
                } catch {
                    throw error.issue
                }
            }
        }

        /// What to call the formula in an error: `the formula in B3`, `column 执行率 of sheet 支出`.
        var owner: String {
            switch kind {
            case .cell(let sheet, let address): "the formula in \(sheet.name)!\(address.a1)"
            case .column(let sheet, let name): "the formula of column \(name) of sheet '\(sheet.name)'"
            case .name(let name, _): "the formula of name \(name)"
            case .derived(let sheet, _): "the derivation of sheet '\(sheet.name)'"
            }
        }

        /// The formula as the error quotes it; for a derived sheet, its statement.
        var text: String {
            if case .derived(let sheet, let derivation) = kind { return derivation.statementText(into: sheet.name) }
            return formula.formulaText
        }
    }

    /// Installs every pending formula, in passes (see the extension's summary).
    static func install(_ pending: [PendingFormula], in workbook: Workbook, environment: Environment) throws(FileError) {
        var remaining = pending
        while !remaining.isEmpty {
            var failed: [(PendingFormula, BindingIssue)] = []
            for item in remaining {
                do {
                    try item.install(in: workbook, environment: environment)
                } catch {
                    failed.append((item, error))
                }
            }
            if failed.count == remaining.count, let (item, issue) = failed.first {
                var error = item.place
                error.message = "\(item.owner), '\(item.text)': \(issue.message)"
                throw error
            }
            remaining = failed.map(\.0)
        }
    }
}
