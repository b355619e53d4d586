/// Powers of exact decimals.
///
/// Integer exponents multiply exactly by repeated squaring. A fractional exponent other
/// than 0.5 is the one place a binary float is used: `pow` on `Double`, rounded to 15
/// significant digits. That is acceptable because such results are irrational in general —
/// there is no exact decimal to keep — and 15 digits is all the spreadsheet shows.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Exact {
    /// `self ^ exponent`, or nil where the spreadsheet gives `#NUM!`: `0^0`, 0 to a negative
    /// power, a negative number to a fractional power, and results at or past 10^308.
    ///
    /// - Integer exponents are exact while the result's significand fits 128 bits; past that
    ///   each multiplication rounds half-even to 38 digits, and a negative exponent divides
    ///   (18 digits). Results below 10^-308 are 0, as in Excel.
    /// - An exponent of 0.5 is `squareRoot()`.
    /// - Other exponents go through `Double` and are rounded to 15 significant digits.
    public func power(_ exponent: Exact) -> Exact? {
        if exponent.isInteger, let whole = exponent.wholeValue {
            return integerPower(whole)
        }
        if exponent == Exact(significand: 5, scale: 1) { return squareRoot() }
        if significand == 0 { return exponent.significand > 0 ? .zero : nil }
        // A negative base only has a real power for an integer exponent; an integer too
        // large for 128 bits is a multiple of 10, hence even.
        if significand < 0 && !exponent.isInteger { return nil }
        let result = pow(significand < 0 ? -doubleValue : doubleValue, exponent.doubleValue)
        return Exact(result, significantDigits: Exact.generalDigits)
    }

    /// The integer value when it fits 128 bits.
    private var wholeValue: Int128? {
        if scale <= 0 { return Exact.scaledUp(significand, by: -Int(scale)) }
        return scale > 38 ? 0 : significand / Int128(Exact.tenToThe(Int(scale)))
    }

    /// `self ^ exponent` by repeated squaring.
    private func integerPower(_ exponent: Int128) -> Exact? {
        if significand == 0 { return exponent > 0 ? .zero : nil }
        var result = Exact.one
        var square = normalized()
        var remaining = exponent.magnitude
        // All powers of |base| lie on one side of 1: once one leaves the range upward the
        // result does too, and once one underflows to 0 the result is 0.
        while true {
            if remaining & 1 == 1 {
                result = result * square
                if !result.isRepresentable { return exponent > 0 ? nil : .zero }
            }
            remaining >>= 1
            if remaining == 0 || result.significand == 0 { break }
            square = square * square
            if !square.isRepresentable { return exponent > 0 ? nil : .zero }
        }
        if exponent > 0 { return result }
        return Exact.one.divided(by: result)
    }
}
