@testable import SuanpanCore

extension ArgumentKindsTests {
    /// SUM, AVERAGE, MIN, MAX, the counts and SUMPRODUCT.
    ///
    /// Excel reads a typed argument coerced (`SUM("3")` is 3, `SUM("x")` is `#VALUE!`) but takes
    /// only the numbers of a reference; an error anywhere is the result, except in the counts.
    static let aggregateRows: [Row] = [
        // SUM: blanks and referenced text add nothing; units add by addition's rules.
        Row("SUM", .blank, "A2 = 1; SUM(A2:A5)", "1"),
        Row("SUM", .blank, "SUM(A5, 2)", "2"),
        Row("SUM", .blank, "SUM(2, )", "2"),
        // Excel coerces typed text (SPEC §4); LibreOffice gives #VALUE!.
        Row("SUM", .text, "SUM(\"3\", 1)", "4"),
        Row("SUM", .text, "A2 = \"3\"; A3 = 1; SUM(A2:A3)", "1"),
        Row("SUM", .text, "A2 = \"3\"; SUM(A2, 1)", "1"),
        Row("SUM", .text, "SUM(\"x\", 1)", "#VALUE!"),
        Row("SUM", .error, "SUM(1, 1/0)", "#DIV/0!"),
        Row("SUM", .error, "A2 = 1; A3 = #N/A; SUM(A2:A3)", "#N/A"),
        Row("SUM", .unit, "SUM(1万元, 5000元)", "1.5 万元"),
        Row("SUM", .unit, "A2 = 3.6万元; A3 = 4000元; SUM(A2:A4)", "4 万元"),
        Row("SUM", .unit, "SUM(1万元, 3户)", "#UNIT!"),

        // AVERAGE: blanks and referenced text are not counted; typed ones are.
        Row("AVERAGE", .blank, "A2 = 4; AVERAGE(A2:A5)", "4"),
        Row("AVERAGE", .blank, "AVERAGE(4, )", "2"),
        Row("AVERAGE", .blank, "AVERAGE(A5:A6)", "#DIV/0!"),
        Row("AVERAGE", .text, "AVERAGE(\"4\", 2)", "3"),
        Row("AVERAGE", .text, "A2 = \"4\"; A3 = 2; AVERAGE(A2:A3)", "2"),
        Row("AVERAGE", .text, "AVERAGE(\"x\", 2)", "#VALUE!"),
        Row("AVERAGE", .error, "AVERAGE(2, NA())", "#N/A"),
        Row("AVERAGE", .error, "A2 = 1/0; A3 = 2; AVERAGE(A2:A3)", "#DIV/0!"),
        Row("AVERAGE", .unit, "A2 = 72户; A3 = 28户; AVERAGE(A2:A4)", "50 户"),
        Row("AVERAGE", .unit, "AVERAGE(1万元, 5000元)", "0.75 万元"),
        Row("AVERAGE", .unit, "AVERAGE(1万元, 3户)", "#UNIT!"),

        // MIN and MAX: a blank cell is no 0, but an argument written empty is.
        Row("MIN", .blank, "A2 = 5; MIN(A2:A5)", "5"),
        Row("MIN", .blank, "MIN(5, )", "0"),
        Row("MIN", .text, "MIN(\"1\", 5)", "1"),
        Row("MIN", .text, "A2 = \"1\"; A3 = 5; MIN(A2:A3)", "5"),
        Row("MIN", .text, "MIN(\"x\", 5)", "#VALUE!"),
        Row("MIN", .error, "MIN(1, #N/A)", "#N/A"),
        Row("MIN", .error, "A2 = 1; A3 = 1/0; MIN(A2:A3)", "#DIV/0!"),
        Row("MIN", .unit, "MIN(2万元, 15000元)", "1.5 万元"),
        Row("MIN", .unit, "A2 = 72户; A3 = 10户; MIN(A2:A4)", "10 户"),
        Row("MIN", .unit, "MIN(3户, 2万元)", "#UNIT!"),
        Row("MAX", .blank, "A2 = -5; MAX(A2:A5)", "-5"),
        Row("MAX", .blank, "MAX(A5:A6)", "0"),
        Row("MAX", .text, "MAX(\"7\", 5)", "7"),
        Row("MAX", .text, "A2 = \"9\"; A3 = 5; MAX(A2:A3)", "5"),
        Row("MAX", .text, "MAX(\"x\", 5)", "#VALUE!"),
        Row("MAX", .error, "MAX(1, 1/0)", "#DIV/0!"),
        Row("MAX", .error, "A2 = #N/A; A3 = 5; MAX(A2:A3)", "#N/A"),
        Row("MAX", .unit, "MAX(2万元, 15000元)", "2 万元"),
        Row("MAX", .unit, "MAX(10, 5元, 2户)", "#UNIT!"),

        // COUNT: numbers only, typed numeric text too; errors are not counted, never propagated.
        Row("COUNT", .blank, "A2 = 1; COUNT(A2:A5)", "1"),
        // Excel counts an argument written empty: it is the number 0.
        Row("COUNT", .blank, "COUNT(1, )", "2"),
        Row("COUNT", .text, "COUNT(\"3\", \"x\", 1)", "2"),
        Row("COUNT", .text, "A2 = \"3\"; A3 = 1; COUNT(A2:A3)", "1"),
        Row("COUNT", .error, "COUNT(1, 1/0, NA())", "1"),
        Row("COUNT", .error, "A2 = #N/A; A3 = 2; COUNT(A2:A3)", "1"),
        Row("COUNT", .unit, "COUNT(3户, 3.6万元)", "2"),
        Row("COUNT", .unit, "A2 = 72户; A3 = \"户\"; COUNT(A2:A4)", "1"),

        // COUNTA: everything but empty cells, empty text and errors included.
        Row("COUNTA", .blank, "A2 = 1; COUNTA(A2:A5)", "1"),
        Row("COUNTA", .blank, "COUNTA(A5)", "0"),
        Row("COUNTA", .blank, "COUNTA(1, )", "2"),
        Row("COUNTA", .text, "A2 = \"\"; A3 = \"x\"; COUNTA(A2:A4)", "2"),
        Row("COUNTA", .text, "COUNTA(\"\", \"x\")", "2"),
        Row("COUNTA", .error, "COUNTA(1/0, NA())", "2"),
        Row("COUNTA", .error, "A2 = #N/A; COUNTA(A2:A3)", "1"),
        Row("COUNTA", .unit, "A2 = 72户; A3 = 0元; COUNTA(A2:A4)", "2"),

        // COUNTBLANK: empty cells and empty text; an error is a value, neither blank nor propagated.
        Row("COUNTBLANK", .blank, "A2 = 1; COUNTBLANK(A2:A5)", "3"),
        Row("COUNTBLANK", .text, "A2 = \"\"; A3 = \"x\"; COUNTBLANK(A2:A4)", "2"),
        Row("COUNTBLANK", .error, "A2 = 1/0; A3 = #N/A; COUNTBLANK(A2:A4)", "1"),
        Row("COUNTBLANK", .unit, "A2 = 3户; A3 = 0元; COUNTBLANK(A2:A4)", "1"),

        // SUMPRODUCT: a cell that is not a number makes its product 0; units multiply.
        Row("SUMPRODUCT", .blank, "A2 = 2; A3 = 3; B2 = 4; SUMPRODUCT(A2:A3, B2:B3)", "8"),
        Row("SUMPRODUCT", .text, "A2 = \"2\"; A3 = 3; B2 = 4; B3 = 5; SUMPRODUCT(A2:A3, B2:B3)", "15"),
        Row("SUMPRODUCT", .text, "SUMPRODUCT({\"2\", 3}, {4, 5})", "15"),
        Row("SUMPRODUCT", .error, "A2 = 1/0; A3 = 3; B2 = 4; B3 = 5; SUMPRODUCT(A2:A3, B2:B3)", "#DIV/0!"),
        Row("SUMPRODUCT", .error, "SUMPRODUCT({1, 2}, {3, #N/A})", "#N/A"),
        Row("SUMPRODUCT", .unit, "A2 = 500元 / 1户; A3 = 200元 / 1户; B2 = 72户; B3 = 10户; SUMPRODUCT(A2:A3, B2:B3)", "38000 元"),
        Row("SUMPRODUCT", .unit, "A2 = 1万元; A3 = 2户; B2 = 1; B3 = 1; SUMPRODUCT(A2:A3, B2:B3)", "#UNIT!"),
    ]
}
