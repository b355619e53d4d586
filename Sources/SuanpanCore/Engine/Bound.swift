/// A formula with its references resolved to sheets, columns and names: what the evaluator
/// walks. Binding happens once per evaluation of a formula, so a computed column evaluated
/// over a million rows looks each name up once, not once per row.
indirect enum Bound {
    /// A literal, its unit resolved (`72户`).
    case constant(Value)
    /// One cell of a sheet.
    case cell(Sheet, CellAddress)
    /// A rectangle of a sheet, corner to corner (inclusive), grid rows (row 0 = headings).
    case range(Sheet, rows: ClosedRange<Int>, columns: ClosedRange<Int>)
    /// A column by heading: the current row's value, or the whole column when `whole`.
    case column(Sheet, Int, whole: Bool)
    /// The value of a column in the row whose key matches.
    case keyed(Sheet, column: Int, key: Bound)
    case name(Workbook, String)
    case array([[Value]])
    case unary(UnaryOperator, Bound)
    case percent(Bound)
    case binary(BinaryOperator, Bound, Bound)
    /// A call: the spec, its arguments, and which were written empty.
    case call(FunctionSpec, [Bound], missing: [Bool])
}

/// What a formula reads, recorded while binding it so the dependency graph knows what to
/// recompute when a value changes. A range or a whole column is one precedent.
enum Precedent: Hashable {
    /// A rectangle of grid cells (row 0 = headings), inclusive.
    case cells(sheet: ObjectIdentifier, rows: ClosedRange<Int>, columns: ClosedRange<Int>)
    /// Every data cell of a column.
    case column(sheet: ObjectIdentifier, column: Int)
    case name(String)
}

/// A problem found while binding: an unknown function, name, sheet or column.
public struct BindingIssue: Error, Sendable, Equatable {
    public var message: String
    public var span: SourceSpan?
    /// A suggestion, such as "did you mean 'SUM'?".
    public var hint: String?
    /// The error value a formula that cannot be bound evaluates to.
    public var kind: CellError.Kind

    public init(_ message: String, span: SourceSpan?, hint: String? = nil, kind: CellError.Kind) {
        self.message = message
        self.span = span
        self.hint = hint
        self.kind = kind
    }
}
