/// The cells of a range that criteria pick: what SUMIFS, COUNTIFS and the rest sum, count,
/// average or compare.
///
/// Criteria narrow a mask one range at a time. A number criterion against a number column
/// is a loop over the column's number storage, the operand converted once to the column's
/// unit; everything else is matched cell by cell.
struct CellSelection {
    /// The shape of the ranges the criteria apply to.
    let rowCount: Int
    /// See `rowCount`.
    let columnCount: Int
    /// One flag per cell, row by row.
    private(set) var picked: [Bool]

    /// Every cell of a `rowCount` × `columnCount` range, before any criterion.
    init(rowCount: Int, columnCount: Int) {
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.picked = Array(repeating: true, count: rowCount * columnCount)
    }

    /// How many cells are picked.
    var count: Int { picked.reduce(0) { $0 + ($1 ? 1 : 0) } }

    /// Keeps the cells of `grid`, a range of the selection's shape, that `criterion` matches.
    mutating func narrow(to criterion: Criterion, in grid: any Grid) {
        if case .number(let number) = criterion.operand, let column = grid.numberColumn {
            criterion.narrow(&picked, toNumbersOf: column, matching: number)
            return
        }
        for index in picked.indices where picked[index] {
            picked[index] = criterion.matches(grid.value(at: index))
        }
    }
}

extension Criterion {
    /// Keeps the cells of a number column that compare to `number` as the criterion asks.
    fileprivate func narrow(_ picked: inout [Bool], toNumbersOf column: NumberColumnSlice, matching number: Quantity) {
        let threshold: Exact
        if number.isPlain || column.unit.isNone || number.unit == column.unit {
            threshold = number.amount
        } else if number.unit.hasSameDimensions(as: column.unit) {
            threshold = number.amount(in: column.unit)
        } else {
            // No cell of another dimension equals the operand: only `<>` keeps any.
            if comparison != .notEqual { picked = Array(repeating: false, count: picked.count) }
            return
        }
        // The operand as a significand at each scale a ledger figure may have (0…18), so
        // that most cells compare as one 128-bit comparison.
        let atScale = (0...18).map { scale in
            Int(threshold.scale) <= scale ? Exact.scaledUp(threshold.significand, by: scale - Int(threshold.scale)) : nil
        }
        for offset in picked.indices where picked[offset] {
            if column.isBlank(offset) {
                picked[offset] = comparison == .notEqual
                continue
            }
            let number = column.number(at: offset)
            if (0...18).contains(number.scale), let target = atScale[Int(number.scale)] {
                picked[offset] = holds(number.significand < target ? -1 : (number.significand == target ? 0 : 1))
            } else {
                picked[offset] = holds(Exact.compare(number, threshold))
            }
        }
    }
}

extension NumberSink {
    /// Takes the numbers of the cells of `grid` that `selection` picks, by position; cells
    /// past `grid`'s edge count as blank. Only numbers count; an error picked is thrown.
    mutating func addNumbers(of grid: any Grid, pickedBy selection: CellSelection) throws(CellError) {
        if selection.columnCount == 1, let column = grid.numberColumn {
            // Gather the picked numbers into one slice: one allocation, then the column path.
            var numbers = NumberStore()
            for (offset, isPicked) in selection.picked.prefix(column.numbers.count).enumerated() where isPicked {
                if !column.isBlank(offset) {
                    numbers.append(column.numbers[column.numbers.startIndex + offset])
                }
            }
            try add(NumberColumnSlice(numbers: numbers[...], blank: [], unit: column.unit))
            return
        }
        for (index, isPicked) in selection.picked.enumerated() where isPicked {
            let row = index / selection.columnCount, column = index % selection.columnCount
            guard row < grid.rowCount, column < grid.columnCount else { continue }
            if let number = try grid.value(row: row, column: column).referencedNumber { try add(number) }
        }
    }
}

extension Arguments {
    /// The criterion argument `index` states: one value; a range of several cells is `#VALUE!`.
    func criterion(_ index: Int) throws(CellError) -> Criterion {
        if case .grid(let grid) = argument(index), grid.count != 1 {
            throw CellError(.value, "a criterion is one value, not a range")
        }
        return Criterion(scalar(index), units: context.units)
    }

    /// The cells picked by the (criteria_range, criteria) pairs of arguments `start...`,
    /// every range of the shape of `target` (or of the first range): else `#VALUE!`.
    func selection(pairsFrom start: Int, shapeOf target: (any Grid)? = nil) throws(CellError) -> CellSelection {
        guard (count - start) % 2 == 0 else {
            throw CellError(.value, "criteria come in pairs: a range, then its criterion")
        }
        let shape = target ?? grid(start)
        var selection = CellSelection(rowCount: shape.rowCount, columnCount: shape.columnCount)
        for index in stride(from: start, to: count, by: 2) {
            let range = grid(index)
            guard range.rowCount == shape.rowCount, range.columnCount == shape.columnCount else {
                throw CellError(.value, "the ranges must have one shape, not \(shape.rowCount)×\(shape.columnCount) and \(range.rowCount)×\(range.columnCount)")
            }
            selection.narrow(to: try criterion(index + 1), in: range)
        }
        return selection
    }
}
