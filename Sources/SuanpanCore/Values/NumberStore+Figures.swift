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
