/// A parsed formula: the tree the evaluator walks and the printer writes back.
///
/// References are kept as written (`C2`, `支出!C2:C9`, `支出.决算数`): which sheet, column or
/// name a path means depends on where the formula lives, and is decided when it is bound.
public indirect enum Expr: Sendable, Equatable {
    /// A number literal with the unit written after it (`72户` → 72, "户"; "" for none).
    /// `3.6万` is read as 36000 with no unit.
    case number(Exact, unit: String)
    case text(String)
    case bool(Bool)
    case error(CellError.Kind)
    /// An argument left out: the middle of `IF(A1,,1)`.
    case missing
    /// `A1`, `$B$2`, `支出!C2`, `'my sheet'!C2`.
    case cell(CellReference)
    /// `A1:B9`, `C:C`, `支出!C2:C9`.
    case range(RangeReference)
    /// Identifiers joined by dots: `决算数`, `支出.决算数`, `y2021.支出.决算数`, `人均经费`.
    case path([String], SourceSpan)
    /// A row chosen by its key: `支出.决算数["基本支出"]`.
    case keyed(Expr, key: Expr)
    /// An array constant `{1,2;3,4}`: rows of columns.
    case array([[Expr]])
    case unary(UnaryOperator, Expr)
    /// Postfix `%`: divides by 100.
    case percent(Expr)
    case binary(BinaryOperator, Expr, Expr)
    /// A function call, name in upper case as declared.
    case call(String, [Expr], SourceSpan)
}

/// Prefix operators.
public enum UnaryOperator: String, Sendable {
    case negate = "-"
    case plus = "+"
}

/// Infix operators, with Excel's precedence (higher binds tighter).
public enum BinaryOperator: String, Sendable, CaseIterable {
    case power = "^"
    case multiply = "*"
    case divide = "/"
    case add = "+"
    case subtract = "-"
    case concatenate = "&"
    case equal = "="
    case notEqual = "<>"
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    /// Excel's precedence: `^` 5, `* /` 4, `+ -` 3, `&` 2, comparisons 1. All left-associative.
    public var precedence: Int {
        switch self {
        case .power: 5
        case .multiply, .divide: 4
        case .add, .subtract: 3
        case .concatenate: 2
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: 1
        }
    }
}
