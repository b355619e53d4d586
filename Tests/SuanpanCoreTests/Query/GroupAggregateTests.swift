import Testing
@testable import SuanpanCore

/// `GroupAggregate` computes SUM and COUNT of bare number columns straight from the source;
/// every item must come out exactly as the general way (gathering the group's cells) gives.
struct GroupAggregateTests {
    static func source() throws -> Sheet {
        let wan = try #require(UnitCatalog.standard.unit(named: "万元"))
        let hu = try #require(UnitCatalog.standard.unit(named: "户"))
        func money(_ text: String) -> Value { text.isEmpty ? .blank : .number(Quantity(Exact(text)!, wan)) }
        return Sheet(name: "账", columns: [
            Column(name: "部门", values: ["甲", "乙", "甲", "丙", "乙", "甲", "丁"].map { .text($0) }),
            // Numbers in 万元 with blanks, one group (丁) blank throughout.
            Column(name: "金额", unit: wan, values: ["12.30", "", "0.7", "-5", "1e3", "", ""].map(money)),
            Column(name: "户数", unit: hu, values: [3, 0, 2, 1, 4, 5, 6].map { .number(Quantity(Exact($0), hu)) }),
            // General values: text among figures, an error.
            Column(name: "混合", values: [.number(1), .text("x"), .number(2), .error(CellError(.divisionByZero)), .blank,
                                         .number(3), .text("y")]),
            Column(name: "备注", values: ["a", "", "c", "d", "", "f", "g"].map { $0.isEmpty ? .blank : .text($0) }),
        ])
    }

    @Test(arguments: [
        "SUM(金额)", "COUNT(金额)", "sum(金额)", "Count(户数)", "SUM(金额) / COUNT(金额)", "PER(SUM(金额), SUM(户数))",
        "SUM(混合)", "COUNT(混合)", "SUM(备注)", "COUNT(备注)", "IF(COUNT(金额) > 1, SUM(金额), -SUM(户数))",
        "SUM(金额) + SUM(户数)", "SUM(金额, 户数)", "SUM(账.金额)", "ROUND(SUM(金额) * 100%, 1)", "SUM(金额)&\"\"",
    ])
    func anItemAgreesWithTheGeneralWay(formula: String) throws {
        try compare([("值", formula)])
    }

    /// An item named like a source column hides it from the items after it: their SUM(金额)
    /// is the item's, not the column's.
    @Test func laterItemsSeeAnItemNamedLikeAColumn() throws {
        try compare([("合计", "SUM(金额)"), ("金额", "SUM(金额) * 2"), ("再", "SUM(金额)"), ("率", "RATE(合计, 金额)")])
    }

    func compare(_ items: [(String, String)]) throws {
        let sheet = try Self.source()
        let workbook = Workbook(title: "t", sheets: [sheet])
        let environment = Environment(workbooks: ["t": workbook], today: testToday)
        let parsed = try items.map { ($0.0, try Parser.parse($0.1, unitSymbols: workbook.units.symbols)) }
        let direct = GroupFormulas(parsed, source: sheet, workbook: workbook, environment: environment)
        let general = GroupFormulas(parsed, source: sheet, workbook: workbook, environment: environment,
                                    aggregatesDirectly: false)
        #expect(direct.readColumns == general.readColumns)
        let grouping = Grouping(sheet, rows: Array(0..<sheet.rowCount), keyColumns: [0], interruption: nil)
        for rows in grouping.rows + [[]] {
            let a = direct.values(forRows: rows), b = general.values(forRows: rows)
            #expect(a == b, "rows \(rows)")
            #expect(a.map(\.generalDescription) == b.map(\.generalDescription), "rows \(rows)")
        }
    }
}
