/// The General display of values, as a bare expression prints at the prompt (SPEC §5).
extension Value {
    /// Numbers with up to 15 significant digits, no grouping, and a space before their unit
    /// (`500 元/户`, `6.3 万元`); text without quotes; `TRUE`/`FALSE`; dates as `2024-03-31`;
    /// errors as `#DIV/0!`; blank as empty text.
    public var generalDescription: String {
        switch self {
        case .number(let quantity): return quantity.generalDescription
        case .text(let text): return text
        case .bool(let flag): return flag ? "TRUE" : "FALSE"
        case .date(let serial): return ExcelDate(serial: serial).description
        case .error(let error): return error.description
        case .blank: return ""
        }
    }
}

extension Quantity {
    /// The figure in General format, then a space and the unit symbol if there is a unit.
    public var generalDescription: String {
        let figure = amount.generalDescription
        return unit.isNone ? figure : figure + " " + unit.symbol
    }
}
