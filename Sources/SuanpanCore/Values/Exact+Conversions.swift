/// Conversions between exact decimals and integers.
extension Exact {
    /// Creates the integer exactly; nil when it does not fit the 128-bit significand.
    public init?<Integer: BinaryInteger>(exactly integer: Integer) {
        guard let significand = Int128(exactly: integer) else { return nil }
        self.init(significand: significand, scale: 0)
    }

    /// True when the number is a whole number (`3`, `3.00`, `1e5`).
    public var isInteger: Bool {
        if scale <= 0 || significand == 0 { return true }
        if scale > 38 { return false }
        return significand % Int128(Exact.tenToThe(Int(scale))) == 0
    }

    /// The number as an `Int` when it is a whole number that fits, else nil.
    public var integerValue: Int? {
        guard isInteger else { return nil }
        if significand == 0 { return 0 }
        if scale >= 0 {
            return Int(exactly: significand / Int128(Exact.tenToThe(Int(scale))))
        }
        return Exact.scaledUp(significand, by: -Int(scale)).flatMap { Int(exactly: $0) }
    }
}
