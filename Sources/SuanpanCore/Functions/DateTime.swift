/// DATE, YEAR, MONTH, DAY, TODAY, EOMONTH, EDATE and DATEDIF on Excel serial dates.
///
/// Where a date is wanted, a date, a serial number (its whole days) and date text
/// (`"2022-09-30"`, `"2022年9月30日"`) all do; a negative serial or one past 9999-12-31 is
/// `#NUM!`, other text `#VALUE!`, and a number with a unit (`3户`) `#UNIT!`. Results that are
/// dates are `.date` values, shown as `2024-03-31`.
extension Builtins {
    /// The date family.
    static let dateTime: [FunctionSpec] = [
        FunctionSpec("DATE", [.init("year"), .init("month"), .init("day")],
                     summary: "Returns the date of a year, month and day, carrying months and days past their range.") { args throws(CellError) in
            try date(year: try args.integer(0), month: try args.integer(1), day: try args.integer(2))
        },
        FunctionSpec("YEAR", [.init("serial_number")],
                     summary: "Returns the year of a date.") { args throws(CellError) in
            .number(try dateComponents(args, 0).year)
        },
        FunctionSpec("MONTH", [.init("serial_number")],
                     summary: "Returns the month of a date, 1 to 12.") { args throws(CellError) in
            .number(try dateComponents(args, 0).month)
        },
        FunctionSpec("DAY", [.init("serial_number")],
                     summary: "Returns the day of the month of a date, 1 to 31.") { args throws(CellError) in
            .number(try dateComponents(args, 0).day)
        },
        FunctionSpec("TODAY", [],
                     summary: "Returns today's date.") { args throws(CellError) in
            .date(args.context.today)
        },
        FunctionSpec("EOMONTH", [.init("start_date"), .init("months")],
                     summary: "Returns the last day of the month a number of months before or after a date.") { args throws(CellError) in
            let start = try dateComponents(args, 0)
            // Day 0 of the month after is the last day of the month wanted; serial 0 would be
            // December 1899, which Excel's calendar does not have.
            let end = try date(year: start.year, month: start.month + (try args.integer(1)) + 1, day: 0)
            guard end != .date(0) else { throw CellError(.num, "the date is outside Excel's calendar") }
            return end
        },
        FunctionSpec("EDATE", [.init("start_date"), .init("months")],
                     summary: "Returns the same day a number of months before or after a date, kept within the month.") { args throws(CellError) in
            let start = try dateComponents(args, 0)
            let months = start.month - 1 + (try args.integer(1))
            let year = start.year + months.floorDivided(by: 12)
            let month = months - months.floorDivided(by: 12) * 12 + 1
            guard (1900...9999).contains(year) else { throw CellError(.num, "the date is outside Excel's calendar") }
            return try date(year: year, month: month, day: min(start.day, ExcelDate.daysIn(month: month, year: year)))
        },
        FunctionSpec("DATEDIF", [.init("start_date"), .init("end_date"), .init("unit")],
                     summary: "Returns the whole years (y), months (m) or days (d) between two dates, or the rest in ym, md or yd.") { args throws(CellError) in
            let start = try dateSerial(args, 0), end = try dateSerial(args, 1)
            let unit = try args.text(2).lowercased()
            guard start <= end else { throw CellError(.num, "the end date is before the start date") }
            guard let difference = dateDifference(from: start, to: end, unit: unit) else {
                throw CellError(.num, "the unit must be y, m, d, ym, md or yd")
            }
            return .number(difference)
        },
    ]

    /// The date `DATE(year, month, day)` gives, or `#NUM!`.
    private static func date(year: Int, month: Int, day: Int) throws(CellError) -> Value {
        guard let serial = ExcelDate.serial(year: year, month: month, day: day) else {
            throw CellError(.num, "the date is outside Excel's calendar")
        }
        return .date(serial)
    }

    /// Argument `index` as a serial day (see the file's summary).
    static func dateSerial(_ args: Arguments, _ index: Int) throws(CellError) -> Int {
        let amount: Exact
        switch try args.value(index) {
        case .date(let serial): return serial
        case .number(let quantity):
            guard quantity.isPlain else { throw CellError(.unit, "a date cannot be a number of \(quantity.unit.symbol)") }
            amount = quantity.amount
        case let other:
            amount = try other.coercedToNumber().amount
        }
        guard !amount.isNegative, let serial = amount.floor().integerValue, serial <= ExcelDate.maximumSerial else {
            throw CellError(.num, "the number is not a date in Excel's calendar")
        }
        return serial
    }

    /// Year, month and day of argument `index` as a date.
    static func dateComponents(_ args: Arguments, _ index: Int) throws(CellError) -> (year: Int, month: Int, day: Int) {
        guard let parts = ExcelDate.components(try dateSerial(args, index)) else {
            throw CellError(.num, "the number is not a date in Excel's calendar")
        }
        return parts
    }

    /// DATEDIF's count from `start` to `end` (not before it) in `unit`, or nil for an unknown unit.
    private static func dateDifference(from start: Int, to end: Int, unit: String) -> Int? {
        guard let (y1, m1, d1) = ExcelDate.components(start), let (y2, m2, d2) = ExcelDate.components(end) else { return nil }
        // Whole months: a month is complete once the start's day of month is reached again.
        let months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0)
        switch unit {
        case "y": return months / 12
        case "m": return months
        case "d": return end - start
        case "ym": return months % 12
        case "md":
            // Days past the last whole month: from the start's day in the month before the end.
            if d2 >= d1 { return d2 - d1 }
            return end - (ExcelDate.serial(year: y2, month: m2 - 1, day: d1) ?? end)
        case "yd":
            // Days past the last whole year: from the start's month and day in the end's year
            // (or the year before, when that is still ahead).
            let anniversaryYear = (m2, d2) >= (m1, d1) ? y2 : y2 - 1
            return end - (ExcelDate.serial(year: anniversaryYear, month: m1, day: d1) ?? end)
        default: return nil
        }
    }
}

private extension Int {
    /// The quotient rounded toward −∞, so that months before January move into the year before.
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
