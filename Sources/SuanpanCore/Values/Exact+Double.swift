/// Conversions to and from binary floating point, for the few places that need them.
///
/// Figures never pass through `Double` on their way to a result; these exist for charts
/// (`doubleValue`) and for fractional powers (`power(_:)`), whose results are irrational.
extension Exact {
    /// The nearest `Double`: approximate, for charts and scales only.
    public var doubleValue: Double {
        // Both operands exact in Double (|significand| < 2^53, 10^scale ≤ 10^22): one
        // correctly rounded operation.
        if significand.magnitude < 1 << 53 && scale >= -22 && scale <= 22 {
            let digits = Double(significand)
            let power = Double(Exact.tenToThe64(Int(scale.magnitude)))
            return scale >= 0 ? digits / power : digits * power
        }
        // Otherwise let the standard library's correctly rounded reader do it.
        return Double("\(significand)e\(-Int(scale))") ?? .nan
    }

    /// The decimal value of `double` rounded half-even to `significantDigits` (1…17) digits;
    /// nil for infinities, NaN and figures past the representable range.
    ///
    /// The digits rounded are the shortest ones that read back as the same `Double` (as
    /// `Double` prints itself); a figure below 10^-308 is 0.
    public init?(_ double: Double, significantDigits: Int) {
        guard double.isFinite, let shortest = Exact(double.description) else { return nil }
        let rounded = shortest.roundedToSignificantDigits(min(max(significantDigits, 1), 17), .halfEven)
        guard rounded.isRepresentable else { return nil }
        self = rounded
    }
}
