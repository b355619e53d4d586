/// A unit of measure: a product of base dimensions with exponents, and a factor to the base.
///
/// Money is one dimension whose base is 元 (千元 = 1000 元, 万元 = 10000 元, …); each count
/// (户, 人 = 名, 人次, 次, …) is its own dimension with factor 1; `个百分点` (percentage points)
/// is a dimension of its own. Compound units come from `*` and `/`: `元/户` is money^1 户^-1.
/// A plain number has no dimensions (`Unit.none`).
///
/// Compound symbols are written with the numerator first, money leading, joined by `*`, then
/// each denominator after its own `/`: `元*天/户/人` means 元·天 ÷ (户·人). Read left to right,
/// that spelling parses back to the same unit, so no parentheses are ever needed. An exponent
/// past 1 is written `户^2`; a unit with only denominators is `1/户`.
public struct Unit: Sendable, Hashable {
    /// One base dimension and its exponent in this unit.
    public struct Power: Sendable, Hashable {
        /// The base dimension's name: `元` for money, `户`, `人`, `人次`, ….
        public var dimension: String
        /// How many times the dimension multiplies (negative: divides).
        public var exponent: Int

        /// Creates `dimension^exponent`.
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

    /// Creates a unit from its parts; `powers` must be sorted by dimension without zeros.
    public init(powers: [Power], factor: Exact, symbol: String) {
        self.powers = powers
        self.factor = factor
        self.symbol = symbol
    }

    /// No unit: a plain number.
    public static let none = Unit(powers: [], factor: .one, symbol: "")

    /// The name of the money dimension, and the symbol of its base unit.
    public static let moneyDimension = "元"

    /// 元, the base money unit.
    public static let yuan = Unit.money("元", factor: .one)

    /// 个百分点: a difference of two rates, as `PPDIFF` gives it.
    public static let percentagePoints = Unit.count("个百分点")

    /// A money unit worth `factor` 元: `money("万元", factor: Exact(10000))`.
    public static func money(_ symbol: String, factor: Exact) -> Unit {
        Unit(powers: [Power(moneyDimension, 1)], factor: factor, symbol: symbol)
    }

    /// A count unit that is its own dimension: `count("户")`.
    public static func count(_ symbol: String) -> Unit {
        Unit(powers: [Power(symbol, 1)], factor: .one, symbol: symbol)
    }

    /// True for a plain number.
    @inlinable
    public var isNone: Bool { powers.isEmpty }

    /// True when amounts in the two units can be added, compared and converted: the same
    /// dimensions with the same exponents, whatever the factors (万元 and 元 agree).
    @inlinable
    public func hasSameDimensions(as other: Unit) -> Bool { powers == other.powers }

    /// The unit of the same dimensions with factor 1, written canonically: 元/户 for 万元/户.
    public var base: Unit {
        if factor == .one && symbol == Unit.symbol(for: powers) { return self }
        return Unit(powers: powers, factor: .one, symbol: Unit.symbol(for: powers))
    }

    /// The canonical spelling of a product of powers (see the type's summary).
    static func symbol(for powers: [Power]) -> String {
        // Money leads, as analysts write 元/户 and 元*天, never 天*元.
        let ordered = powers.filter { $0.dimension == moneyDimension }
            + powers.filter { $0.dimension != moneyDimension }
        func term(_ power: Power) -> String {
            let exponent = abs(power.exponent)
            return exponent == 1 ? power.dimension : "\(power.dimension)^\(exponent)"
        }
        let numerator = ordered.filter { $0.exponent > 0 }.map(term)
        let denominators = ordered.filter { $0.exponent < 0 }.map(term)
        if numerator.isEmpty && denominators.isEmpty { return "" }
        let head = numerator.isEmpty ? "1" : numerator.joined(separator: "*")
        return ([head] + denominators).joined(separator: "/")
    }
}

extension Unit {
    /// The product of two units and the multiplier that carries an amount into it.
    ///
    /// A plain operand leaves the other unit as it is (`2 × 3万元` stays in 万元). Two units
    /// combine in base units, so money ends up in 元: `万元 × 户` gives `元*户` with multiplier
    /// 10000. Dimensions that cancel leave a plain number (`户 × 1/户`).
    public func multiplied(by other: Unit) -> (unit: Unit, multiplier: Exact) {
        if other.isNone { return (self, .one) }
        if isNone { return (other, .one) }
        return combined(with: other, sign: 1).inBase
    }

    /// The quotient of two units and the multiplier that carries an amount into it.
    ///
    /// Dividing by a plain number keeps the unit; otherwise the result is in base units:
    /// `万元 ÷ 户` is `元/户` with multiplier 10000, `万元 ÷ 元` is plain with multiplier 10000,
    /// `户 ÷ 户` is plain with multiplier 1.
    public func divided(by other: Unit) -> (unit: Unit, multiplier: Exact) {
        if other.isNone { return (self, .one) }
        return combined(with: other, sign: -1).inBase
    }

    /// The base unit of this unit's dimensions to an integer power: `户^2`, or plain for the
    /// power 0; nil when an exponent overflows. Amounts must be carried into base units first
    /// (`amount × factor`).
    public func raised(to exponent: Int) -> Unit? {
        if isNone || exponent == 0 { return Unit.none }
        var scaled: [Power] = []
        for power in powers {
            let (product, overflow) = power.exponent.multipliedReportingOverflow(by: exponent)
            if overflow { return nil }
            scaled.append(Power(power.dimension, product))
        }
        return Unit(powers: scaled, factor: .one, symbol: Unit.symbol(for: scaled))
    }

    /// `self × other` (sign 1) or `self ÷ other` (sign -1), keeping factors and writing the
    /// symbol as the operands spell it; the catalog reads `万元/户` this way.
    func combined(with other: Unit, sign: Int) -> Unit {
        var merged: [Power] = []
        merged.reserveCapacity(powers.count + other.powers.count)
        var i = 0, j = 0
        // Both lists are sorted by dimension: merge them, adding exponents of shared ones.
        while i < powers.count || j < other.powers.count {
            if j == other.powers.count || (i < powers.count && powers[i].dimension < other.powers[j].dimension) {
                merged.append(powers[i])
                i += 1
            } else if i == powers.count || other.powers[j].dimension < powers[i].dimension {
                merged.append(Power(other.powers[j].dimension, sign * other.powers[j].exponent))
                j += 1
            } else {
                let exponent = powers[i].exponent + sign * other.powers[j].exponent
                if exponent != 0 { merged.append(Power(powers[i].dimension, exponent)) }
                i += 1
                j += 1
            }
        }
        let newFactor = sign > 0 ? factor * other.factor : Unit.quotient(factor, other.factor)
        let written: String
        if other.symbol.isEmpty {
            written = symbol
        } else {
            written = (symbol.isEmpty ? "1" : symbol) + (sign > 0 ? "*" : "/") + other.symbol
        }
        return Unit(powers: merged, factor: newFactor, symbol: written)
    }

    /// The base unit of the same dimensions, and this unit's factor as the multiplier.
    var inBase: (unit: Unit, multiplier: Exact) {
        if powers.isEmpty { return (.none, factor) }
        return (base, factor)
    }

    /// `a ÷ b` for factors; factors are powers of ten (or 1), so the quotient is exact.
    static func quotient(_ a: Exact, _ b: Exact) -> Exact {
        if b == .one { return a }
        return a.divided(by: b) ?? a
    }
}
