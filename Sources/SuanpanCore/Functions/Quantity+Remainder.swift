/// MOD's arithmetic on quantities.
extension Quantity {
    /// The remainder of `self ÷ divisor` with the divisor's sign (`MOD(-3, 2)` is 1), exact.
    ///
    /// Units follow addition's rules: the result is in the dividend's unit, a plain operand
    /// is read in the other's unit, and two dimensions are `#UNIT!`. A divisor of 0 is
    /// `#DIV/0!`.
    func remainder(dividingBy divisor: Quantity) throws(CellError) -> Quantity {
        let unit: Unit, divisorAmount: Exact
        if divisor.isPlain || divisor.unit == self.unit {
            (unit, divisorAmount) = (self.unit, divisor.amount)
        } else if isPlain {
            (unit, divisorAmount) = (divisor.unit, divisor.amount)
        } else {
            guard self.unit.hasSameDimensions(as: divisor.unit) else {
                throw CellError(.unit, "MOD of \(self.unit.symbol) by \(divisor.unit.symbol)")
            }
            (unit, divisorAmount) = (self.unit, divisor.amount(in: self.unit))
        }
        guard !divisorAmount.isZero else { throw CellError(.divisionByZero, "MOD by zero") }
        return Quantity(try Exact.flooredRemainder(amount, divisorAmount), unit)
    }
}

extension Exact {
    /// `a − b × ⌊a / b⌋` for a non-zero `b`, computed on the significands at one scale so
    /// that no digit is lost; `#NUM!` when the scales are too far apart for 128 bits.
    static func flooredRemainder(_ a: Exact, _ b: Exact) throws(CellError) -> Exact {
        let scale = max(a.scale, b.scale)
        guard let x = scaledUp(a.significand, by: Int(scale) - Int(a.scale)),
              let y = scaledUp(b.significand, by: Int(scale) - Int(b.scale))
        else { throw CellError(.num, "the number and divisor are too far apart for MOD") }
        // A divisor of ±1 unit leaves nothing, and `Int128.min % -1` would trap.
        var remainder = y.magnitude == 1 ? 0 : x % y
        // Swift's % takes the dividend's sign; Excel's MOD takes the divisor's.
        if remainder != 0 && (remainder < 0) != (y < 0) { remainder += y }
        return Exact(significand: remainder, scale: scale)
    }
}
