/// Fitting a wide table to the terminal: which columns stay.
///
/// The pinned leading columns (what a row is read by: 部门, 项目) always stay. Then columns
/// are taken alternately from the left (after the pinned ones) and from the right end — the
/// last columns of an analyst's sheet are usually the computed ones (执行率, 差额) — while the
/// line, with a `…` column standing for the gap, still fits. Once a side's next column does
/// not fit, that side stops, so that the kept columns are two runs around a single gap. The
/// choice depends on the widths alone: the same table at the same width always elides the
/// same columns.
extension TextTable {
    /// The columns to show, in order: an index into the table's columns, or nil for the
    /// `…` column. Every column when the table fits or `maxWidth` is nil.
    func fittedColumns(widths: [Int]) -> [Int?] {
        let all = Array(widths.indices)
        guard let maxWidth, lineWidth(of: all, widths: widths) > maxWidth else { return all }
        let pinned = min(max(pinnedColumns, 0), widths.count)
        let gap = measure.of(Self.ellipsis)
        var used = all.prefix(pinned).reduce(0) { $0 + widths[$1] + 2 } + gap
        var left = pinned
        var right = widths.count
        var leftOpen = true
        var rightOpen = true
        // Alternate sides, starting from the right so that a total or rate column stays.
        var takeRight = true
        while (leftOpen || rightOpen) && left < right {
            if takeRight ? !rightOpen : !leftOpen {
                takeRight.toggle()
                continue
            }
            let candidate = takeRight ? right - 1 : left
            if used + 2 + widths[candidate] <= maxWidth {
                used += 2 + widths[candidate]
                if takeRight { right -= 1 } else { left += 1 }
            } else if takeRight {
                rightOpen = false
            } else {
                leftOpen = false
            }
            takeRight.toggle()
        }
        guard left < right else { return all }
        return all[..<left].map { Optional($0) } + [nil] + all[right...].map { Optional($0) }
    }

    /// The display width of a line showing `columns`: their widths and two spaces between.
    private func lineWidth(of columns: [Int], widths: [Int]) -> Int {
        columns.reduce(0) { $0 + widths[$1] } + 2 * max(columns.count - 1, 0)
    }
}
