import Testing
@testable import SuanpanCore

/// `where` conditions that compare a column with a constant skip the evaluator
/// (`RowFilter.columnComparison`); they must keep and count exactly the rows it would.
struct RowFilterTests {
    @Test(arguments: [
        "户数 > 0", "0 < 户数", "户数 >= 2户", "户数 = 0", "户数 <> 3", "金额 <= 1", "金额 > 0.5万元", "金额 > 3户",
        "混合 > 1", "混合 = \"x\"", "\"x\" = 混合", "部门 = \"甲\"", "部门 > \"乙\"", "部门 = 1", "空 = 0", "空 > 0",
        "户数 > 金额", "户数 + 0 > 1",
    ])
    func directComparisonKeepsWhatTheEvaluatorKeeps(condition: String) throws {
        let sheet = try GroupAggregateTests.source()
        let columns = sheet.columns + [Column(name: "空", values: Array(repeating: .blank, count: sheet.rowCount))]
        let extended = Sheet(name: "账", columns: columns)
        let workbook = Workbook(title: "t", sheets: [extended])
        let environment = Environment(workbooks: ["t": workbook], today: testToday)
        var binder = Binder(environment: environment, workbook: workbook, sheet: extended, hasRow: true)
        let bound = binder.bind(try Parser.parse(condition, unitSymbols: workbook.units.symbols))
        #expect(binder.issues.isEmpty)
        let context = workbook.functionContext(environment)
        let direct = RowFilter(condition: bound, rowCount: extended.rowCount, context: context)
        let general = RowFilter(condition: bound, rowCount: extended.rowCount, context: context, comparesDirectly: false)
        #expect(direct.rows == general.rows)
        #expect(direct.errorCount == general.errorCount)
    }
}
