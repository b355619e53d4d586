/// The analysts' functions (SPEC §4): execution rate, per-unit average, growth, share,
/// time-elapsed progress (序时进度), differences in percentage points, indicator scores and
/// grades, and unit conversion.
///
/// RATE, PER, YOY and SHARE are the operators `/` and `-` with their full unit semantics
/// (`PER(3.6万元, 72户)` is `500 元/户`, money ÷ money a plain ratio); a zero divisor is
/// `#DIV/0!`. PROGRESS, SCORE and GRADE are in `Analysis+Evaluation.swift`.
extension Builtins {
    /// The analysts' family: ratios and conversion here, evaluation beside.
    static let analysis: [FunctionSpec] = ratios + indicatorEvaluation

    private static let ratios: [FunctionSpec] = [
        FunctionSpec("RATE", [.init("actual"), .init("budget")],
                     summary: "Returns the execution rate: actual spending divided by the budget.") { args throws(CellError) in
            Value.binary(.divide, args.scalar(0), args.scalar(1))
        },
        FunctionSpec("PER", [.init("amount"), .init("count")],
                     summary: "Returns the per-unit average of an amount, such as yuan per household.") { args throws(CellError) in
            Value.binary(.divide, args.scalar(0), args.scalar(1))
        },
        FunctionSpec("YOY", [.init("current"), .init("previous")],
                     summary: "Returns the growth over the previous period: (current - previous) / previous.") { args throws(CellError) in
            let previous = args.scalar(1)
            return Value.binary(.divide, Value.binary(.subtract, args.scalar(0), previous), previous)
        },
        FunctionSpec("SHARE", [.init("part"), .init("whole")],
                     summary: "Returns the share of a part in the whole.") { args throws(CellError) in
            Value.binary(.divide, args.scalar(0), args.scalar(1))
        },
        FunctionSpec("PPDIFF", [.init("rate1"), .init("rate2")],
                     summary: "Returns the difference of two rates in percentage points (个百分点).") { args throws(CellError) in
            let difference = try args.number(0).subtracting(try args.number(1))
            guard difference.isPlain else {
                throw CellError(.unit, "PPDIFF takes rates, which are plain numbers, not \(difference.unit.symbol)")
            }
            return .number(Quantity(difference.amount * Exact(100), .percentagePoints))
        },
        FunctionSpec("CONVERT", [.init("number"), .init("to_unit")],
                     summary: "Expresses a quantity in another unit of the same dimension, such as 万元.") { args throws(CellError) in
            let quantity = try args.number(0)
            let symbol = try args.text(1).trimmingSpaces
            // Excel's CONVERT answers #N/A for a unit it does not know; a known unit of another
            // dimension is the unit error.
            guard let unit = args.context.units.unit(named: String(symbol)) else {
                throw CellError(.notAvailable, "unknown unit '\(symbol)'")
            }
            return .number(try quantity.convert(to: unit))
        },
    ]
}
