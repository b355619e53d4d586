import TOMLKit

/// Reading the manifest's entries: sheets, computed columns, names and checks.
extension ManifestReader {
    /// One `[[sheets]]` table.
    func sheet(_ table: TOMLTable, catalog: UnitCatalog) throws(FileError) -> WorkbookManifest.SheetEntry {
        try refuseUnknownKeys(table, allowed: ["name", "file", "key", "units", "formats", "columns", "derived"], in: "a sheet")
        guard let name = try string(table, "name", in: "a sheet"), !name.isEmpty else {
            throw error("a sheet has no name")
        }
        let place = "sheet '\(name)'"
        guard let file = try string(table, "file", in: place), !file.isEmpty else {
            throw error("\(place) has no file", near: name)
        }
        try checkRelative(file, of: place)
        var entry = WorkbookManifest.SheetEntry(name: name, file: file, key: try string(table, "key", in: place))
        for (column, symbol) in try stringTable(table, "units", in: place) {
            guard catalog.unit(named: symbol) != nil else {
                throw error("unknown unit '\(symbol)' for column \(column) of \(place); declare a count unit with units = [\"\(symbol)\"]", near: symbol)
            }
            entry.units[column] = symbol
        }
        for (column, pattern) in try stringTable(table, "formats", in: place) { entry.formats[column] = pattern }
        entry.columns = try formulaEntries(table["columns"], key: "columns", in: place)
        for column in entry.columns { try checkFormula(column.formula, of: "column \(column.name) of \(place)") }
        try refuseDuplicates(entry.columns.map(\.name), what: "computed column")
        entry.derived = try derivation(table, of: name)
        return entry
    }

    /// `derived = 'summarize 台账 by 部门 into 部门汇总 with …'`: the statement that makes a
    /// derived sheet, checked to be a summarize or pivot into that sheet.
    private func derivation(_ table: TOMLTable, of sheet: String) throws(FileError) -> String? {
        guard let text = try string(table, "derived", in: "sheet '\(sheet)'") else { return nil }
        let statement: DeriveStatement?
        do {
            statement = try DeriveStatement.parse(text, unitSymbols: unitSymbols)
        } catch {
            throw self.error("the derivation of sheet '\(sheet)', '\(text)', does not parse: \(error.message) at character \(error.span.start + 1)",
                             near: text)
        }
        guard let statement, statement.target == sheet else {
            throw self.error("the derivation of sheet '\(sheet)' must be a summarize or pivot into '\(sheet)'", near: text)
        }
        return text
    }

    /// `[names]` (a table: name = formula) or `[[names]]` (an array: name, formula, sheet).
    func names(_ value: TOMLValueConvertible?) throws(FileError) -> [WorkbookManifest.FormulaEntry] {
        let entries = try formulaEntries(value, key: "names", in: "the manifest", allowsSheet: true)
        for entry in entries { try checkFormula(entry.formula, of: "name \(entry.name)") }
        return entries
    }

    /// One `[[checks]]` table: `expr` and `message`.
    func check(_ table: TOMLTable) throws(FileError) -> WorkbookCheck {
        try refuseUnknownKeys(table, allowed: ["expr", "message"], in: "a check")
        guard let expr = try string(table, "expr", in: "a check") else { throw error("a check has no expr") }
        try checkFormula(expr, of: "a check")
        return WorkbookCheck(source: expr, message: try string(table, "message", in: "a check") ?? "")
    }

    /// Named formulas, as the SPEC's table (`{ 执行率 = "决算数 / 预算数" }`, which comes back
    /// in key order) or as our array of `{ name = …, formula = … }` tables (in its order).
    func formulaEntries(_ value: TOMLValueConvertible?, key: String, in place: String,
                        allowsSheet: Bool = false) throws(FileError) -> [WorkbookManifest.FormulaEntry] {
        guard let value else { return [] }
        if let table = value.table {
            var entries: [WorkbookManifest.FormulaEntry] = []
            for (name, item) in table {
                guard let formula = item.string else { throw error("\(key).\(name) of \(place) must be a formula in a string", near: name) }
                entries.append(WorkbookManifest.FormulaEntry(name: name, formula: formula))
            }
            return entries.sorted { $0.name < $1.name }
        }
        guard let array = value.array else { throw error("\(key) of \(place) must be a table or an array of tables", near: key) }
        var entries: [WorkbookManifest.FormulaEntry] = []
        for item in array {
            guard let table = item.table else { throw error("each entry of \(key) in \(place) must be a table", near: key) }
            try refuseUnknownKeys(table, allowed: allowsSheet ? ["name", "formula", "sheet"] : ["name", "formula"], in: "\(key) of \(place)")
            guard let name = try string(table, "name", in: "\(key) of \(place)"), !name.isEmpty,
                  let formula = try string(table, "formula", in: "\(key) of \(place)")
            else { throw error("each entry of \(key) in \(place) needs a name and a formula", near: key) }
            let sheet = allowsSheet ? try string(table, "sheet", in: "\(key) of \(place)") : nil
            entries.append(WorkbookManifest.FormulaEntry(name: name, formula: formula, sheet: sheet))
        }
        return entries
    }

    /// Refuses a sheet file outside the workbook directory: absolute, `~`, or through `..`.
    func checkRelative(_ file: String, of place: String) throws(FileError) {
        let parts = file.split(separator: "/", omittingEmptySubsequences: false)
        if file.hasPrefix("/") || file.hasPrefix("~") || file.contains("\\") || parts.contains("..") || file.contains("\0") {
            throw error("the file of \(place), '\(file)', must be a relative path inside the workbook directory", near: file)
        }
    }
}
