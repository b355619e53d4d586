/// Powers of ten and decimal digit counts, the building blocks of every scale change.
///
/// The 64-bit powers are a literal array, which the compiler lays out as constant data: a
/// lookup is one load. (A `switch` over the exponent compiles to an indirect jump, which
/// random data mispredicts.)
extension Exact {
    /// Powers of ten that fit an Int128 (10^0 … 10^38).
    @usableFromInline
    static let powersOfTen: [Int128] = (0...38).map { Int128(tenToThe($0)) }

    /// 10^0 … 10^19, the powers that fit 64 bits, as a constant table.
    @usableFromInline
    static let powersOfTen64: [UInt64] = [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
        10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000,
        100_000_000_000_000, 1_000_000_000_000_000, 10_000_000_000_000_000,
        100_000_000_000_000_000, 1_000_000_000_000_000_000, 10_000_000_000_000_000_000,
    ]

    /// 10^n for 0 ≤ n ≤ 19, the powers that fit 64 bits.
    @inlinable @inline(__always)
    static func tenToThe64(_ n: Int) -> UInt64 {
        powersOfTen64.withUnsafeBufferPointer { $0[n] }
    }

    /// 10^n for 0 ≤ n ≤ 38, the powers that fit 128 bits.
    @inlinable @inline(__always)
    static func tenToThe(_ n: Int) -> UInt128 {
        if n <= 19 { return UInt128(tenToThe64(n)) }
        // 10^n = 10^19 × 10^(n-19), both factors fitting 64 bits: one 64×64→128 multiply.
        return UInt128(tenToThe64(19)) &* UInt128(tenToThe64(n &- 19))
    }

    /// The number of decimal digits of `value` (0 for 0).
    @inlinable @inline(__always)
    static func digitCount(_ value: UInt64) -> Int {
        // floor(bits × log10 2) is the digit count or one short of it; 1233/4096 ≈ log10 2.
        let estimate = ((64 &- value.leadingZeroBitCount) &* 1233) &>> 12
        return value >= tenToThe64(estimate) ? estimate &+ 1 : estimate
    }

    /// The number of decimal digits of `value` (0 for 0).
    @inlinable @inline(__always)
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
