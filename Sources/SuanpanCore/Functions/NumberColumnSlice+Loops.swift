/// The loops aggregates run over a number column's storage.
///
/// A ledger's figures have a few decimals and fit 64 bits, but not all the same number of
/// decimals (`100`, `12.5`, `0.25`), and `Exact`'s arithmetic on mixed scales takes its
/// general path. So the loops keep their running figure as a 128-bit integer at the largest
/// scale seen so far (`ScaledRun`): one multiply by a power of ten and one add or compare a
/// cell, in a single pass, since a million `Exact`s are 32 MB to stream. A figure outside the
/// limits (scale past 0…18, significand past 64 bits, an overflow) sends the loop back to
/// `Exact`'s own arithmetic, which is always right.
extension NumberColumnSlice {
    /// True when `offset` (counted from the slice's start) is a blank cell.
    @inline(__always)
    func isBlank(_ offset: Int) -> Bool {
        !blank.isEmpty && blank[blank.startIndex &+ offset]
    }

    /// The number at `offset`, counted from the slice's start.
    @inline(__always)
    func number(at offset: Int) -> Exact {
        numbers[numbers.startIndex &+ offset]
    }

    /// How many cells hold a number.
    var numberCount: Int {
        blank.isEmpty ? numbers.count : blank.reduce(0) { $0 + ($1 ? 0 : 1) }
    }

    /// Calls `body` with every number, blanks skipped by their flag, until it returns false.
    ///
    /// Through buffer pointers so that the loop has no bounds checks.
    @inline(__always)
    func forEachNumber(_ body: (Exact) -> Bool) {
        numbers.withUnsafeBufferPointer { numbers in
            if blank.isEmpty {
                for number in numbers where !body(number) { return }
                return
            }
            blank.withUnsafeBufferPointer { blank in
                for index in 0..<min(numbers.count, blank.count) where !blank[index] {
                    if !body(numbers[index]) { return }
                }
            }
        }
    }

    /// The exact sum of the numbers, in the slice's unit.
    var total: Exact {
        var run = ScaledRun()
        var sum: Int128 = 0
        var aligned = true
        forEachNumber { number in
            guard let term = run.significand(of: number, rescaling: &sum) else {
                aligned = false
                return false
            }
            let (next, overflow) = sum.addingReportingOverflow(term)
            sum = next
            aligned = !overflow
            return aligned
        }
        if aligned { return Exact(significand: sum, scale: run.scale) }
        var exactSum = Exact.zero
        forEachNumber { number in
            exactSum += number
            return true
        }
        return exactSum
    }

    /// The smallest (or, with `largest`, the greatest) number, or nil when all are blank.
    func extreme(largest: Bool) -> Exact? {
        var run = ScaledRun()
        var best: Exact?
        var bestValue: Int128 = 0
        var aligned = true
        forEachNumber { number in
            guard let value = run.significand(of: number, rescaling: &bestValue) else {
                aligned = false
                return false
            }
            if best == nil || (largest ? value > bestValue : value < bestValue) {
                best = number
                bestValue = value
            }
            return true
        }
        if aligned { return best }
        best = nil
        forEachNumber { number in
            if let current = best, !(largest ? current < number : number < current) { return true }
            best = number
            return true
        }
        return best
    }
}

/// Reads figures as 128-bit integers at the largest scale met so far.
///
/// Figures with a scale of 0…18 and a 64-bit significand scale exactly: a scaled significand
/// is below 2^63 × 10^18 < 2^127. When a figure with more decimals arrives, the running
/// figure the caller keeps is rescaled with it.
struct ScaledRun {
    /// The scale figures are read at.
    private(set) var scale: Int16 = 0

    /// `number` as a count of 10^-scale, first raising the scale (and `running` with it) to
    /// the number's; nil when the number or the rescaled running figure is out of limits.
    @inline(__always)
    mutating func significand(of number: Exact, rescaling running: inout Int128) -> Int128? {
        let significand = number.significand
        guard number.scale >= 0, number.scale <= 18,
              Int128(Int64(truncatingIfNeeded: significand)) == significand
        else { return nil }
        if number.scale == scale { return significand }
        if number.scale < scale {
            return significand &* Int128(Exact.tenToThe64(Int(scale &- number.scale)))
        }
        let (rescaled, overflow) = running.multipliedReportingOverflow(
            by: Int128(Exact.tenToThe64(Int(number.scale &- scale))))
        guard !overflow else { return nil }
        running = rescaled
        scale = number.scale
        return significand
    }
}
