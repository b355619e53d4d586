/// Arithmetic on quantities, with units checked and combined.
///
/// - `+` and `-` need the same dimensions and answer in the left operand's unit
///   (`1万元 + 5000元 = 1.5万元`, `5000元 + 1万元 = 15000元`). A plain number meeting a unitful
///   one is read in that unit (`72户 + 3 = 75户`, `3 + 72户 = 75户`): analysts write
///   `决算数 - 1` or `户数 > 0` and mean the column's unit; a bare number is never said to be
///   in the wrong unit. Two different dimensions (`1万元 + 3户`) are `#UNIT!`.
/// - `*` and `/` combine units as `Unit.multiplied(by:)` and `Unit.divided(by:)` describe:
///   money meeting another unit is expressed in 元 (`3.6万元 / 72户 = 500 元/户`), money ÷ money
///   and a count ÷ the same count are plain ratios.
/// - Every result past the representable range (|x| ≥ 10^308) is `#NUM!`, as in Excel.
extension Quantity {
    /// `self + other`, in the left operand's unit.
    public func adding(_ other: Quantity) throws(CellError) -> Quantity {
        try combinedAdditively(with: other, verb: "add") { $0 + $1 }
    }

    /// `self - other`, in the left operand's unit.
    public func subtracting(_ other: Quantity) throws(CellError) -> Quantity {
        try combinedAdditively(with: other, verb: "subtract") { $0 - $1 }
    }

    /// `self × other`, units multiplied.
    public func multiplied(by other: Quantity) throws(CellError) -> Quantity {
        let product = amount * other.amount
        if other.isPlain { return try Quantity(product, unit).checked() }
        if isPlain { return try Quantity(product, other.unit).checked() }
        let (unit, multiplier) = unit.multiplied(by: other.unit)
        return try Quantity(multiplier == .one ? product : product * multiplier, unit).checked()
    }

    /// `self ÷ other`, units divided; `#DIV/0!` when `other` is 0.
    public func divided(by other: Quantity) throws(CellError) -> Quantity {
        guard !other.amount.isZero else { throw CellError(.divisionByZero, "division by zero") }
        let (unit, multiplier) = unit.divided(by: other.unit)
        // Scale the dividend before dividing, so the factor costs no precision.
        let dividend = multiplier == .one ? amount : amount * multiplier
        guard let quotient = dividend.divided(by: other.amount) else {
            throw CellError(.divisionByZero, "division by zero")
        }
        return try Quantity(quotient, unit).checked()
    }

    /// The same quantity with the opposite sign.
    public static prefix func - (quantity: Quantity) -> Quantity {
        Quantity(-quantity.amount, quantity.unit)
    }

    /// This quantity expressed in `target`, as `CONVERT` does: `63000元` in 万元 is `6.3万元`.
    /// `#UNIT!` when the dimensions differ, a plain number included.
    public func convert(to target: Unit) throws(CellError) -> Quantity {
        guard unit.hasSameDimensions(as: target) else {
            throw CellError(.unit, "cannot convert \(unit.describedForMessages) to \(target.describedForMessages)")
        }
        return try Quantity(amount(in: target), target).checked()
    }

    /// `combine` applied to both amounts in one unit, following the rules for `+` and `-`.
    @inline(__always)
    private func combinedAdditively(
        with other: Quantity, verb: String, _ combine: (Exact, Exact) -> Exact
    ) throws(CellError) -> Quantity {
        if unit == other.unit || other.isPlain {
            return try Quantity(combine(amount, other.amount), unit).checked()
        }
        if isPlain { return try Quantity(combine(amount, other.amount), other.unit).checked() }
        guard unit.hasSameDimensions(as: other.unit) else {
            throw CellError(.unit, "cannot \(verb) \(unit.symbol) and \(other.unit.symbol)")
        }
        return try Quantity(combine(amount, other.amount(in: unit)), unit).checked()
    }

    /// The quantity itself, or `#NUM!` when its figure is past the representable range.
    @inlinable
    func checked() throws(CellError) -> Quantity {
        // Any significand (below 1.8 × 10^38) with scale ≥ -269 stays below 10^308.
        if amount.scale >= -269 || amount.isRepresentable { return self }
        throw CellError(.num, "the number is too large")
    }
}

extension Unit {
    /// The symbol, or "a plain number" for none, for error messages.
    var describedForMessages: String { isNone ? "a plain number" : symbol }
}
