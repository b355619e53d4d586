/// Turns the cells read from a worksheet into a `Sheet`: row 1 gives the headings, the
/// rows below become typed columns.
///
/// A heading is the text of row 1. A heading that ends in a known unit in brackets
/// (`决算数(万元)`, `金额（万元）`) names the column without it and gives the column that
/// unit, so its figures are quantities in 万元. A column whose row-1 cell is empty or not
/// text is named by its letters (`F`), and a non-text heading is kept as the column's
/// `heading` value.
enum XLSXSheetBuilder {
    /// The sheet named `name` from the cells `worksheet` collected, within `limits`; problems
    /// name `part` inside `file`.
    static func sheet(named name: String, from worksheet: XLSXWorksheet, units: UnitCatalog,
                      limits: XLSXLimits, part: String, file: String) throws(FileError) -> Sheet {
        let width = worksheet.columns.count
        let height = worksheet.lastRow + 1
        // Dense columns cost every cell of the rectangle, filled or not: refuse a sheet
        // whose few cells stand far apart (A1 and XFD1048576) before allocating it.
        guard width * height <= limits.maximumCells else {
            throw FileError(file, "\(part): the sheet spans \(height) rows × \(width) columns, more than the "
                + "limit of \(limits.maximumCells) cells")
        }
        var columns: [Column] = []
        columns.reserveCapacity(width)
        for (index, cells) in worksheet.columns.enumerated() {
            var heading: Value = .blank
            var values = Array(repeating: Value.blank, count: max(height - 1, 0))
            for (row, value) in cells {
                if row == 0 { heading = value } else { values[row - 1] = value }
            }
            columns.append(column(index: index, heading: heading, values: values, units: units))
        }
        return Sheet(name: name, columns: columns)
    }

    /// Column names used more than once on a sheet, each with the letters of its columns:
    /// a name then addresses only the first of them.
    static func duplicateNames(_ sheet: Sheet) -> [String] {
        var letters: [String: [String]] = [:]
        for (index, column) in sheet.columns.enumerated() {
            letters[column.name, default: []].append(CellAddress.columnLetters(index))
        }
        return letters.filter { $0.value.count > 1 }
            .sorted { $0.value[0].count != $1.value[0].count ? $0.value[0].count < $1.value[0].count : $0.value[0] < $1.value[0] }
            .map { "'\($0.key)' (columns \($0.value.joined(separator: ", ")))" }
    }

    private static func column(index: Int, heading: Value, values: [Value], units: UnitCatalog) -> Column {
        guard case .text(let text) = heading, !text.trimmingSpaces.isEmpty else {
            var column = Column(name: CellAddress.columnLetters(index), values: values)
            if heading != .blank { column.heading = heading }
            return column
        }
        guard let (name, unit) = splitUnit(text, units: units) else {
            return Column(name: text, values: values)
        }
        let inUnit = values.map { value -> Value in
            if case .number(let quantity) = value, quantity.isPlain { return .number(Quantity(quantity.amount, unit)) }
            return value
        }
        return Column(name: name, unit: unit, values: inUnit)
    }

    /// `("决算数", 万元)` for `决算数(万元)` or `决算数（万元）`, when the bracketed text is a
    /// unit the catalog knows and a name stands before it.
    static func splitUnit(_ heading: String, units: UnitCatalog) -> (String, Unit)? {
        let text = heading.trimmingSpaces
        guard let close = text.last, close == ")" || close == "）",
              let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return nil }
        let symbol = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingSpaces
        let name = text[..<open].trimmingSpaces
        guard !name.isEmpty, !symbol.isEmpty, let unit = units.unit(named: String(symbol)) else { return nil }
        return (String(name), unit)
    }
}
