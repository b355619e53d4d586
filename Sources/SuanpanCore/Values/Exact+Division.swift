import CWideDivision

/// Division of exact decimals, correctly rounded to `Exact.divisionDigits` digits.
///
/// With a = |dividend significand| of dA digits and b = |divisor significand| of dB digits,
/// the quotient a / b lies in [10^(dA−dB−1), 10^(dA−dB+1)). Shifting the dividend by
/// s = 18 − (dA − dB) digits makes the integer quotient q = ⌊a × 10^s / b⌋ land in
/// [10^17, 10^19): one division gives the 18 digits (and at most one to drop), and the
/// remainder decides the rounding. No digit-at-a-time loop is needed.
///
/// When both significands fit 64 bits (every ledger figure), the shifted dividend fits 128
/// bits and the quotient 64, so `UInt64.dividingFullWidth` does it in one hardware divide;
/// the general path does the same in 128 and 256 bits and gives the same result.
extension Exact {
    /// `self / divisor` correctly rounded half-even to `Exact.divisionDigits` significant
    /// digits, trailing zeros removed; nil when the divisor is 0.
    @inlinable
    public func divided(by divisor: Exact) -> Exact? {
        if divisor.significand == 0 { return nil }
        if significand == 0 { return .zero }
        let x = Int64(truncatingIfNeeded: significand), y = Int64(truncatingIfNeeded: divisor.significand)
        if Int128(x) == significand && Int128(y) == divisor.significand {
            return Exact.quotient(x.magnitude, y.magnitude, negative: (x < 0) != (y < 0),
                                  scale: Int(scale) - Int(divisor.scale))
        }
        return Exact.quotient(significand.magnitude, divisor.significand.magnitude,
                              negative: (significand < 0) != (divisor.significand < 0),
                              scale: Int(scale) - Int(divisor.scale))
    }

    /// `±(a / b) × 10^-scale` for non-zero 64-bit magnitudes: the fast path.
    @usableFromInline
    static func quotient(_ a: UInt64, _ b: UInt64, negative: Bool, scale: Int) -> Exact {
        let shift = divisionDigits - digitCount(a) + digitCount(b)
        var quotient: UInt64, remainder: UInt64, divisor = b
        if shift >= 0 {
            // a × 10^shift has 18 + dB ≤ 38 digits, and the quotient is below 10^19 < 2^64.
            let dividend = UInt128(a) &* tenToThe(shift)
            // high < b because the quotient is below 10^19 < 2^64.
            var rest: UInt64 = 0
            quotient = suanpan_divide_wide(UInt64(truncatingIfNeeded: dividend >> 64), UInt64(truncatingIfNeeded: dividend), b, &rest)
            remainder = rest
        } else {
            // Only a 20-digit a over a 1-digit b: b × 10 still fits.
            divisor = b &* tenToThe64(-shift)
            (quotient, remainder) = a.quotientAndRemainder(dividingBy: divisor)
        }
        return rounded(quotient, remainder: remainder, divisor: divisor, negative: negative, scale: scale + shift)
    }

    /// `±(a / b) × 10^-scale` for non-zero 128-bit magnitudes: the general path.
    @usableFromInline
    static func quotient(_ a: UInt128, _ b: UInt128, negative: Bool, scale: Int) -> Exact {
        let shift = divisionDigits - digitCount(a) + digitCount(b)
        var quotient: UInt128, remainder: UInt128, divisor = b
        if shift >= 0 {
            // a × 10^shift has 18 + dB ≤ 57 digits; the quotient is below 10^19.
            let dividend = WideMagnitude(a, timesTenToThe: shift)
            (quotient, remainder) = b.dividingFullWidth((dividend.high, dividend.low))
        } else {
            // b × 10^-shift has dA − 18 ≤ 21 digits.
            divisor = b * tenToThe(-shift)
            (quotient, remainder) = a.quotientAndRemainder(dividingBy: divisor)
        }
        // The remainder only breaks ties: scale it to the 64-bit rounding below exactly by
        // comparing it with the divisor's halves here.
        let fraction: UInt64 = remainder == 0 ? 0 : (remainder > divisor - remainder ? 3 : (remainder == divisor - remainder ? 2 : 1))
        return rounded(UInt64(quotient), remainder: fraction, divisor: 4, negative: negative, scale: scale + shift)
    }

    /// A quotient of 18 or 19 digits with its remainder, rounded half-even to 18 digits,
    /// trailing zeros removed, brought into range.
    @usableFromInline
    static func rounded(_ quotient: UInt64, remainder: UInt64, divisor: UInt64, negative: Bool, scale: Int) -> Exact {
        // Both cases are computed and one is selected, so that the optimizer can avoid
        // branches that random data would mispredict.
        let nineteenDigits = quotient >= tenToThe64(divisionDigits)
        // 19 digits: the last one is dropped and the remainder only breaks ties.
        let shortened = quotient / 10, last = quotient &- shortened &* 10
        let upFromNineteen = last > 5 || (last == 5 && (remainder != 0 || shortened & 1 == 1))
        // 18 digits: the remainder against half the divisor decides.
        let rest = divisor &- remainder
        let upFromEighteen = remainder > rest || (remainder == rest && remainder != 0 && quotient & 1 == 1)
        var quotient = nineteenDigits ? shortened : quotient
        quotient &+= (nineteenDigits ? upFromNineteen : upFromEighteen) ? 1 : 0
        var scale = nineteenDigits ? scale &- 1 : scale
        // Strip trailing zeros: by eights, then by four, two and one.
        while quotient % 100_000_000 == 0 {
            quotient /= 100_000_000
            scale -= 8
        }
        if quotient % 10_000 == 0 {
            quotient /= 10_000
            scale -= 4
        }
        if quotient % 100 == 0 {
            quotient /= 100
            scale -= 2
        }
        if quotient % 10 == 0 {
            quotient /= 10
            scale -= 1
        }
        return inRange(negative ? -Int128(quotient) : Int128(quotient), scale: scale)
    }
}
