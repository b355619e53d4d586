/// The spreadsheet's General format for numbers.
extension Exact {
    /// Up to 15 significant digits, rounded half away from zero, no grouping, no trailing
    /// zeros: `1.82864662695664`, `78.63`, `-3`.
    public var generalDescription: String {
        var value = self.normalized()
        let digits = String(value.significand.magnitude).count
        if digits > 15 {
            value = value.droppingDigitsHalfAway(digits - 15).normalized()
        }
        return value.description
    }

    private func droppingDigitsHalfAway(_ count: Int) -> Exact {
        let divisor = Exact.powersOfTen[count]
        var (quotient, remainder) = significand.quotientAndRemainder(dividingBy: divisor)
        if remainder.magnitude * 2 >= divisor.magnitude { quotient += significand < 0 ? -1 : 1 }
        return Exact(significand: quotient, scale: scale - Int16(count))
    }
}
