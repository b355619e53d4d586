/// Reading exact decimals from text.
///
/// The grammar is `[+-] digits [. digits] [(e|E) [+-] digits]`, with digits on at least one
/// side of the point, ASCII only (the value layer handles grouping, fullwidth digits and 万).
/// The scale is kept as written: `12.30` has scale 2. Digits that do not fit the significand
/// are rounded half-even to 38; below 10^-308 it reads as 0; at or past 10^308 it is rejected.
extension Exact: CustomStringConvertible, LosslessStringConvertible {
    /// Reads `123`, `-0.5`, `12.30`, `.5`, `5.`, `1e-3`, `2.5E+4`; nil for anything else or a
    /// figure past the representable range.
    public init?(_ text: some StringProtocol) {
        var text = String(text)
        guard let parsed = text.withUTF8({ Exact(utf8: $0) }) else { return nil }
        self = parsed
    }

    /// Reads a number from UTF-8 bytes as `init(_:)` does, without making a `String` — for
    /// readers that scan a file's bytes.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var reader = NumberReader(bytes)
        guard let parsed = reader.read() else { return nil }
        self = parsed
    }
}

/// A single pass over the bytes of a number.
private struct NumberReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The byte under the cursor, or nil at the end.
    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// The value of the digit under the cursor, if it is one.
    var digit: UInt8? {
        guard let byte = current, byte &- UInt8(ascii: "0") < 10 else { return nil }
        return byte &- UInt8(ascii: "0")
    }

    /// Skips a `+` or `-` and tells whether it was `-`.
    mutating func readSign() -> Bool {
        guard let byte = current, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") else { return false }
        index += 1
        return byte == UInt8(ascii: "-")
    }

    /// The number the bytes spell, or nil.
    mutating func read() -> Exact? {
        let negative = readSign()
        var significand: UInt128 = 0
        var kept = 0
        var scale = 0
        var sawDigit = false, sawPoint = false
        // Digits past the 38th: the first one dropped and whether any later one is non-zero.
        var firstDropped: UInt8? = nil
        var sticky = false
        while true {
            if let value = digit {
                sawDigit = true
                if sawPoint { scale += 1 }
                // Keep 38 digits, or 39 while they fit the significand, as arithmetic does.
                if kept < Exact.significandDigits || kept == Exact.significandDigits && firstDropped == nil
                    && significand <= (UInt128(Int128.max) + 1 - UInt128(value)) / 10
                    && Exact.fits(significand * 10 + UInt128(value), negative: negative) {
                    significand = significand &* 10 &+ UInt128(value)
                    if significand != 0 { kept += 1 }
                } else {
                    if kept > Exact.significandDigits && value != 0 {
                        // A 39th digit was kept while it fitted; now that a non-zero digit
                        // must go, it becomes the first dropped (zeros cost nothing).
                        firstDropped = UInt8(significand % 10)
                        significand /= 10
                        kept -= 1
                        scale -= 1
                    }
                    // Dropped: the kept digits move one place up instead.
                    scale -= 1
                    if kept > Exact.significandDigits {
                        // Zeros after 39 kept digits: only the scale moves.
                    } else if firstDropped == nil {
                        firstDropped = value
                    } else if value != 0 {
                        sticky = true
                    }
                }
            } else if current == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                break
            }
            index += 1
        }
        guard sawDigit else { return nil }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            let exponentNegative = readSign()
            guard digit != nil else { return nil }
            var exponent = 0
            while let value = digit {
                // Saturate: any exponent this large is out of range either way.
                exponent = min(exponent * 10 + Int(value), 1_000_000)
                index += 1
            }
            scale += exponentNegative ? exponent : -exponent
        }
        guard index == bytes.count else { return nil }
        if let dropped = firstDropped,
           RoundingMode.halfEven.incrementsQuotient(
               isOdd: significand & 1 == 1, remainder: UInt128(dropped), divisor: 10, sticky: sticky, negative: negative) {
            significand += 1
            if significand == Exact.tenToThe(Exact.significandDigits) {
                significand /= 10
                scale -= 1
            }
        }
        let value = Exact.inRange(negative: negative, magnitude: significand, scale: scale)
        return value.isRepresentable ? value : nil
    }
}
