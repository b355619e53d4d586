/// One statement of the language, as parsed.
///
/// The REPL issue adds the rest of SPEC §5 (`open`, `show`, `summarize`, …); this is the core:
/// the three assignments and a bare expression.
public enum Statement: Sendable, Equatable {
    /// `A1 = 72.19`, `支出!E8 = SUM(E2:E7)`: a constant or a formula in one cell.
    case assignCell(sheet: String?, CellAddress, Expr)
    /// `支出.执行率 = 决算数 / 预算数` (or a bare column of the current sheet): a computed column.
    case assignColumn(sheet: String?, column: String, Expr)
    /// `序时进度 = PROGRESS(3)`: a workbook name — or, when the formula reads the current
    /// sheet's columns row by row (`差额 = 决算数 - 预算数`), a computed column of that sheet.
    case assignName(String, Expr)
    /// `132.01 / 72.19`: print the value.
    case expression(Expr)
    /// `open workbooks/zhuhui-2022 [as y2022]`: a workbook folder, .csv or .xlsx.
    case open(path: String, alias: String?, span: SourceSpan)
    /// `use y2021`: make an open workbook current.
    case use(String, span: SourceSpan)
    /// `sheets`: list the current workbook's sheets.
    case sheets
    /// `columns [SHEET]`: list a sheet's columns.
    case columns(sheet: String?, span: SourceSpan?)
    /// `save [to DIR]`: write the current workbook as a workbook folder.
    case save(to: String?, span: SourceSpan?)
    /// `export SHEET to FILE.csv [bom] [encoding gb18030]`.
    case export(sheet: String, file: String, options: ExportOptions, span: SourceSpan)
}

extension Expr {
    /// The constant this formula is when it is a literal (`72.19`, `-5`, `"text"`, `3.6万元`,
    /// `50%`, `#N/A`), so that assigning it stores a constant rather than a formula.
    func literalValue(units: UnitCatalog) -> Value? {
        switch self {
        case .number(let amount, let symbol):
            if symbol.isEmpty { return .number(amount) }
            return units.unit(named: symbol).map { .number(Quantity(amount, $0)) }
        case .text(let text): return .text(text)
        case .bool(let flag): return .bool(flag)
        case .error(let kind): return .error(CellError(kind))
        case .unary(.negate, let operand):
            return operand.literalValue(units: units).map { Value.unary(.negate, $0) }
        case .percent(let operand):
            return operand.literalValue(units: units).map { Value.percent($0) }
        default: return nil
        }
    }
}
