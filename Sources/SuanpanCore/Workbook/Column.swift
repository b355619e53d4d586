/// One column of a sheet: its heading, its unit and its cells below the heading.
///
/// Storage is typed so that column formulas run as loops over arrays: a column whose cells
/// are all numbers (or blank) is held as a `NumberStore` (compact significands and scales)
/// with a blank mask; a column of text (or
/// blank) as codes into a dictionary of its distinct texts (a ledger's 部门 column repeats
/// 200 names over a million rows); anything else as values.
public struct Column: Sendable {
    /// How the cells are held.
    public enum Storage: Sendable {
        /// Numbers in the column's unit; `blank[i]` marks an empty cell (its number is 0).
        /// `blank` is empty when no cell is blank.
        case numbers(NumberStore, blank: [Bool])
        /// Texts as indexes into `dictionary`; `Column.blankCode` marks an empty cell.
        case text(codes: [Int32], dictionary: [String])
        /// Any values: text, booleans, dates, errors, numbers with their own units.
        case values([Value])

        /// Number storage from an array of figures, stored compactly.
        public static func numbers(_ numbers: [Exact], blank: [Bool]) -> Storage {
            .numbers(NumberStore(numbers), blank: blank)
        }
    }

    /// The code of an empty cell in text storage.
    public static let blankCode: Int32 = -1

    /// The heading in row 1, without a unit suffix (`决算数` for `决算数(万元)`); for a column
    /// whose row 1 holds no text, its letters (`A`).
    public var name: String
    /// What row 1 holds when it is not the name as text: a figure typed into `A1` of a new
    /// sheet, say. Nil for an ordinary heading.
    public var heading: Value?
    /// The unit of the column's numbers (`Unit.none` for plain numbers).
    public var unit: Unit
    public var storage: Storage
    /// Cells whose text as read differs from how their value is written (`1,234.56`,
    /// `（1,234.00）`, `2022/9/30`), by 0-based data row: written back as read until the cell
    /// changes, so a saved workbook keeps its figures byte for byte. Sparse: most cells'
    /// canonical spelling (`12.30`, `91`) already is their source.
    public var sourceText: [Int: String] = [:]

    public init(name: String, unit: Unit = .none, storage: Storage) {
        self.name = name
        self.unit = unit
        self.storage = storage
    }

    /// A column of values, stored as numbers when every value is a number in `unit` or blank,
    /// as text codes when every value is text or blank.
    public init(name: String, unit: Unit = .none, values: [Value]) {
        self.init(name: name, unit: unit, storage: Column.storage(for: values, unit: unit))
    }

    /// A column of `count` blank cells, stored as a column of blank values would be, without
    /// making the values: a computed column's placeholder over a million rows.
    public init(name: String, blankCount count: Int) {
        self.init(name: name, storage: .numbers(NumberStore(repeating: .zero, count: count),
                                                blank: Array(repeating: true, count: count)))
    }

    /// How many cells the column has below its heading.
    public var count: Int {
        switch storage {
        case .numbers(let numbers, _): numbers.count
        case .text(let codes, _): codes.count
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
        case .text(let codes, let dictionary):
            let code = codes[index]
            return code == Column.blankCode ? .blank : .text(dictionary[Int(code)])
        case .values(let values):
            return values[index]
        }
    }

    /// Sets one cell, switching to general storage when the value no longer fits; the cell's
    /// source text is forgotten.
    public mutating func set(_ value: Value, at index: Int) {
        if index >= count { extend(to: index + 1) }
        sourceText[index] = nil
        switch storage {
        case .numbers(var numbers, var blank):
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
                storage = .values(values)
            }
        case .text(var codes, var dictionary):
            switch value {
            case .text(let text):
                storage = .values([])
                // A new text is appended to the dictionary; a linear search keeps this
                // rare path simple (bulk loads build the dictionary with a hash table).
                let code = dictionary.firstIndex(of: text) ?? { dictionary.append(text); return dictionary.count - 1 }()
                codes[index] = Int32(code)
                storage = .text(codes: codes, dictionary: dictionary)
                return
            case .blank:
                storage = .values([])
                codes[index] = Column.blankCode
                storage = .text(codes: codes, dictionary: dictionary)
                return
            default:
                storage = .values(values)
            }
        case .values:
            break
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
            numbers.append(repeating: .zero, count: extra)
            blank.append(contentsOf: repeatElement(true, count: extra))
            storage = .numbers(numbers, blank: blank)
        case .text(var codes, let dictionary):
            storage = .values([])
            codes.append(contentsOf: repeatElement(Column.blankCode, count: extra))
            storage = .text(codes: codes, dictionary: dictionary)
        case .values(var values):
            storage = .values([])
            values.append(contentsOf: repeatElement(.blank, count: extra))
            storage = .values(values)
        }
    }

    /// Every cell as a value.
    public var values: [Value] {
        switch storage {
        case .numbers, .text: (0..<count).map { self[$0] }
        case .values(let values): values
        }
    }

    /// True when the column holds text (as text storage, or among its values).
    public var holdsText: Bool {
        switch storage {
        case .numbers: false
        case .text(_, let dictionary): !dictionary.isEmpty
        case .values(let values): values.contains { if case .text = $0 { true } else { false } }
        }
    }

    private static func storage(for values: [Value], unit: Unit) -> Storage {
        numberStorage(values, unit: unit) ?? textStorage(values) ?? .values(values)
    }

    private static func numberStorage(_ values: [Value], unit: Unit) -> Storage? {
        var numbers = NumberStore()
        numbers.reserveCapacity(values.count)
        var blank: [Bool] = []
        for (index, value) in values.enumerated() {
            switch value {
            case .number(let quantity) where quantity.unit == unit:
                numbers.append(quantity.amount)
                if !blank.isEmpty { blank.append(false) }
            case .blank:
                if blank.isEmpty { blank = Array(repeating: false, count: index) }
                numbers.append(.zero)
                blank.append(true)
            default:
                return nil
            }
        }
        return .numbers(numbers, blank: blank)
    }

    private static func textStorage(_ values: [Value]) -> Storage? {
        var codes: [Int32] = []
        codes.reserveCapacity(values.count)
        var dictionary: [String] = []
        var known: [String: Int32] = [:]
        for value in values {
            switch value {
            case .text(let text):
                if let code = known[text] {
                    codes.append(code)
                } else {
                    let code = Int32(dictionary.count)
                    known[text] = code
                    dictionary.append(text)
                    codes.append(code)
                }
            case .blank:
                codes.append(Column.blankCode)
            default:
                return nil
            }
        }
        return .text(codes: codes, dictionary: dictionary)
    }
}
