extension Column {
    /// The cells at data rows `rows`, in that order, as a column of the same name, unit and
    /// kind of storage: one group's rows, for its aggregates. Text keeps its dictionary
    /// (shared, not copied), so gathering costs an array of codes.
    func gathering(_ rows: [Int]) -> Column {
        var gathered = Column(name: name, unit: unit, storage: .values([]))
        switch storage {
        case .numbers(let numbers, let blank):
            let blankRows = blank.isEmpty ? [] : rows.map { blank[$0] }
            gathered.storage = .numbers(numbers.gathering(rows), blank: blankRows)
        case .text(let codes, let dictionary):
            gathered.storage = .text(codes: rows.map { codes[$0] }, dictionary: dictionary)
        case .values(let values):
            gathered.storage = .values(rows.map { values[$0] })
        }
        return gathered
    }

    /// A code per row in `rows` such that two rows share a code exactly when their cells
    /// hold the same value; and the value of each code. Text columns use their dictionary
    /// codes, so no string is hashed per row.
    /// Whole numbers below this are key codes by table (`keyCodes`): years fit.
    static let smallKeys = 4096

    func keyCodes(_ rows: [Int]) -> (codes: [Int32], values: [Value]) {
        switch storage {
        case .text(let codes, let dictionary):
            let blankCode = Int32(dictionary.count)
            let values = dictionary.map(Value.text) + [.blank]
            return (rows.map { codes[$0] == Column.blankCode ? blankCode : codes[$0] }, values)
        case .numbers(let numbers, let blank):
            var known: [Exact: Int32] = [:]
            // Small whole numbers (a year, a quarter, a month) by table rather than by hashing
            // a decimal per row; `3` and `3.0` are one key either way.
            var small = [Int32](repeating: -1, count: Self.smallKeys)
            var values: [Value] = []
            var blankCode: Int32?
            let codes = rows.map { row -> Int32 in
                if !blank.isEmpty && blank[row] {
                    if let blankCode { return blankCode }
                    blankCode = Int32(values.count)
                    values.append(.blank)
                    return blankCode!
                }
                let number = numbers[row]
                if let whole = number.integerValue, whole >= 0, whole < Self.smallKeys {
                    if small[whole] >= 0 { return small[whole] }
                    small[whole] = Int32(values.count)
                    values.append(.number(Quantity(number, unit)))
                    return small[whole]
                }
                if let code = known[number] { return code }
                let code = Int32(values.count)
                known[numbers[row]] = code
                values.append(.number(Quantity(numbers[row], unit)))
                return code
            }
            return (codes, values)
        case .values(let cells):
            var known: [Value: Int32] = [:]
            var values: [Value] = []
            let codes = rows.map { row -> Int32 in
                if let code = known[cells[row]] { return code }
                let code = Int32(values.count)
                known[cells[row]] = code
                values.append(cells[row])
                return code
            }
            return (codes, values)
        }
    }
}
