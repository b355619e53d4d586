/// Reading a criterion written as text: `">=2"`, `"<>a*"`, `"="`, `">3万元"`.
extension Criterion {
    /// Operators by the text that starts a criterion; two-character ones are tried first.
    private static let operators: [(String, Comparison)] = [
        ("<=", .lessOrEqual), (">=", .greaterOrEqual), ("<>", .notEqual),
        ("<", .less), (">", .greater), ("=", .equal),
    ]

    /// The criterion `text` states (see the type's summary for the forms).
    static func reading(_ text: String, units: UnitCatalog) -> Criterion {
        var comparison = Comparison.equal
        var rest = Substring(text)
        var hasOperator = false
        if let (symbol, found) = operators.first(where: { text.hasPrefix($0.0) }) {
            comparison = found
            rest = rest.dropFirst(symbol.count)
            hasOperator = true
        }
        return Criterion(comparison, operand(rest, afterOperator: hasOperator, units: units))
    }

    /// The operand written after the operator.
    private static func operand(_ text: Substring, afterOperator: Bool, units: UnitCatalog) -> Operand {
        if text.isEmpty { return .nothing(alsoEmptyText: !afterOperator) }
        if let number = Value.numberFromText(text) { return .number(Quantity(number)) }
        if let quantity = quantity(text, units: units) { return .number(quantity) }
        switch text.uppercased() {
        case "TRUE": return .bool(true)
        case "FALSE": return .bool(false)
        default: break
        }
        if let error = CellError(literal: text) { return .error(error.kind) }
        return .text(String(text), Wildcard(String(text)))
    }

    /// A number followed by a unit the catalog knows (`3.6万元`, `72 户`), or nil.
    private static func quantity(_ text: Substring, units: UnitCatalog) -> Quantity? {
        guard let lastDigit = text.lastIndex(where: \.isASCIIDigit) else { return nil }
        let number = text[...lastDigit], symbol = text[text.index(after: lastDigit)...].trimmingSpaces
        guard !symbol.isEmpty, let unit = units.unit(named: String(symbol)),
              let amount = Value.numberFromText(number)
        else { return nil }
        return Quantity(amount, unit)
    }
}
