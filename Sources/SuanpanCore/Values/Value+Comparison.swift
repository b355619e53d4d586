/// Excel's ordering of values, for `= <> < > <= >=` and the functions that compare.
///
/// Across types, numbers (and dates) < text < booleans, whatever the contents: `"1" = 1` is
/// FALSE and `TRUE > 5` is TRUE. A blank takes the place of the other side's zero: 0 against
/// a number, "" against text, FALSE against a boolean. Text compares case-insensitively
/// (`lowercased()`), then by Unicode scalar, which orders Chinese by code point. Numbers
/// compare exactly, across the units of one dimension (`1万元 = 10000元`).
extension Value {
    /// -1, 0 or 1 as `a` is below, equal to or above `b`; an error operand is thrown (the
    /// left one first), and numbers of different dimensions are `#UNIT!`.
    public static func compare(_ a: Value, _ b: Value) throws(CellError) -> Int {
        if case .number(let x) = a, case .number(let y) = b { return try x.compared(to: y) }
        if let error = a.error { throw error }
        if let error = b.error { throw error }
        let left = a.comparable(against: b), right = b.comparable(against: a)
        switch (left, right) {
        case (.number(let x), .number(let y)): return try x.compared(to: y)
        case (.text(let x), .text(let y)): return compareText(x, y)
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (x ? 1 : -1)
        default: return left.rank < right.rank ? -1 : (left.rank > right.rank ? 1 : 0)
        }
    }

    /// The comparison `a op b` as TRUE, FALSE or the error.
    static func comparison(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Value {
        do throws(CellError) {
            let order = try compare(a, b)
            switch op {
            case .equal: return .bool(order == 0)
            case .notEqual: return .bool(order != 0)
            case .less: return .bool(order < 0)
            case .lessOrEqual: return .bool(order <= 0)
            case .greater: return .bool(order > 0)
            case .greaterOrEqual: return .bool(order >= 0)
            default: throw CellError(.value, "\(op.rawValue) is not a comparison")
            }
        } catch {
            return .error(error)
        }
    }

    /// Case-insensitive text order by Unicode scalar.
    static func compareText(_ a: String, _ b: String) -> Int {
        if a == b { return 0 }
        let x = a.lowercased().unicodeScalars, y = b.lowercased().unicodeScalars
        if x.elementsEqual(y) { return 0 }
        return x.lexicographicallyPrecedes(y) ? -1 : 1
    }

    /// One side of a comparison reduced to its class; a blank becomes the other side's zero.
    private func comparable(against other: Value) -> Comparand {
        switch self {
        case .number(let quantity): return .number(quantity)
        case .date(let serial): return .number(Quantity(Exact(serial)))
        case .text(let text): return .text(text)
        case .bool(let flag): return .bool(flag)
        case .blank, .error:
            // Only a blank gets here: `compare` throws errors before reducing operands.
            switch other {
            case .text: return .text("")
            case .bool: return .bool(false)
            default: return .number(.zero)
            }
        }
    }
}

/// A value as comparisons see it: a number, text or a boolean.
private enum Comparand {
    case number(Quantity)
    case text(String)
    case bool(Bool)

    /// Excel's order across types: numbers, then text, then booleans.
    var rank: Int {
        switch self {
        case .number: 0
        case .text: 1
        case .bool: 2
        }
    }
}
