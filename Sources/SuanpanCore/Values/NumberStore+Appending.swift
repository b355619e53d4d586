/// Growing a store: appending figures (widening its form when one needs it), reserving room,
/// and the widenings themselves.
extension NumberStore {
    /// Appends a figure.
    public mutating func append(_ number: Exact) {
        guard width != .exact, let (significand, scale) = NumberStore.compact(number) else {
            widenToExact()
            exact.append(number)
            return
        }
        append(significand: significand, scale: scale)
    }

    /// Appends `significand × 10^-scale` without forming an `Exact`: the CSV reader's path.
    @inline(__always)
    mutating func append(significand: Int64, scale: Int16) {
        guard width != .exact, let scale = Int8(exactly: scale) else {
            append(Exact(significand: Int128(significand), scale: scale))
            return
        }
        append(significand: significand, scale: scale)
    }

    @inline(__always)
    private mutating func append(significand: Int64, scale cellScale: Int8) {
        makeRoom(forScale: cellScale, besides: count)
        if !scales.isEmpty { scales.append(cellScale) }
        if width == .int32 {
            if let small = Int32(exactly: significand) {
                narrow.append(small)
                return
            }
            widenToInt64()
        }
        wide.append(significand)
    }

    /// Appends `count` copies of `number`.
    public mutating func append(repeating number: Exact, count: Int) {
        guard count > 0 else { return }
        guard width != .exact, let (significand, cellScale) = NumberStore.compact(number) else {
            widenToExact()
            exact.append(contentsOf: repeatElement(number, count: count))
            return
        }
        makeRoom(forScale: cellScale, besides: self.count)
        if !scales.isEmpty { scales.append(contentsOf: repeatElement(cellScale, count: count)) }
        if width == .int32, Int32(exactly: significand) == nil { widenToInt64() }
        switch width {
        case .int32: narrow.append(contentsOf: repeatElement(Int32(significand), count: count))
        case .int64: wide.append(contentsOf: repeatElement(significand, count: count))
        case .exact: break
        }
    }

    /// Makes room for `capacity` cells in the current form.
    public mutating func reserveCapacity(_ capacity: Int) {
        switch width {
        case .int32: narrow.reserveCapacity(capacity)
        case .int64: wide.reserveCapacity(capacity)
        case .exact: exact.reserveCapacity(capacity)
        }
        if !scales.isEmpty { scales.reserveCapacity(capacity) }
    }

    /// How many cells fit before the arrays grow.
    var capacity: Int {
        switch width {
        case .int32: narrow.capacity
        case .int64: wide.capacity
        case .exact: exact.capacity
        }
    }

    /// Readies the scales for a cell of scale `cellScale` beside `others` cells that keep
    /// theirs: with none, it becomes the shared scale; if it differs from theirs, every cell
    /// gets its own (the caller then writes the cell's).
    @inline(__always)
    mutating func makeRoom(forScale cellScale: Int8, besides others: Int) {
        guard scales.isEmpty && cellScale != scale else { return }
        if others == 0 { scale = cellScale } else { startScales() }
    }

    /// Gives every cell its own scale (all the shared one so far), keeping the room reserved.
    mutating func startScales() {
        guard scales.isEmpty, width != .exact else { return }
        scales.reserveCapacity(capacity)
        scales.append(contentsOf: repeatElement(scale, count: count))
    }

    /// Moves 32-bit significands to 64 bits, keeping the room reserved.
    mutating func widenToInt64() {
        guard width == .int32 else { return }
        wide.reserveCapacity(narrow.capacity)
        wide.append(contentsOf: narrow.lazy.map(Int64.init))
        narrow = []
        width = .int64
    }

    /// Moves the cells to `[Exact]` for good, keeping the room reserved.
    mutating func widenToExact() {
        guard width != .exact else { return }
        var figures: [Exact] = []
        figures.reserveCapacity(capacity)
        figures.append(contentsOf: self)
        (narrow, wide, scales, scale) = ([], [], [], 0)
        exact = figures
        width = .exact
    }
}
