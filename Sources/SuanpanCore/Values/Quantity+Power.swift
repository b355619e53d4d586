#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Raising a quantity to a power: Excel's `^` and `POWER`.
///
/// Whole exponents are computed exactly by repeated squaring (`1.1^2` is exactly 1.21).
/// A unitful base takes only a whole exponent and multiplies its unit's exponents, in base
/// units (`(3户)^2` is `9 户^2`); a fractional exponent of a unitful base, or any unitful
/// exponent, is `#UNIT!`. Excel's special cases hold: `0^0` and a negative base with a
/// fractional exponent are `#NUM!`, `0^-1` is `#DIV/0!`.
extension Quantity {
    /// `self ^ exponent`.
    public func raised(to exponent: Quantity) throws(CellError) -> Quantity {
        guard exponent.isPlain else { throw CellError(.unit, "an exponent must be a plain number") }
        let power = exponent.amount
        if amount.isZero {
            if power.isZero { throw CellError(.num, "0^0 is undefined") }
            if power.isNegative { throw CellError(.divisionByZero, "0 to a negative power") }
        }
        guard let whole = Self.wholeExponent(power) else {
            guard isPlain else { throw CellError(.unit, "a unit can only be raised to a whole power") }
            return try Quantity(Self.fractionalPower(amount, power)).checked()
        }
        guard let unit = unit.raised(to: whole) else { throw CellError(.num, "the exponent is too large") }
        return try Quantity(Self.wholePower(baseAmount, whole), unit).checked()
    }

    /// The exponent as an `Int` when it is a whole number, else nil.
    private static func wholeExponent(_ power: Exact) -> Int? {
        guard let integer = power.truncatedInteger, Exact(integer) == power else { return nil }
        return integer
    }

    /// `base ^ exponent` for a whole exponent, exact up to 38 digits (divisions: 18).
    private static func wholePower(_ base: Exact, _ exponent: Int) throws(CellError) -> Exact {
        if exponent == 0 { return .one }
        if base.isZero { return .zero }
        // All squares of |base| lie on one side of 1, so once a partial result or square
        // leaves the range it never comes back: stop there, before scales grow unbounded.
        // A tiny |base^n| is 0 (as in Excel) and a huge one #NUM!; the reciprocal swaps them.
        func outcome(ofOrder order: Int) throws(CellError) -> Exact? {
            guard order > 309 || order < -330 else { return nil }
            if (order > 0) == (exponent > 0) { throw CellError(.num, "the number is too large") }
            return .zero
        }
        var result = Exact.one
        var square = base
        var remaining = exponent.magnitude
        while remaining > 0 {
            if remaining & 1 == 1 {
                result = result * square
                if let early = try outcome(ofOrder: Self.order(of: result)) { return early }
            }
            remaining >>= 1
            if remaining > 0 {
                square = square * square
                if let early = try outcome(ofOrder: Self.order(of: square)) { return early }
            }
        }
        if exponent > 0 { return result }
        guard let reciprocal = Exact.one.divided(by: result) else {
            throw CellError(.divisionByZero, "division by zero")
        }
        return reciprocal
    }

    /// The decimal order of a non-zero number: 10^(order-1) ≤ |x| < 10^order.
    private static func order(of x: Exact) -> Int {
        String(x.significand.magnitude).count - Int(x.scale)
    }

    /// `base ^ exponent` for a fractional exponent, good to about 15 significant digits.
    ///
    /// Computed in binary floating point because the result is irrational in general and
    /// `Exact` has no logarithm yet; the General format shows 15 digits, which a `Double`
    /// carries. Replace with `Exact`'s own power function once it exists.
    private static func fractionalPower(_ base: Exact, _ exponent: Exact) throws(CellError) -> Exact {
        guard !base.isNegative else {
            throw CellError(.num, "a negative number to a fractional power")
        }
        guard let x = Double(base.description), let y = Double(exponent.description) else {
            throw CellError(.num, "the number is out of range")
        }
        let result = pow(x, y)
        guard result.isFinite, let exact = Exact(String(result)) else {
            throw CellError(.num, "the number is too large")
        }
        return exact
    }
}
