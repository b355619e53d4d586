/// A number together with its unit: `3.6万元`, `72户`, `500 元/户`, or a plain `1.5`.
public struct Quantity: Sendable, Hashable {
    /// The figure in `unit`s: `3.6` for `3.6万元`.
    public var amount: Exact
    public var unit: Unit

    @inlinable
    public init(_ amount: Exact, _ unit: Unit = .none) {
        self.amount = amount
        self.unit = unit
    }
}
