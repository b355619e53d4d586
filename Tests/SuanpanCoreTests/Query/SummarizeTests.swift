import Foundation
import Testing
@testable import SuanpanCore

/// `summarize` and `pivot` through a session: exact totals over many rows, save and open
/// round trips, interruption.
struct SummarizeTests {
    /// A session whose current workbook has a ledger of `rows` generated rows: 部门 cycles
    /// over 7 names, 季度 over 1…4, 决算数 is `row × 0.01` 万元 and 户数 `row mod 5` 户.
    static func ledgerSession(rows: Int) throws -> Session {
        let wan = try #require(UnitCatalog.standard.unit(named: "万元"))
        let hu = try #require(UnitCatalog.standard.unit(named: "户"))
        let departments = ["办公室", "宣传部", "计生服务中心", "财务科", "人事科", "后勤科", "信息中心"]
        let sheet = Sheet(name: "台账", columns: [
            Column(name: "部门", values: (0..<rows).map { .text(departments[$0 % 7]) }),
            Column(name: "季度", values: (0..<rows).map { .number($0 % 4 + 1) }),
            Column(name: "决算数", unit: wan, values: (0..<rows).map { .number(Quantity(Exact($0) * Exact("0.01")!, wan)) }),
            Column(name: "户数", unit: hu, values: (0..<rows).map { .number(Quantity(Exact($0 % 5), hu)) }),
        ])
        let session = Session(today: testToday)
        session.add(Workbook(title: "台账", sheets: [sheet]), alias: "w")
        return session
    }

    @Test func groupSumsOverAHundredThousandRowsAreExact() throws {
        let session = try Self.ledgerSession(rows: 100_000)
        let transcript = run("""
            summarize 台账 where 户数 > 0 by 部门 into 汇总 with 决算 = SUM(决算数), 户数 = SUM(户数), 笔数 = COUNT(决算数)
            SUM(汇总.决算)
            SUM(汇总.户数)
            SUM(汇总.笔数)
            汇总!A2
            (汇总!B2 = SUMIFS(台账.决算数, 台账.部门, "人事科", 台账.户数, ">0"))
            """, in: session)
        #expect(transcript.errors.isEmpty)
        // All rows sum to 0.01 × (0 + … + 99999) = 49999500 万元; the rows left out (户数 = 0,
        // every fifth) to 0.01 × 5 × (0 + … + 19999) = 9999500 万元.
        #expect(transcript.output == ["40000000 万元", "200000 户", "80000", "人事科", "TRUE"])
    }

    @Test func groupsAreSortedWithBlanksLast() throws {
        let transcript = run("""
            sheet add 账
            A1 = "部门"
            B1 = "金额"
            A2 = "乙"
            B2 = 1
            A3 = "甲"
            B3 = 2
            B4 = 4
            A5 = "乙"
            B5 = 8
            summarize 账 by 部门 into 汇总 with 合计 = SUM(金额), 首笔 = 金额
            show 汇总
            """)
        #expect(transcript.errors.isEmpty)
        #expect(transcript.output == [
            "部门  合计  首笔",
            "----  ----  ----",
            "乙       9     1",
            "甲       2     2",
            "         4     4",
            "(3 rows)",
        ])
    }

    @Test func derivedSheetsStayLiveAfterSaveAndOpen() throws {
        let session = try Self.ledgerSession(rows: 40)
        let folder = try temporaryFolder() + "/台账"
        var transcript = run("""
            summarize 台账 by 部门 into 汇总 with 决算 = SUM(决算数)
            pivot 汇总 rows 部门 columns 部门 value SUM(决算) into 交叉
            summarize 汇总 where 决算 > 1 by 部门 into 二级 with 合计 = SUM(决算)
            save to \(folder)
            """, in: session)
        #expect(transcript.errors.isEmpty)
        let manifest = try String(contentsOfFile: folder + "/workbook.toml", encoding: .utf8)
        #expect(manifest.contains("derived = 'summarize 台账 by 部门 into 汇总 with 决算 = SUM(决算数)'"))
        #expect(manifest.contains("derived = 'pivot 汇总 rows 部门 columns 部门 value SUM(决算) into 交叉'"))
        #expect(manifest.contains("derived = 'summarize 汇总 where 决算>1 by 部门 into 二级 with 合计 = SUM(决算)'"))

        let reopened = Session(today: testToday)
        transcript = run("""
            open \(folder)
            SUM(二级.合计)
            台账!C2 = 100万元
            汇总!B2 = 5
            汇总.x = 1
            SUM(汇总.决算)
            SUM(二级.合计)
            交叉!B2
            """, in: reopened, stopOnError: false)
        #expect(transcript.errors.map(\.message) == [
            "sheet '汇总' is computed by summarize or pivot: change its source, or summarize again",
            "sheet '汇总' is computed by summarize or pivot: change its source, or summarize again",
        ])
        // 部门 k holds rows k, k + 7, …: the groups sum 1.05, 1.11, 1.17, 1.23, 1.29 (人事科, the
        // first by code point), 0.95 and 1.00 万元, 7.8 in all; five are over 1 (5.85). Row 0
        // (办公室) becomes 100: 107.8 in all, 105.85 over 1.
        #expect(transcript.output == ["5.85 万元", "107.8 万元", "105.85 万元", "1.29 万元"])
        let sheet = try #require(reopened.current.sheet(named: "二级"))
        #expect(sheet.derivation != nil)
    }

    @Test func interruptionUndoesTheStatement() throws {
        let session = try Self.ledgerSession(rows: 10_000)
        session.interruption.request()
        let transcript = run("summarize 台账 by 部门 into 汇总 with 决算 = SUM(决算数)", in: session)
        #expect(transcript.errors.first?.message.hasPrefix("interrupted") == true)
        #expect(session.current.sheet(named: "汇总") == nil)
    }

    @Test func derivationsPrintAsTheirStatement() throws {
        let items = [Derivation.Item(name: "决算", formula: try Parser.parse("SUM(决算数)")),
                     Derivation.Item(name: "my rate", formula: try Parser.parse("RATE(决算, 1)"))]
        let summary = Derivation(source: "my ledger", condition: try Parser.parse("户数 > 0"),
                                 kind: .summarize(keys: ["部门", "季度"], items: items))
        let text = summary.statementText(into: "汇总")
        #expect(text == "summarize 'my ledger' where 户数>0 by 部门, 季度 into 汇总 with 决算 = SUM(决算数), 'my rate' = RATE(决算,1)")
        let parsed = try #require(try DeriveStatement.parse(text, unitSymbols: UnitCatalog.standard.symbols))
        #expect(parsed.derivation == summary)
        #expect(parsed.target == "汇总")
    }
}
