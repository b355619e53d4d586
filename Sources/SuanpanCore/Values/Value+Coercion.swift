/// Spreadsheet coercion: how a value is read where a number, text or boolean is wanted.
extension Value {
    /// The value as a number: blank is 0, TRUE is 1, a date is its serial, and text is read
    /// as `numberFromText(_:)` reads it (`" 12 "`, `"50%"`, `"1,234.5"`, `"(5)"`,
    /// `"2022-09-30"`); other text is `#VALUE!`; an error is thrown as itself.
    public func coercedToNumber() throws(CellError) -> Quantity {
        switch self {
        case .number(let quantity): return quantity
        case .blank: return .zero
        case .bool(let flag): return Quantity(flag ? .one : .zero)
        case .date(let serial): return Quantity(Exact(serial))
        case .text(let text):
            if let number = Value.numberFromText(text) { return Quantity(number) }
            throw CellError(.value, "the text \"\(text)\" is not a number")
        case .error(let error): throw error
        }
    }

    /// The value as text, as `&` and the text functions see it: blank is "", numbers in
    /// General format followed by their unit symbol without a space (`3.6万元`, `500元/户`),
    /// TRUE is "TRUE", and a date is its serial number, as Excel's `&` gives it.
    public func coercedToText() throws(CellError) -> String {
        switch self {
        case .text(let text): return text
        case .number(let quantity): return quantity.amount.generalDescription + quantity.unit.symbol
        case .blank: return ""
        case .bool(let flag): return flag ? "TRUE" : "FALSE"
        case .date(let serial): return String(serial)
        case .error(let error): throw error
        }
    }

    /// The value as a boolean: blank is FALSE, numbers are TRUE unless 0, text must read
    /// TRUE or FALSE (any case), else `#VALUE!`.
    public func coercedToBool() throws(CellError) -> Bool {
        switch self {
        case .bool(let flag): return flag
        case .number(let quantity): return !quantity.amount.isZero
        case .blank: return false
        case .date(let serial): return serial != 0
        case .text(let text):
            switch text.uppercased() {
            case "TRUE": return true
            case "FALSE": return false
            default: throw CellError(.value, "the text \"\(text)\" is not TRUE or FALSE")
            }
        case .error(let error): throw error
        }
    }

    /// Reads text that Excel's arithmetic accepts as a number, or nil.
    ///
    /// Surrounding spaces are ignored; accepted are decimals and exponents (`1e2`), grouping
    /// commas in threes (`1,234.5`), accounting negatives in parentheses (`(1,234)`), a
    /// trailing percent sign (`50%` is 0.5), and dates (`2022-09-30`, `2024/3/31`,
    /// `2024年3月31日`) as their serials. Empty text is not a number.
    public static func numberFromText(_ text: some StringProtocol) -> Exact? {
        var body = text.trimmingSpaces
        if let number = Exact(body) { return number }
        guard !body.isEmpty else { return nil }
        var negative = false
        if body.first == "(" && body.last == ")" && body.count > 2 {
            negative = true
            body = body.dropFirst().dropLast().trimmingSpaces
        }
        var percent = false
        if body.last == "%" {
            percent = true
            body = body.dropLast().trimmingSpaces
        }
        let read = if let plain = withoutGrouping(body) { Exact(plain) } else { Exact(body) }
        guard var number = read else {
            guard !negative, !percent, let serial = ExcelDate.parse(body) else { return nil }
            return Exact(serial)
        }
        if negative {
            guard !number.isNegative else { return nil }
            number = -number
        }
        // 0.01 has an exact decimal form, so the percent costs no precision.
        return percent ? number * Exact(significand: 1, scale: 2) : number
    }

    /// The figure without its grouping commas when they group the integer digits in threes
    /// (`1,234,567.5`); nil when there are no commas or they are misplaced (`1,23`).
    private static func withoutGrouping(_ body: Substring) -> String? {
        guard body.contains(",") else { return nil }
        let integerEnd = body.firstIndex(where: { $0 == "." || $0 == "e" || $0 == "E" }) ?? body.endIndex
        var groups = body[..<integerEnd].split(separator: ",", omittingEmptySubsequences: false)
        if let sign = groups.first?.first, sign == "-" || sign == "+" { groups[0] = groups[0].dropFirst() }
        guard let head = groups.first, (1...3).contains(head.count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              !body[integerEnd...].contains(",")
        else { return nil }
        return body.filter { $0 != "," }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    var trimmingSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        let string = Substring(self)
        guard let first = string.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = string.lastIndex(where: { !isSpace($0) })!
        return string[first...last]
    }
}
