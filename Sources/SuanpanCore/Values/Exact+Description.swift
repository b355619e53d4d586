/// Writing exact decimals in full, and the digit writer the formats share.
///
/// Digits are produced 64 bits at a time into a stack buffer and copied into the string once,
/// so writing a million figures to CSV does not go through `String(Int128)`.
extension Exact {
    /// Every digit, in plain notation, with the scale as kept: `12.30`, `-0.005`, `1200`.
    public var description: String {
        plainText(minimumPlaces: 0)
    }

    /// The plain notation with at least `minimumPlaces` decimals (zeros appended), optionally
    /// grouping the integer part in threes with commas.
    func plainText(minimumPlaces: Int, grouping: Bool = false) -> String {
        Exact.withDigits(of: significand.magnitude) { digits in
            let places = max(Int(scale), minimumPlaces, 0)
            // A zero significand has no digits worth padding to the left of the scale.
            let trailingZeros = significand == 0 ? 0 : max(-Int(scale), 0)
            let padding = places - max(Int(scale), 0)
            let integerDigits = max(digits.count + trailingZeros - max(Int(scale), 0), 1)
            let commas = grouping ? (integerDigits - 1) / 3 : 0
            let length = (significand < 0 ? 1 : 0) + integerDigits + commas + (places > 0 ? 1 + places : 0)
            return String(unsafeUninitializedCapacity: length) { out in
                var cursor = 0
                func put(_ byte: UInt8) {
                    out[cursor] = byte
                    cursor += 1
                }
                if significand < 0 { put(UInt8(ascii: "-")) }
                // All digits as one sequence: leading zeros, significand, trailing zeros, padding.
                let total = integerDigits + places
                let leading = total - padding - trailingZeros - digits.count
                for position in 0..<total {
                    if position == integerDigits { put(UInt8(ascii: ".")) }
                    let index = position - leading
                    put(index >= 0 && index < digits.count ? digits[index] : UInt8(ascii: "0"))
                    let remaining = integerDigits - 1 - position
                    if grouping && remaining > 0 && remaining % 3 == 0 { put(UInt8(ascii: ",")) }
                }
                return cursor
            }
        }
    }

    /// Calls `body` with the ASCII decimal digits of `magnitude` (just "0" for 0).
    static func withDigits<R>(of magnitude: UInt128, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { buffer in
            var start = 40
            var rest = magnitude
            // Peel 19 digits at a time while the rest exceeds 64 bits, then finish in 64 bits.
            while rest >> 64 != 0 {
                let (high, low) = rest.quotientAndRemainder(dividingBy: UInt128(tenToThe64(19)))
                var chunk = UInt64(low)
                for _ in 0..<19 {
                    start -= 1
                    buffer[start] = UInt8(ascii: "0") + UInt8(chunk % 10)
                    chunk /= 10
                }
                rest = high
            }
            var small = UInt64(rest)
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(small % 10)
                small /= 10
            } while small != 0
            return body(UnsafeBufferPointer(rebasing: buffer[start...]))
        }
    }
}
