import Testing
@testable import SuanpanCore

/// The canonical text: it parses back to an equal tree, printing it again changes nothing,
/// and parentheses appear only where they are needed.
@Suite struct ExprPrintingTests {
    static let units: Set<String> = ["户", "万元", "元", "人次", "人", "元/户"]

    struct Case: CustomTestStringConvertible, Sendable {
        let formula: String
        let canonical: String
        var testDescription: String { formula }
    }

    @Test(arguments: [
        Case(formula: "1+2", canonical: "1+2"),
        Case(formula: "= 1 + 2 * 3", canonical: "1+2*3"),
        Case(formula: "(1+2)*3", canonical: "(1+2)*3"),
        Case(formula: "((1))", canonical: "1"),
        Case(formula: "1-(2-3)", canonical: "1-(2-3)"),
        Case(formula: "(1-2)-3", canonical: "1-2-3"),
        Case(formula: "1/(2*3)", canonical: "1/(2*3)"),
        Case(formula: "(1/2)*3", canonical: "1/2*3"),
        Case(formula: "2^3^2", canonical: "2^3^2"),
        Case(formula: "(2^3)^2", canonical: "2^3^2"),
        Case(formula: "2^(3^2)", canonical: "2^(3^2)"),
        Case(formula: "-2^2", canonical: "-2^2"),
        Case(formula: "-(2^2)", canonical: "-(2^2)"),
        Case(formula: "(-2)^2", canonical: "-2^2"),
        Case(formula: "2^-2", canonical: "2^-2"),
        Case(formula: "-(1+2)", canonical: "-(1+2)"),
        Case(formula: "--1", canonical: "--1"),
        Case(formula: "1 - -1", canonical: "1--1"),
        Case(formula: "+A1", canonical: "+A1"),
        Case(formula: "(1=2)=FALSE", canonical: "1=2=FALSE"),
        Case(formula: "1=(2=FALSE)", canonical: "1=(2=FALSE)"),
        Case(formula: "1<>2", canonical: "1<>2"),
        Case(formula: "1 <= 2", canonical: "1<=2"),
        Case(formula: "A1>=B1", canonical: "A1>=B1"),
        Case(formula: "\"a\"&(1+2)", canonical: "\"a\"&1+2"),
        Case(formula: "(\"a\"&1)+2", canonical: "(\"a\"&1)+2"),
        Case(formula: "(1<2)&\"x\"", canonical: "(1<2)&\"x\""),
        Case(formula: "50%", canonical: "50%"),
        Case(formula: "-5%", canonical: "-5%"),
        Case(formula: "(-5)%", canonical: "(-5)%"),
        Case(formula: "(1+2)%", canonical: "(1+2)%"),
        Case(formula: "50%%", canonical: "50%%"),
        Case(formula: "182.86%", canonical: "182.86%"),
        Case(formula: "12.30", canonical: "12.30"),
        Case(formula: "0.10+0.20", canonical: "0.10+0.20"),
        Case(formula: ".5", canonical: "0.5"),
        Case(formula: "1e3", canonical: "1000"),
        Case(formula: "1.5E-3", canonical: "0.0015"),
        Case(formula: "3.6万", canonical: "36000"),
        Case(formula: "1亿", canonical: "100000000"),
        Case(formula: "72户", canonical: "72户"),
        Case(formula: "3.6万元/72户", canonical: "3.6万元/72户"),
        Case(formula: "500元/户", canonical: "500元/户"),
        Case(formula: "9.95万元 / 55人次", canonical: "9.95万元/55人次"),
        Case(formula: "CONVERT(63人*1000元/人, \"万元\")", canonical: "CONVERT(63人*1000元/人,\"万元\")"),
        Case(formula: "\"a\"\"b\"", canonical: "\"a\"\"b\""),
        Case(formula: "“珠晖区”", canonical: "\"珠晖区\""),
        Case(formula: "\"\"", canonical: "\"\""),
        Case(formula: "true", canonical: "TRUE"),
        Case(formula: "#div/0!", canonical: "#DIV/0!"),
        Case(formula: "IFERROR(1/0,#N/A)", canonical: "IFERROR(1/0,#N/A)"),
        Case(formula: "sum(A1:B9)", canonical: "SUM(A1:B9)"),
        Case(formula: "SUM( A1 , B2 )", canonical: "SUM(A1,B2)"),
        Case(formula: "TODAY()", canonical: "TODAY()"),
        Case(formula: "IF(A1,,1)", canonical: "IF(A1,,1)"),
        Case(formula: "IF(,)", canonical: "IF(,)"),
        Case(formula: "IF（A1＞0，1，2）", canonical: "IF(A1>0,1,2)"),
        Case(formula: "RATE(决算数, 预算数)", canonical: "RATE(决算数,预算数)"),
        Case(formula: "ROUND(SUM(决算数)/SUM(户数), 2)", canonical: "ROUND(SUM(决算数)/SUM(户数),2)"),
        Case(formula: "$A$1", canonical: "$A$1"),
        Case(formula: "a$1+$b2", canonical: "A$1+$B2"),
        Case(formula: "$A$1:B$9", canonical: "$A$1:B$9"),
        Case(formula: "XFD1048576", canonical: "XFD1048576"),
        Case(formula: "AA10", canonical: "AA10"),
        Case(formula: "C:C", canonical: "C:C"),
        Case(formula: "$A:$C", canonical: "A:C"),
        Case(formula: "2:3", canonical: "2:3"),
        Case(formula: "支出!C2", canonical: "支出!C2"),
        Case(formula: "支出!C2:C9", canonical: "支出!C2:C9"),
        Case(formula: "'my sheet'!A1", canonical: "'my sheet'!A1"),
        Case(formula: "'it''s'!A1:B2", canonical: "'it''s'!A1:B2"),
        Case(formula: "'2021'!C:C", canonical: "'2021'!C:C"),
        Case(formula: "'支出'!A1", canonical: "支出!A1"),
        Case(formula: "决算数", canonical: "决算数"),
        Case(formula: "支出.决算数 / 支出.预算数", canonical: "支出.决算数/支出.预算数"),
        Case(formula: "y2021.支出.决算数", canonical: "y2021.支出.决算数"),
        Case(formula: "支出.决算数[\"基本支出\"]", canonical: "支出.决算数[\"基本支出\"]"),
        Case(formula: "支出.决算数[ A1 & \"x\" ]", canonical: "支出.决算数[A1&\"x\"]"),
        Case(formula: "-支出.决算数[\"a\"]%", canonical: "-支出.决算数[\"a\"]%"),
        Case(formula: "{1,2;3,4}", canonical: "{1,2;3,4}"),
        Case(formula: "{-1, 2.50; \"a\", TRUE}", canonical: "{-1,2.50;\"a\",TRUE}"),
        Case(formula: "SUM({1,2})*2", canonical: "SUM({1,2})*2"),
        Case(formula: "SCORE(支出.执行率, \">=\", 100%, 20)", canonical: "SCORE(支出.执行率,\">=\",100%,20)"),
        Case(formula: "支出.决算数[\"整体支出\"] = 支出.决算数[\"基本支出\"] + 支出.决算数[\"项目支出\"]",
             canonical: "支出.决算数[\"整体支出\"]=支出.决算数[\"基本支出\"]+支出.决算数[\"项目支出\"]"),
        Case(formula: "IF(YOY(A2,B2)>0,\"增长\",\"下降\")&TEXT(ABS(YOY(A2,B2)),\"0.00%\")",
             canonical: "IF(YOY(A2,B2)>0,\"增长\",\"下降\")&TEXT(ABS(YOY(A2,B2)),\"0.00%\")"),
    ])
    func roundTrip(_ c: Case) throws {
        let parsed = try Parser.parse(c.formula, unitSymbols: Self.units)
        let printed = parsed.formulaText
        #expect(printed == c.canonical)
        let reparsed = try Parser.parse(printed, unitSymbols: Self.units)
        #expect(reparsed == parsed)
        #expect(reparsed.formulaText == printed)
    }

    @Test func constructedTreesGetTheParenthesesTheyNeed() {
        let two = Expr.number(Exact(2), unit: "")
        let three = Expr.number(Exact(3), unit: "")
        #expect(Expr.binary(.power, two, .binary(.power, two, three)).formulaText == "2^(2^3)")
        #expect(Expr.unary(.negate, .binary(.power, two, two)).formulaText == "-(2^2)")
        #expect(Expr.percent(.number(Exact(-5), unit: "")).formulaText == "(-5)%")
        #expect(Expr.percent(.unary(.negate, two)).formulaText == "(-2)%")
        #expect(Expr.binary(.subtract, two, .binary(.add, two, three)).formulaText == "2-(2+3)")
        #expect(Expr.binary(.equal, two, .binary(.less, two, three)).formulaText == "2=(2<3)")
        #expect(Expr.number(Exact(36000), unit: "").formulaText == "36000")
        #expect(Expr.text("say \"hi\"").formulaText == "\"say \"\"hi\"\"\"")
    }

    @Test func referencesPrintOnTheirOwn() {
        let cell = CellReference(sheet: "my sheet", address: CellAddress(row: 0, column: 27), absoluteColumn: true)
        #expect(cell.formulaText == "'my sheet'!$AB1")
        #expect(RangeReference(sheet: "支出", extent: .rows(from: 0, to: 9)).formulaText == "支出!1:10")
    }
}
