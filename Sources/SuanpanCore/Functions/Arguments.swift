/// One argument as a function receives it.
public enum Argument {
    /// A value computed from an expression typed in the call: `1`, `"3"`, `TRUE`, `A1+1`.
    case value(Value)
    /// A reference or array: `A1`, `C2:C9`, `决算数` inside an aggregate, `{1,2,3}`.
    /// Excel treats values reached through references differently from typed ones (text and
    /// booleans in a referenced range are skipped by SUM; typed ones are coerced).
    case grid(any Grid)
}

/// What a function needs from the session besides its arguments.
public struct FunctionContext: Sendable {
    /// Today's date as an Excel serial, for TODAY().
    public var today: Int
    /// The units known to the workbook, for CONVERT.
    public var units: UnitCatalog
    /// Ctrl-C: row-by-row loops stop early when it is set.
    public var interruption: InterruptionFlag?
    /// The most cells an operator applied cell by cell may produce (see `Environment`).
    public var arrayCellLimit: Int

    public init(today: Int, units: UnitCatalog = .standard, interruption: InterruptionFlag? = nil,
                arrayCellLimit: Int = Sheet.maximumCells) {
        self.today = today
        self.units = units
        self.interruption = interruption
        self.arrayCellLimit = arrayCellLimit
    }
}

/// The arguments of one call, evaluated on demand and at most once each.
///
/// Lazy so that `IF`, `IFERROR` and `IFS` evaluate only the branch they take. Accessors do
/// the coercion and error propagation every function needs, so a function body is only its
/// arithmetic: `try args.number(0)` throws the argument's cell error, or `#VALUE!` for text
/// that is not a number.
public final class Arguments {
    public let count: Int
    public let context: FunctionContext
    private let evaluate: (Int) -> Argument
    private var cache: [Argument?]

    public init(count: Int, context: FunctionContext, evaluate: @escaping (Int) -> Argument) {
        self.count = count
        self.context = context
        self.evaluate = evaluate
        self.cache = Array(repeating: nil, count: count)
    }

    /// Argument `index` as given: a value or a grid.
    public func argument(_ index: Int) -> Argument {
        if let cached = cache[index] { return cached }
        let argument = evaluate(index)
        cache[index] = argument
        return argument
    }

    /// True when the call ends before argument `index`: the parameter was left out.
    ///
    /// Only then does a parameter's default apply. An argument written empty is present, and
    /// Excel reads it as a blank, that is 0, FALSE or "": `VLOOKUP(x, t, 2,)` is an exact
    /// match and `LEFT("abc",)` is "", not the defaults TRUE and 1.
    public func isAbsent(_ index: Int) -> Bool {
        index >= count
    }

    /// True when argument `index` is absent or left empty (`IF(A1,,1)`).
    public func isMissing(_ index: Int) -> Bool {
        guard index < count else { return true }
        if case .value(.blank) = argument(index), isExplicitlyEmpty(index) { return true }
        return false
    }

    private var emptyPositions: Set<Int> = []

    /// Marks argument `index` as written empty; the evaluator calls this for `Expr.missing`.
    public func markEmpty(_ index: Int) { emptyPositions.insert(index) }
    private func isExplicitlyEmpty(_ index: Int) -> Bool { emptyPositions.contains(index) }

    /// Argument `index` as one value: a single-cell grid gives its cell; a larger grid is
    /// `#VALUE!` (a range where one value is wanted). Error values are returned, not thrown.
    public func scalar(_ index: Int) -> Value {
        guard index < count else { return .blank }
        switch argument(index) {
        case .value(let value):
            return value
        case .grid(let grid):
            if grid.rowCount == 1 && grid.columnCount == 1 { return grid.value(row: 0, column: 0) }
            return .error(CellError(.value, "a range was given where one value is expected"))
        }
    }

    /// Argument `index` as one value, throwing it if it is an error.
    public func value(_ index: Int) throws(CellError) -> Value {
        let value = scalar(index)
        if case .error(let error) = value { throw error }
        return value
    }

    /// Argument `index` as a number with its unit (blank is 0, `"12.5"` is 12.5, TRUE is 1).
    public func number(_ index: Int) throws(CellError) -> Quantity {
        try value(index).coercedToNumber()
    }

    /// Argument `index` as a plain number; a unit is dropped (used for counts and positions).
    public func exact(_ index: Int) throws(CellError) -> Exact {
        try number(index).amount
    }

    /// Argument `index` as a whole number, truncated toward zero as Excel does for counts and
    /// positions; `defaultValue` when it is left out (written empty, it is 0: see `isAbsent`).
    public func integer(_ index: Int, default defaultValue: Int? = nil) throws(CellError) -> Int {
        if let defaultValue, isAbsent(index) { return defaultValue }
        guard let integer = try exact(index).truncatedInteger else {
            throw CellError(.num, "the number is too large for a count or position")
        }
        return integer
    }

    /// Argument `index` as text (numbers in General format, TRUE as "TRUE").
    public func text(_ index: Int) throws(CellError) -> String {
        try value(index).coercedToText()
    }

    /// Argument `index` as a boolean (0 is FALSE, other numbers TRUE, "TRUE"/"FALSE" text);
    /// `defaultValue` when it is left out (written empty, it is FALSE: see `isAbsent`).
    public func bool(_ index: Int, default defaultValue: Bool? = nil) throws(CellError) -> Bool {
        if let defaultValue, isAbsent(index) { return defaultValue }
        return try value(index).coercedToBool()
    }

    /// Argument `index` as a grid: a typed value becomes a 1×1 grid.
    public func grid(_ index: Int) -> any Grid {
        switch argument(index) {
        case .grid(let grid): return grid
        case .value(let value): return ValueGrid(rows: [[value]])
        }
    }
}
