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
            let layout = PlainLayout(self, digitCount: digits.count, minimumPlaces: minimumPlaces, grouping: grouping)
            return String(unsafeUninitializedCapacity: layout.length) { layout.write(digits, into: $0) }
        }
    }

    /// Appends `description`'s bytes to `buffer` without making a `String`: how a CSV file
    /// gets a million figures.
    func appendDescription(to buffer: inout [UInt8]) {
        if scale >= 0 && scale <= 64, let magnitude = UInt64(exactly: significand.magnitude) {
            return Exact.appendPlain(magnitude, negative: significand < 0, scale: Int(scale), to: &buffer)
        }
        Exact.withDigits(of: significand.magnitude) { digits in
            let layout = PlainLayout(self, digitCount: digits.count, minimumPlaces: 0, grouping: false)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: layout.length) { out in
                let written = layout.write(digits, into: out)
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: out[..<written]))
            }
        }
    }

    /// `±magnitude × 10^-scale` as `description` writes it, for the figures a ledger holds
    /// (64 bits, scale 0…64): the decimals, the point and the integer part, written from the
    /// right two digits at a time into a stack buffer and appended at once.
    private static func appendPlain(_ magnitude: UInt64, negative: Bool, scale: Int, to buffer: inout [UInt8]) {
        // At most 64 decimals (or 20 digits), a point, a 0 before it and a sign.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 80) { out in
            var start = out.count
            if scale > 0 {
                // Past 19 decimals every 64-bit significand is all decimals.
                let (integer, decimals) = scale <= 19 ? magnitude.quotientAndRemainder(dividingBy: tenToThe64(scale)) : (0, magnitude)
                writeDigits(decimals, atLeast: scale, endingAt: &start, in: out)
                start -= 1
                out[start] = UInt8(ascii: ".")
                writeDigits(integer, atLeast: 1, endingAt: &start, in: out)
            } else {
                writeDigits(magnitude, atLeast: 1, endingAt: &start, in: out)
            }
            if negative {
                start -= 1
                out[start] = UInt8(ascii: "-")
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: out[start...]))
        }
    }

    /// Writes the digits of `value` to the left of `start`, zeros before them up to `minimum`
    /// digits, moving `start` to the first.
    @inline(__always)
    private static func writeDigits(_ value: UInt64, atLeast minimum: Int, endingAt start: inout Int,
                                    in out: UnsafeMutableBufferPointer<UInt8>) {
        let end = start
        var rest = value
        digitPairs.withUnsafeBufferPointer { pairs in
            while rest >= 10 {
                let pair = Int(truncatingIfNeeded: rest % 100) &* 2
                rest /= 100
                out[start &- 1] = pairs[pair &+ 1]
                out[start &- 2] = pairs[pair]
                start &-= 2
            }
        }
        // A last single digit, or the 0 of 0 (a pair written is never the leading `0x`).
        if rest > 0 || end == start {
            start &-= 1
            out[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest)
        }
        while end &- start < minimum {
            start &-= 1
            out[start] = UInt8(ascii: "0")
        }
    }

    /// "00" to "99", the ASCII digits of every pair.
    private static let digitPairs: [UInt8] = (0..<100).flatMap { [UInt8(ascii: "0") + UInt8($0 / 10), UInt8(ascii: "0") + UInt8($0 % 10)] }

    /// Where the sign, digits, zeros, commas and point of a plain notation go.
    private struct PlainLayout {
        let negative: Bool
        let grouping: Bool
        /// Digits after the point.
        let places: Int
        /// Zeros after the significand's digits, before any point (a negative scale).
        let trailingZeros: Int
        /// Zeros appended after the significand's decimals to reach `places`.
        let padding: Int
        /// Digits before the point (at least the one 0 of `0.5`).
        let integerDigits: Int
        let digitCount: Int
        /// How many bytes the notation takes.
        let length: Int

        init(_ number: Exact, digitCount: Int, minimumPlaces: Int, grouping: Bool) {
            let scale = Int(number.scale)
            negative = number.significand < 0
            self.grouping = grouping
            self.digitCount = digitCount
            places = max(scale, minimumPlaces, 0)
            // A zero significand has no digits worth padding to the left of the scale.
            trailingZeros = number.significand == 0 ? 0 : max(-scale, 0)
            padding = places - max(scale, 0)
            integerDigits = max(digitCount + trailingZeros - max(scale, 0), 1)
            let commas = grouping ? (integerDigits - 1) / 3 : 0
            length = (negative ? 1 : 0) + integerDigits + commas + (places > 0 ? 1 + places : 0)
        }

        /// Writes the notation of `digits` (the significand's) into `out`; how many bytes.
        func write(_ digits: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
            var cursor = 0
            func put(_ byte: UInt8) {
                out[cursor] = byte
                cursor += 1
            }
            if negative { put(UInt8(ascii: "-")) }
            // All digits as one sequence: leading zeros, significand, trailing zeros, padding.
            let total = integerDigits + places
            let leading = total - padding - trailingZeros - digitCount
            for position in 0..<total {
                if position == integerDigits { put(UInt8(ascii: ".")) }
                let index = position - leading
                put(index >= 0 && index < digitCount ? digits[index] : UInt8(ascii: "0"))
                let remaining = integerDigits - 1 - position
                if grouping && remaining > 0 && remaining % 3 == 0 { put(UInt8(ascii: ",")) }
            }
            return cursor
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
