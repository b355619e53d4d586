/// The spreadsheet's General format for numbers.
extension Exact {
    /// Significant digits General shows, as Excel does.
    public static let generalDigits = 15

    /// Excel's General: up to 15 significant digits rounded half away from zero, no
    /// grouping, no trailing zeros. Plain notation while 10^-9 ≤ |x| < 10^15 after rounding
    /// (`1.82864662695664`, `78.63`, `-3`, `0.000000001`), scientific otherwise with at least
    /// two exponent digits (`1.23456789012346E+15`, `1E-10`, `-2.5E+20`).
    public var generalDescription: String {
        if significand == 0 { return "0" }
        let value = roundedToSignificantDigits(Exact.generalDigits, .halfAwayFromZero).normalized()
        let digits = Exact.digitCount(value.significand.magnitude)
        let exponent = digits - 1 - Int(value.scale)
        if exponent >= -9 && exponent < 15 { return value.description }
        return Exact.withDigits(of: value.significand.magnitude) { mantissa in
            var text = value.significand < 0 ? "-" : ""
            text.unicodeScalars.append(Unicode.Scalar(mantissa[0]))
            if mantissa.count > 1 {
                text += "."
                text += String(decoding: UnsafeBufferPointer(rebasing: mantissa[1...]), as: UTF8.self)
            }
            let magnitude = String(exponent.magnitude)
            return text + (exponent < 0 ? "E-" : "E+") + (magnitude.count < 2 ? "0" : "") + magnitude
        }
    }
}
