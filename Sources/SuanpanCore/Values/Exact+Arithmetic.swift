/// Addition, subtraction, multiplication and comparison of exact decimals.
extension Exact {
    /// Powers of ten that fit an Int128 (10^0 … 10^38).
    @usableFromInline
    static let powersOfTen: [Int128] = {
        var powers: [Int128] = [1]
        for _ in 1...38 { powers.append(powers.last! * 10) }
        return powers
    }()

    /// Both operands brought to one scale, or nil when that would overflow 128 bits.
    @inlinable
    static func aligned(_ a: Exact, _ b: Exact) -> (Int128, Int128, Int16)? {
        if a.scale == b.scale { return (a.significand, b.significand, a.scale) }
        if a.scale < b.scale {
            guard let up = scaledUp(a.significand, by: Int(b.scale - a.scale)) else { return nil }
            return (up, b.significand, b.scale)
        }
        guard let up = scaledUp(b.significand, by: Int(a.scale - b.scale)) else { return nil }
        return (a.significand, up, a.scale)
    }

    /// `value × 10^digits`, or nil on overflow.
    @inlinable
    static func scaledUp(_ value: Int128, by digits: Int) -> Int128? {
        if value == 0 { return 0 }
        guard digits <= 38 else { return nil }
        let (product, overflow) = value.multipliedReportingOverflow(by: powersOfTen[digits])
        return overflow ? nil : product
    }

    @inlinable
    public static func + (a: Exact, b: Exact) -> Exact {
        if let (x, y, scale) = aligned(a, b) {
            let (sum, overflow) = x.addingReportingOverflow(y)
            if !overflow { return Exact(significand: sum, scale: scale) }
        }
        return wideSum(a, b)
    }

    @inlinable
    public static func - (a: Exact, b: Exact) -> Exact { a + (-b) }

    @inlinable
    public static prefix func - (a: Exact) -> Exact {
        // Int128.min has no negation; its magnitude is past the representable range anyway.
        Exact(significand: a.significand == .min ? .max : -a.significand, scale: a.scale)
    }

    @inlinable
    public static func * (a: Exact, b: Exact) -> Exact {
        let (product, overflow) = a.significand.multipliedReportingOverflow(by: b.significand)
        if !overflow { return Exact(significand: product, scale: a.scale + b.scale) }
        return wideProduct(a, b)
    }

    public static func += (a: inout Exact, b: Exact) { a = a + b }
    public static func -= (a: inout Exact, b: Exact) { a = a - b }
    public static func *= (a: inout Exact, b: Exact) { a = a * b }

    /// The sum when the aligned significands overflow: computed from shortened operands.
    @usableFromInline
    static func wideSum(_ a: Exact, _ b: Exact) -> Exact {
        // Drop low digits (rounding half-even) from the operand with the larger scale until
        // the two align; then shorten both by one digit if the addition itself overflows.
        var x = a, y = b
        while true {
            if let (p, q, scale) = aligned(x, y) {
                let (sum, overflow) = p.addingReportingOverflow(q)
                if !overflow { return Exact(significand: sum, scale: scale) }
                x = x.droppingDigits(1)
                y = y.droppingDigits(1)
            } else if x.scale > y.scale {
                x = x.droppingDigits(Int(x.scale - y.scale))
            } else {
                y = y.droppingDigits(Int(y.scale - x.scale))
            }
        }
    }

    /// The product when the significands' product overflows: rounded to 38 digits.
    @usableFromInline
    static func wideProduct(_ a: Exact, _ b: Exact) -> Exact {
        let negative = (a.significand < 0) != (b.significand < 0)
        var (high, low) = a.significand.magnitude.multipliedFullWidth(by: b.significand.magnitude)
        var scale = Int(a.scale) + Int(b.scale)
        var remainderWasNonZero = false
        var lastDigit: UInt128 = 0
        // Divide the 256-bit product by 10 until it fits 127 bits.
        while high != 0 || low > UInt128(Int128.max) {
            let (qHigh, rHigh) = high.quotientAndRemainder(dividingBy: 10)
            let (qLow, rLow) = UInt128(10).dividingFullWidth((rHigh, low))
            if lastDigit != 0 { remainderWasNonZero = true }
            lastDigit = rLow
            high = qHigh
            low = qLow
            scale -= 1
        }
        var magnitude = low
        if lastDigit > 5 || (lastDigit == 5 && (remainderWasNonZero || magnitude & 1 == 1)) {
            magnitude += 1
        }
        let significand = Int128(magnitude)
        return Exact(significand: negative ? -significand : significand, scale: Int16(clamping: scale))
    }

    /// This number with its `count` lowest digits dropped, rounding half-even.
    @usableFromInline
    func droppingDigits(_ count: Int) -> Exact {
        guard count > 0 else { return self }
        guard count <= 38 else { return Exact(significand: 0, scale: scale - Int16(clamping: count)) }
        let divisor = Exact.powersOfTen[count]
        var (quotient, remainder) = significand.quotientAndRemainder(dividingBy: divisor)
        let twice = remainder.magnitude * 2
        if twice > divisor.magnitude || (twice == divisor.magnitude && quotient & 1 != 0) {
            quotient += significand < 0 ? -1 : 1
        }
        return Exact(significand: quotient, scale: scale - Int16(count))
    }

    /// True when the number is 0.
    @inlinable
    public var isZero: Bool { significand == 0 }

    /// True when the number is below 0.
    @inlinable
    public var isNegative: Bool { significand < 0 }
}

extension Exact: Comparable, Hashable {
    public static func == (a: Exact, b: Exact) -> Bool { compare(a, b) == 0 }
    public static func < (a: Exact, b: Exact) -> Bool { compare(a, b) < 0 }

    /// -1, 0 or 1 as `a` is below, equal to or above `b`.
    public static func compare(_ a: Exact, _ b: Exact) -> Int {
        if let (x, y, _) = aligned(a, b) { return x < y ? -1 : (x > y ? 1 : 0) }
        // Aligning overflowed: the scales are far apart, so compare sign, then magnitude.
        let signA = a.significand.signum(), signB = b.significand.signum()
        if signA != signB { return signA < signB ? -1 : 1 }
        let difference = (a - b).significand.signum()
        return Int(difference)
    }

    /// Equal values hash alike whatever their scale (`12.30` and `12.3`).
    public func hash(into hasher: inout Hasher) {
        let normal = normalized()
        hasher.combine(normal.significand)
        hasher.combine(normal.scale)
    }

    /// The same value with trailing zeros of the significand removed (`12.30` → `12.3`).
    public func normalized() -> Exact {
        if significand == 0 { return Exact(significand: 0, scale: 0) }
        var result = self
        while result.significand % 10 == 0 {
            result.significand /= 10
            result.scale -= 1
        }
        return result
    }
}
