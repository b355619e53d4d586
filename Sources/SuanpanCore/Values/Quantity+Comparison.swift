/// Ordering quantities across the units of one dimension.
extension Quantity {
    /// -1, 0 or 1 as `self` is below, equal to or above `other`, after conversion:
    /// `1万元` equals `10000元`. A plain number is read in the other operand's unit
    /// (`户数 > 0`); two different dimensions are `#UNIT!`.
    public func compared(to other: Quantity) throws(CellError) -> Int {
        if unit == other.unit || isPlain || other.isPlain {
            return Exact.compare(amount, other.amount)
        }
        guard unit.hasSameDimensions(as: other.unit) else {
            throw CellError(.unit, "cannot compare \(unit.symbol) with \(other.unit.symbol)")
        }
        // Multiplying by the factors is exact; no division is needed to compare.
        return Exact.compare(baseAmount, other.baseAmount)
    }
}
