/// Excel's operators on values: arithmetic, `&`, `%`, unary signs and comparisons.
///
/// Errors propagate, the left operand's first. Operands are then coerced as Excel does:
/// blank is 0 (and "" for `&`), TRUE/FALSE are 1/0, numeric text is read as a number
/// (`"1"+"2"` is 3) and other text is `#VALUE!`. Units follow `Quantity`'s rules. Dates are
/// serial numbers that stay dates where a spreadsheet user expects one: a date plus or minus
/// a whole number of days (plain or in 天) is a date, and date − date is a plain number of days.
extension Value {
    /// `a op b`.
    public static func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Value {
        switch op {
        case .add, .subtract, .multiply, .divide, .power:
            return arithmetic(op, a, b)
        case .concatenate:
            return concatenation(a, b)
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            return comparison(op, a, b)
        }
    }

    /// `-a` or `+a`. Unary plus leaves the value as it is, text included, as in Excel.
    public static func unary(_ op: UnaryOperator, _ a: Value) -> Value {
        switch op {
        case .plus:
            return a
        case .negate:
            if case .number(let quantity) = a { return .number(-quantity) }
            do {
                return .number(-(try a.coercedToNumber()))
            } catch {
                return .error(error)
            }
        }
    }

    /// `a%`: the number divided by 100, keeping its unit (`182.86%` is 1.8286).
    public static func percent(_ a: Value) -> Value {
        do throws(CellError) {
            let quantity = try a.coercedToNumber()
            return .number(Quantity(quantity.amount * Exact(significand: 1, scale: 2), quantity.unit))
        } catch {
            return .error(error)
        }
    }

    /// `+ - * / ^` after coercion.
    private static func arithmetic(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Value {
        do throws(CellError) {
            // The common case, number ⊕ number, goes straight to the quantities.
            if case .number(let x) = a, case .number(let y) = b {
                return .number(try x.applying(op, y))
            }
            if let error = a.error { throw error }
            if let error = b.error { throw error }
            let x = try a.coercedToNumber()
            let y = try b.coercedToNumber()
            if let result = try dateArithmetic(op, a, b, x, y) { return result }
            return .number(try x.applying(op, y))
        } catch {
            return .error(error)
        }
    }

    /// The result of `+` or `-` when a date is involved and the result should be a date or a
    /// day count; nil to treat the serials as plain numbers.
    private static func dateArithmetic(
        _ op: BinaryOperator, _ a: Value, _ b: Value, _ x: Quantity, _ y: Quantity
    ) throws(CellError) -> Value? {
        guard op == .add || op == .subtract else { return nil }
        switch (a, b) {
        case (.date, .date):
            return nil
        case (.date(let serial), _):
            return try shifted(serial, by: op == .add ? y : -y)
        case (_, .date(let serial)) where op == .add:
            return try shifted(serial, by: x)
        default:
            return nil
        }
    }

    /// A date moved by a number of days: a date while the result is a whole serial in Excel's
    /// range, else the plain number. Days must be plain or in 天.
    private static func shifted(_ serial: Int, by days: Quantity) throws(CellError) -> Value {
        guard days.isPlain || days.unit.hasSameDimensions(as: Unit.days) else {
            throw CellError(.unit, "cannot add \(days.unit.symbol) to a date")
        }
        let result = try Quantity(Exact(serial)).adding(Quantity(days.amount))
        if let whole = result.amount.truncatedInteger, Exact(whole) == result.amount,
           (0...ExcelDate.maximumSerial).contains(whole) {
            return .date(whole)
        }
        return .number(result)
    }

    /// `a & b`: both sides as text (numbers in General format with their unit).
    private static func concatenation(_ a: Value, _ b: Value) -> Value {
        do throws(CellError) {
            if let error = a.error { throw error }
            if let error = b.error { throw error }
            let text = try a.coercedToText() + b.coercedToText()
            // Excel's cell limit; longer text is #VALUE!.
            guard text.utf16.count <= 32_767 else { throw CellError(.value, "the text is too long") }
            return .text(text)
        } catch {
            return .error(error)
        }
    }
}

extension Unit {
    /// 天, the unit a date may be moved by.
    static let days = Unit.count("天")
}

extension Quantity {
    /// `self op other` for an arithmetic operator (`^` included).
    func applying(_ op: BinaryOperator, _ other: Quantity) throws(CellError) -> Quantity {
        switch op {
        case .add: return try adding(other)
        case .subtract: return try subtracting(other)
        case .multiply: return try multiplied(by: other)
        case .divide: return try divided(by: other)
        case .power: return try raised(to: other)
        default: throw CellError(.value, "\(op.rawValue) is not an arithmetic operator")
        }
    }
}
