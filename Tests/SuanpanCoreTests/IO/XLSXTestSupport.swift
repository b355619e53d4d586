import Foundation
import Testing
@testable import SuanpanCore

/// The path of `Fixtures/xlsx/NAME.xlsx` (made by `make-xlsx-fixtures.py`).
func xlsxFixture(_ name: String) -> String {
    guard let url = Bundle.module.url(forResource: name, withExtension: "xlsx", subdirectory: "Fixtures/xlsx") else {
        fatalError("missing fixture \(name).xlsx: run Tests/SuanpanCoreTests/Fixtures/xlsx/make-xlsx-fixtures.py")
    }
    return url.path
}

/// Every cell of a sheet, row by row, as exact text: `12.30` keeps its places, a unit
/// follows its figure (`12.3万元`), text is quoted, dates are `date:2022-09-30`, blanks are
/// empty. Row 1 is the headings as the sheet names them.
func xlsxDump(_ sheet: Sheet) -> [[String]] {
    var rows = [sheet.columns.map { column in column.heading.map(xlsxText) ?? column.name }]
    for row in 0..<sheet.rowCount {
        rows.append(sheet.columns.map { xlsxText($0[row]) })
    }
    return rows
}

/// One value as `xlsxDump` writes it.
func xlsxText(_ value: Value) -> String {
    switch value {
    case .blank: ""
    case .number(let quantity): quantity.amount.description + quantity.unit.symbol
    case .text(let text): "\"\(text)\""
    case .bool(let flag): flag ? "TRUE" : "FALSE"
    case .date(let serial): "date:\(ExcelDate(serial: serial))"
    case .error(let error): error.description
    }
}

/// The formulas of one sheet as `A1: source => cached`.
func xlsxFormulas(_ contents: XLSXContents, sheet: String) -> [String] {
    contents.formulas.filter { $0.sheet == sheet }.map { "\($0.address.a1): \($0.source) => \(xlsxText($0.cached))" }
}
