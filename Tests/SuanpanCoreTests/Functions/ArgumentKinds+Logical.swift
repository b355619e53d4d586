@testable import SuanpanCore

extension ArgumentKindsTests {
    /// IF, IFS, IFERROR, IFNA, SWITCH, AND, OR, NOT, the IS functions and NA.
    ///
    /// A condition coerces (blank is FALSE, text must read TRUE or FALSE, a number with a unit
    /// is TRUE unless 0); branches not taken are never evaluated; IFERROR, IFNA and the IS
    /// functions trap errors. Where a function hands back an empty cell, the REPL shows it
    /// empty: Excel's cell would show 0, since a formula's blank result is stored as 0 there,
    /// a rule of cell storage rather than of the function (the same as `LookupTests`).
    static let logicalRows: [Row] = [
        // IF: a branch written empty is 0; a branch left out is FALSE.
        Row("IF", .blank, "IF(A5, 1, 2)", "2"),
        Row("IF", .blank, "A2 = 5; IF(A2, , 1)", "0"),
        Row("IF", .blank, "IF(A2, , 1)", "1"),
        Row("IF", .blank, "IF(FALSE, 1)", "FALSE"),
        Row("IF", .blank, "IF(A5 = \"\", \"空\", \"非空\")", "空"),
        Row("IF", .text, "IF(\"TRUE\", 1, 2)", "1"),
        Row("IF", .text, "A2 = \"x\"; IF(A2, 1, 2)", "#VALUE!"),
        Row("IF", .text, "A2 = \"x\"; IF(A2 = \"X\", \"是\", \"否\")", "是"),
        Row("IF", .error, "IF(NA(), 1, 2)", "#N/A"),
        Row("IF", .error, "IF(TRUE, 1, 1/0)", "1"),
        Row("IF", .error, "A2 = 1/0; IF(FALSE, 1, A2)", "#DIV/0!"),
        Row("IF", .unit, "A2 = 3.6万元; IF(A2 > 30000元, A2, 0)", "3.6 万元"),
        Row("IF", .unit, "IF(0户, 1, 2)", "2"),
        Row("IF", .unit, "IF(1万元 > 3户, 1, 2)", "#UNIT!"),

        // IFS: #N/A when no condition holds.
        Row("IFS", .blank, "IFS(A5, 1, TRUE, 2)", "2"),
        Row("IFS", .text, "IFS(\"x\", 1)", "#VALUE!"),
        Row("IFS", .text, "IFS(FALSE, 1, \"true\", \"是\")", "是"),
        Row("IFS", .error, "IFS(1/0, 1, TRUE, 2)", "#DIV/0!"),
        Row("IFS", .error, "IFS(FALSE, 1)", "#N/A"),
        Row("IFS", .unit, "A2 = 72户; IFS(A2 >= 100户, \"大\", A2 >= 50户, \"中\", TRUE, \"小\")", "中"),
        Row("IFS", .unit, "IFS(3户 > 1万元, 1)", "#UNIT!"),

        // IFERROR: any error, #UNIT! included, gives the replacement, which may be an error too.
        Row("IFERROR", .blank, "IFERROR(A5, \"x\")", ""),
        Row("IFERROR", .blank, "IFERROR(1/0, )", "0"),
        Row("IFERROR", .text, "IFERROR(\"abc\", 1)", "abc"),
        Row("IFERROR", .text, "IFERROR(\"x\" + 1, \"非数\")", "非数"),
        Row("IFERROR", .error, "IFERROR(1/0, \"err\")", "err"),
        Row("IFERROR", .error, "A2 = #N/A; IFERROR(A2, 0)", "0"),
        Row("IFERROR", .error, "IFERROR(1/0, NA())", "#N/A"),
        Row("IFERROR", .unit, "IFERROR(3.6万元 / 0, 0元)", "0 元"),
        Row("IFERROR", .unit, "IFERROR(1万元 + 3户, \"单位不符\")", "单位不符"),
        Row("IFERROR", .unit, "IFERROR(1万元 + 5000元, 0)", "1.5 万元"),

        // IFNA: only #N/A is replaced.
        Row("IFNA", .blank, "IFNA(NA(), )", "0"),
        Row("IFNA", .blank, "IFNA(A5, 1)", ""),
        Row("IFNA", .text, "IFNA(\"x\", 1)", "x"),
        Row("IFNA", .text, "IFNA(VLOOKUP(\"z\", {\"a\", 1}, 2, FALSE), \"无\")", "无"),
        Row("IFNA", .error, "IFNA(1/0, 1)", "#DIV/0!"),
        Row("IFNA", .error, "A2 = #N/A; IFNA(A2, \"无\")", "无"),
        Row("IFNA", .unit, "IFNA(3户, 0)", "3 户"),
        Row("IFNA", .unit, "IFNA(1万元 + 3户, 0)", "#UNIT!"),

        // SWITCH: compares as `=` does, so a blank equals "" and 0, and two dimensions are #UNIT!.
        Row("SWITCH", .blank, "SWITCH(A5, \"\", \"空\", \"其他\")", "空"),
        Row("SWITCH", .text, "SWITCH(\"b\", \"a\", 1, \"B\", 2)", "2"),
        // Text never equals a number in Excel (`"1" = 1` is FALSE); LibreOffice matches them.
        Row("SWITCH", .text, "SWITCH(\"1\", 1, \"数\", \"文本\")", "文本"),
        Row("SWITCH", .error, "SWITCH(NA(), 1, \"a\", \"d\")", "#N/A"),
        Row("SWITCH", .error, "SWITCH(9, 1, \"a\")", "#N/A"),
        Row("SWITCH", .error, "SWITCH(2, 1, 1/0, 2, \"b\")", "b"),
        Row("SWITCH", .unit, "SWITCH(1万元, 10000元, \"等\", \"不等\")", "等"),
        Row("SWITCH", .unit, "SWITCH(3户, 1万元, \"a\", \"b\")", "#UNIT!"),

        // AND and OR: references contribute their booleans and numbers; text and blanks there
        // are skipped, and no logical value at all is #VALUE!. An argument written empty is FALSE.
        Row("AND", .blank, "AND(TRUE, A5)", "TRUE"),
        Row("AND", .blank, "AND(A5:A6)", "#VALUE!"),
        Row("AND", .blank, "AND(TRUE, )", "FALSE"),
        // Excel reads typed "TRUE" as the boolean; LibreOffice refuses typed text with #VALUE!.
        Row("AND", .text, "AND(\"TRUE\", 1)", "TRUE"),
        Row("AND", .text, "AND(\"x\", TRUE)", "#VALUE!"),
        Row("AND", .text, "A2 = \"x\"; A3 = TRUE; AND(A2:A3)", "TRUE"),
        Row("AND", .error, "AND(FALSE, 1/0)", "#DIV/0!"),
        Row("AND", .error, "A2 = TRUE; A3 = #N/A; AND(A2:A3)", "#N/A"),
        Row("AND", .unit, "AND(1万元, 3户)", "TRUE"),
        Row("AND", .unit, "A2 = 3户; A3 = 0户; AND(A2:A3)", "FALSE"),
        Row("OR", .blank, "OR(FALSE, A5)", "FALSE"),
        Row("OR", .blank, "OR(A5)", "#VALUE!"),
        Row("OR", .text, "OR(\"false\", 0)", "FALSE"),
        Row("OR", .text, "A2 = \"TRUE\"; A3 = FALSE; OR(A2:A3)", "FALSE"),
        Row("OR", .error, "OR(TRUE, NA())", "#N/A"),
        Row("OR", .unit, "OR(0元, 5万元)", "TRUE"),

        // NOT
        Row("NOT", .blank, "NOT(A5)", "TRUE"),
        Row("NOT", .text, "NOT(\"FALSE\")", "TRUE"),
        Row("NOT", .text, "A2 = \"x\"; NOT(A2)", "#VALUE!"),
        Row("NOT", .error, "NOT(1/0)", "#DIV/0!"),
        Row("NOT", .unit, "NOT(0户)", "TRUE"),
        Row("NOT", .unit, "NOT(3.6万元)", "FALSE"),

        // The IS functions never propagate an error: they describe it.
        Row("ISBLANK", .blank, "ISBLANK(A5)", "TRUE"),
        Row("ISBLANK", .blank, "A2 = 0; ISBLANK(A2)", "FALSE"),
        Row("ISBLANK", .text, "A2 = \"\"; ISBLANK(A2)", "FALSE"),
        Row("ISBLANK", .text, "ISBLANK(\"\")", "FALSE"),
        Row("ISBLANK", .error, "ISBLANK(NA())", "FALSE"),
        Row("ISBLANK", .unit, "ISBLANK(0元)", "FALSE"),
        Row("ISNUMBER", .blank, "ISNUMBER(A5)", "FALSE"),
        Row("ISNUMBER", .text, "ISNUMBER(\"3\")", "FALSE"),
        Row("ISNUMBER", .text, "A2 = \"3\"; ISNUMBER(A2)", "FALSE"),
        Row("ISNUMBER", .error, "ISNUMBER(1/0)", "FALSE"),
        Row("ISNUMBER", .unit, "ISNUMBER(3.6万元)", "TRUE"),
        Row("ISNUMBER", .unit, "A2 = 72户; ISNUMBER(A2)", "TRUE"),
        Row("ISTEXT", .blank, "ISTEXT(A5)", "FALSE"),
        Row("ISTEXT", .text, "ISTEXT(\"\")", "TRUE"),
        Row("ISTEXT", .text, "A2 = \"3\"; ISTEXT(A2)", "TRUE"),
        Row("ISTEXT", .error, "ISTEXT(NA())", "FALSE"),
        Row("ISTEXT", .unit, "ISTEXT(72户)", "FALSE"),
        Row("ISTEXT", .unit, "ISTEXT(72户 & \"\")", "TRUE"),
        Row("ISERROR", .blank, "ISERROR(A5)", "FALSE"),
        Row("ISERROR", .text, "ISERROR(\"#N/A\")", "FALSE"),
        Row("ISERROR", .text, "ISERROR(\"x\" + 1)", "TRUE"),
        Row("ISERROR", .error, "ISERROR(1/0)", "TRUE"),
        Row("ISERROR", .error, "A2 = #N/A; ISERROR(A2)", "TRUE"),
        Row("ISERROR", .unit, "ISERROR(1万元 + 3户)", "TRUE"),
        Row("ISERROR", .unit, "ISERROR(1万元 + 5000元)", "FALSE"),

        // NA takes no argument: one of any kind is refused before evaluation.
        Row("NA", .blank, "NA(A5)", "error: NA takes 0 arguments, not 1: NA()"),
        Row("NA", .text, "NA(\"x\")", "error: NA takes 0 arguments, not 1: NA()"),
        Row("NA", .error, "NA(1/0)", "error: NA takes 0 arguments, not 1: NA()"),
        Row("NA", .error, "ISERROR(NA())", "TRUE"),
        Row("NA", .unit, "NA(3户)", "error: NA takes 0 arguments, not 1: NA()"),
        Row("NA", .unit, "NA() + 3户", "#N/A"),
        // TRUE, FALSE (no arguments: the kinds meet them as operands)
        Row("TRUE", .blank, "TRUE() + A5", "1"),
        Row("TRUE", .text, "TRUE() & \"x\"", "TRUEx"),
        Row("TRUE", .error, "TRUE() + #N/A", "#N/A"),
        Row("TRUE", .unit, "TRUE() * 3户", "3 户"),
        Row("FALSE", .blank, "FALSE() + A5", "0"),
        Row("FALSE", .text, "FALSE() = \"FALSE\"", "FALSE"),
        Row("FALSE", .error, "IFERROR(1/0, FALSE())", "FALSE"),
        Row("FALSE", .unit, "FALSE() + 3户", "3 户"),
    ]
}
