/// A number together with its unit: `3.6万元`, `72户`, `500 元/户`, or a plain `1.5`.
public struct Quantity: Sendable, Hashable {
    /// The figure in `unit`s: `3.6` for `3.6万元`.
    public var amount: Exact
    /// What the figure counts; `Unit.none` for a plain number.
    public var unit: Unit

    /// Creates `amount` of `unit`.
    @inlinable
    public init(_ amount: Exact, _ unit: Unit = .none) {
        self.amount = amount
        self.unit = unit
    }

    /// The plain number 0.
    public static let zero = Quantity(.zero)

    /// True for a number without a unit.
    @inlinable
    public var isPlain: Bool { unit.isNone }

    /// The amount in the base unit of its dimensions: 36000 for `3.6万元`.
    public var baseAmount: Exact {
        unit.factor == .one ? amount : amount * unit.factor
    }

    /// The figure expressed in `target`, assumed to have the same dimensions.
    func amount(in target: Unit) -> Exact {
        if unit.factor == target.factor { return amount }
        return Unit.quotient(amount * unit.factor, target.factor)
    }
}
