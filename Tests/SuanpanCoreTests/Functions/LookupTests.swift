import Testing
@testable import SuanpanCore

/// VLOOKUP, HLOOKUP, INDEX, MATCH and XLOOKUP over arrays and cells, with blanks, text,
/// errors and units in the table and the lookup value (data from row 2 on).
@Suite struct LookupTests {
    typealias Case = FormulaCase

    /// Three rows of a small table: A has sorted keys, B names, C amounts in 万元.
    static let table = "A2 = 1; A3 = 2; A4 = 3; B2 = \"珠晖\"; B3 = \"雁峰\"; B4 = \"石鼓\"; C2 = 1.5万元; C3 = #N/A; "

    @Test(arguments: [
        Case(table + "VLOOKUP(2, A2:C4, 2, FALSE)", "雁峰"),
        Case(table + "VLOOKUP(2.5, A2:C4, 2)", "雁峰"),
        Case(table + "VLOOKUP(99, A2:C9, 2)", "石鼓"),
        Case(table + "VLOOKUP(0, A2:C4, 2)", "#N/A"),
        Case(table + "VLOOKUP(\"石鼓\", B2:C4, 2, FALSE)", ""),
        Case(table + "VLOOKUP(\"珠*\", B2:C4, 2, FALSE)", "1.5 万元"),
        Case(table + "VLOOKUP(2, A2:C4, 3, FALSE)", "#N/A"),
        Case(table + "VLOOKUP(2, A2:C4, 4, FALSE)", "#REF!"),
        Case(table + "VLOOKUP(2, A2:C4, 0, FALSE)", "#VALUE!"),
        Case(table + "VLOOKUP(A9, A2:C4, 2, FALSE)", "#N/A"),
        Case(table + "VLOOKUP(1/0, A2:C4, 2, FALSE)", "#DIV/0!"),
        Case(table + "VLOOKUP(\"2\", A2:C4, 2, FALSE)", "#N/A"),
        Case("A2 = 1万元; A3 = 2万元; A4 = 3万元; VLOOKUP(25000元, A2:A4, 1)", "2 万元"),
        Case("A2 = 1万元; A3 = 2万元; VLOOKUP(3户, A2:A3, 1, FALSE)", "#N/A"),
        Case("HLOOKUP(2, {1,2,3;\"a\",\"b\",\"c\"}, 2, FALSE)", "b"),
        Case("HLOOKUP(\"B\", {\"a\",\"b\";10,20}, 2, FALSE)", "20"),
        Case("HLOOKUP(2.5, {1,2,3;\"a\",\"b\",\"c\"}, 2, TRUE)", "b"),
        Case("HLOOKUP(1, {1,2,3;\"a\",\"b\",\"c\"}, 3, FALSE)", "#REF!"),
        Case("HLOOKUP(\"x\", {1,2,3;\"a\",\"b\",\"c\"}, 2)", "#N/A"),
    ])
    func tables(_ c: Case) {
        #expect(lastResult(of: c.source) == c.expected)
    }

    @Test(arguments: [
        Case("INDEX({1,2,3;4,5,6}, 2, 3)", "6"),
        Case("INDEX({1,2,3}, 2)", "2"),
        Case("INDEX({1,2,3}, 5)", "#REF!"),
        Case("INDEX({1,2;3,4}, 0, 1)", "#VALUE!"),
        Case("INDEX({1,2;3,4}, -1, 1)", "#VALUE!"),
        Case("INDEX({1,2;3,4}, 2)", "#VALUE!"),
        Case(table + "INDEX(C2:C4, 2)", "#N/A"),
        Case(table + "INDEX(C2:C4, 1)", "1.5 万元"),
        Case(table + "INDEX(C2:C4, 3)", ""),
        Case(table + "INDEX(B2:B4, \"2\")", "雁峰"),
        Case(table + "INDEX(B2:B4, \"x\")", "#VALUE!"),
        Case("MATCH(2.5, {1,2,3})", "2"),
        Case("MATCH(\"B\", {\"a\",\"b\",\"c\"}, 0)", "2"),
        Case("MATCH(\"?b\", {\"ab\",\"b\"}, 0)", "1"),
        Case("MATCH(2, {3,2,1}, -1)", "2"),
        Case("MATCH(4, {3,2,1}, -1)", "#N/A"),
        Case("MATCH(0, {3,2,1}, -1)", "3"),
        Case("MATCH(5, {1,2;3,4}, 0)", "#N/A"),
        Case(table + "MATCH(99, A2:A9)", "3"),
        Case(table + "MATCH(\"雁峰\", B2:B9, 0)", "2"),
        Case(table + "MATCH(A9, A2:A4, 0)", "#N/A"),
        Case(table + "MATCH(2万元, C2:C4, 0)", "#N/A"),
        Case(table + "MATCH(15000元, C2:C4, 0)", "1"),
    ])
    func positions(_ c: Case) {
        #expect(lastResult(of: c.source) == c.expected)
    }

    @Test(arguments: [
        Case("XLOOKUP(2, {1,2,3}, {\"a\",\"b\",\"c\"})", "b"),
        Case("XLOOKUP(4, {1,2,3}, {\"a\",\"b\",\"c\"})", "#N/A"),
        Case("XLOOKUP(4, {1,2,3}, {\"a\",\"b\",\"c\"}, \"无\")", "无"),
        Case("XLOOKUP(2.5, {3,1,2}, {\"c\",\"a\",\"b\"}, \"x\", -1)", "b"),
        Case("XLOOKUP(2.5, {3,1,2}, {\"c\",\"a\",\"b\"}, \"x\", 1)", "c"),
        Case("XLOOKUP(9, {3,1,2}, {\"c\",\"a\",\"b\"}, \"x\", 1)", "x"),
        Case("XLOOKUP(\"b*\", {\"apple\",\"banana\"}, {1,2}, \"x\", 2)", "2"),
        Case("XLOOKUP(\"b*\", {\"apple\",\"banana\"}, {1,2})", "#N/A"),
        Case("XLOOKUP(2, {1,2,2}, {\"a\",\"b\",\"c\"}, \"x\", 0, -1)", "c"),
        Case("XLOOKUP(2, {1,2,3}, {\"a\",\"b\"})", "#VALUE!"),
        Case("XLOOKUP(2, {1,2,3}, {\"a\",\"b\",\"c\"}, \"x\", 3)", "#VALUE!"),
        Case(table + "XLOOKUP(\"石鼓\", B2:B4, C2:C4)", ""),
        Case(table + "XLOOKUP(\"雁峰\", B2:B4, C2:C4, 0)", "#N/A"),
        Case(table + "XLOOKUP(1/0, B2:B4, C2:C4, 0)", "#DIV/0!"),
        Case(table + "XLOOKUP(1, A2:A4, C2:C4)", "1.5 万元"),
    ])
    func xlookup(_ c: Case) {
        #expect(lastResult(of: c.source) == c.expected)
    }
}

/// The last line a script printed, or `error: MESSAGE` when a statement was refused.
