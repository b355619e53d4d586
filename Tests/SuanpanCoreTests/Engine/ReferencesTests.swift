import Testing
@testable import SuanpanCore

/// References as analysts write them, through real statements.
@Suite struct ReferencesTests {
    /// A session whose current sheet is 支出 from the seed report.
    static func seedSession() -> Session {
        let session = Session(today: testToday)
        let workbook = Workbook(title: "珠晖区计生协 2022")
        let wan = UnitCatalog.standard.unit(named: "万元")!
        let amounts: [(String, String, String)] = [
            ("整体支出", "125.57", "132.01"), ("基本支出", "72.19", "78.63"), ("项目支出", "53.38", "53.38"),
        ]
        workbook.addSheet(Sheet(name: "支出", columns: [
            Column(name: "项目", values: amounts.map { .text($0.0) }),
            Column(name: "预算数", unit: wan, values: amounts.map { .number(Quantity(Exact($0.1)!, wan)) }),
            Column(name: "决算数", unit: wan, values: amounts.map { .number(Quantity(Exact($0.2)!, wan)) }),
        ]))
        session.add(workbook, alias: "y2022")
        return session
    }

    typealias Case = FormulaCase

    @Test(arguments: [
        Case("支出.决算数[\"基本支出\"]", "78.63 万元"),
        Case("决算数[\"项目支出\"] / 预算数[\"项目支出\"]", "1"),
        Case("支出.决算数[\"人员经费\"]", "#N/A"),
        Case("支出!C3", "78.63 万元"),
        Case("C1", "决算数"),
        Case("y2022.支出.决算数", "132.01 万元\n78.63 万元\n53.38 万元"),
        Case("差额 = 决算数 - 预算数; 支出!D1 & \":\" & 支出!D2", "差额:6.44万元"),
        Case("支出.差额 = 决算数 - 预算数; 差额[\"基本支出\"]", "6.44 万元"),
        Case("合计 = 支出.决算数[\"基本支出\"] + 支出.决算数[\"项目支出\"]; (合计 = 决算数[\"整体支出\"])", "TRUE"),
        Case("x = 2; y = x * 3; x = 5; y", "15"),
        Case("支出.倍数 = 决算数 / 预算数 * 100; 倍数[\"项目支出\"]", "100"),
    ])
    func resolves(_ example: Case) {
        let transcript = run(example.source, in: Self.seedSession())
        #expect(transcript.errors.map(\.message) == [])
        #expect(transcript.output.joined(separator: "\n") == example.expected)
    }

    @Test(arguments: [
        Case("支出.决算 + 1", "sheet '支出' has no column '决算' (did you mean '决算数'?)"),
        Case("支岀.决算数", "no sheet or workbook named '支岀' (did you mean '支出'?)"),
        Case("y2021.支出.决算数", "no workbook opened as 'y2021' (did you mean 'y2022'?)"),
        Case("支出.执行率 = 决算数 / 预算 ", "unknown name '预算' (did you mean '预算数'?)"),
        Case("收入!C2", "no sheet named '收入'"),
        Case("SUMM(1)", "unknown function 'SUMM' (did you mean 'SUM'?)"),
        Case("5户数", "unexpected name '户数'"),
    ])
    func refusesWithAMessage(_ example: Case) {
        let transcript = run(example.source, in: Self.seedSession())
        let rendered = transcript.errors.map { error in error.hint.map { "\(error.message) (\($0))" } ?? error.message }
        #expect(rendered == [example.expected])
    }
}

/// The commands that list and switch: `sheets`, `columns`, `use`.
@Suite struct ListingCommandsTests {
    @Test func sheetsListsEverySheetWithItsSize() {
        let transcript = run("sheets", in: ReferencesTests.seedSession())
        #expect(transcript.output == ["sheet  rows  columns", "-----  ----  -------", "支出      3        3"])
    }

    @Test func columnsShowUnitsKindsAndFormulas() {
        let transcript = run("执行率 = 决算数 / 预算数; columns", in: ReferencesTests.seedSession())
        #expect(transcript.errors.map(\.message) == [])
        #expect(transcript.output == [
            "column  unit  holds    formula",
            "------  ----  -------  ---------------",
            "项目    -     text",
            "预算数  万元  numbers",
            "决算数  万元  numbers",
            "执行率  -     numbers  = 决算数/预算数",
        ])
    }

    @Test func aKeywordFollowedByEqualsIsAnAssignment() {
        #expect(lastResult(of: "sheets = 5; sheets * 2") == "10")
    }

    @Test(arguments: [
        ("use y2021", "no workbook is open as 'y2021' (did you mean 'y2022'?)"),
        ("columns 收入", "no sheet named '收入'"),
        ("sheets 支出", "unexpected '支出' (usage: sheets)"),
        ("export 支出 as out.csv", "expected 'to' after the sheet (usage: export SHEET|* to FILE.csv|.txt|.md|.json [bom] [encoding utf-8|gb18030] [numbers as text])"),
        ("export 支出 to out.csv encoding big5", "unknown encoding 'big5' (utf-8 or gb18030)"),
        ("open", "'open' expects a workbook folder, .csv or .xlsx file"),
    ])
    func mistakesAreNamed(_ statement: String, _ message: String) {
        let transcript = run(statement, in: ReferencesTests.seedSession())
        let rendered = transcript.errors.map { error in error.hint.map { "\(error.message) (\($0))" } ?? error.message }
        #expect(rendered == [message])
    }
}
