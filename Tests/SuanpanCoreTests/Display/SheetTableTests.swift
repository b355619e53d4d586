import Testing
@testable import SuanpanCore

/// `SheetTable`: headings with units, formats, mixed columns.
struct SheetTableTests {
    @Test func formatsUnitsAndMixedColumns() throws {
        let wan = try #require(UnitCatalog.standard.unit(named: "万元"))
        let yuan = try #require(UnitCatalog.standard.unit(named: "元"))
        let sheet = Sheet(name: "支出", columns: [
            Column(name: "项目", values: [.text("人员经费"), .text("公用经费"), .blank]),
            Column(name: "决算数", unit: wan, values: [.number(Quantity(Exact("1234.5")!, wan)), .blank,
                                                   .number(Quantity(Exact("3")!, wan))]),
            Column(name: "执行率", values: [.number(Exact("0.38285")!), .error(CellError(.divisionByZero)), .bool(true)]),
            Column(name: "备注", values: [.number(Quantity(Exact("500")!, yuan)), .text("见附件"), .number(2)]),
        ])
        sheet.formats = ["决算数": "#,##0.00", "执行率": "0.00%"]
        let lines = SheetTable(sheet: sheet, units: .standard).table(rows: [0, 1, 2]).lines
        #expect(lines == [
            "项目      决算数(万元)   执行率  备注",
            "--------  ------------  -------  ------",
            "人员经费      1,234.50   38.29%  500 元",
            "公用经费                #DIV/0!  见附件",
            "                  3.00     TRUE       2",
        ])
    }
}
