/// Rounding of exact decimals.
extension Exact {
    /// The integer part, truncated toward zero, if it fits an `Int`.
    public var truncatedInteger: Int? {
        var value = significand
        if scale > 0 {
            guard scale <= 38 else { return 0 }
            value /= Exact.powersOfTen[Int(scale)]
        } else if scale < 0 {
            guard let up = Exact.scaledUp(value, by: Int(-scale)) else { return nil }
            value = up
        }
        return Int(exactly: value)
    }
}
