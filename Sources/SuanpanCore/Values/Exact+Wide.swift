/// 256-bit intermediate magnitudes, for the results that outgrow the 128-bit significand.
///
/// A product of two significands, or a sum whose operands' scales are far apart, is formed
/// exactly in 256 bits and then rounded once to 38 significant digits, so the result is
/// correctly rounded rather than rounded step by step.
@usableFromInline
struct WideMagnitude {
    /// The upper 128 bits.
    var high: UInt128
    /// The lower 128 bits.
    var low: UInt128

    /// A magnitude that fits 128 bits.
    init(_ value: UInt128) {
        high = 0
        low = value
    }

    /// The two halves of a magnitude.
    init(high: UInt128, low: UInt128) {
        self.high = high
        self.low = low
    }

    /// `value × 10^digits`; the product must stay below 10^76.
    init(_ value: UInt128, timesTenToThe digits: Int) {
        if digits <= 38 {
            (high, low) = value.multipliedFullWidth(by: Exact.tenToThe(digits))
        } else {
            // value has at most 76 - digits < 38 digits, so the first step cannot overflow.
            (high, low) = (value * Exact.tenToThe(digits - 38)).multipliedFullWidth(by: Exact.tenToThe(38))
        }
    }

    /// True when the magnitude is 0.
    var isZero: Bool { high == 0 && low == 0 }

    /// The sum; it must fit 256 bits.
    func adding(_ other: WideMagnitude) -> WideMagnitude {
        let (low, carry) = low.addingReportingOverflow(other.low)
        return WideMagnitude(high: high &+ other.high &+ (carry ? 1 : 0), low: low)
    }

    /// The difference; `other` must not exceed `self`.
    func subtracting(_ other: WideMagnitude) -> WideMagnitude {
        let (low, borrow) = low.subtractingReportingOverflow(other.low)
        return WideMagnitude(high: high &- other.high &- (borrow ? 1 : 0), low: low)
    }

    /// True when `self` is below `other`.
    func isLess(than other: WideMagnitude) -> Bool {
        high != other.high ? high < other.high : low < other.low
    }

    /// Quotient and remainder of a division by a 128-bit divisor (schoolbook, two halves).
    func quotientAndRemainder(dividingBy divisor: UInt128) -> (WideMagnitude, UInt128) {
        let (highQuotient, highRemainder) = high.quotientAndRemainder(dividingBy: divisor)
        let (lowQuotient, remainder) = divisor.dividingFullWidth((highRemainder, low))
        return (WideMagnitude(high: highQuotient, low: lowQuotient), remainder)
    }

    /// The number of decimal digits (0 for 0); the magnitude must be below 10^77.
    var digitCount: Int {
        if high == 0 { return Exact.digitCount(low) }
        // A lower bound from the bit length, raised until 10^count exceeds the magnitude.
        var count = ((256 - high.leadingZeroBitCount) * 1233) >> 12
        while count < 77 && !isLess(than: WideMagnitude(1, timesTenToThe: count)) { count += 1 }
        return count
    }

    /// The magnitude rounded to at most 38 digits: the digits kept and how many were dropped.
    ///
    /// `sticky` says that non-zero digits lie below the magnitude's last digit (already
    /// discarded by the caller); it only breaks ties, so at least one digit must be dropped
    /// whenever it is set.
    func rounded(_ mode: RoundingMode, negative: Bool, sticky: Bool) -> (UInt128, dropped: Int) {
        let digits = digitCount
        guard digits > Exact.significandDigits else { return (low, 0) }
        var dropped = digits - Exact.significandDigits
        var value = self
        var sticky = sticky
        var divisorDigits = dropped
        // A divisor of 10^39 does not fit 128 bits: drop one digit first, keeping it sticky.
        if divisorDigits > 38 {
            let (quotient, remainder) = value.quotientAndRemainder(dividingBy: 10)
            value = quotient
            sticky = sticky || remainder != 0
            divisorDigits -= 1
        }
        let divisor = Exact.tenToThe(divisorDigits)
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
        var kept = quotient.low
        if mode.incrementsQuotient(isOdd: kept & 1 == 1, remainder: remainder, divisor: divisor, sticky: sticky, negative: negative) {
            kept += 1
        }
        // Rounding 99…9 up gives 10^38: one more (zero) digit can go.
        if kept == Exact.tenToThe(38) {
            kept = Exact.tenToThe(37)
            dropped += 1
        }
        return (kept, dropped)
    }
}
