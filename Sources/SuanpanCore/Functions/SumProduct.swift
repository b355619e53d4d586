/// SUMPRODUCT's arithmetic: arrays of one shape multiplied cell by cell, the products added.
///
/// As in Excel, a cell that is not a number (text, a boolean, a blank) makes its product 0,
/// and an error in any array is the result. Units multiply (`单价(元/户) × 户数(户)` sums to
/// 元), and the products are added by addition's rules, so they must share a dimension.
extension Builtins {
    /// The sum of the cell-by-cell products of `grids`; `#VALUE!` when their shapes differ.
    static func sumOfProducts(_ grids: [any Grid]) throws(CellError) -> Quantity {
        guard let first = grids.first else { return .zero }
        for grid in grids where grid.rowCount != first.rowCount || grid.columnCount != first.columnCount {
            throw CellError(.value, "SUMPRODUCT needs arrays of one shape, not \(first.rowCount)×\(first.columnCount) and \(grid.rowCount)×\(grid.columnCount)")
        }
        let columns = grids.compactMap(\.numberColumn)
        if columns.count == grids.count { return try sumOfProducts(columns) }
        var total = Quantity.zero
        for index in 0..<first.count {
            var product: Quantity? = Quantity(.one)
            for grid in grids {
                // Read every array's cell even after a non-number, so that an error still counts.
                let factor = try grid.value(at: index).referencedNumber
                if let factor, let partial = product {
                    product = try partial.multiplied(by: factor)
                } else {
                    product = nil
                }
            }
            if let product { total = try total.adding(product) }
        }
        return total
    }

    /// The fast path for number columns: one loop over the number storages, the unit and
    /// its conversion factor worked out once.
    private static func sumOfProducts(_ columns: [NumberColumnSlice]) throws(CellError) -> Quantity {
        var unit = Quantity(.one)
        for column in columns { unit = try unit.multiplied(by: Quantity(.one, column.unit)) }
        var sum = Exact.zero
        let count = columns[0].numbers.count
        for offset in 0..<count {
            var product = Exact.one
            for column in columns {
                if !column.blank.isEmpty && column.blank[column.blank.startIndex + offset] {
                    product = .zero
                    break
                }
                product *= column.numbers[column.numbers.startIndex + offset]
            }
            sum += product
        }
        return try Quantity(sum, .none).multiplied(by: unit)
    }
}
