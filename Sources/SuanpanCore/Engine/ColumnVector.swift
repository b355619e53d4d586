/// A whole column's worth of a formula's intermediate value, for loop-at-a-time arithmetic.
enum ColumnVector {
    /// The same value on every row.
    case scalar(Value)
    /// One number per row in one unit; `blank` empty when no row is blank.
    case numbers(NumberStore, blank: [Bool], unit: Unit)
    /// Rows whose arithmetic produced errors among numbers: the numbers, and the errors by row.
    case numbersWithErrors(NumberStore, errors: [Int: Value], unit: Unit)

    /// The column this vector fills, or nil for a shape that must be built row by row.
    func column(named name: String, rowCount: Int) -> Column? {
        switch self {
        case .scalar(let value):
            return Column(name: name, values: Array(repeating: value, count: rowCount))
        case .numbers(let numbers, let blank, let unit):
            return Column(name: name, unit: unit, storage: .numbers(numbers, blank: blank))
        case .numbersWithErrors(let numbers, let errors, let unit):
            var values = numbers.map { Value.number(Quantity($0, unit)) }
            for (row, error) in errors { values[row] = error }
            return Column(name: name, unit: unit, values: values)
        }
    }

    /// `left op right` row by row, or nil when the operator or units need the general path.
    ///
    /// Handled here: `+ -` between the same unit, `/` between the same unit (a plain ratio),
    /// and `* /` between plain numbers. Blank cells count as 0, as in any arithmetic.
    static func arithmetic(_ op: BinaryOperator, _ left: ColumnVector, _ right: ColumnVector, rowCount: Int) -> ColumnVector? {
        guard let (a, aUnit) = left.operand, let (b, bUnit) = right.operand else { return nil }
        let resultUnit: Unit
        switch op {
        case .add where aUnit == bUnit, .subtract where aUnit == bUnit: resultUnit = aUnit
        case .divide where aUnit == bUnit: resultUnit = .none
        case .multiply where aUnit.isNone && bUnit.isNone: resultUnit = .none
        default: return nil
        }
        let (numbers, zeroDivisors) = ParallelRows.map(rowCount) { row -> Exact? in
            let x = a[row], y = b[row]
            switch op {
            case .add: return x + y
            case .subtract: return x - y
            case .multiply: return x * y
            default: return x.divided(by: y)
            }
        }
        if zeroDivisors.isEmpty { return .numbers(numbers, blank: [], unit: resultUnit) }
        let error = Value.error(CellError(.divisionByZero, "division by zero"))
        return .numbersWithErrors(numbers, errors: Dictionary(uniqueKeysWithValues: zeroDivisors.map { ($0, error) }),
                                  unit: resultUnit)
    }

    /// This vector as numbers to read row by row (blank as 0), or nil when it is not numeric.
    private var operand: (NumberOperand, Unit)? {
        switch self {
        case .numbers(let numbers, _, let unit): (.column(numbers), unit)
        case .scalar(.number(let quantity)): (.constant(quantity.amount), quantity.unit)
        case .scalar(.blank): (.constant(.zero), .none)
        default: nil
        }
    }
}

/// One side of a column operation: a column's numbers, or one number for every row.
enum NumberOperand: Sendable {
    case column(NumberStore)
    case constant(Exact)

    @inline(__always)
    subscript(row: Int) -> Exact {
        switch self {
        case .column(let numbers): numbers[row]
        case .constant(let number): number
        }
    }
}
