/// Reading a store as significands and scales, the way the aggregate loops want them: no
/// `Exact` is formed and no bounds are checked, one form's loop specialized per width.
extension NumberStore {
    /// Calls `body` with the significand and scale of each cell in `range` whose `blank` flag
    /// (counted from the range's start; none when empty) is unset, until it returns false.
    /// False when it did, or when a figure held as `Exact` has a significand past 64 bits.
    @inline(__always)
    func forEachFigure(in range: Range<Int>, skipping blank: UnsafeBufferPointer<Bool>,
                       _ body: (Int64, Int16) -> Bool) -> Bool {
        switch width {
        case .int32:
            return narrow.withUnsafeBufferPointer { visit($0, in: range, skipping: blank, body) }
        case .int64:
            return wide.withUnsafeBufferPointer { visit($0, in: range, skipping: blank, body) }
        case .exact:
            return exact.withUnsafeBufferPointer { numbers in
                for offset in 0..<range.count where blank.isEmpty || !blank[offset] {
                    let number = numbers[range.lowerBound &+ offset]
                    guard let significand = Int64(exactly: number.significand), body(significand, number.scale) else { return false }
                }
                return true
            }
        }
    }

    /// The loop of `forEachFigure` over one width of significands.
    @inline(__always)
    private func visit<Significand: FixedWidthInteger>(
        _ significands: UnsafeBufferPointer<Significand>, in range: Range<Int>,
        skipping blank: UnsafeBufferPointer<Bool>, _ body: (Int64, Int16) -> Bool
    ) -> Bool {
        scales.withUnsafeBufferPointer { scales in
            let shared = Int16(scale)
            for offset in 0..<range.count where blank.isEmpty || !blank[offset] {
                let index = range.lowerBound &+ offset
                if !body(Int64(significands[index]), scales.isEmpty ? shared : Int16(scales[index])) { return false }
            }
            return true
        }
    }
}

extension NumberStore {
    /// The exact sum of the cells in `range` whose `blank` flag is unset, when every cell has
    /// the store's one scale (0…18, as `ScaledRun` reads): the significands added as 128-bit
    /// integers, which no count of 64-bit ones can overflow, in a loop without branches on
    /// scales. Nil for other forms.
    func uniformTotal(in range: Range<Int>, skipping blank: UnsafeBufferPointer<Bool>) -> Exact? {
        guard width != .exact, scales.isEmpty, scale >= 0, scale <= 18 else { return nil }
        // No cell summed is 0 at scale 0, as `Exact.zero + …` gives.
        guard blank.isEmpty ? !range.isEmpty : blank.contains(false) else { return .zero }
        let sum = width == .int32
            ? narrow.withUnsafeBufferPointer { NumberStore.sum($0, in: range, skipping: blank) }
            : wide.withUnsafeBufferPointer { NumberStore.sum($0, in: range, skipping: blank) }
        return Exact(significand: sum, scale: Int16(scale))
    }

    /// The significands in `range` whose `blank` flag is unset, added.
    private static func sum<Significand: FixedWidthInteger>(
        _ significands: UnsafeBufferPointer<Significand>, in range: Range<Int>, skipping blank: UnsafeBufferPointer<Bool>
    ) -> Int128 {
        var sum: Int128 = 0
        if blank.isEmpty {
            for index in range { sum &+= Int128(significands[index]) }
        } else {
            for offset in 0..<range.count where !blank[offset] { sum &+= Int128(significands[range.lowerBound &+ offset]) }
        }
        return sum
    }
}
