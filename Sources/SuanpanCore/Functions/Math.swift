/// Rounding and the arithmetic functions: ROUND, ROUNDUP, ROUNDDOWN, INT, TRUNC, MOD, ABS,
/// POWER, SQRT.
///
/// Arguments are coerced as Excel's scalar parameters are (`"2.5"` is 2.5, blank is 0, TRUE
/// is 1, other text `#VALUE!`). A unit rides along where the result is the same kind of
/// figure — rounding happens in the value's own unit, so `ROUND(3.14159万元, 2)` is 3.14 万元;
/// MOD needs one dimension; POWER multiplies a unit's exponents; SQRT takes plain numbers only.
extension Builtins {
    /// The math functions' specs.
    static let math: [FunctionSpec] = [
        FunctionSpec("ROUND", [.init("number"), .init("num_digits")],
                     summary: "Rounds to a number of decimal places, halves away from zero.") { args throws(CellError) in
            try rounded(args, .halfAwayFromZero, digits: args.digits(1))
        },
        FunctionSpec("ROUNDUP", [.init("number"), .init("num_digits")],
                     summary: "Rounds away from zero to a number of decimal places.") { args throws(CellError) in
            try rounded(args, .awayFromZero, digits: args.digits(1))
        },
        FunctionSpec("ROUNDDOWN", [.init("number"), .init("num_digits")],
                     summary: "Rounds toward zero to a number of decimal places.") { args throws(CellError) in
            try rounded(args, .towardZero, digits: args.digits(1))
        },
        FunctionSpec("INT", [.init("number")],
                     summary: "Rounds down to the nearest integer.") { args throws(CellError) in
            try rounded(args, .down, digits: 0)
        },
        FunctionSpec("TRUNC", [.init("number"), .optional("num_digits")],
                     summary: "Drops the digits past a number of decimal places (by default all of them).") { args throws(CellError) in
            try rounded(args, .towardZero, digits: args.digits(1, default: 0))
        },
        FunctionSpec("MOD", [.init("number"), .init("divisor")],
                     summary: "The remainder of a division, with the sign of the divisor.") { args throws(CellError) in
            .number(try args.number(0).remainder(dividingBy: args.number(1)))
        },
        FunctionSpec("ABS", [.init("number")],
                     summary: "The number without its sign.") { args throws(CellError) in
            let number = try args.number(0)
            return .number(number.amount.isNegative ? -number : number)
        },
        FunctionSpec("POWER", [.init("number"), .init("power")],
                     summary: "A number raised to a power.") { args throws(CellError) in
            .number(try args.number(0).raised(to: args.number(1)))
        },
        FunctionSpec("SQRT", [.init("number")],
                     summary: "The positive square root of a number.") { args throws(CellError) in
            let number = try args.number(0)
            guard number.isPlain else {
                throw CellError(.unit, "SQRT takes a plain number, not \(number.unit.symbol)")
            }
            guard let root = number.amount.squareRoot() else {
                throw CellError(.num, "the square root of a negative number")
            }
            return .number(root)
        },
    ]

    /// Argument 0 rounded to `digits` decimals in `mode`, keeping its unit.
    private static func rounded(_ args: Arguments, _ mode: RoundingMode, digits: Int) throws(CellError) -> Value {
        let number = try args.number(0)
        return .number(Quantity(number.amount.rounded(places: digits, mode), number.unit))
    }
}

extension Arguments {
    /// Argument `index` as a count of decimal places, truncated toward zero (`ROUND(x, 0.9)`
    /// rounds to 0 places); `defaultValue` when it is left out. A count too large for an
    /// `Int` is held at ±1000, where every figure rounds alike.
    fileprivate func digits(_ index: Int, default defaultValue: Int? = nil) throws(CellError) -> Int {
        if let defaultValue, isMissing(index) { return defaultValue }
        let places = try exact(index).truncated()
        return places.integerValue ?? (places.isNegative ? -1_000 : 1_000)
    }
}
