import Testing
@testable import SuanpanCore

/// RATE, PER, YOY, SHARE, PROGRESS, PPDIFF, SCORE, GRADE and CONVERT on the figures of the
/// users' reports (珠晖区计生协 2022), with blanks, text, errors and units among the arguments
/// (data from row 2 on).
@Suite struct AnalysisTests {
    typealias Case = FormulaCase

    @Test(arguments: [
        Case("RATE(132.01万元, 72.19万元)", "1.82864662695664"),
        Case("RATE(0万元, 0万元)", "#DIV/0!"),
        Case("RATE(5万元, A5)", "#DIV/0!"),
        Case("RATE(\"5\", 10)", "0.5"),
        Case("RATE(\"x\", 10)", "#VALUE!"),
        Case("RATE(1万元, 5000元)", "2"),
        Case("RATE(1万元, 3户)", "3333.33333333333 元/户"),
        Case("A2 = #N/A; RATE(A2, 1)", "#N/A"),
        Case("PER(3.6万元, 72户)", "500 元/户"),
        Case("PER(9.95万元, 55人次)", "1809.09090909091 元/人次"),
        Case("PER(3.6万元, 0户)", "#DIV/0!"),
        Case("A2 = 3.6万元; A3 = 72户; PER(A2, A3)", "500 元/户"),
        Case("YOY(132.01万元, 100万元)", "0.3201"),
        Case("YOY(110, 100)", "0.1"),
        Case("YOY(5, A5)", "#DIV/0!"),
        Case("YOY(1万元, 3户)", "#UNIT!"),
        Case("SHARE(78.63万元, 132.01万元)", "0.595636694189834"),
        Case("SHARE(64.63万元, 1/0)", "#DIV/0!"),
        Case("SHARE(A5, 5)", "0"),
    ])
    func ratios(_ c: Case) {
        #expect(lastResult(of: c.source) == c.expected)
    }

    @Test(arguments: [
        Case("PROGRESS(1)", "0.25"),
        Case("PROGRESS(4)", "1"),
        Case("PROGRESS(5)", "#NUM!"),
        Case("PROGRESS(2.5)", "#NUM!"),
        Case("PROGRESS(A5)", "#NUM!"),
        Case("PROGRESS(\"x\")", "#VALUE!"),
        Case("PROGRESS(1/0)", "#DIV/0!"),
        Case("PROGRESS(DATE(2022,9,30))", "0.75"),
        Case("PROGRESS(DATE(2022,9,29))", "0.666666666666667"),
        Case("PROGRESS(\"2022-09-30\", \"month\")", "0.75"),
        Case("PROGRESS(DATE(2022,12,31), \"day\")", "1"),
        Case("PROGRESS(DATE(2024,3,31), \"day\")", "0.248633879781421"),
        Case("PROGRESS(DATE(2022,9,30), \"week\")", "#VALUE!"),
        Case("PROGRESS(3户, \"day\")", "#UNIT!"),
        Case("PPDIFF(73.47%, 75%)", "-1.53 个百分点"),
        Case("PPDIFF(\"80%\", 0.75)", "5 个百分点"),
        Case("PPDIFF(A5, 50%)", "-50 个百分点"),
        Case("PPDIFF(1万元, 0.5万元)", "#UNIT!"),
        Case("PPDIFF(\"x\", 1)", "#VALUE!"),
    ])
    func progress(_ c: Case) {
        #expect(lastResult(of: c.source) == c.expected)
    }

    @Test(arguments: [
        Case("SCORE(100%, \">=\", 95%, 10)", "10"),
        Case("SCORE(72户, \">=\", 80户, 10)", "9"),
        Case("SCORE(3.6万元, \">=\", 40000元, 10)", "9"),
        Case("SCORE(120, \"<=\", 100, 10)", "8.33333333333333"),
        Case("SCORE(90, \"<=\", 100, 10)", "10"),
        Case("SCORE(80, \"=\", 100, 10)", "8"),
        Case("SCORE(125, \"=\", 100, 10)", "8"),
        Case("SCORE(-5, \">=\", 100, 10)", "0"),
        Case("SCORE(5, \">=\", 0, 10)", "10"),
        Case("SCORE(A5, \">=\", 100, 10)", "0"),
        Case("SCORE(72户, \">=\", 80人, 10)", "#UNIT!"),
        Case("SCORE(1, \">\", 2, 10)", "#VALUE!"),
        Case("SCORE(1/0, \">=\", 2, 10)", "#DIV/0!"),
        Case("GRADE(90)", "优"),
        Case("GRADE(89.99)", "良"),
        Case("GRADE(60)", "中"),
        Case("GRADE(59)", "差"),
        Case("GRADE(A5)", "差"),
        Case("GRADE(\"95\")", "优"),
        Case("GRADE(\"优\")", "#VALUE!"),
        Case("GRADE(NA())", "#N/A"),
    ])
    func evaluation(_ c: Case) {
        #expect(lastResult(of: c.source) == c.expected)
    }

    @Test(arguments: [
        Case("CONVERT(63人 * 1000元/人, \"万元\")", "6.3 万元"),
        Case("CONVERT(3.6万元, \"元\")", "36000 元"),
        Case("CONVERT(500元/户, \"万元/户\")", "0.05 万元/户"),
        Case("CONVERT(3.6万元, \"户\")", "#UNIT!"),
        Case("CONVERT(36000, \"万元\")", "#UNIT!"),
        Case("CONVERT(3.6万元, \"斤\")", "#N/A"),
        Case("CONVERT(A5, \"万元\")", "#UNIT!"),
        Case("CONVERT(\"x\", \"万元\")", "#VALUE!"),
        Case("CONVERT(1/0, \"万元\")", "#DIV/0!"),
    ])
    func convert(_ c: Case) {
        #expect(lastResult(of: c.source) == c.expected)
    }
}

/// The last line a script printed, or `error: MESSAGE` when a statement was refused.
