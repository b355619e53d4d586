import Testing
@testable import SuanpanCore

/// CHANGETEXT, GAPTEXT, SHARETEXT and FIGURETEXT: the sentences of the seed report and of
/// the quarterly analyses, with every figure computed exactly and shown with two decimals,
/// rounded half away from zero (data from row 2 on).
@Suite struct PhrasesTests {
    typealias Case = FormulaCase

    @Test(arguments: [
        Case("CHANGETEXT(792.13万元, 602.88万元)", "同比增加189.25万元，增长31.39%"),
        Case("CHANGETEXT(602.88万元, 792.13万元)", "同比减少189.25万元，下降23.89%"),
        Case("CHANGETEXT(132.01万元, 132.01万元)", "与上年持平"),
        Case("CHANGETEXT(78.63万元, 72.19万元, \"较预算\")", "较预算增加6.44万元，增长8.92%"),
        Case("CHANGETEXT(50万元, 50万元, \"环比\")", "环比持平"),
        // Amounts in the unit of the values; 元 against 万元 is still money.
        Case("CHANGETEXT(1500元, 1200元)", "同比增加300.00元，增长25.00%"),
        Case("CHANGETEXT(1.2万元, 10000元)", "同比增加0.20万元，增长20.00%"),
        Case("CHANGETEXT(110, 100)", "同比增加10.00，增长10.00%"),
        // Half away from zero: 1/3 of a point more is 0.33, 2/3 is 0.67; 0.125% is 0.13%.
        Case("CHANGETEXT(100.125, 100)", "同比增加0.13，增长0.13%"),
        // A change that shows as 0.00 is no change in words.
        Case("CHANGETEXT(1.00333, 1)", "与上年持平"),
        Case("CHANGETEXT(2, 3)", "同比减少1.00，下降33.33%"),
        Case("CHANGETEXT(1, 3)", "同比减少2.00，下降66.67%"),
        // No growth rate from nothing; a negative base is measured by its size.
        Case("CHANGETEXT(5万元, 0万元)", "同比增加5.00万元"),
        Case("CHANGETEXT(-5万元, -10万元)", "同比增加5.00万元，增长50.00%"),
        Case("CHANGETEXT(3户, 1万元)", "#UNIT!"),
        Case("CHANGETEXT(1/0, 1)", "#DIV/0!"),
    ])
    func change(_ c: Case) {
        #expect(lastResult(of: c.source) == c.expected)
    }

    @Test(arguments: [
        Case("GAPTEXT(73.47%, PROGRESS(3))", "低于序时进度1.53个百分点"),
        Case("GAPTEXT(80%, 75%)", "高于序时进度5.00个百分点"),
        Case("GAPTEXT(75%, PROGRESS(3))", "与序时进度持平"),
        Case("GAPTEXT(0.750001, 0.75)", "与序时进度持平"),
        Case("GAPTEXT(0.6666666, 0.5)", "高于序时进度16.67个百分点"),
        Case("GAPTEXT(91.5%, 95%, \"全区平均水平\")", "低于全区平均水平3.50个百分点"),
        Case("GAPTEXT(1万元, 75%)", "#UNIT!"),
    ])
    func gap(_ c: Case) {
        #expect(lastResult(of: c.source) == c.expected)
    }

    @Test(arguments: [
        Case("SHARETEXT(53.38万元, 132.01万元)", "占40.44%"),
        Case("SHARETEXT(78.63万元, 132.01万元, \"整体支出\")", "占整体支出的59.56%"),
        Case("SHARETEXT(18户, 72户)", "占25.00%"),
        Case("SHARETEXT(2500元, 1万元)", "占25.00%"),
        Case("SHARETEXT(1, 3)", "占33.33%"),
        Case("SHARETEXT(2, 3)", "占66.67%"),
        Case("SHARETEXT(5万元, 0万元)", "#DIV/0!"),
        Case("SHARETEXT(5万元, 3户)", "#UNIT!"),
    ])
    func share(_ c: Case) {
        #expect(lastResult(of: c.source) == c.expected)
    }

    @Test(arguments: [
        Case("FIGURETEXT(800份, \"余\")", "800余份"),
        Case("FIGURETEXT(30000支, \"多\")", "3万多支"),
        Case("FIGURETEXT(26000份)", "2.6万份"),
        Case("FIGURETEXT(36759人次)", "36759人次"),
        Case("FIGURETEXT(4010人次, \"多\")", "4010多人次"),
        Case("FIGURETEXT(60人, \"近\", \"名\")", "近60名"),
        Case("FIGURETEXT(851人, \"\", \"名\")", "851名"),
        Case("FIGURETEXT(36000元)", "3.6万元"),
        Case("FIGURETEXT(12000万元)", "12000万元"),
        Case("FIGURETEXT(3.6万元, \"约\", \"千元\")", "约36千元"),
        Case("FIGURETEXT(3.6万元, \"约\", \"元\")", "约3.6万元"),
        Case("FIGURETEXT(3户, \"\", \"万元\")", "#UNIT!"),
        Case("FIGURETEXT(3户, \"\", \"x\")", "#N/A"),
    ])
    func figure(_ c: Case) {
        #expect(lastResult(of: c.source) == c.expected)
    }

    @Test func theWorkbooksFiguresReadAsTheSeedWritesThem() throws {
        let session = Session(today: testToday)
        try session.open(repositoryPath("workbooks/zhuhui-2022"))
        #expect(evaluate("FIGURETEXT(产出.数量[\"避孕套\"], 产出.约数[\"避孕套\"])", in: session) == "3万多支")
        #expect(evaluate("FIGURETEXT(产出.人数[\"青春健康进校园\"], 产出.约数[\"青春健康进校园\"], \"名\")", in: session) == "600多名")
        #expect(evaluate("CHANGETEXT(支出.决算数[\"基本支出\"], 支出.预算数[\"基本支出\"], \"较预算\")", in: session)
            == "较预算增加6.44万元，增长8.92%")
    }
}
