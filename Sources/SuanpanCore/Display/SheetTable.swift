/// A sheet's rows as a `TextTable`: what `show` prints.
///
/// Headings carry the column's unit (`决算数(万元)`), so that cells show bare figures; a
/// number in another unit than its column's (a mixed column) shows its own. A column with a
/// display format (`format 支出.执行率 "0.00%"`) shows its numbers in it, else in General.
/// Number columns are right-aligned, text columns left-aligned; in a mixed column each cell
/// keeps to the side its kind does.
///
/// Formatted figures round in `rounding` (`set rounding`; the stored value never changes).
/// `formats` defaults to the sheet's own; `show` passes `Workbook.displayFormats(of:)`, which
/// adds those a derived sheet inherits from the columns its aggregates read.
struct SheetTable {
    let sheet: Sheet
    let units: UnitCatalog
    var rounding: RoundingMode = .halfAwayFromZero
    /// Display patterns by column name; nil for `sheet.formats`.
    var formats: [String: String]? = nil

    /// The table of the data rows `rows` (0-based, in the order given). Its leading key
    /// columns are pinned, so that fitting a narrow terminal keeps what names each row.
    func table(rows: [Int], maxRows: Int? = nil) -> TextTable {
        let patterns = self.formats ?? sheet.formats
        let formats: [NumberFormat?] = sheet.columns.map { column in
            patterns[column.name].flatMap { try? NumberFormat($0) }
        }
        var table = TextTable(headers: sheet.columns.map(Self.heading), rows: [],
                              alignments: sheet.columns.map(Self.alignment), maxRows: maxRows,
                              pinnedColumns: pinnedColumns)
        table.rows.reserveCapacity(rows.count)
        for row in rows {
            table.rows.append(sheet.columns.indices.map { index in
                cell(sheet.columns[index], row: row, format: formats[index])
            })
        }
        return table
    }

    /// The summarize keys of a derived sheet; else up to the key column when it is among the
    /// first three; else the first column.
    var pinnedColumns: Int {
        if case .summarize(let keys, _) = sheet.derivation?.kind { return max(keys.count, 1) }
        if let key = sheet.keyColumn, let index = sheet.columnIndex(named: key), index < 3 { return index + 1 }
        return 1
    }

    /// `决算数(万元)` for a column with a unit, else its name.
    static func heading(_ column: Column) -> String {
        column.unit.isNone ? column.name : "\(column.name)(\(column.unit.symbol))"
    }

    /// Right for a column whose cells are numbers, left otherwise.
    static func alignment(_ column: Column) -> TextTable.Alignment {
        switch column.storage {
        case .numbers: .right
        case .text: .left
        case .values(let values):
            values.contains { if case .text = $0 { true } else { false } } ? .left : .right
        }
    }

    private func cell(_ column: Column, row: Int, format: NumberFormat?) -> TextTable.Cell {
        let value = row < column.count ? column[row] : .blank
        switch value {
        case .blank:
            return TextTable.Cell("")
        case .text(let text):
            return TextTable.Cell(text, alignment: .left)
        case .number(let quantity):
            let negative = quantity.amount.isNegative
            if let format, let text = try? format.format(value, mode: rounding, units: units) {
                return TextTable.Cell(text, alignment: .right, isNegative: negative)
            }
            let text = quantity.unit == column.unit ? quantity.amount.generalDescription : quantity.generalDescription
            return TextTable.Cell(text, alignment: .right, isNegative: negative)
        case .date:
            if let format, let text = try? format.format(value, mode: rounding, units: units) {
                return TextTable.Cell(text, alignment: .right)
            }
            return TextTable.Cell(value.generalDescription, alignment: .right)
        case .bool, .error:
            return TextTable.Cell(value.generalDescription)
        }
    }
}
