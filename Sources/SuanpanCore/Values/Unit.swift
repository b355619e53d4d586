/// A unit of measure: a product of base dimensions with exponents, and a factor to the base.
///
/// Money is one dimension whose base is 元 (千元 = 1000 元, 万元 = 10000 元, …); each count
/// (户, 人 = 名, 人次, 次, …) is its own dimension with factor 1; `个百分点` (percentage points)
/// is a dimension of its own. Compound units come from `*` and `/`: `元/户` is money^1 户^-1.
/// A plain number has no dimensions (`Unit.none`).
public struct Unit: Sendable, Hashable {
    /// One base dimension and its exponent in this unit.
    public struct Power: Sendable, Hashable {
        /// The base dimension's name: `元` for money, `户`, `人`, `人次`, ….
        public var dimension: String
        public var exponent: Int

        public init(_ dimension: String, _ exponent: Int) {
            self.dimension = dimension
            self.exponent = exponent
        }
    }

    /// Base dimensions sorted by name, none with exponent 0.
    public var powers: [Power]
    /// How many base units one of this unit is: 10000 for 万元, 1 for 元 and 户.
    public var factor: Exact
    /// How the unit is written: `万元`, `元/户`, `人次`.
    public var symbol: String

    public init(powers: [Power], factor: Exact, symbol: String) {
        self.powers = powers
        self.factor = factor
        self.symbol = symbol
    }

    /// No unit: a plain number.
    public static let none = Unit(powers: [], factor: .one, symbol: "")

    /// True for a plain number.
    public var isNone: Bool { powers.isEmpty }
}
