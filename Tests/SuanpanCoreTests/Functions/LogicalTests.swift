import Testing
@testable import SuanpanCore

/// IF, IFS, IFERROR, IFNA, SWITCH, AND, OR, NOT and the IS functions, with blanks, text,
/// errors and units among their arguments (data from row 2 on).
@Suite struct LogicalTests {
    typealias Case = FormulaCase

    @Test(arguments: [
        Case("IF(FALSE,1)", "FALSE"),
        Case("IF(TRUE,,1)", "0"),
        Case("IF(FALSE,1,)", "0"),
        Case("IF(TRUE,1,1/0)", "1"),
        Case("IF(FALSE,1/0,2)", "2"),
        Case("A2 = 3.6万元; IF(A2 > 30000元, \"超\", \"否\")", "超"),
        Case("IF(A5, \"t\", \"f\")", "f"),
        Case("A2 = \"TRUE\"; IF(A2, 1, 2)", "1"),
        Case("A2 = \"x\"; IF(A2, 1, 2)", "#VALUE!"),
        Case("A2 = #N/A; IF(A2, 1, 2)", "#N/A"),
        Case("IF(1万元, \"有\", \"无\")", "有"),
        Case("IFS(A5, 1, TRUE, 2)", "2"),
        Case("IFS(FALSE, 1/0, TRUE, 2, 1/0, 3)", "2"),
        Case("IFS(1/0, 1, TRUE, 2)", "#DIV/0!"),
        Case("IFS(FALSE, 1)", "#N/A"),
        Case("IFS(\"x\", 1)", "#VALUE!"),
        Case("IFS(72户 > 70户, \"多\")", "多"),
    ])
    func branching(_ c: Case) {
        #expect(lastResult(of: c.source) == c.expected)
    }

    @Test(arguments: [
        Case("IFERROR(1/0, \"err\")", "err"),
        Case("IFERROR(1/0,)", "0"),
        Case("A2 = #REF!; IFERROR(A2, \"x\")", "x"),
        Case("IFERROR(\"abc\", 1/0)", "abc"),
        Case("IFERROR(1万元 + 3户, \"单位不符\")", "单位不符"),
        Case("A2 = 5; IFERROR(A2, 1/0)", "5"),
        Case("IFNA(NA(), \"na\")", "na"),
        Case("A2 = #N/A; IFNA(A2, \"无\")", "无"),
        Case("IFNA(1/0, \"na\")", "#DIV/0!"),
        Case("IFNA(3户, \"na\")", "3 户"),
        Case("IFNA(\"\", 1)", ""),
        Case("SWITCH(2, 1, \"a\", 2, \"b\", \"c\")", "b"),
        Case("SWITCH(\"x\", \"X\", 1, 2)", "1"),
        Case("SWITCH(9, 1, \"a\")", "#N/A"),
        Case("SWITCH(9, 1, \"a\", \"默认\")", "默认"),
        Case("SWITCH(1/0, 1, \"a\")", "#DIV/0!"),
        Case("SWITCH(1, 1, \"a\", 1/0, \"b\")", "a"),
        Case("SWITCH(1万元, 10000元, \"等\", \"不等\")", "等"),
        Case("SWITCH(\"1\", 1, \"number\", \"text\")", "text"),
        Case("SWITCH(A5, 0, \"空\", \"非空\")", "空"),
    ])
    func errorsAndSwitch(_ c: Case) {
        #expect(lastResult(of: c.source) == c.expected)
    }

    @Test(arguments: [
        Case("AND(TRUE, 1, 2)", "TRUE"),
        Case("AND(TRUE, 0)", "FALSE"),
        Case("AND(\"TRUE\", TRUE)", "TRUE"),
        Case("AND(\"x\", TRUE)", "#VALUE!"),
        Case("AND(FALSE, 1/0)", "#DIV/0!"),
        Case("A2 = TRUE; A3 = \"x\"; AND(A2:A4)", "TRUE"),
        Case("A3 = \"x\"; AND(A2:A4)", "#VALUE!"),
        Case("A2 = TRUE; A3 = #N/A; AND(A2:A3)", "#N/A"),
        Case("A2 = 3户; A3 = 0户; AND(A2:A3)", "FALSE"),
        Case("OR(FALSE, 1)", "TRUE"),
        Case("OR(0, 0)", "FALSE"),
        Case("A2 = FALSE; A3 = \"TRUE\"; OR(A2:A4)", "FALSE"),
        Case("OR(A5:A6)", "#VALUE!"),
        Case("OR(1/0, TRUE)", "#DIV/0!"),
        Case("OR(5万元)", "TRUE"),
        Case("NOT(A5)", "TRUE"),
        Case("NOT(\"false\")", "TRUE"),
        Case("NOT(\"a\")", "#VALUE!"),
        Case("NOT(0元)", "TRUE"),
        Case("NOT(1/0)", "#DIV/0!"),
    ])
    func connectives(_ c: Case) {
        #expect(lastResult(of: c.source) == c.expected)
    }

    @Test(arguments: [
        Case("ISBLANK(A5)", "TRUE"),
        Case("A2 = \"\"; ISBLANK(A2)", "FALSE"),
        Case("ISBLANK(0)", "FALSE"),
        Case("A2 = #N/A; ISBLANK(A2)", "FALSE"),
        Case("ISNUMBER(3.6万元)", "TRUE"),
        Case("ISNUMBER(\"1\")", "FALSE"),
        Case("ISNUMBER(A5)", "FALSE"),
        Case("ISNUMBER(1/0)", "FALSE"),
        Case("ISNUMBER(DATE(2022,9,30))", "TRUE"),
        Case("A2 = \"x\"; ISTEXT(A2)", "TRUE"),
        Case("ISTEXT(A5)", "FALSE"),
        Case("ISTEXT(72户)", "FALSE"),
        Case("ISTEXT(NA())", "FALSE"),
        Case("ISERROR(1万元 + 3户)", "TRUE"),
        Case("ISERROR(A5)", "FALSE"),
        Case("ISERROR(\"#N/A\")", "FALSE"),
        Case("A2 = 1; A3 = 2; ISERROR(A2:A3)", "TRUE"),
        Case("NA()", "#N/A"),
    ])
    func information(_ c: Case) {
        #expect(lastResult(of: c.source) == c.expected)
    }
}

/// The last line a script printed, or `error: MESSAGE` when a statement was refused.
