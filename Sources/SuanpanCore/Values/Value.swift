/// One cell's content after evaluation, or one argument of a function.
public enum Value: Sendable, Hashable {
    /// An empty cell. Not 0 and not empty text: spreadsheets treat it as either by context.
    case blank
    /// A number with its unit (`Unit.none` for a plain number).
    case number(Quantity)
    /// Text, kept as written.
    case text(String)
    /// TRUE or FALSE.
    case bool(Bool)
    /// A date as an Excel serial day number (1 is 1900-01-01, with Excel's phantom 1900-02-29).
    case date(Int)
    /// An error value such as `#DIV/0!`, which propagates through formulas.
    case error(CellError)

    /// A plain number without a unit.
    @inlinable
    public static func number(_ value: Exact) -> Value { .number(Quantity(value)) }

    /// A plain integer without a unit.
    @inlinable
    public static func number(_ value: Int) -> Value { .number(Quantity(Exact(value))) }

    /// The error this value is, if it is one.
    public var error: CellError? {
        if case .error(let error) = self { return error }
        return nil
    }
}
