/// The formats a derived sheet's columns show in when it has none of its own.
///
/// `summarize 台账 by 部门 into 部门汇总 with 预算 = SUM(预算数)` makes 预算 the same kind of figure
/// as 预算数, so it shows in 预算数's format (`#,##0.00`) unless `format 部门汇总.预算` says
/// otherwise; a pivot's value columns take the format of the column its value aggregates,
/// and key columns keep theirs. Only aggregates that keep a column's meaning pass a format
/// on — `SUM`, `AVERAGE`, `MIN`, `MAX` of one bare column — never `COUNT` or a ratio.
///
/// The inheritance is worked out when shown, not copied when the sheet is made: a later
/// `format 台账.预算数` reaches the derived sheet too, and workbook.toml keeps only the
/// formats an analyst set. Columns without any format print General: a CSV's figures do not
/// keep how many decimals they were published with (`40.10` is the number 40.1), so a
/// money column wants an explicit `format … "#,##0.00"` to print its fen.
extension Workbook {
    /// `sheet`'s display patterns by column name: its own, over those it inherits.
    public func displayFormats(of sheet: Sheet) -> [String: String] {
        displayFormats(of: sheet, depth: 0)
    }

    private func displayFormats(of sheet: Sheet, depth: Int) -> [String: String] {
        // Derivations cannot form a cycle (summarize refuses one); the bound is a safeguard.
        guard depth < 32, let derivation = sheet.derivation, let source = self.sheet(named: derivation.source) else {
            return sheet.formats
        }
        let sourceFormats = displayFormats(of: source, depth: depth + 1)
        var formats: [String: String] = [:]
        for key in derivation.keyColumns { formats[key] = sourceFormats[key] }
        switch derivation.kind {
        case .summarize(_, let items):
            for item in items {
                formats[item.name] = Self.aggregatedColumn(item.formula, source: source.name).flatMap { sourceFormats[$0] }
            }
        case .pivot(let rows, let columns, let value):
            let format = Self.aggregatedColumn(value, source: source.name).flatMap { sourceFormats[$0] }
            formats[columns] = nil
            for column in sheet.columns where column.name != rows { formats[column.name] = format }
        }
        return formats.merging(sheet.formats) { _, own in own }
    }

    /// The column `SUM(预算数)` (or `AVERAGE`, `MIN`, `MAX`; `台账.预算数` too) aggregates.
    static func aggregatedColumn(_ formula: Expr, source: String) -> String? {
        guard case .call(let name, let arguments, _) = formula, ["SUM", "AVERAGE", "MIN", "MAX"].contains(name),
              arguments.count == 1, case .path(let parts, _) = arguments[0] else { return nil }
        if parts.count == 1 { return parts[0] }
        if parts.count == 2, parts[0] == source { return parts[1] }
        return nil
    }
}
