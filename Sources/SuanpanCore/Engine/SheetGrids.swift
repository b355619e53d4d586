/// A rectangle of a sheet, read in place.
struct SheetGrid: Grid {
    let sheet: Sheet
    let rows: ClosedRange<Int>
    let columns: ClosedRange<Int>

    var rowCount: Int { rows.count }
    var columnCount: Int { columns.count }

    func value(row: Int, column: Int) -> Value {
        sheet.value(at: CellAddress(row: rows.lowerBound + row, column: columns.lowerBound + column))
    }

    /// The typed storage when the rectangle is part of one number column below the headings.
    var numberColumn: NumberColumnSlice? {
        guard columns.count == 1, rows.lowerBound >= 1, columns.lowerBound < sheet.columns.count else { return nil }
        let column = sheet.columns[columns.lowerBound]
        guard case .numbers(let numbers, let blank) = column.storage, rows.upperBound <= numbers.count else { return nil }
        let range = (rows.lowerBound - 1)..<rows.upperBound
        return NumberColumnSlice(numbers: numbers[range], blank: blank.isEmpty ? [] : blank[range], unit: column.unit)
    }
}

/// Every data cell of one column (the heading excluded): `决算数` inside an aggregate.
struct ColumnGrid: Grid {
    let column: Column

    var rowCount: Int { column.count }
    var columnCount: Int { 1 }

    func value(row: Int, column _: Int) -> Value { column[row] }

    var numberColumn: NumberColumnSlice? {
        guard case .numbers(let numbers, let blank) = column.storage else { return nil }
        return NumberColumnSlice(numbers: numbers[...], blank: blank[...], unit: column.unit)
    }
}
