/// PROGRESS, SCORE and GRADE: how far the year has gone, and how an indicator scores.
extension Builtins {
    /// PROGRESS, SCORE and GRADE.
    static let indicatorEvaluation: [FunctionSpec] = [
        FunctionSpec("PROGRESS", [.init("quarter_or_date"), .optional("basis")],
                     summary: "Returns the time-elapsed progress of a quarter (25% to 100%), or of a date by whole months or by days.") { args throws(CellError) in
            try progress(args)
        },
        FunctionSpec("SCORE", [.init("actual"), .init("op"), .init("target"), .init("weight")],
                     summary: "Returns an indicator's score: the full weight when the target is met, else a proportional share.") { args throws(CellError) in
            try score(args)
        },
        FunctionSpec("GRADE", [.init("total")],
                     summary: "Returns the grade of a total score: 优 (90 and up), 良 (80), 中 (60) or 差.") { args throws(CellError) in
            let total = try args.exact(0)
            let grades: [(Int, String)] = [(90, "优"), (80, "良"), (60, "中")]
            return .text(grades.first { total >= Exact($0.0) }?.1 ?? "差")
        },
    ]

    /// PROGRESS(quarter) is 25%, 50%, 75% or 100% (quarter 1–4, else `#NUM!`).
    /// PROGRESS(date, "month") counts whole months completed: a date on the last day of month
    /// m has completed m months, any earlier day m − 1 (on 2022-09-30, 9/12 = 75%; on
    /// 2022-09-29, 8/12). PROGRESS(date, "day") is the day of the year over the days in that
    /// year (2022-09-30 is 273/365). One argument is a date when it is a date value or date
    /// text; "month" is then the basis.
    private static func progress(_ args: Arguments) throws(CellError) -> Value {
        let first = try args.value(0)
        let isDate: Bool = switch first {
        case .date: true
        case .text(let text): ExcelDate.parse(text.trimmingSpaces) != nil
        default: false
        }
        guard isDate || !args.isMissing(1) else {
            let quarter = try args.exact(0)
            guard let whole = quarter.integerValue, (1...4).contains(whole) else {
                throw CellError(.num, "the quarter must be 1, 2, 3 or 4")
            }
            return .number(Exact(significand: Int128(whole * 25), scale: 2))
        }
        let (year, month, day) = try dateComponents(args, 0)
        let basis = args.isMissing(1) ? "month" : try args.text(1).trimmingSpaces.lowercased()
        switch basis {
        case "month":
            let completed = day == ExcelDate.daysIn(month: month, year: year) ? month : month - 1
            return .number(try Quantity(Exact(completed)).divided(by: Quantity(Exact(12))))
        case "day":
            let serial = try dateSerial(args, 0)
            guard let newYear = ExcelDate.serial(year: year, month: 1, day: 0),
                  let lastDay = ExcelDate.serial(year: year, month: 12, day: 31)
            else { throw CellError(.num, "the date is outside Excel's calendar") }
            return .number(try Quantity(Exact(serial - newYear)).divided(by: Quantity(Exact(lastDay - newYear))))
        default:
            throw CellError(.value, "the basis must be \"month\" or \"day\"")
        }
    }

    /// SCORE(actual, op, target, weight), op one of `=`, `>=`, `<=` (`≥`, `≤` too).
    ///
    /// Met: the full weight. Not met: `weight × actual / target` for `>=`; `weight × target /
    /// actual` for `<=`; for `=`, the smaller of the two ratios, so that missing the target on
    /// either side costs points (below target this is SPEC's `actual / target`). Never below 0
    /// nor above the weight; a zero divisor scores 0. Actual and target must share a dimension.
    private static func score(_ args: Arguments) throws(CellError) -> Value {
        let actual = try args.number(0), target = try args.number(2), weight = try args.number(3)
        let op = try args.text(1).trimmingSpaces
        let order = try actual.compared(to: target)
        let met: Bool
        switch op {
        case "=", "==": met = order == 0
        case ">=", "≥": met = order >= 0
        case "<=", "≤": met = order <= 0
        default: throw CellError(.value, "the operator must be =, >= or <=")
        }
        if met { return .number(weight) }
        let below = try ratio(actual, target), above = try ratio(target, actual)
        let share: Exact = switch op {
        case "=", "==": min(below, above)
        case ">=", "≥": below
        default: above
        }
        let clamped = max(.zero, min(.one, share))
        return .number(try weight.multiplied(by: Quantity(clamped)))
    }

    /// `a / b` as a plain ratio, 0 when `b` is 0; `#UNIT!` when the units do not cancel.
    private static func ratio(_ a: Quantity, _ b: Quantity) throws(CellError) -> Exact {
        guard !b.amount.isZero else { return .zero }
        let quotient = try a.divided(by: b)
        // Same dimension with different factors (万元 ÷ 元) cancels to a plain number.
        guard quotient.isPlain else { throw CellError(.unit, "SCORE compares the actual and the target in one unit") }
        return quotient.amount
    }
}
