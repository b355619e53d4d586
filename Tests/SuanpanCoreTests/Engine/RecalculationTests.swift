import Testing
@testable import SuanpanCore

/// The dependency graph and recalculation, on formulas built directly as trees.
@Suite struct RecalculationTests {
    let environment = Environment(today: 45000)

    private func cell(_ row: Int, _ column: Int) -> Expr {
        .cell(CellReference(address: CellAddress(row: row, column: column)))
    }

    private func plusOne(_ expr: Expr) -> Expr {
        .binary(.add, expr, .number(Exact(1), unit: ""))
    }

    @Test func twoCellsReadingEachOtherAreCircular() throws {
        let workbook = Workbook.untitled()
        let sheet = workbook.sheets[0]
        let a1 = CellAddress(row: 0, column: 0), b1 = CellAddress(row: 0, column: 1)
        try workbook.setCell(a1, in: sheet, to: .formula(plusOne(cell(0, 1))), environment: environment)
        try workbook.setCell(b1, in: sheet, to: .formula(plusOne(cell(0, 0))), environment: environment)
        #expect(sheet.value(at: CellAddress(row: 1, column: 0)) == .blank)
        // Row 0 holds headings; formulas live in data rows, so use row 1 for the cycle proper.
        let a2 = CellAddress(row: 1, column: 0), b2 = CellAddress(row: 1, column: 1)
        try workbook.setCell(a2, in: sheet, to: .formula(plusOne(cell(1, 1))), environment: environment)
        try workbook.setCell(b2, in: sheet, to: .formula(plusOne(cell(1, 0))), environment: environment)
        #expect(sheet.value(at: a2).error?.kind == .circular)
        #expect(sheet.value(at: b2).error?.kind == .circular)
    }

    @Test func aCellReadingItselfIsCircularAndReadersSeeIt() throws {
        let workbook = Workbook.untitled()
        let sheet = workbook.sheets[0]
        let a2 = CellAddress(row: 1, column: 0), a3 = CellAddress(row: 2, column: 0)
        try workbook.setCell(a2, in: sheet, to: .formula(plusOne(cell(1, 0))), environment: environment)
        try workbook.setCell(a3, in: sheet, to: .formula(plusOne(cell(1, 0))), environment: environment)
        #expect(sheet.value(at: a2).error?.kind == .circular)
        #expect(sheet.value(at: a3).error?.kind == .circular)
    }

    @Test func changingAValueRecomputesOnlyItsReaders() throws {
        let workbook = Workbook.untitled()
        let sheet = workbook.sheets[0]
        let a2 = CellAddress(row: 1, column: 0), b2 = CellAddress(row: 1, column: 1), c2 = CellAddress(row: 1, column: 2)
        try workbook.setCell(a2, in: sheet, to: .constant(.number(5)), environment: environment)
        try workbook.setCell(b2, in: sheet, to: .formula(plusOne(cell(1, 0))), environment: environment)
        try workbook.setCell(c2, in: sheet, to: .formula(plusOne(cell(1, 1))), environment: environment)
        #expect(sheet.value(at: c2) == .number(7))
        try workbook.setCell(a2, in: sheet, to: .constant(.number(10)), environment: environment)
        #expect(sheet.value(at: b2) == .number(11))
        #expect(sheet.value(at: c2) == .number(12))
    }

    @Test func aHundredThousandLongChainRecomputesWithoutRecursion() throws {
        let workbook = Workbook.untitled()
        let sheet = workbook.sheets[0]
        let length = 100_000
        try workbook.setCell(CellAddress(row: 1, column: 0), in: sheet, to: .constant(.number(0)), environment: environment)
        for row in 2...length {
            try workbook.setCell(CellAddress(row: row, column: 0), in: sheet,
                                 to: .formula(plusOne(cell(row - 1, 0))), environment: environment)
        }
        try workbook.setCell(CellAddress(row: 1, column: 0), in: sheet, to: .constant(.number(1)), environment: environment)
        #expect(sheet.value(at: CellAddress(row: length, column: 0)) == .number(length))
    }

    @Test func computedColumnsFollowTheirColumns() throws {
        let workbook = Workbook()
        let sheet = Sheet(name: "支出", columns: [
            Column(name: "项目", values: [.text("基本支出"), .text("项目支出")]),
            Column(name: "预算数", values: [.number(Exact("72.19")!), .number(Exact("53.38")!)]),
            Column(name: "决算数", values: [.number(Exact("78.63")!), .number(Exact("53.38")!)]),
        ])
        workbook.addSheet(sheet)
        let rate = Expr.binary(.divide, .path(["决算数"], SourceSpan(0, 0)), .path(["预算数"], SourceSpan(0, 0)))
        try workbook.setColumnFormula("执行率", in: sheet, to: rate, environment: environment)
        #expect(sheet.column(named: "执行率")?[0] == .number(Exact("78.63")!.divided(by: Exact("72.19")!)!))
        #expect(sheet.column(named: "执行率")?[1] == .number(1))
        try workbook.setCell(CellAddress(row: 2, column: 2), in: sheet, to: .constant(.number(0)), environment: environment)
        #expect(sheet.column(named: "执行率")?[1] == .number(0))
        try workbook.setCell(CellAddress(row: 2, column: 1), in: sheet, to: .constant(.blank), environment: environment)
        #expect(sheet.column(named: "执行率")?[1].error?.kind == .divisionByZero)
    }

    @Test func unknownNamesAreRefusedWithTheirPositionAndNothingChanges() throws {
        let workbook = Workbook.untitled()
        try workbook.setName("决算合计", to: .number(Exact(5), unit: ""), sheet: workbook.sheets[0], environment: environment)
        let issue = #expect(throws: BindingIssue.self) {
            try workbook.setName("x", to: .path(["决算合"], SourceSpan(3, 6)), sheet: workbook.sheets[0], environment: environment)
        }
        #expect(issue?.message == "unknown name '决算合'")
        #expect(issue?.span?.start == 3 && issue?.span?.end == 6)
        #expect(issue?.hint == "did you mean '决算合计'?")
        #expect(workbook.names["x"] == nil)
    }
}
