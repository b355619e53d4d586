/// How the lookup functions find a value in a row or column.
///
/// Exact matches compare as `=` does (case-insensitive text, numbers across the units of one
/// dimension), and read `*` and `?` in text as wildcards where the function allows them.
/// Approximate matches on sorted data use a binary search, as Excel does, in Excel's sort
/// order: numbers (and dates), then text, then booleans; blanks, errors and figures in another
/// dimension sort last, so the trailing blanks of a range never disturb the search. On data
/// that is not sorted the answer is whatever the binary search lands on, as in Excel.

/// One row or column of a grid, seen as a list of values.
struct LookupLine {
    /// The table or range the line is part of.
    let grid: any Grid
    /// True to walk along the grid's first row instead of its first column.
    let alongRow: Bool
    /// The row (when walking a column, the column) the line is taken from.
    var offset = 0

    /// How many values the line has.
    var count: Int { alongRow ? grid.columnCount : grid.rowCount }

    /// The value at 0-based `index` along the line.
    func value(at index: Int) -> Value {
        alongRow ? grid.value(row: offset, column: index) : grid.value(row: index, column: offset)
    }
}

/// A value being looked up, with what matching it needs prepared once.
struct LookupKey {
    /// The value looked up, never blank or an error.
    let value: Value
    private let pattern: Wildcard?

    /// `value` to look up; text is read as a wildcard pattern when `wildcards` is set and it
    /// holds `*` or `?`. A blank lookup value finds nothing (`#N/A`), and an error is thrown.
    init(_ value: Value, wildcards: Bool) throws(CellError) {
        if let error = value.error { throw error }
        if value == .blank { throw CellError(.notAvailable, "the lookup value is empty") }
        self.value = value
        if wildcards, case .text(let text) = value {
            let pattern = Wildcard(text)
            self.pattern = pattern.hasWildcards ? pattern : nil
        } else {
            self.pattern = nil
        }
    }

    /// True when `candidate` equals the key (or matches its pattern).
    func matches(_ candidate: Value) -> Bool {
        if let pattern {
            guard case .text(let text) = candidate else { return false }
            return pattern.matches(text)
        }
        return order(of: candidate) == 0
    }

    /// -1, 0 or 1 as `candidate` sorts before, with or after the key in Excel's order.
    func order(of candidate: Value) -> Int {
        let (own, other) = (LookupKey.rank(value), LookupKey.rank(candidate))
        if own != other { return other < own ? -1 : 1 }
        // Same class: only a comparison across dimensions can fail; such a figure sorts last.
        return (try? Value.compare(candidate, value)) ?? 1
    }

    /// Excel's sort classes: numbers and dates, text, booleans, then everything else.
    private static func rank(_ value: Value) -> Int {
        switch value {
        case .number, .date: 0
        case .text: 1
        case .bool: 2
        case .blank, .error: 3
        }
    }
}

extension LookupLine {
    /// The first index (in `indices` order) whose value matches `key`, or nil.
    func firstMatch(of key: LookupKey, in indices: some Sequence<Int>) -> Int? {
        indices.first { key.matches(value(at: $0)) }
    }

    /// The last index in ascending data whose value is at most `key`, of the key's class;
    /// nil when there is none (`#N/A`). Binary search, as Excel's approximate match.
    func lastNotAbove(_ key: LookupKey) -> Int? {
        let found = partitionPoint { key.order(of: value(at: $0)) <= 0 } - 1
        guard found >= 0, key.order(of: value(at: found)) <= 0, sameClass(found, key) else { return nil }
        return found
    }

    /// The last index in descending data whose value is at least `key`, of the key's class;
    /// nil when there is none. Binary search, as `MATCH(x, r, -1)`.
    func lastNotBelow(_ key: LookupKey) -> Int? {
        let found = partitionPoint { index in
            let candidate = value(at: index)
            // Blanks and errors sort last in descending data too.
            if candidate == .blank || candidate.error != nil { return false }
            return key.order(of: candidate) >= 0
        } - 1
        guard found >= 0, sameClass(found, key) else { return nil }
        return found
    }

    /// The index of the closest value below (`direction` -1) or above (1) the key when no
    /// value equals it, scanning every value in `indices` order: XLOOKUP's match modes -1
    /// and 1, which do not need sorted data. The first of equally close values wins.
    func nearest(to key: LookupKey, direction: Int, in indices: some Sequence<Int>) -> Int? {
        var best: Int?
        for index in indices {
            let candidate = value(at: index)
            guard sameClass(index, key) else { continue }
            let order = key.order(of: candidate)
            if order == 0 { return index }
            guard order == direction else { continue }
            if let current = best, (try? Value.compare(candidate, value(at: current))) != -direction { continue }
            best = index
        }
        return best
    }

    /// The count of leading indices for which `isBefore` holds, assuming it holds on a prefix.
    private func partitionPoint(_ isBefore: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = low + (high - low) / 2
            if isBefore(middle) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// True when the value at `index` is of the key's sort class (a number for a number, …).
    private func sameClass(_ index: Int, _ key: LookupKey) -> Bool {
        switch (value(at: index), key.value) {
        case (.number, .number), (.number, .date), (.date, .number), (.date, .date),
             (.text, .text), (.bool, .bool):
            return true
        default:
            return false
        }
    }
}
