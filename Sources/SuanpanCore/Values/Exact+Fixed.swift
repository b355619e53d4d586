/// Fixed-point display: the number formats `0`, `0.00`, `#,##0.00` and percentages.
extension Exact {
    /// This number rounded to `places` decimals in the given mode and written with exactly
    /// that many (zeros appended), commas between thousands when `grouping` is set:
    /// `1,234,567.89`, `-1,234.50`, `3.00`. Negative `places` round to tens, hundreds, …
    /// and show no decimals. A figure that rounds to zero shows no minus sign (`0.00`, not
    /// `-0.00`), as published tables print it.
    ///
    /// The mode is the display setting: `set rounding truncate` shows 0.382899 as a
    /// percentage of `38.28` where half-up gives `38.29`.
    public func fixedDescription(places: Int, mode: RoundingMode = .halfAwayFromZero, grouping: Bool = false) -> String {
        let value = rounded(places: places, mode)
        return value.plainText(minimumPlaces: max(places, 0), grouping: grouping)
    }
}
