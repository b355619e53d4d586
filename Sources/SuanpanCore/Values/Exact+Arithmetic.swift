/// Addition, subtraction and multiplication of exact decimals.
///
/// Each operator has an inlinable fast path for the figures a ledger holds — equal scales
/// for `+` and `-`, significands of at most 64 bits for `*` — and falls back to a general
/// path out of line that aligns scales, widens to 256 bits when needed and rounds once.
extension Exact {
    /// The exact sum, rounded half-even to 38 digits only when it does not fit.
    @inlinable
    public static func + (a: Exact, b: Exact) -> Exact {
        // Same scale within 0…308: one 128-bit add, and the result is always in range.
        if a.scale == b.scale && UInt16(bitPattern: a.scale) <= UInt16(maximumExponent) {
            let (sum, overflow) = a.significand.addingReportingOverflow(b.significand)
            if !overflow { return Exact(significand: sum, scale: a.scale) }
        }
        return sum(a, b, subtracting: false)
    }

    /// The exact difference, rounded half-even to 38 digits only when it does not fit.
    @inlinable
    public static func - (a: Exact, b: Exact) -> Exact {
        if a.scale == b.scale && UInt16(bitPattern: a.scale) <= UInt16(maximumExponent) {
            let (difference, overflow) = a.significand.subtractingReportingOverflow(b.significand)
            if !overflow { return Exact(significand: difference, scale: a.scale) }
        }
        return sum(a, b, subtracting: true)
    }

    /// The negation; `Int128.min` has none, so its 39 digits are rounded to 38.
    @inlinable
    public static prefix func - (a: Exact) -> Exact {
        if a.significand != .min { return Exact(significand: -a.significand, scale: a.scale) }
        return negatedMinimum(scale: a.scale)
    }

    /// −(Int128.min × 10^-scale): 2^127 rounded to 38 digits.
    @usableFromInline
    static func negatedMinimum(scale: Int16) -> Exact {
        inRange(negative: false, wide: WideMagnitude(Int128.min.magnitude), scale: Int(scale))
    }

    /// The exact product, rounded half-even to 38 digits only when it does not fit.
    @inlinable
    public static func * (a: Exact, b: Exact) -> Exact {
        let x = Int64(truncatingIfNeeded: a.significand), y = Int64(truncatingIfNeeded: b.significand)
        if Int128(x) == a.significand && Int128(y) == b.significand {
            // Two 64-bit significands: one widening multiply that cannot overflow.
            return inRange(Int128(x) &* Int128(y), scale: Int(a.scale) &+ Int(b.scale))
        }
        return product(a, b)
    }

    /// Adds `b` to `a` in place.
    @inlinable
    public static func += (a: inout Exact, b: Exact) { a = a + b }
    /// Subtracts `b` from `a` in place.
    @inlinable
    public static func -= (a: inout Exact, b: Exact) { a = a - b }
    /// Multiplies `a` by `b` in place.
    @inlinable
    public static func *= (a: inout Exact, b: Exact) { a = a * b }

    /// True when the number is 0.
    @inlinable
    public var isZero: Bool { significand == 0 }

    /// True when the number is below 0.
    @inlinable
    public var isNegative: Bool { significand < 0 }

    /// `a + b` or `a - b` when the fast path does not apply.
    @usableFromInline
    static func sum(_ a: Exact, _ b: Exact, subtracting: Bool) -> Exact {
        // Scale the operand with fewer decimals up to the other's scale when that fits.
        let (x, y) = a.scale <= b.scale ? (a, b) : (b, a)
        let shift = Int(y.scale) - Int(x.scale)
        if let up = scaledUp(x.significand, by: shift) {
            let (left, right) = a.scale <= b.scale ? (up, y.significand) : (y.significand, up)
            let (result, overflow) = subtracting
                ? left.subtractingReportingOverflow(right) : left.addingReportingOverflow(right)
            if !overflow { return inRange(result, scale: Int(y.scale)) }
        }
        let xNegative = (x.significand < 0) != (subtracting && a.scale > b.scale)
        let yNegative = (y.significand < 0) != (subtracting && a.scale <= b.scale)
        return wideSum(x.significand.magnitude, negative: xNegative, scale: Int(x.scale),
                       y.significand.magnitude, negative: yNegative, shift: shift)
    }

    /// `±x × 10^-scale ± y × 10^-(scale + shift)`, formed in 256 bits and rounded once.
    @usableFromInline
    static func wideSum(
        _ x: UInt128, negative xNegative: Bool, scale: Int,
        _ y: UInt128, negative yNegative: Bool, shift: Int
    ) -> Exact {
        if x == 0 { return inRange(negative: yNegative, magnitude: y, scale: scale + shift) }
        if y == 0 { return inRange(negative: xNegative, magnitude: x, scale: scale) }
        let xDigits = digitCount(x)
        let left: WideMagnitude, right: WideMagnitude, resultScale: Int, sticky: Bool
        if xDigits + shift <= 75 {
            // Aligned exactly: x × 10^shift stays below 10^75.
            left = WideMagnitude(x, timesTenToThe: shift)
            right = WideMagnitude(y)
            resultScale = scale + shift
            sticky = false
        } else {
            // y lies wholly below the 38 digits kept. Align x to 75 digits and cut y there;
            // its cut digits only matter as a sticky unit one place further down, which
            // cannot move the sum across a rounding boundary.
            let kept = 75 - xDigits
            let cut = shift - kept
            var partial: UInt128 = 0
            var remainder = y
            if cut <= 38 { (partial, remainder) = y.quotientAndRemainder(dividingBy: tenToThe(cut)) }
            sticky = remainder != 0
            left = WideMagnitude(x, timesTenToThe: kept + 1)
            right = WideMagnitude(partial * 10 + (sticky ? 1 : 0))
            resultScale = scale + kept + 1
        }
        if xNegative == yNegative {
            return inRange(negative: xNegative, wide: left.adding(right), scale: resultScale, sticky: sticky)
        }
        if right.isLess(than: left) {
            return inRange(negative: xNegative, wide: left.subtracting(right), scale: resultScale, sticky: sticky)
        }
        return inRange(negative: yNegative, wide: right.subtracting(left), scale: resultScale, sticky: sticky)
    }

    /// `a × b` when either significand exceeds 64 bits.
    @usableFromInline
    static func product(_ a: Exact, _ b: Exact) -> Exact {
        let negative = (a.significand < 0) != (b.significand < 0)
        let (high, low) = a.significand.magnitude.multipliedFullWidth(by: b.significand.magnitude)
        return inRange(negative: negative, wide: WideMagnitude(high: high, low: low), scale: Int(a.scale) + Int(b.scale))
    }
}
