@testable import SuanpanCore

extension ArgumentKindsTests {
    /// Keys a, b, c in A2:A4 with 10, an empty cell and `#DIV/0!` beside them in B2:B4.
    static let letters = "A2 = \"a\"; A3 = \"b\"; A4 = \"c\"; B2 = 10; B4 = 1/0; "
    /// The same table laid along rows: keys in A2:C2, values in A3:C3.
    static let lettersAcross = "A2 = \"a\"; B2 = \"b\"; C2 = \"c\"; A3 = 10; C3 = 1/0; "
    /// Sorted money keys 1万元 and 2万元 in A2:A3 with labels in B2:B3.
    static let money = "A2 = 1万元; A3 = 2万元; B2 = \"一\"; B3 = \"二\"; "

    /// VLOOKUP, HLOOKUP, INDEX, MATCH and XLOOKUP.
    ///
    /// An empty lookup value finds nothing; text matches ignoring case, with wildcards in exact
    /// matches; an error looked up is the result, an error in the data is only a cell. Keys
    /// compare as `=` does, across the units of one dimension (a plain number is read in the
    /// cell's unit); a key of another dimension matches no cell, so the answer is `#N/A`.
    /// Found cells come back as they are, units and errors included; an empty one shows empty
    /// (Excel's cell would show 0, see `logicalRows`).
    static let lookupRows: [Row] = [
        // VLOOKUP: an empty fourth argument is FALSE, an exact match, as in Excel's `VLOOKUP(x, t, 2,)`.
        Row("VLOOKUP", .blank, letters + "VLOOKUP(A5, A2:B4, 2, FALSE)", "#N/A"),
        Row("VLOOKUP", .blank, letters + "VLOOKUP(\"b\", A2:B4, 2, FALSE)", ""),
        Row("VLOOKUP", .blank, "VLOOKUP(3, {3, \"c\"; 1, \"a\"; 2, \"b\"}, 2, )", "c"),
        Row("VLOOKUP", .blank, "A2 = 3; A3 = 1; A4 = 2; B2 = \"c\"; VLOOKUP(3, A2:B4, 2, A5)", "c"),
        Row("VLOOKUP", .text, letters + "VLOOKUP(\"A\", A2:B4, 2, FALSE)", "10"),
        Row("VLOOKUP", .text, letters + "VLOOKUP(\"?\", A2:B4, \"2\", FALSE)", "10"),
        // Text "1" does not find the number 1 in Excel (the classic number-stored-as-text miss).
        Row("VLOOKUP", .text, "A2 = 1; B2 = \"一\"; VLOOKUP(\"1\", A2:B2, 2, FALSE)", "#N/A"),
        Row("VLOOKUP", .error, letters + "VLOOKUP(\"c\", A2:B4, 2, FALSE)", "#DIV/0!"),
        Row("VLOOKUP", .error, letters + "VLOOKUP(NA(), A2:B4, 2, FALSE)", "#N/A"),
        Row("VLOOKUP", .error, "A2 = 1/0; A3 = \"b\"; B3 = 20; VLOOKUP(\"b\", A2:B3, 2, FALSE)", "20"),
        Row("VLOOKUP", .unit, money + "VLOOKUP(20000元, A2:B3, 2, FALSE)", "二"),
        Row("VLOOKUP", .unit, money + "VLOOKUP(15000元, A2:B3, 2)", "一"),
        Row("VLOOKUP", .unit, money + "VLOOKUP(2, A2:B3, 2, FALSE)", "二"),
        Row("VLOOKUP", .unit, money + "VLOOKUP(3户, A2:B3, 2, FALSE)", "#N/A"),
        Row("VLOOKUP", .unit, "A2 = \"a\"; B2 = 3.6万元; VLOOKUP(\"a\", A2:B2, 2, FALSE)", "3.6 万元"),

        // HLOOKUP
        Row("HLOOKUP", .blank, lettersAcross + "HLOOKUP(A5, A2:C3, 2, FALSE)", "#N/A"),
        Row("HLOOKUP", .blank, lettersAcross + "HLOOKUP(\"b\", A2:C3, 2, FALSE)", ""),
        Row("HLOOKUP", .blank, "HLOOKUP(3, {3, 1, 2; \"c\", \"a\", \"b\"}, 2, )", "c"),
        Row("HLOOKUP", .text, lettersAcross + "HLOOKUP(\"A\", A2:C3, \"2\", FALSE)", "10"),
        Row("HLOOKUP", .text, lettersAcross + "HLOOKUP(\"x\", A2:C3, 2, FALSE)", "#N/A"),
        Row("HLOOKUP", .error, lettersAcross + "HLOOKUP(\"c\", A2:C3, 2, FALSE)", "#DIV/0!"),
        Row("HLOOKUP", .error, lettersAcross + "HLOOKUP(\"a\", A2:C3, 1/0, FALSE)", "#DIV/0!"),
        Row("HLOOKUP", .unit, "A2 = 1万元; B2 = 2万元; A3 = \"一\"; B3 = \"二\"; HLOOKUP(15000元, A2:B3, 2)", "一"),
        Row("HLOOKUP", .unit, "A2 = 1万元; B2 = 2万元; A3 = \"一\"; B3 = \"二\"; HLOOKUP(3户, A2:B3, 2, FALSE)", "#N/A"),

        // INDEX: an empty column number is 0, the whole row, which of one column is one cell.
        Row("INDEX", .blank, "A2 = 1; INDEX(A2:A5, 4)", ""),
        Row("INDEX", .blank, "A2 = 5; A3 = 7; INDEX(A2:A3, 2, )", "7"),
        Row("INDEX", .blank, "A2 = 5; A3 = 7; INDEX(A2:A3, 2, A5)", "7"),
        Row("INDEX", .text, "A2 = \"x\"; A3 = \"y\"; INDEX(A2:A3, \"2\")", "y"),
        Row("INDEX", .text, "INDEX({1, 2}, \"x\")", "#VALUE!"),
        Row("INDEX", .error, "A2 = 1; A3 = #N/A; INDEX(A2:A3, 2)", "#N/A"),
        Row("INDEX", .error, "A2 = 1; A3 = 1/0; INDEX(A2:A3, 1)", "1"),
        Row("INDEX", .error, "INDEX({1, 2}, NA())", "#N/A"),
        Row("INDEX", .unit, "A2 = 3.6万元; A3 = 72户; INDEX(A2:A3, 2)", "72 户"),
        // A position is a count: its unit is dropped (`Arguments.exact`), not refused.
        Row("INDEX", .unit, "A2 = 3.6万元; A3 = 72户; INDEX(A2:A3, 1个)", "3.6 万元"),

        // MATCH: an empty match type is 0, an exact match, as in Excel's `MATCH(x, r,)`.
        Row("MATCH", .blank, "A2 = 1; A3 = 2; MATCH(A5, A2:A3, 0)", "#N/A"),
        Row("MATCH", .blank, "MATCH(3, {3, 1, 2}, )", "1"),
        Row("MATCH", .blank, "A2 = 3; A3 = 1; A4 = 2; MATCH(3, A2:A4, A5)", "1"),
        Row("MATCH", .text, "MATCH(\"B\", {\"a\", \"b\"}, 0)", "2"),
        Row("MATCH", .text, "MATCH(\"b*\", {\"a\", \"bc\"}, 0)", "2"),
        Row("MATCH", .text, "MATCH(\"2\", {1, 2, 3}, 0)", "#N/A"),
        Row("MATCH", .error, "MATCH(NA(), {1, 2}, 0)", "#N/A"),
        Row("MATCH", .error, "A2 = 1/0; A3 = 5; MATCH(5, A2:A3, 0)", "2"),
        Row("MATCH", .unit, money + "MATCH(20000元, A2:A3, 0)", "2"),
        Row("MATCH", .unit, money + "MATCH(15000元, A2:A3)", "1"),
        Row("MATCH", .unit, money + "MATCH(3户, A2:A3, 0)", "#N/A"),

        // XLOOKUP: wildcards only in match mode 2; an error looked up is not "not found".
        Row("XLOOKUP", .blank, letters + "XLOOKUP(\"b\", A2:A4, B2:B4)", ""),
        Row("XLOOKUP", .blank, letters + "XLOOKUP(A5, A2:A4, B2:B4, \"无\")", "无"),
        Row("XLOOKUP", .text, letters + "XLOOKUP(\"A\", A2:A4, B2:B4)", "10"),
        Row("XLOOKUP", .text, letters + "XLOOKUP(\"z\", A2:A4, B2:B4, \"无\")", "无"),
        Row("XLOOKUP", .text, letters + "XLOOKUP(\"?\", A2:A4, B2:B4, , 2)", "10"),
        Row("XLOOKUP", .text, letters + "XLOOKUP(\"?\", A2:A4, B2:B4)", "#N/A"),
        Row("XLOOKUP", .error, letters + "XLOOKUP(\"c\", A2:A4, B2:B4)", "#DIV/0!"),
        Row("XLOOKUP", .error, letters + "XLOOKUP(NA(), A2:A4, B2:B4, \"无\")", "#N/A"),
        Row("XLOOKUP", .error, letters + "XLOOKUP(\"z\", A2:A4, B2:B4, 1/0)", "#DIV/0!"),
        Row("XLOOKUP", .unit, money + "XLOOKUP(15000元, A2:A3, B2:B3, , -1)", "一"),
        Row("XLOOKUP", .unit, money + "XLOOKUP(15000元, A2:A3, B2:B3, , 1)", "二"),
        Row("XLOOKUP", .unit, money + "XLOOKUP(3户, A2:A3, B2:B3, \"无\")", "无"),
        Row("XLOOKUP", .unit, "A2 = \"a\"; B2 = 72户; XLOOKUP(\"a\", A2:A2, B2:B2)", "72 户"),
    ]
}
