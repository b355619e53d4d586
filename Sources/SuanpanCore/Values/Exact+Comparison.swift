/// Ordering, equality and hashing by value, whatever the scale (`12.30 == 12.3`).
extension Exact: Comparable, Hashable {
    /// True when the two numbers have the same value.
    @inlinable
    public static func == (a: Exact, b: Exact) -> Bool {
        if a.scale == b.scale { return a.significand == b.significand }
        return compare(a, b) == 0
    }

    /// True when `a` is below `b`.
    @inlinable
    public static func < (a: Exact, b: Exact) -> Bool {
        if a.scale == b.scale { return a.significand < b.significand }
        return compare(a, b) < 0
    }

    /// -1, 0 or 1 as `a` is below, equal to or above `b`.
    public static func compare(_ a: Exact, _ b: Exact) -> Int {
        let signA = a.significand.signum(), signB = b.significand.signum()
        if signA != signB { return signA < signB ? -1 : 1 }
        if signA == 0 { return 0 }
        let order = compareMagnitudes(a, b)
        return signA > 0 ? order : -order
    }

    /// -1, 0 or 1 as |a| is below, equal to or above |b|; neither may be 0.
    static func compareMagnitudes(_ a: Exact, _ b: Exact) -> Int {
        let x = a.significand.magnitude, y = b.significand.magnitude
        let xDigits = digitCount(x), yDigits = digitCount(y)
        // The position of the leading digit decides unless it is the same for both.
        let xExponent = xDigits - Int(a.scale), yExponent = yDigits - Int(b.scale)
        if xExponent != yExponent { return xExponent < yExponent ? -1 : 1 }
        // Same leading position: pad the shorter significand to the other's length (≤ 39
        // digits); if that overflows 128 bits it is the larger.
        if xDigits < yDigits {
            let (up, overflow) = x.multipliedReportingOverflow(by: tenToThe(yDigits - xDigits))
            return overflow || up > y ? 1 : (up == y ? 0 : -1)
        }
        let (up, overflow) = y.multipliedReportingOverflow(by: tenToThe(xDigits - yDigits))
        return overflow || up > x ? -1 : (up == x ? 0 : 1)
    }

    /// Equal values hash alike whatever their scale (`12.30` and `12.3`).
    public func hash(into hasher: inout Hasher) {
        let normal = normalized()
        hasher.combine(normal.significand)
        hasher.combine(normal.scale)
    }

    /// The same value with trailing zeros of the significand removed (`12.30` → `12.3`, and
    /// `1200` → 12 × 10^2); 0 has scale 0.
    public func normalized() -> Exact {
        if significand == 0 { return Exact(significand: 0, scale: 0) }
        var result = self
        // Most significands fit 64 bits, where dividing by 10 is a multiply.
        if let small = Int64(exactly: significand) {
            var digits = small, scale = scale
            while scale > Int16.min && digits % 10 == 0 {
                digits /= 10
                scale -= 1
            }
            return Exact(significand: Int128(digits), scale: scale)
        }
        while result.scale > Int16.min {
            let (quotient, remainder) = result.significand.quotientAndRemainder(dividingBy: 10)
            if remainder != 0 { break }
            result.significand = quotient
            result.scale -= 1
        }
        return result
    }
}
