// Stand-in operators until the value semantics branch lands; removed at that merge.
extension Value {
    static func unary(_ op: UnaryOperator, _ value: Value) -> Value {
        guard let number = try? value.coercedToNumber() else { return .error(CellError(.value)) }
        return op == .negate ? .number(Quantity(-number.amount, number.unit)) : .number(number)
    }

    static func percent(_ value: Value) -> Value {
        guard let number = try? value.coercedToNumber() else { return .error(CellError(.value)) }
        return .number(Quantity(number.amount.divided(by: Exact(100))!, number.unit))
    }

    static func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Value {
        if case .error = a { return a }
        if case .error = b { return b }
        guard let x = try? a.coercedToNumber(), let y = try? b.coercedToNumber() else { return .error(CellError(.value)) }
        switch op {
        case .add: return .number(Quantity(x.amount + y.amount, x.unit))
        case .subtract: return .number(Quantity(x.amount - y.amount, x.unit))
        case .multiply: return .number(Quantity(x.amount * y.amount, x.unit))
        case .divide:
            guard let q = x.amount.divided(by: y.amount) else { return .error(CellError(.divisionByZero)) }
            return .number(Quantity(q, x.unit))
        case .equal: return .bool(x.amount == y.amount)
        case .notEqual: return .bool(x.amount != y.amount)
        case .less: return .bool(x.amount < y.amount)
        case .lessOrEqual: return .bool(x.amount <= y.amount)
        case .greater: return .bool(x.amount > y.amount)
        case .greaterOrEqual: return .bool(x.amount >= y.amount)
        default: return .error(CellError(.value))
        }
    }
}
