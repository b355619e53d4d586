import Testing
@testable import SuanpanCore

/// What the command line tells the session about its terminal reaches `show`: the width a
/// table fits, and colour. (Golden scripts cover the rest: they run without a terminal.)
@Suite struct ShowDisplayTests {
    static let sheet = """
        A1 = "项目"; B1 = "预算数"; C1 = "决算数"; D1 = "差额"; E1 = "说明"
        A2 = "基本支出"; B2 = 65.75; C2 = 72.19; D2 = 6.44; E2 = "含人员经费"
        A3 = "三公经费"; B3 = 5; C3 = 3.2; D3 = -1.8; E3 = "接待"
        format 差额 "0.00"
        """

    @Test func theTerminalWidthElidesColumnsAndSetWidthOverridesIt() {
        let session = Session(today: testToday)
        run(Self.sheet, in: session)
        session.terminalWidth = 30
        #expect(run("show", in: session).output == [
            "项目      …   差额  说明",
            "--------  -  -----  ----------",
            "基本支出  …   6.44  含人员经费",
            "三公经费  …  -1.80  接待",
            "(2 rows)",
            "(hidden to fit 30 columns: 预算数, 决算数; set width none shows all)",
        ])
        run("set width none", in: session)
        #expect(run("show", in: session).output.first == "项目      预算数  决算数   差额  说明")
        run("set width auto", in: session)
        session.terminalWidth = nil
        #expect(run("show", in: session).output.count == 5)
    }

    @Test func colourMakesHeadingsBoldAndNegativeFiguresRed() {
        let session = Session(today: testToday)
        run(Self.sheet, in: session)
        session.usesColor = true
        let lines = run("show", in: session).output
        #expect(lines[0].hasPrefix("\u{1B}[1m项目\u{1B}[0m"))
        #expect(lines[3] == "三公经费       5     3.2  \u{1B}[31m-1.80\u{1B}[0m  接待")
        #expect(lines[2] == "基本支出   65.75   72.19   6.44  含人员经费")
    }
}
