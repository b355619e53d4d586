/// An exact decimal number: every figure Suanpan computes with.
///
/// The value is `significand × 10^-scale`, with a 128-bit signed significand (up to 38
/// decimal digits, 39 when they fit) and a 16-bit scale. It is a decimal floating-point
/// number, so:
///
/// - **Addition, subtraction and multiplication are exact** whenever the exact result's
///   significand fits 128 bits (any sum of 2-decimal amounts below 10^36 is exact); past
///   that the result is correctly rounded half-even to 38 significant digits.
/// - **Division** is correctly rounded half-even to `Exact.divisionDigits` (18) significant
///   digits, with trailing zeros removed; `1/4` is exactly `0.25`.
/// - **Range**: a result is `isRepresentable` while |x| < 10^308. Past it the value layer
///   turns the figure into `#NUM!` (as Excel does); arithmetic on such a figure never traps
///   but its digits mean nothing. A non-zero result below 10^-308 in magnitude becomes 0
///   (Excel underflows the same way). Every operation computes scales in `Int` and brings
///   them back into range, so the 16-bit scale never wraps.
///
/// The scale is kept as written (`12.30` has scale 2) so that sums of two-decimal amounts stay
/// two-decimal; `==` and `<` compare values, not spellings (`12.30 == 12.3`), and equal values
/// hash alike.
public struct Exact: Sendable {
    /// The digits of the number, as an integer.
    public var significand: Int128
    /// How many of those digits are after the decimal point (negative: zeros before it).
    public var scale: Int16

    /// Creates `significand × 10^-scale`, as given (no rounding, no range check).
    @inlinable
    public init(significand: Int128, scale: Int16) {
        self.significand = significand
        self.scale = scale
    }

    /// Creates an integer.
    @inlinable
    public init(_ integer: Int) {
        self.init(significand: Int128(integer), scale: 0)
    }

    /// The number 0.
    public static let zero = Exact(0)
    /// The number 1.
    public static let one = Exact(1)

    /// Significant digits kept by division and the functions that divide (AVERAGE, RATE, …).
    public static let divisionDigits = 18

    /// Significant digits kept when an exact result no longer fits the 128-bit significand.
    public static let significandDigits = 38
}
