/// The loops aggregates run over a number column's storage.
///
/// A ledger's figures have a few decimals and fit 64 bits, but not all the same number of
/// decimals (`100`, `12.5`, `0.25`), and `Exact`'s arithmetic on mixed scales takes its
/// general path. So the loops keep their running figure as a 128-bit integer at the largest
/// scale seen so far (`ScaledRun`): one multiply by a power of ten and one add or compare a
/// cell, in a single pass over the store's significands and scales (no `Exact` is formed). A
/// figure outside the limits (scale past 0…18, significand past 64 bits, an overflow) sends
/// the loop back to `Exact`'s own arithmetic, which is always right.
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

    /// How many cells the loops read: every number, or as many as there are blank flags.
    private var readCount: Int {
        blank.isEmpty ? numbers.count : min(numbers.count, blank.count)
    }

    /// Calls `body` with every number, blanks skipped by their flag, until it returns false.
    @inline(__always)
    func forEachNumber(_ body: (Exact) -> Bool) {
        let store = numbers.base, start = numbers.startIndex
        blank.withUnsafeBufferPointer { blank in
            for offset in 0..<readCount where blank.isEmpty || !blank[offset] {
                if !body(store[start &+ offset]) { return }
            }
        }
    }

    /// Calls `body` with the significand and scale of every number, blanks skipped, until it
    /// returns false; false when it did, or when a significand does not fit 64 bits.
    @inline(__always)
    func forEachFigure(_ body: (Int64, Int16) -> Bool) -> Bool {
        let start = numbers.startIndex
        return blank.withUnsafeBufferPointer { blank in
            numbers.base.forEachFigure(in: start..<(start &+ readCount), skipping: blank, body)
        }
    }

    /// The exact sum of the numbers, in the slice's unit.
    var total: Exact {
        let start = numbers.startIndex
        if let sum = blank.withUnsafeBufferPointer({ numbers.base.uniformTotal(in: start..<(start &+ readCount), skipping: $0) }) {
            return sum
        }
        var run = ScaledRun()
        var sum: Int128 = 0
        let aligned = forEachFigure { significand, scale in
            guard let term = run.significand(significand, scale: scale, rescaling: &sum) else { return false }
            let (next, overflow) = sum.addingReportingOverflow(term)
            sum = next
            return !overflow
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
        var bestFigure: (significand: Int64, scale: Int16)?
        var bestValue: Int128 = 0
        let aligned = forEachFigure { significand, scale in
            guard let value = run.significand(significand, scale: scale, rescaling: &bestValue) else { return false }
            if bestFigure == nil || (largest ? value > bestValue : value < bestValue) {
                bestFigure = (significand, scale)
                bestValue = value
            }
            return true
        }
        if aligned { return bestFigure.map { Exact(significand: Int128($0.significand), scale: $0.scale) } }
        var best: Exact?
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

    /// `significand × 10^-scale` as a count of 10^-`self.scale`, first raising that scale
    /// (and `running` with it) to the figure's; nil when the figure or the rescaled running
    /// figure is out of limits.
    @inline(__always)
    mutating func significand(_ significand: Int64, scale figureScale: Int16, rescaling running: inout Int128) -> Int128? {
        guard figureScale >= 0, figureScale <= 18 else { return nil }
        if figureScale == scale { return Int128(significand) }
        if figureScale < scale {
            return Int128(significand) &* Int128(Exact.tenToThe64(Int(scale &- figureScale)))
        }
        let (rescaled, overflow) = running.multipliedReportingOverflow(
            by: Int128(Exact.tenToThe64(Int(figureScale &- scale))))
        guard !overflow else { return nil }
        running = rescaled
        scale = figureScale
        return Int128(significand)
    }
}
