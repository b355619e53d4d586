import Testing
@testable import SuanpanCore

/// Builds a value from a short literal, for tests of the value layer (which has no parser):
/// `3.6万元`, `72户`, `500元/户`, `-2`, `"abc"` (text), `TRUE`, `#DIV/0!`, `blank`,
/// `date:2024-03-31`. The number is the longest leading run of `0-9 . - + e E` that reads.
func value(_ literal: String, units: UnitCatalog = .standard) -> Value {
    if literal == "blank" { return .blank }
    if literal == "TRUE" { return .bool(true) }
    if literal == "FALSE" { return .bool(false) }
    if literal.hasPrefix("\""), literal.hasSuffix("\""), literal.count >= 2 {
        return .text(String(literal.dropFirst().dropLast()))
    }
    if let error = CellError(literal: literal) { return .error(error) }
    if literal.hasPrefix("date:") {
        guard let serial = ExcelDate.parse(literal.dropFirst(5)) else { fatalError("bad date \(literal)") }
        return .date(serial)
    }
    return .number(quantity(literal, units: units))
}

/// A quantity from a literal such as `3.6万元`, `1e3`, `12` or `500元/户`.
func quantity(_ literal: String, units: UnitCatalog = .standard) -> Quantity {
    var split = literal.endIndex
    while split > literal.startIndex, Exact(literal[..<split]) == nil {
        split = literal.index(before: split)
    }
    guard let amount = Exact(literal[..<split]) else { fatalError("no number in \(literal)") }
    let symbol = String(literal[split...])
    guard let unit = symbol.isEmpty ? Unit.none : units.unit(named: symbol) else {
        fatalError("unknown unit in \(literal)")
    }
    return Quantity(amount, unit)
}

/// A unit by symbol from the standard catalog.
func unit(_ symbol: String) -> Unit {
    guard let unit = UnitCatalog.standard.unit(named: symbol) else { fatalError("unknown unit \(symbol)") }
    return unit
}

/// One table row: an operator applied to two literals and the General display expected.
struct BinaryCase: CustomTestStringConvertible, Sendable {
    let left: String
    let op: BinaryOperator
    let right: String
    let expected: String

    init(_ left: String, _ op: BinaryOperator, _ right: String, _ expected: String) {
        self.left = left
        self.op = op
        self.right = right
        self.expected = expected
    }

    var testDescription: String { "\(left) \(op.rawValue) \(right) → \(expected)" }

    /// The operation's result as the prompt would print it.
    var actual: String { Value.binary(op, value(left), value(right)).generalDescription }
}
