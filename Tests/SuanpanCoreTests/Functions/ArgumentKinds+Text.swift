@testable import SuanpanCore

extension ArgumentKindsTests {
    /// LEN, LEFT, RIGHT, MID, TRIM, UPPER, LOWER, SUBSTITUTE, FIND, SEARCH, CONCAT, TEXTJOIN,
    /// TEXT and VALUE.
    ///
    /// A blank is "" where text is wanted and 0 where a count or position is (so an empty
    /// character count, `LEFT("abc",)`, is 0 characters, as in Excel). A number with a unit
    /// becomes the text `&` writes (`3.6万元`); only VALUE reads a unit back from text.
    static let textRows: [Row] = [
        // LEN
        Row("LEN", .blank, "LEN(A5)", "0"),
        Row("LEN", .text, "LEN(\"珠晖区\")", "3"),
        Row("LEN", .text, "A2 = \"\"; LEN(A2)", "0"),
        Row("LEN", .error, "LEN(NA())", "#N/A"),
        Row("LEN", .unit, "LEN(3.6万元)", "5"),
        Row("LEN", .unit, "A2 = 72户; LEN(A2)", "3"),

        // LEFT and RIGHT: the count defaults to 1 only when left out.
        Row("LEFT", .blank, "LEFT(A5, 2)", ""),
        Row("LEFT", .blank, "LEFT(\"abc\", A5)", ""),
        Row("LEFT", .blank, "LEFT(\"abc\", )", ""),
        Row("LEFT", .text, "LEFT(\"珠晖区\", \"2\")", "珠晖"),
        Row("LEFT", .text, "LEFT(\"abc\", \"x\")", "#VALUE!"),
        Row("LEFT", .error, "LEFT(1/0, 1)", "#DIV/0!"),
        Row("LEFT", .error, "A2 = #N/A; LEFT(\"abc\", A2)", "#N/A"),
        Row("LEFT", .unit, "LEFT(3.6万元, 3)", "3.6"),
        Row("RIGHT", .blank, "RIGHT(A5)", ""),
        Row("RIGHT", .blank, "RIGHT(\"abc\", )", ""),
        Row("RIGHT", .text, "RIGHT(\"abc\")", "c"),
        Row("RIGHT", .text, "A2 = \"珠晖区\"; RIGHT(A2, 2)", "晖区"),
        Row("RIGHT", .error, "RIGHT(\"abc\", NA())", "#N/A"),
        Row("RIGHT", .unit, "RIGHT(3.6万元, 2)", "万元"),
        Row("RIGHT", .unit, "A2 = 3.6万元 / 72户; RIGHT(A2, 3)", "元/户"),

        // MID
        Row("MID", .blank, "MID(A5, 1, 2)", ""),
        Row("MID", .blank, "MID(\"abc\", A5, 1)", "#VALUE!"),
        Row("MID", .blank, "MID(\"abc\", 2, )", ""),
        Row("MID", .text, "MID(\"珠晖区计生协\", \"2\", 2)", "晖区"),
        Row("MID", .text, "MID(\"abc\", \"x\", 1)", "#VALUE!"),
        Row("MID", .error, "MID(\"abc\", 1, 1/0)", "#DIV/0!"),
        Row("MID", .unit, "MID(3.6万元, 4, 2)", "万元"),

        // TRIM, UPPER, LOWER
        Row("TRIM", .blank, "TRIM(A5)", ""),
        Row("TRIM", .text, "TRIM(\"  a   b \")", "a b"),
        Row("TRIM", .error, "A2 = 1/0; TRIM(A2)", "#DIV/0!"),
        Row("TRIM", .unit, "TRIM(3.6万元)", "3.6万元"),
        Row("UPPER", .blank, "UPPER(A5)", ""),
        Row("UPPER", .text, "UPPER(\"abc\")", "ABC"),
        Row("UPPER", .error, "UPPER(NA())", "#N/A"),
        Row("UPPER", .unit, "UPPER(3.6万元)", "3.6万元"),
        Row("LOWER", .blank, "LOWER(A5)", ""),
        Row("LOWER", .text, "A2 = \"ABC\"; LOWER(A2)", "abc"),
        Row("LOWER", .error, "LOWER(1/0)", "#DIV/0!"),
        Row("LOWER", .unit, "LOWER(72户)", "72户"),

        // SUBSTITUTE: case-sensitive; an empty old text changes nothing.
        Row("SUBSTITUTE", .blank, "SUBSTITUTE(\"abc\", A5, \"x\")", "abc"),
        Row("SUBSTITUTE", .blank, "SUBSTITUTE(\"abc\", \"b\", A5)", "ac"),
        Row("SUBSTITUTE", .text, "SUBSTITUTE(\"aAa\", \"a\", \"b\")", "bAb"),
        Row("SUBSTITUTE", .text, "SUBSTITUTE(\"aaa\", \"a\", \"b\", \"2\")", "aba"),
        Row("SUBSTITUTE", .error, "SUBSTITUTE(\"abc\", \"b\", NA())", "#N/A"),
        Row("SUBSTITUTE", .unit, "SUBSTITUTE(3.6万元, \"万\", \"\")", "3.6元"),

        // FIND and SEARCH: an empty find text is found at the start; an empty start is 0, outside.
        // Excel: an empty find text matches at the start (LibreOffice gives #VALUE!).
        Row("FIND", .blank, "FIND(A5, \"abc\")", "1"),
        Row("FIND", .blank, "FIND(\"a\", A5)", "#VALUE!"),
        Row("FIND", .blank, "FIND(\"a\", \"abc\", )", "#VALUE!"),
        Row("FIND", .text, "FIND(\"B\", \"abc\")", "#VALUE!"),
        Row("FIND", .text, "FIND(\"c\", \"abcabc\", \"4\")", "6"),
        Row("FIND", .error, "FIND(\"a\", 1/0)", "#DIV/0!"),
        Row("FIND", .unit, "FIND(\"万\", 3.6万元)", "4"),
        Row("SEARCH", .blank, "SEARCH(A5, \"abc\")", "1"),
        Row("SEARCH", .blank, "SEARCH(\"a\", \"abc\", )", "#VALUE!"),
        Row("SEARCH", .text, "SEARCH(\"B\", \"abc\")", "2"),
        Row("SEARCH", .text, "SEARCH(\"?c\", \"abc\")", "2"),
        Row("SEARCH", .error, "A2 = #N/A; SEARCH(A2, \"abc\")", "#N/A"),
        Row("SEARCH", .unit, "SEARCH(\"元\", 3.6万元)", "5"),

        // CONCAT and TEXTJOIN: every cell of a range, blanks as "".
        Row("CONCAT", .blank, "CONCAT(\"a\", A5, \"b\")", "ab"),
        Row("CONCAT", .blank, "A2 = \"a\"; A4 = \"c\"; CONCAT(A2:A4)", "ac"),
        Row("CONCAT", .text, "A2 = \"a\"; A3 = \"3\"; CONCAT(A2:A3, \"x\")", "a3x"),
        Row("CONCAT", .error, "CONCAT(\"a\", NA())", "#N/A"),
        Row("CONCAT", .error, "A2 = \"a\"; A3 = 1/0; CONCAT(A2:A3)", "#DIV/0!"),
        Row("CONCAT", .unit, "CONCAT(3.6万元, \"/\", 72户)", "3.6万元/72户"),
        Row("TEXTJOIN", .blank, "A2 = \"a\"; A4 = \"c\"; TEXTJOIN(\"-\", TRUE, A2:A4)", "a-c"),
        Row("TEXTJOIN", .blank, "A2 = \"a\"; A4 = \"c\"; TEXTJOIN(\"-\", FALSE, A2:A4)", "a--c"),
        Row("TEXTJOIN", .blank, "TEXTJOIN(\"-\", , \"a\", \"\", \"b\")", "a--b"),
        Row("TEXTJOIN", .text, "TEXTJOIN(\"、\", \"TRUE\", \"甲\", \"\", \"乙\")", "甲、乙"),
        Row("TEXTJOIN", .text, "TEXTJOIN(\"-\", \"x\", \"a\")", "#VALUE!"),
        Row("TEXTJOIN", .error, "TEXTJOIN(\"-\", TRUE, \"a\", 1/0)", "#DIV/0!"),
        Row("TEXTJOIN", .error, "TEXTJOIN(NA(), TRUE, \"a\")", "#N/A"),
        Row("TEXTJOIN", .unit, "TEXTJOIN(\"、\", TRUE, 72户, 3.6万元)", "72户、3.6万元"),

        // TEXT: numeric text is formatted as its number; other text passes through unchanged.
        Row("TEXT", .blank, "TEXT(A5, \"0.00\")", "0.00"),
        Row("TEXT", .text, "TEXT(\"3.14159\", \"0.00\")", "3.14"),
        Row("TEXT", .text, "TEXT(\"x\", \"0.00\")", "x"),
        Row("TEXT", .error, "TEXT(NA(), \"0\")", "#N/A"),
        Row("TEXT", .unit, "TEXT(36000元, \"0.0万元\")", "3.6万元"),

        // VALUE: reads published figures, units included; TRUE is not text.
        Row("VALUE", .blank, "VALUE(A5)", "0"),
        Row("VALUE", .text, "VALUE(\"1,234.5\")", "1234.5"),
        Row("VALUE", .text, "VALUE(\"x\")", "#VALUE!"),
        Row("VALUE", .error, "VALUE(1/0)", "#DIV/0!"),
        Row("VALUE", .unit, "VALUE(\"3.6万元\")", "3.6 万元"),
        Row("VALUE", .unit, "VALUE(72户)", "72 户"),
    ]
}
