/// Reading exact decimals from text and writing them back in full.
extension Exact: CustomStringConvertible, LosslessStringConvertible {
    /// Reads `123`, `-0.5`, `12.30`, `.5`, `1e-3`, `2.5E+4` (ASCII only), keeping the scale as
    /// written; nil for anything else or a figure past the representable range.
    public init?(_ text: some StringProtocol) {
        var significand: Int128 = 0
        var scale = 0
        var negative = false
        var sawDigit = false
        var sawPoint = false
        var digits = 0
        var utf8 = Array(text.utf8)[...]
        if let first = utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            utf8 = utf8.dropFirst()
        }
        while let byte = utf8.first {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                sawDigit = true
                if significand != 0 || byte != UInt8(ascii: "0") { digits += 1 }
                guard digits <= 38 else { return nil }
                significand = significand * 10 + Int128(byte - UInt8(ascii: "0"))
                if sawPoint { scale += 1 }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                break
            }
            utf8 = utf8.dropFirst()
        }
        guard sawDigit else { return nil }
        if let byte = utf8.first, byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            utf8 = utf8.dropFirst()
            var exponentNegative = false
            if let sign = utf8.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                exponentNegative = sign == UInt8(ascii: "-")
                utf8 = utf8.dropFirst()
            }
            guard !utf8.isEmpty, utf8.count <= 5 else { return nil }
            var exponent = 0
            for byte in utf8 {
                guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
                exponent = exponent * 10 + Int(byte - UInt8(ascii: "0"))
            }
            utf8 = utf8[utf8.endIndex...]
            scale += exponentNegative ? exponent : -exponent
        }
        guard utf8.isEmpty, let scale16 = Int16(exactly: scale) else { return nil }
        self.init(significand: negative ? -significand : significand, scale: scale16)
    }

    /// Every digit, in plain notation, with the scale as kept: `12.30`, `-0.005`, `1200`.
    public var description: String {
        let negative = significand < 0
        var digits = String(significand.magnitude)
        if scale <= 0 {
            if significand != 0 { digits += String(repeating: "0", count: Int(-scale)) }
        } else {
            let places = Int(scale)
            if digits.count <= places {
                digits = String(repeating: "0", count: places - digits.count + 1) + digits
            }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places))
        }
        return negative ? "-" + digits : digits
    }
}
