/// Square roots, correctly rounded through an integer square root.
extension Exact {
    /// The square root correctly rounded half-even to `Exact.divisionDigits` significant
    /// digits, trailing zeros removed (`SQRT(4)` is exactly 2); nil for a negative number.
    public func squareRoot() -> Exact? {
        if significand < 0 { return nil }
        if significand == 0 { return .zero }
        // Radicand m = significand × 10^shift with 37 or 38 digits and an even scale, so its
        // integer root has 19 digits: 18 to keep and one to round on.
        let magnitude = significand.magnitude
        var shift = 38 - Exact.digitCount(magnitude)
        if (Int(scale) + shift) & 1 != 0 { shift -= 1 }
        var radicand: UInt128
        var sticky = false
        if shift >= 0 {
            radicand = magnitude * Exact.tenToThe(shift)
        } else {
            // A 39-digit significand loses one or two digits; the root's floor is unchanged.
            let (quotient, remainder) = magnitude.quotientAndRemainder(dividingBy: Exact.tenToThe(-shift))
            radicand = quotient
            sticky = remainder != 0
        }
        let root = Exact.integerSquareRoot(radicand)
        sticky = sticky || root * root != radicand
        let (kept, last) = root.quotientAndRemainder(dividingBy: 10)
        var digits = UInt64(kept)
        if RoundingMode.halfEven.incrementsQuotient(isOdd: digits & 1 == 1, remainder: UInt64(last), divisor: 10, sticky: sticky, negative: false) {
            digits += 1
        }
        return Exact.rounded(digits, remainder: 0, divisor: 1, negative: false, scale: (Int(scale) + shift) / 2 - 1)
    }

    /// ⌊√n⌋ by Newton's iteration from above, in integers only.
    static func integerSquareRoot(_ n: UInt128) -> UInt128 {
        if n < 2 { return n }
        // 2^⌈bits/2⌉ is at least √n; the iteration decreases until it reaches the floor.
        var x = UInt128(1) << ((UInt128.bitWidth - n.leadingZeroBitCount + 1) / 2)
        while true {
            let next = (x + n / x) / 2
            if next >= x { return x }
            x = next
        }
    }
}
