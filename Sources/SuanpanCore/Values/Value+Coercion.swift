/// Spreadsheet coercion: how a value is read where a number, text or boolean is wanted.
extension Value {
    /// The value as a number: blank is 0, TRUE is 1, numeric text is read, a date is its serial;
    /// other text is `#VALUE!`; an error is thrown as itself.
    public func coercedToNumber() throws(CellError) -> Quantity {
        switch self {
        case .blank: return Quantity(.zero)
        case .number(let quantity): return quantity
        case .bool(let flag): return Quantity(flag ? .one : .zero)
        case .date(let serial): return Quantity(Exact(serial))
        case .text(let text):
            if let number = Exact(text.trimmingSpaces) { return Quantity(number) }
            throw CellError(.value, "the text \"\(text)\" is not a number")
        case .error(let error): throw error
        }
    }

    /// The value as text: blank is "", numbers in General format, TRUE is "TRUE".
    public func coercedToText() throws(CellError) -> String {
        switch self {
        case .blank: return ""
        case .text(let text): return text
        case .bool(let flag): return flag ? "TRUE" : "FALSE"
        case .number(let quantity): return quantity.amount.description
        case .date(let serial): return String(serial)
        case .error(let error): throw error
        }
    }

    /// The value as a boolean: numbers are TRUE unless 0, text must read TRUE or FALSE.
    public func coercedToBool() throws(CellError) -> Bool {
        switch self {
        case .blank: return false
        case .bool(let flag): return flag
        case .number(let quantity): return !quantity.amount.isZero
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
