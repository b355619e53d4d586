/// An exact decimal number: every figure Suanpan computes with.
///
/// The value is `significand × 10^-scale`, with a 128-bit signed significand (up to 38
/// decimal digits) and a 16-bit scale. It is a decimal floating-point number, so:
///
/// - **Addition, subtraction and multiplication are exact** whenever the exact result has at
///   most 38 significant digits (any sum of 2-decimal amounts below 10^36 is exact); past 38
///   digits the result is rounded half-even to 38 digits.
/// - **Division** is correctly rounded half-even to `Exact.divisionDigits` (18) significant
///   digits, with trailing zeros removed; `1/4` is exactly `0.25`.
/// - **Range** is ±(10^308 − 1) with any number of decimal places down to 10^-308: past it,
///   `isRepresentable` is false and the value layer turns the figure into `#NUM!` (as Excel).
///
/// The scale is kept as written (`12.30` has scale 2) so that sums of two-decimal amounts stay
/// two-decimal; `==` and `<` compare values, not spellings (`12.30 == 12.3`).
public struct Exact: Sendable {
    /// The digits of the number, as an integer.
    public var significand: Int128
    /// How many of those digits are after the decimal point (negative: zeros before it).
    public var scale: Int16

    /// Creates `significand × 10^-scale`.
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

    public static let zero = Exact(0)
    public static let one = Exact(1)

    /// Significant digits kept by division and the functions that divide (AVERAGE, RATE, …).
    public static let divisionDigits = 18
}
