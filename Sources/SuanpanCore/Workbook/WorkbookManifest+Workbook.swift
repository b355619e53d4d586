/// The manifest that describes a workbook in memory, for `save`.
extension WorkbookManifest {
    /// What `workbook`'s manifest says, with its sheets stored in `files` (by sheet, in
    /// order). Units are those of the data columns (a computed column's unit follows from
    /// its formula); formulas are written in their canonical text.
    public init(describing workbook: Workbook, files: [String]) {
        let standard = UnitCatalog.standard.units
        self.init(title: workbook.title, year: workbook.year)
        units = workbook.units.units.keys.filter { standard[$0] == nil }.sorted()
        sheets = zip(workbook.sheets, files).map { sheet, file in
            var entry = SheetEntry(name: sheet.name, file: file, key: sheet.keyColumn, formats: sheet.formats)
            entry.derived = sheet.derivation?.statementText(into: sheet.name)
            for column in sheet.columns where !column.unit.isNone && sheet.columnFormulas[column.name] == nil {
                entry.units[column.name] = column.unit.symbol
            }
            // Computed columns in the order they stand in the sheet; loading installs each
            // once what it reads exists, so this order need not follow their references.
            entry.columns = sheet.columns.compactMap { column in
                sheet.columnFormulas[column.name].map { FormulaEntry(name: column.name, formula: $0.formulaText) }
            }
            return entry
        }
        names = workbook.nameOrder.compactMap { name in
            workbook.names[name].map { FormulaEntry(name: name, formula: $0.formula.formulaText, sheet: $0.sheetName) }
        }
        checks = workbook.checks
    }
}
