/// Division of exact decimals.
extension Exact {
    /// `self / divisor` correctly rounded half-even to `Exact.divisionDigits` significant
    /// digits, trailing zeros removed; nil when the divisor is 0.
    public func divided(by divisor: Exact) -> Exact? {
        guard !divisor.isZero else { return nil }
        if isZero { return .zero }
        let negative = (significand < 0) != (divisor.significand < 0)
        var dividend = significand.magnitude
        let d = divisor.significand.magnitude
        // Scale the dividend so the integer quotient has at least divisionDigits + 1 digits.
        var shift = 0
        while dividend / d < UInt128(Exact.powersOfTen[Exact.divisionDigits]) && dividend <= UInt128.max / 10 {
            dividend *= 10
            shift += 1
        }
        var (quotient, remainder) = dividend.quotientAndRemainder(dividingBy: d)
        var scale = Int(scale) - Int(divisor.scale) + shift
        // Round to divisionDigits significant digits.
        var dropped = false
        var last: UInt128 = 0
        while quotient >= UInt128(Exact.powersOfTen[Exact.divisionDigits]) {
            if last != 0 { dropped = true }
            last = quotient % 10
            quotient /= 10
            scale -= 1
        }
        let sticky = dropped || remainder != 0
        if last > 5 || (last == 5 && (sticky || quotient & 1 == 1)) { quotient += 1 }
        remainder = 0
        let result = Exact(significand: Int128(quotient) * (negative ? -1 : 1), scale: Int16(clamping: scale))
        return result.normalized()
    }
}
