import Testing
@testable import SuanpanCore

/// The text functions, counting characters (Chinese included), with blanks, numbers with
/// units, booleans and errors among their arguments (data from row 2 on).
@Suite struct TextTests {
    typealias Case = FormulaCase

    @Test(arguments: [
        Case("LEN(\"珠晖区计生协\")", "6"),
        Case("LEN(A5)", "0"),
        Case("LEN(3.6万元)", "5"),
        Case("A2 = 72户; LEN(A2)", "3"),
        Case("LEN(TRUE)", "4"),
        Case("A2 = #N/A; LEN(A2)", "#N/A"),
        Case("LEFT(\"珠晖区\", 2)", "珠晖"),
        Case("LEFT(A5, 2)", ""),
        Case("LEFT(3.6万元, 3)", "3.6"),
        Case("LEFT(\"abc\", \"x\")", "#VALUE!"),
        Case("LEFT(\"abc\", -1)", "#VALUE!"),
        Case("RIGHT(3.6万元, 2)", "万元"),
        Case("RIGHT(\"珠晖区计生协\", 3)", "计生协"),
        Case("RIGHT(1/0)", "#DIV/0!"),
        Case("MID(\"珠晖区计生协\", 3, 2)", "区计"),
        Case("MID(A5, 1, 2)", ""),
        Case("MID(\"abc\", 0, 1)", "#VALUE!"),
        Case("MID(\"abc\", A5, 1)", "#VALUE!"),
        Case("TRIM(\"  a   b  \")", "a b"),
        Case("TRIM(\" 珠晖  区 \")", "珠晖 区"),
        Case("TRIM(A5)", ""),
        Case("UPPER(\"aBc珠\")", "ABC珠"),
        Case("LOWER(\"ABC\" & 5户)", "abc5户"),
        Case("UPPER(1/0)", "#DIV/0!"),
    ])
    func measuring(_ c: Case) {
        #expect(lastResult(of: c.source) == c.expected)
    }

    @Test(arguments: [
        Case("SUBSTITUTE(\"珠晖区\", \"晖\", \"辉\")", "珠辉区"),
        Case("SUBSTITUTE(\"a-b-c\", \"-\", \"+\", 2)", "a-b+c"),
        Case("SUBSTITUTE(\"a-b-c\", \"-\", \"+\", 0)", "#VALUE!"),
        Case("SUBSTITUTE(\"abc\", \"\", \"x\")", "abc"),
        Case("SUBSTITUTE(A5, \"a\", \"b\")", ""),
        Case("SUBSTITUTE(3.6万元, \"万\", \"千\")", "3.6千元"),
        Case("SUBSTITUTE(\"aaa\", \"aa\", \"b\")", "ba"),
        Case("FIND(\"区\", \"珠晖区\")", "3"),
        Case("FIND(\"B\", \"abc\")", "#VALUE!"),
        Case("FIND(\"*\", \"a*c\")", "2"),
        Case("FIND(\"\", \"abc\", 2)", "2"),
        Case("FIND(\"a\", A5)", "#VALUE!"),
        Case("FIND(\"元\", 3.6万元)", "5"),
        Case("FIND(\"a\", \"abc\", 0)", "#VALUE!"),
        Case("SEARCH(\"B\", \"abc\")", "2"),
        Case("SEARCH(\"计?\", \"珠晖区计生协\")", "4"),
        Case("SEARCH(\"~*\", \"a*c\")", "2"),
        Case("SEARCH(\"c*\", \"abcabc\", 4)", "6"),
        Case("SEARCH(\"x\", A5)", "#VALUE!"),
        Case("SEARCH(1/0, \"a\")", "#DIV/0!"),
    ])
    func searching(_ c: Case) {
        #expect(lastResult(of: c.source) == c.expected)
    }

    @Test(arguments: [
        Case("CONCAT(\"珠晖\", \"区\")", "珠晖区"),
        Case("A2 = \"珠晖区\"; A3 = 3.6万元; A4 = TRUE; CONCAT(A2:A5)", "珠晖区3.6万元TRUE"),
        Case("A2 = \"a\"; A3 = #N/A; CONCAT(A2:A3)", "#N/A"),
        Case("CONCAT(DATE(2022,9,30))", "44834"),
        Case("TEXTJOIN(\"、\", TRUE, \"珠晖\", \"\", \"雁峰\")", "珠晖、雁峰"),
        Case("A2 = \"a\"; A4 = \"b\"; TEXTJOIN(\",\", TRUE, A2:A4)", "a,b"),
        Case("A2 = \"a\"; A4 = \"b\"; TEXTJOIN(\",\", FALSE, A2:A4)", "a,,b"),
        Case("TEXTJOIN(\",\", \"x\", \"a\")", "#VALUE!"),
        Case("TEXTJOIN(\",\", TRUE, 72户, 1/0)", "#DIV/0!"),
        Case("VALUE(\"1,234.56\")", "1234.56"),
        Case("VALUE(\"50%\")", "0.5"),
        Case("VALUE(\"５０％\")", "0.5"),
        Case("VALUE(\"（1,234.00）\")", "-1234"),
        Case("VALUE(\"１２３\")", "123"),
        Case("VALUE(\"3.6万\")", "36000"),
        Case("VALUE(\"1.2亿\")", "120000000"),
        Case("VALUE(\"3.6万元\")", "3.6 万元"),
        Case("VALUE(\"2022-09-30\")", "44834"),
        Case("VALUE(\"—\")", "#VALUE!"),
        Case("VALUE(A5)", "0"),
        Case("VALUE(72户)", "72 户"),
        Case("VALUE(TRUE)", "#VALUE!"),
        Case("VALUE(1/0)", "#DIV/0!"),
    ])
    func joiningAndConverting(_ c: Case) {
        #expect(lastResult(of: c.source) == c.expected)
    }

    @Test(arguments: [
        Case("TEXT(36000元, \"0.0万元\")", "3.6万元"),
        Case("TEXT(36000元, \"0.00\"\"万元\"\"\")", "3.60万元"),
        Case("TEXT(36000, \"0.0万元\")", "36000.0万元"),
        Case("TEXT(72户, \"0.0万元\")", "#UNIT!"),
        Case("TEXT(0.7347, \"0.00%\")", "73.47%"),
        Case("TEXT(A5, \"0.00\")", "0.00"),
        Case("TEXT(\"12\", \"0.00\")", "12.00"),
        Case("TEXT(\"abc\", \"0.00\")", "abc"),
        Case("TEXT(TRUE, \"0.00\")", "TRUE"),
        Case("TEXT(1/0, \"0.00\")", "#DIV/0!"),
        Case("TEXT(DATE(2022,9,30), \"yyyy年m月d日\")", "2022年9月30日"),
        Case("TEXT(1, \"0.0E+00\")", "#VALUE!"),
    ])
    func text(_ c: Case) {
        #expect(lastResult(of: c.source) == c.expected)
    }
}

/// The last line a script printed, or `error: MESSAGE` when a statement was refused.
