/// The representable range, and the one place where results are brought into it.
///
/// Operations compute a result's scale in `Int` and pass it here, which turns figures below
/// 10^-308 into 0 and keeps the scale of too-large figures from wrapping the 16-bit field.
extension Exact {
    /// The largest decimal exponent a representable figure may reach: |x| < 10^308.
    public static let maximumExponent = 308

    /// True when |x| < 10^308; the value layer turns other figures into `#NUM!`.
    public var isRepresentable: Bool {
        significand == 0 || Exact.digitCount(significand.magnitude) - Int(scale) <= Exact.maximumExponent
    }

    /// The scale given to figures past the range: any scale at or below it keeps the figure
    /// past 10^308, and a few such figures multiplied still fit the 16-bit field.
    @usableFromInline
    static let outOfRangeScale = -10_000

    /// The largest scale a representable non-zero figure can have (38 digits at 10^-308).
    @usableFromInline
    static let maximumScale = maximumExponent + significandDigits

    /// True when `magnitude` fits the significand with the given sign.
    @inlinable
    static func fits(_ magnitude: UInt128, negative: Bool) -> Bool {
        magnitude <= UInt128(Int128.max) &+ (negative ? 1 : 0)
    }

    /// `±magnitude × 10^-scale` brought into range: 0 below 10^-308, the scale clamped past
    /// 10^308. The magnitude must fit the significand with its sign.
    @usableFromInline
    static func inRange(negative: Bool, magnitude: UInt128, scale: Int) -> Exact {
        if magnitude == 0 {
            return Exact(significand: 0, scale: Int16(min(max(scale, 0), maximumScale)))
        }
        let exponent = digitCount(magnitude) - scale
        if exponent <= -maximumExponent { return Exact(significand: 0, scale: 0) }
        let significand = negative ? Int128(truncatingIfNeeded: 0 &- magnitude) : Int128(magnitude)
        return Exact(significand: significand, scale: Int16(max(scale, outOfRangeScale)))
    }

    /// `significand × 10^-scale` brought into range, as `inRange(negative:magnitude:scale:)`.
    @inlinable
    static func inRange(_ significand: Int128, scale: Int) -> Exact {
        // A scale of 0…308 keeps any 128-bit significand within range: the common case.
        if UInt(bitPattern: scale) <= UInt(maximumExponent) {
            return Exact(significand: significand, scale: Int16(truncatingIfNeeded: scale))
        }
        return inRange(negative: significand < 0, magnitude: significand.magnitude, scale: scale)
    }

    /// A 256-bit result rounded half-even to 38 digits when it does not fit, then brought
    /// into range.
    @usableFromInline
    static func inRange(negative: Bool, wide: WideMagnitude, scale: Int, sticky: Bool = false) -> Exact {
        if wide.high == 0 && !sticky && fits(wide.low, negative: negative) {
            return inRange(negative: negative, magnitude: wide.low, scale: scale)
        }
        let (kept, dropped) = wide.rounded(.halfEven, negative: negative, sticky: sticky)
        return inRange(negative: negative, magnitude: kept, scale: scale - dropped)
    }
}
