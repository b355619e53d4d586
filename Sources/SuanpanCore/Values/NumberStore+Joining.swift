/// Building one store from several: the parts of a file read in parallel, the chunks of a
/// column formula computed on every core, the rows of a group.
extension NumberStore {
    /// Appends `other`'s cells, widening this store to whatever form holds both.
    public mutating func append(contentsOf other: NumberStore) {
        guard !other.isEmpty else { return }
        if width == .exact || other.width == .exact {
            widenToExact()
            if other.width == .exact { exact.append(contentsOf: other.exact) } else { exact.append(contentsOf: other) }
            return
        }
        if other.width == .int64 { widenToInt64() }
        if isEmpty && scales.isEmpty { scale = other.scale }
        if !scales.isEmpty || !other.scales.isEmpty || other.scale != scale {
            startScales()
            if other.scales.isEmpty {
                scales.append(contentsOf: repeatElement(other.scale, count: other.count))
            } else {
                scales.append(contentsOf: other.scales)
            }
        }
        switch (width, other.width) {
        case (.int32, _): narrow.append(contentsOf: other.narrow)
        case (.int64, .int32): wide.append(contentsOf: other.narrow.lazy.map(Int64.init))
        default: wide.append(contentsOf: other.wide)
        }
    }

    /// `parts` end to end, each emptied as soon as it is copied, so that joining holds one
    /// column's figures twice at most, and only for that column.
    ///
    /// The first part is the start of the result: when it already has room for every cell in
    /// the widest form any part needs (a column formula's first chunk reserves it), the
    /// others are appended in place and it is not copied at all.
    static func joined(_ parts: inout [NumberStore]) -> NumberStore {
        let filled = parts.indices.filter { !parts[$0].isEmpty }
        guard let first = filled.first else {
            parts = []
            return NumberStore()
        }
        var joined = parts[first]
        parts[first] = NumberStore()
        // Widened first, so that the room reserved next is in the final form (scales follow).
        if filled.contains(where: { parts[$0].width == .exact }) {
            joined.widenToExact()
        } else if filled.contains(where: { parts[$0].width == .int64 }) {
            joined.widenToInt64()
        }
        joined.reserveCapacity(filled.reduce(joined.count) { $0 + parts[$1].count })
        for index in filled.dropFirst() {
            let part = parts[index]
            parts[index] = NumberStore()
            joined.append(contentsOf: part)
        }
        parts = []
        return joined
    }

    /// The cells at `rows`, in that order, in this store's form.
    func gathering(_ rows: [Int]) -> NumberStore {
        var gathered = NumberStore()
        gathered.width = width
        switch width {
        case .int32: gathered.narrow = rows.map { narrow[$0] }
        case .int64: gathered.wide = rows.map { wide[$0] }
        case .exact: gathered.exact = rows.map { exact[$0] }
        }
        gathered.scale = scale
        if !scales.isEmpty && !rows.isEmpty { gathered.scales = rows.map { scales[$0] } }
        return gathered
    }
}
