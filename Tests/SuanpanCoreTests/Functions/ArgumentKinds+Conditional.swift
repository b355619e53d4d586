@testable import SuanpanCore

extension ArgumentKindsTests {
    /// SUMIF, SUMIFS, COUNTIF, COUNTIFS, AVERAGEIF, AVERAGEIFS, MAXIFS and MINIFS.
    ///
    /// Criteria pick cells (`""` and `"="` pick empty cells; a criterion that is an empty cell
    /// is 0, as Excel's COUNTIFS documentation says); the picked cells of the sum range count
    /// only if they are numbers; an error there is the result, an error in a criteria range
    /// just matches nothing. A criterion in another dimension than the cells picks none.
    static let conditionalRows: [Row] = [
        // SUMIF
        Row("SUMIF", .blank, "A2 = 1; B2 = 10; B3 = 20; SUMIF(A2:A3, \"\", B2:B3)", "20"),
        Row("SUMIF", .blank, "A2 = 0; A3 = 1; B2 = 10; B3 = 20; B4 = 30; SUMIF(A2:A4, A5, B2:B4)", "10"),
        Row("SUMIF", .blank, "A2 = 1; A3 = 1; B2 = 10; SUMIF(A2:A3, 1, B2:B3)", "10"),
        Row("SUMIF", .text, "A2 = \"a\"; A3 = \"B\"; B2 = 10; B3 = 20; SUMIF(A2:A3, \"b\", B2:B3)", "20"),
        Row("SUMIF", .text, "A2 = \"apple\"; A3 = \"pear\"; B2 = 10; B3 = 20; SUMIF(A2:A3, \"?ear\", B2:B3)", "20"),
        Row("SUMIF", .text, "A2 = 1; A3 = 1; B2 = \"5\"; B3 = 7; SUMIF(A2:A3, 1, B2:B3)", "7"),
        Row("SUMIF", .text, "A2 = 5; A3 = 15; A4 = \"x\"; SUMIF(A2:A4, \">10\")", "15"),
        Row("SUMIF", .error, "A2 = 1/0; A3 = 1; B2 = 10; B3 = 20; SUMIF(A2:A3, 1, B2:B3)", "20"),
        Row("SUMIF", .error, "A2 = 1; A3 = 1; B2 = #N/A; B3 = 20; SUMIF(A2:A3, 1, B2:B3)", "#N/A"),
        Row("SUMIF", .error, "A2 = 1; A3 = 2; B2 = 1/0; B3 = 20; SUMIF(A2:A3, 2, B2:B3)", "20"),
        Row("SUMIF", .error, "A2 = #N/A; A3 = 1; B2 = 10; B3 = 20; SUMIF(A2:A3, \"#N/A\", B2:B3)", "10"),
        Row("SUMIF", .unit, "A2 = 3.6万元; A3 = 5000元; SUMIF(A2:A3, \">1万元\")", "3.6 万元"),
        Row("SUMIF", .unit, "A2 = \"a\"; A3 = \"a\"; B2 = 1万元; B3 = 5000元; SUMIF(A2:A3, \"a\", B2:B3)", "1.5 万元"),
        Row("SUMIF", .unit, "A2 = \"a\"; A3 = \"a\"; B2 = 1万元; B3 = 3户; SUMIF(A2:A3, \"a\", B2:B3)", "#UNIT!"),

        // SUMIFS
        Row("SUMIFS", .blank, "A2 = \"a\"; B2 = 10; B3 = 20; SUMIFS(B2:B3, A2:A3, \"=\")", "20"),
        Row("SUMIFS", .blank, "A2 = \"a\"; A3 = \"a\"; B2 = 10; SUMIFS(B2:B3, A2:A3, \"a\")", "10"),
        Row("SUMIFS", .text, "A2 = \"a\"; A3 = \"b\"; B2 = 10; B3 = \"20\"; SUMIFS(B2:B3, A2:A3, \"<>c\")", "10"),
        Row("SUMIFS", .text, "A2 = \"东\"; A3 = \"西\"; B2 = 10; B3 = 20; SUMIFS(B2:B3, A2:A3, \"西\")", "20"),
        Row("SUMIFS", .error, "A2 = 1; A3 = 2; B2 = 1/0; B3 = 20; SUMIFS(B2:B3, A2:A3, \">1\")", "20"),
        Row("SUMIFS", .error, "A2 = 1; A3 = 2; B2 = 1/0; B3 = 20; SUMIFS(B2:B3, A2:A3, \">0\")", "#DIV/0!"),
        Row("SUMIFS", .unit, "A2 = 72户; A3 = 10户; B2 = 3.6万元; B3 = 5000元; SUMIFS(B2:B3, A2:A3, \">=50户\")", "3.6 万元"),
        Row("SUMIFS", .unit, "A2 = 72户; A3 = 10户; B2 = 3.6万元; B3 = 5000元; SUMIFS(B2:B3, A2:A3, \">=5万元\")", "0"),

        // COUNTIF
        Row("COUNTIF", .blank, "A2 = 1; COUNTIF(A2:A4, \"\")", "2"),
        Row("COUNTIF", .blank, "A2 = 1; COUNTIF(A2:A4, \"<>\")", "1"),
        Row("COUNTIF", .blank, "A2 = 0; A3 = 1; COUNTIF(A2:A4, A5)", "1"),
        Row("COUNTIF", .text, "A2 = \"apple\"; A3 = \"Apricot\"; A4 = 3; COUNTIF(A2:A4, \"a*\")", "2"),
        // Excel's = criterion also reads text cells as numbers; LibreOffice counts 1 here.
        Row("COUNTIF", .text, "A2 = \"1\"; A3 = 1; COUNTIF(A2:A3, 1)", "2"),
        Row("COUNTIF", .text, "A2 = \"1\"; A3 = 2; COUNTIF(A2:A3, \">0\")", "1"),
        Row("COUNTIF", .error, "A2 = 1/0; A3 = #N/A; A4 = 1; COUNTIF(A2:A4, \"#N/A\")", "1"),
        Row("COUNTIF", .error, "A2 = 1/0; A3 = #N/A; A4 = 1; COUNTIF(A2:A4, \">0\")", "1"),
        Row("COUNTIF", .unit, "A2 = 72户; A3 = 10户; COUNTIF(A2:A3, \">50户\")", "1"),
        Row("COUNTIF", .unit, "A2 = 72户; A3 = 10户; COUNTIF(A2:A3, 72)", "1"),
        Row("COUNTIF", .unit, "A2 = 1万元; A3 = 5000元; COUNTIF(A2:A3, 10000元)", "1"),
        Row("COUNTIF", .unit, "A2 = 72户; A3 = 10户; COUNTIF(A2:A3, \">5万元\")", "0"),

        // COUNTIFS
        // LibreOffice 7 gives 0 here (an empty first criteria range cell); Excel counts it.
        Row("COUNTIFS", .blank, "A2 = 1; B2 = \"x\"; B3 = \"x\"; COUNTIFS(A2:A3, \"\", B2:B3, \"x\")", "1"),
        Row("COUNTIFS", .text, "A2 = \"a\"; A3 = \"b\"; B2 = 1; B3 = 2; COUNTIFS(A2:A3, \"A\", B2:B3, \"1\")", "1"),
        Row("COUNTIFS", .error, "A2 = 1/0; A3 = 1; COUNTIFS(A2:A3, \"<>1\")", "1"),
        Row("COUNTIFS", .error, "A2 = 1/0; A3 = 1; COUNTIFS(A2:A3, \">=0\")", "1"),
        Row("COUNTIFS", .unit, "A2 = 72户; A3 = 10户; B2 = 3.6万元; B3 = 5000元; COUNTIFS(A2:A3, \">5户\", B2:B3, \"<1万元\")", "1"),

        // AVERAGEIF
        Row("AVERAGEIF", .blank, "A2 = \"a\"; A3 = \"a\"; B2 = 10; AVERAGEIF(A2:A3, \"a\", B2:B3)", "10"),
        Row("AVERAGEIF", .blank, "A2 = 1; AVERAGEIF(A2:A3, \"\")", "#DIV/0!"),
        Row("AVERAGEIF", .text, "A2 = \"a\"; A3 = \"A\"; B2 = 10; B3 = \"20\"; AVERAGEIF(A2:A3, \"a\", B2:B3)", "10"),
        Row("AVERAGEIF", .text, "A2 = 5; A3 = 15; A4 = \"x\"; AVERAGEIF(A2:A4, \"<>0\")", "10"),
        Row("AVERAGEIF", .error, "A2 = 5; A3 = 1/0; AVERAGEIF(A2:A3, \">0\")", "5"),
        Row("AVERAGEIF", .error, "A2 = 1; A3 = 1; B2 = #N/A; AVERAGEIF(A2:A3, 1, B2:B3)", "#N/A"),
        Row("AVERAGEIF", .unit, "A2 = 1万元; A3 = 5000元; AVERAGEIF(A2:A3, \">0\")", "0.75 万元"),
        Row("AVERAGEIF", .unit, "A2 = 72户; A3 = 28户; A4 = 2户; AVERAGEIF(A2:A4, \">10户\")", "50 户"),

        // AVERAGEIFS
        Row("AVERAGEIFS", .blank, "A2 = 1; A3 = 1; B2 = 4; AVERAGEIFS(B2:B3, A2:A3, 1)", "4"),
        Row("AVERAGEIFS", .blank, "A2 = 1; B2 = 4; B3 = 6; AVERAGEIFS(B2:B3, A2:A3, \"\")", "6"),
        Row("AVERAGEIFS", .text, "A2 = \"x\"; A3 = \"y\"; B2 = 4; B3 = 6; AVERAGEIFS(B2:B3, A2:A3, \"<>X\")", "6"),
        Row("AVERAGEIFS", .text, "A2 = 1; A3 = 1; B2 = \"4\"; B3 = 6; AVERAGEIFS(B2:B3, A2:A3, 1)", "6"),
        Row("AVERAGEIFS", .error, "A2 = 1; A3 = 1; B2 = 4; B3 = 1/0; AVERAGEIFS(B2:B3, A2:A3, 1)", "#DIV/0!"),
        Row("AVERAGEIFS", .error, "A2 = NA(); A3 = 1; B2 = 4; B3 = 6; AVERAGEIFS(B2:B3, A2:A3, 1)", "6"),
        Row("AVERAGEIFS", .unit, "A2 = 1; A3 = 1; B2 = 3.6万元; B3 = 4000元; AVERAGEIFS(B2:B3, A2:A3, 1)", "2 万元"),
        Row("AVERAGEIFS", .unit, "A2 = 1; A3 = 1; B2 = 3.6万元; B3 = 2户; AVERAGEIFS(B2:B3, A2:A3, 1)", "#UNIT!"),

        // MAXIFS: 0 when nothing is picked, as MAX.
        Row("MAXIFS", .blank, "A2 = 1; A3 = 1; B2 = -4; MAXIFS(B2:B3, A2:A3, 1)", "-4"),
        Row("MAXIFS", .blank, "MAXIFS(B2:B3, A2:A3, 1)", "0"),
        Row("MAXIFS", .text, "A2 = \"a\"; A3 = \"a\"; B2 = 4; B3 = \"9\"; MAXIFS(B2:B3, A2:A3, \"A\")", "4"),
        Row("MAXIFS", .error, "A2 = 1; A3 = 2; B2 = 1/0; B3 = 9; MAXIFS(B2:B3, A2:A3, 2)", "9"),
        Row("MAXIFS", .error, "A2 = 1; A3 = 2; B2 = 1/0; B3 = 9; MAXIFS(B2:B3, A2:A3, \">0\")", "#DIV/0!"),
        Row("MAXIFS", .unit, "A2 = 1; A3 = 1; B2 = 2万元; B3 = 15000元; MAXIFS(B2:B3, A2:A3, 1)", "2 万元"),
        Row("MAXIFS", .unit, "A2 = 1; A3 = 1; B2 = 2万元; B3 = 3户; MAXIFS(B2:B3, A2:A3, 1)", "#UNIT!"),

        // MINIFS
        Row("MINIFS", .blank, "A2 = 1; A3 = 1; B2 = 4; MINIFS(B2:B3, A2:A3, 1)", "4"),
        Row("MINIFS", .blank, "A2 = 1; B2 = 4; B3 = 6; MINIFS(B2:B3, A2:A3, \"\")", "6"),
        Row("MINIFS", .text, "A2 = \"a\"; A3 = \"a\"; B2 = 4; B3 = \"1\"; MINIFS(B2:B3, A2:A3, \"a\")", "4"),
        Row("MINIFS", .error, "A2 = 1; A3 = 2; B2 = #N/A; B3 = 9; MINIFS(B2:B3, A2:A3, 2)", "9"),
        Row("MINIFS", .error, "A2 = 1; A3 = 2; B2 = #N/A; B3 = 9; MINIFS(B2:B3, A2:A3, \"<3\")", "#N/A"),
        Row("MINIFS", .unit, "A2 = 1; A3 = 1; B2 = 2万元; B3 = 15000元; MINIFS(B2:B3, A2:A3, 1)", "1.5 万元"),
        Row("MINIFS", .unit, "A2 = 72户; A3 = 10户; B2 = 9; B3 = 7; MINIFS(B2:B3, A2:A3, \">20户\")", "9"),
    ]
}
