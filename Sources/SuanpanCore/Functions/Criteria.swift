/// One condition of SUMIF, COUNTIFS and the rest of the *IF family, as Excel reads it.
///
/// A criterion is a value. A number (or a date, or a blank, which Excel reads as 0) picks
/// the cells equal to it; TRUE, FALSE and an error value pick cells holding the same. Text is
/// an optional operator (`=`, `<>`, `<`, `<=`, `>`, `>=`) followed by an operand:
///
/// - a number (`">2"`, `"<>0"`, `"50%"`, `"2022-09-30"`, or with a unit, `">=3万元"`) compares
///   with numbers; for `=` and `<>` a text cell that reads as a number compares too, as in
///   Excel (`COUNTIF({"1"}, 1)` is 1), but `<`, `>` only ever pick numbers;
/// - `TRUE`/`FALSE` and error literals (`"#N/A"`) compare with booleans and errors;
/// - other text compares with text cells, ignoring case; for `=` and `<>` with the wildcards
///   `*`, `?` and `~`, for `<`, `>` in text order;
/// - nothing: `"="` picks blank cells, `"<>"` every cell that is not blank, and the empty
///   text `""` blank cells and empty texts.
///
/// `<>` picks exactly the cells `=` does not (blanks, errors and other types included); the
/// other operators never pick a cell of another type. A number without a unit is read in the
/// cell's unit, as comparisons do; a number of another dimension than the cell's never equals it.
public struct Criterion: Sendable {
    /// The relation a cell must have to the operand.
    enum Comparison: Sendable {
        case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
    }

    /// What cells are compared with.
    enum Operand: Sendable {
        case number(Quantity)
        case text(String, Wildcard)
        case bool(Bool)
        case error(CellError.Kind)
        /// No operand after the operator; `alsoEmptyText` for the bare empty criterion `""`.
        case nothing(alsoEmptyText: Bool)
    }

    /// How a cell must relate to the operand.
    let comparison: Comparison
    /// What cells are compared with.
    let operand: Operand

    /// The criterion a value states; `units` reads units written in criteria text.
    public init(_ value: Value, units: UnitCatalog = .standard) {
        switch value {
        case .number(let quantity): self.init(.equal, .number(quantity))
        case .date(let serial): self.init(.equal, .number(Quantity(Exact(serial))))
        case .blank: self.init(.equal, .number(.zero))
        case .bool(let flag): self.init(.equal, .bool(flag))
        case .error(let error): self.init(.equal, .error(error.kind))
        case .text(let text): self = Criterion.reading(text, units: units)
        }
    }

    /// A criterion from its parts.
    init(_ comparison: Comparison, _ operand: Operand) {
        self.comparison = comparison
        self.operand = operand
    }

    /// True when `cell` satisfies the criterion.
    public func matches(_ cell: Value) -> Bool {
        switch operand {
        case .number(let number):
            guard let order = numericOrder(of: cell, against: number) else { return comparison == .notEqual }
            return holds(order)
        case .text(let text, let pattern):
            guard case .text(let cellText) = cell else { return comparison == .notEqual }
            switch comparison {
            case .equal: return pattern.matches(cellText)
            case .notEqual: return !pattern.matches(cellText)
            default: return holds(Value.compareText(cellText, text))
            }
        case .bool(let flag):
            guard case .bool(let cellFlag) = cell else { return comparison == .notEqual }
            return holds(cellFlag == flag ? 0 : (cellFlag ? 1 : -1))
        case .error(let kind):
            guard case .error(let error) = cell else { return comparison == .notEqual }
            switch comparison {
            case .equal: return error.kind == kind
            case .notEqual: return error.kind != kind
            default: return false
            }
        case .nothing(let alsoEmptyText):
            let isEmpty = cell == .blank || (alsoEmptyText && cell == .text(""))
            switch comparison {
            case .equal: return isEmpty
            case .notEqual: return cell != .blank
            default: return false
            }
        }
    }

    /// The order of `cell` against a number operand, or nil when they do not compare.
    private func numericOrder(of cell: Value, against number: Quantity) -> Int? {
        let quantity: Quantity
        switch cell {
        case .number(let cellNumber): quantity = cellNumber
        case .date(let serial): quantity = Quantity(Exact(serial))
        case .text(let text) where comparison == .equal || comparison == .notEqual:
            guard let read = Value.numberFromText(text) else { return nil }
            quantity = Quantity(read)
        default: return nil
        }
        return try? quantity.compared(to: number)
    }

    /// True when a cell ordered `order` (-1, 0, 1) against the operand satisfies the relation.
    @inline(__always)
    func holds(_ order: Int) -> Bool {
        switch comparison {
        case .equal: order == 0
        case .notEqual: order != 0
        case .less: order < 0
        case .lessOrEqual: order <= 0
        case .greater: order > 0
        case .greaterOrEqual: order >= 0
        }
    }
}
