/// Powers of ten and decimal digit counts, the building blocks of every scale change.
///
/// The powers are returned from `switch` statements rather than read from an array: the
/// optimizer turns each switch into a constant table, so a lookup is one load with no lazy
/// initialisation, bounds check or reference counting on the hot paths.
extension Exact {
    /// Powers of ten that fit an Int128 (10^0 … 10^38).
    @usableFromInline
    static let powersOfTen: [Int128] = (0...38).map { Int128(tenToThe($0)) }

    /// 10^n for 0 ≤ n ≤ 19, the powers that fit 64 bits.
    @inlinable
    static func tenToThe64(_ n: Int) -> UInt64 {
        switch n {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1_000
        case 4: 10_000
        case 5: 100_000
        case 6: 1_000_000
        case 7: 10_000_000
        case 8: 100_000_000
        case 9: 1_000_000_000
        case 10: 10_000_000_000
        case 11: 100_000_000_000
        case 12: 1_000_000_000_000
        case 13: 10_000_000_000_000
        case 14: 100_000_000_000_000
        case 15: 1_000_000_000_000_000
        case 16: 10_000_000_000_000_000
        case 17: 100_000_000_000_000_000
        case 18: 1_000_000_000_000_000_000
        default: 10_000_000_000_000_000_000
        }
    }

    /// 10^n for 0 ≤ n ≤ 38, the powers that fit 128 bits.
    @inlinable
    static func tenToThe(_ n: Int) -> UInt128 {
        if n <= 19 { return UInt128(tenToThe64(n)) }
        // 10^n = 10^19 × 10^(n-19), both factors fitting 64 bits: one 64×64→128 multiply.
        return UInt128(tenToThe64(19)) &* UInt128(tenToThe64(n &- 19))
    }

    /// The number of decimal digits of `value` (0 for 0).
    @inlinable
    static func digitCount(_ value: UInt64) -> Int {
        // floor(bits × log10 2) is the digit count or one short of it; 1233/4096 ≈ log10 2.
        let estimate = ((64 &- value.leadingZeroBitCount) &* 1233) &>> 12
        return value >= tenToThe64(estimate) ? estimate &+ 1 : estimate
    }

    /// The number of decimal digits of `value` (0 for 0).
    @inlinable
    static func digitCount(_ value: UInt128) -> Int {
        if value >> 64 == 0 { return digitCount(UInt64(truncatingIfNeeded: value)) }
        let estimate = ((128 &- value.leadingZeroBitCount) &* 1233) &>> 12
        return value >= tenToThe(estimate) ? estimate &+ 1 : estimate
    }

    /// `value × 10^digits`, or nil on overflow.
    @inlinable
    static func scaledUp(_ value: Int128, by digits: Int) -> Int128? {
        if value == 0 { return 0 }
        guard digits >= 0, digits <= 38 else { return nil }
        let (product, overflow) = value.multipliedReportingOverflow(by: Int128(tenToThe(digits)))
        return overflow ? nil : product
    }
}
