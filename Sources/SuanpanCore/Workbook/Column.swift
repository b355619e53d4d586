/// One column of a sheet: its heading, its unit and its cells below the heading.
///
/// Storage is typed so that column formulas run as loops over arrays: a column whose cells
/// are all numbers (or blank) is held as `[Exact]` with a blank mask, anything else as values.
public struct Column: Sendable {
    /// How the cells are held.
    public enum Storage: Sendable {
        /// Numbers in the column's unit; `blank[i]` marks an empty cell (its number is 0).
        /// `blank` is empty when no cell is blank.
        case numbers([Exact], blank: [Bool])
        /// Any values: text, booleans, dates, errors, numbers with their own units.
        case values([Value])
    }

    /// The heading in row 1, without a unit suffix (`决算数` for `决算数(万元)`); for a column
    /// whose row 1 holds no text, its letters (`A`).
    public var name: String
    /// What row 1 holds when it is not the name as text: a figure typed into `A1` of a new
    /// sheet, say. Nil for an ordinary heading.
    public var heading: Value?
    /// The unit of the column's numbers (`Unit.none` for plain numbers).
    public var unit: Unit
    public var storage: Storage

    public init(name: String, unit: Unit = .none, storage: Storage) {
        self.name = name
        self.unit = unit
        self.storage = storage
    }

    /// A column of values, stored as numbers when every value is a number in `unit` or blank.
    public init(name: String, unit: Unit = .none, values: [Value]) {
        self.init(name: name, unit: unit, storage: Column.storage(for: values, unit: unit))
    }

    /// How many cells the column has below its heading.
    public var count: Int {
        switch storage {
        case .numbers(let numbers, _): numbers.count
        case .values(let values): values.count
        }
    }

    /// The value of the cell at 0-based data row `index` (spreadsheet row `index + 2`).
    @inlinable
    public subscript(index: Int) -> Value {
        switch storage {
        case .numbers(let numbers, let blank):
            if !blank.isEmpty && blank[index] { return .blank }
            return .number(Quantity(numbers[index], unit))
        case .values(let values):
            return values[index]
        }
    }

    /// Sets one cell, switching to general storage when the value no longer fits numbers.
    public mutating func set(_ value: Value, at index: Int) {
        if index >= count { extend(to: index + 1) }
        if case .numbers(var numbers, var blank) = storage {
            switch value {
            case .number(let quantity) where quantity.unit == unit:
                storage = .values([])  // release the array so the write below does not copy it
                numbers[index] = quantity.amount
                if !blank.isEmpty { blank[index] = false }
                storage = .numbers(numbers, blank: blank)
                return
            case .blank:
                storage = .values([])
                if blank.isEmpty { blank = Array(repeating: false, count: numbers.count) }
                blank[index] = true
                numbers[index] = .zero
                storage = .numbers(numbers, blank: blank)
                return
            default:
                storage = .values(Column.values(numbers: numbers, blank: blank, unit: unit))
            }
        }
        if case .values(var values) = storage {
            storage = .values([])
            values[index] = value
            storage = .values(values)
        }
    }

    /// Adds blank cells until the column has `count` cells.
    public mutating func extend(to newCount: Int) {
        guard newCount > count else { return }
        let extra = newCount - count
        switch storage {
        case .numbers(var numbers, var blank):
            storage = .values([])
            if blank.isEmpty { blank = Array(repeating: false, count: numbers.count) }
            numbers.append(contentsOf: repeatElement(.zero, count: extra))
            blank.append(contentsOf: repeatElement(true, count: extra))
            storage = .numbers(numbers, blank: blank)
        case .values(var values):
            storage = .values([])
            values.append(contentsOf: repeatElement(.blank, count: extra))
            storage = .values(values)
        }
    }

    /// Every cell as a value.
    public var values: [Value] {
        switch storage {
        case .numbers(let numbers, let blank): Column.values(numbers: numbers, blank: blank, unit: unit)
        case .values(let values): values
        }
    }

    private static func values(numbers: [Exact], blank: [Bool], unit: Unit) -> [Value] {
        numbers.indices.map { index in
            !blank.isEmpty && blank[index] ? .blank : .number(Quantity(numbers[index], unit))
        }
    }

    private static func storage(for values: [Value], unit: Unit) -> Storage {
        var numbers: [Exact] = []
        numbers.reserveCapacity(values.count)
        var blank: [Bool] = []
        var sawBlank = false
        for (index, value) in values.enumerated() {
            switch value {
            case .number(let quantity) where quantity.unit == unit:
                numbers.append(quantity.amount)
            case .blank:
                if !sawBlank {
                    sawBlank = true
                    blank = Array(repeating: false, count: index)
                }
                numbers.append(.zero)
            default:
                return .values(values)
            }
            if sawBlank { blank.append(value == .blank) }
        }
        return .numbers(numbers, blank: blank)
    }
}
