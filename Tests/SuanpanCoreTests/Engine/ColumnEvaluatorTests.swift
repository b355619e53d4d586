import Testing
@testable import SuanpanCore

/// Computed columns: constants hoisted out of the row loop, loops over number storage, rows
/// split across cores for large columns.
@Suite struct ColumnEvaluatorTests {
    let environment = Environment(today: testToday)

    /// A sheet of `rows` rows: 预算数 = row % 7 (so every 7th budget is 0), 决算数 = row.
    func ledger(rows: Int) -> (Workbook, Sheet) {
        let wan = UnitCatalog.standard.unit(named: "万元")!
        let sheet = Sheet(name: "台账", columns: [
            Column(name: "预算数", unit: wan, storage: .numbers((0..<rows).map { Exact($0 % 7) }, blank: [])),
            Column(name: "决算数", unit: wan, storage: .numbers((0..<rows).map { Exact($0) }, blank: [])),
        ])
        return (Workbook(sheets: [sheet]), sheet)
    }

    @Test(arguments: [1_000, 200_000])
    func divisionMatchesRowByRowIncludingZeroDivisors(rows: Int) throws {
        let (workbook, sheet) = ledger(rows: rows)
        let formula = try Parser.parse("决算数 / 预算数", unitSymbols: workbook.units.symbols)
        try workbook.setColumnFormula("执行率", in: sheet, to: formula, environment: environment)
        let column = try #require(sheet.column(named: "执行率"))
        #expect(column.count == rows)
        for row in [0, 1, 6, 7, 8, rows / 2 - 1, rows / 2, rows / 2 + 1, rows - 1] {
            if row % 7 == 0 {
                #expect(column[row].error?.kind == .divisionByZero, "row \(row)")
            } else {
                #expect(column[row] == .number(Exact(row).divided(by: Exact(row % 7))!), "row \(row)")
            }
        }
    }

    @Test func anAggregateInsideAColumnFormulaIsTheWholeColumn() throws {
        let (workbook, sheet) = ledger(rows: 5)
        let formula = try Parser.parse("决算数 / SUM(决算数)", unitSymbols: workbook.units.symbols)
        try workbook.setColumnFormula("份额", in: sheet, to: formula, environment: environment)
        #expect(sheet.column(named: "份额")?.values.map(\.generalDescription) == ["0", "0.1", "0.2", "0.3", "0.4"])
    }

    @Test func rowByRowFormulasSeeTheirOwnRow() throws {
        let (workbook, sheet) = ledger(rows: 4)
        let formula = try Parser.parse("IF(预算数 > 1, \"高\", \"低\") & 决算数", unitSymbols: workbook.units.symbols)
        try workbook.setColumnFormula("标记", in: sheet, to: formula, environment: environment)
        #expect(sheet.column(named: "标记")?.values.map(\.generalDescription) == ["低0万元", "低1万元", "高2万元", "高3万元"])
    }

    @Test func aColumnReadingItselfIsCircular() throws {
        let (workbook, sheet) = ledger(rows: 3)
        try workbook.setColumnFormula("x", in: sheet, to: .number(Exact(1), unit: ""), environment: environment)
        let formula = try Parser.parse("x + 1", unitSymbols: workbook.units.symbols)
        try workbook.setColumnFormula("x", in: sheet, to: formula, environment: environment)
        #expect(sheet.column(named: "x")?[0].error?.kind == .circular)
    }
}
