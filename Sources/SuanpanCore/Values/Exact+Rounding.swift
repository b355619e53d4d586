/// Rounding of exact decimals: every rule for dropping digits lives here.
///
/// `ROUND` in formulas is half away from zero, as in spreadsheets (`ROUND(2.5)` is 3,
/// `ROUND(-2.5)` is -3, `ROUND(0.285, 2)` is 0.29 because 0.285 is exact). Display rounding is
/// a setting (`set rounding half-up | half-even | truncate`), and arithmetic that outgrows
/// 38 digits rounds half-even.

/// How dropped digits move the digits kept.
public enum RoundingMode: Sendable, Hashable, CaseIterable {
    /// Ties go away from zero (四舍五入): 2.5 → 3, -2.5 → -3. Spreadsheet `ROUND`.
    case halfAwayFromZero
    /// Ties go to the even neighbour (banker's rounding): 2.5 → 2, 3.5 → 4.
    case halfEven
    /// Drop the digits (truncate): 2.9 → 2, -2.9 → -2.
    case towardZero
    /// Any non-zero dropped digit moves away from zero: 2.1 → 3, -2.1 → -3.
    case awayFromZero
    /// Toward −∞ (floor): 2.9 → 2, -2.1 → -3.
    case down
    /// Toward +∞ (ceiling): 2.1 → 3, -2.9 → -2.
    case up

    /// True when a quotient (the digits kept, as a magnitude) must grow by one.
    ///
    /// `remainder / divisor` is the dropped fraction of a unit; `sticky` says that further
    /// non-zero digits lie below it. `divisor` must be even or `sticky` false.
    @inlinable
    func incrementsQuotient<T: FixedWidthInteger & UnsignedInteger>(
        isOdd: Bool, remainder: T, divisor: T, sticky: Bool, negative: Bool
    ) -> Bool {
        if remainder == 0 && !sticky { return false }
        switch self {
        case .towardZero: return false
        case .awayFromZero: return true
        case .down: return negative
        case .up: return !negative
        case .halfAwayFromZero, .halfEven:
            // Compare remainder with divisor − remainder to avoid overflowing 2 × remainder.
            let rest = divisor - remainder
            if remainder != rest { return remainder > rest }
            return sticky || self == .halfAwayFromZero || isOdd
        }
    }
}

extension Exact {
    /// This number rounded to `places` decimals (negative: to tens, hundreds, …).
    ///
    /// The result's scale is the smaller of the current scale and `places`: `3` stays `3`,
    /// `2.5` stays `2.5` at 2 places, `2.345` becomes `2.35`, and `1234` at -2 places is
    /// `1200` (12 × 10^2).
    public func rounded(places: Int, _ mode: RoundingMode = .halfAwayFromZero) -> Exact {
        guard places < Int(scale) else { return self }
        // Below -(308 + 39) places every representable figure rounds alike.
        let places = max(places, -(Exact.maximumScale + 1))
        return dropping(Int(scale) - places, mode)
    }

    /// This number rounded to `count` significant digits (at least 1): 1234.5 to 2 is 1200.
    public func roundedToSignificantDigits(_ count: Int, _ mode: RoundingMode = .halfAwayFromZero) -> Exact {
        let digits = Exact.digitCount(significand.magnitude)
        guard digits > max(count, 1) else { return self }
        return dropping(digits - max(count, 1), mode)
    }

    /// The greatest integer not above this number.
    public func floor() -> Exact { rounded(places: 0, .down) }

    /// The least integer not below this number.
    public func ceiling() -> Exact { rounded(places: 0, .up) }

    /// The integer part, toward zero.
    public func truncated() -> Exact { rounded(places: 0, .towardZero) }

    /// The integer part, truncated toward zero, if it fits an `Int`.
    public var truncatedInteger: Int? {
        truncated().integerValue
    }

    /// This number with its `count` lowest digits dropped, rounding half-even.
    @usableFromInline
    func droppingDigits(_ count: Int) -> Exact {
        guard count > 0 else { return self }
        return dropping(count, .halfEven)
    }

    /// This number with its `count` (≥ 1) lowest digits dropped in the given mode.
    func dropping(_ count: Int, _ mode: RoundingMode) -> Exact {
        let negative = significand < 0
        let magnitude = significand.magnitude
        // Beyond 38 digits the whole significand is a non-zero fraction below one half
        // (10^39 is more than twice any magnitude): a remainder of 1 in UInt128.max says so.
        var quotient: UInt128 = 0
        var remainder: UInt128 = magnitude == 0 ? 0 : 1
        var divisor = UInt128.max
        if count <= 38 {
            divisor = Exact.tenToThe(count)
            (quotient, remainder) = magnitude.quotientAndRemainder(dividingBy: divisor)
        }
        if mode.incrementsQuotient(isOdd: quotient & 1 == 1, remainder: remainder, divisor: divisor, sticky: false, negative: negative) {
            quotient += 1
        }
        return Exact.inRange(negative: negative, magnitude: quotient, scale: Int(scale) - count)
    }
}
