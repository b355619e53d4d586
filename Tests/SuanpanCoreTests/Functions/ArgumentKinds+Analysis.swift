@testable import SuanpanCore

extension ArgumentKindsTests {
    /// RATE, PER, YOY, SHARE, PPDIFF, CONVERT, PROGRESS, SCORE and GRADE: ours alone.
    ///
    /// RATE, PER, YOY and SHARE are `/` and `-`, coercing as the operators do (blank is 0,
    /// numeric text its number, text with a unit is not a number: only VALUE reads one), with
    /// units combined (`PER(3.6万元, 72户)` is 500 元/户). PPDIFF takes rates, plain numbers;
    /// CONVERT stays in one dimension; PROGRESS, SCORE and GRADE read quarters, targets and
    /// totals, whose units are kept where they compare and dropped where they are counts.
    static let analysisRows: [Row] = [
        // RATE
        Row("RATE", .blank, "RATE(A5, 100)", "0"),
        Row("RATE", .blank, "RATE(100, A5)", "#DIV/0!"),
        Row("RATE", .text, "RATE(\"50\", 100)", "0.5"),
        Row("RATE", .text, "A2 = \"x\"; RATE(A2, 100)", "#VALUE!"),
        Row("RATE", .error, "RATE(NA(), 100)", "#N/A"),
        Row("RATE", .error, "A2 = 1/0; RATE(1, A2)", "#DIV/0!"),
        Row("RATE", .unit, "RATE(9.95万元, 12万元)", "0.829166666666667"),
        Row("RATE", .unit, "RATE(9.95万元, 120000元)", "0.829166666666667"),

        // PER
        Row("PER", .blank, "PER(3.6万元, A5)", "#DIV/0!"),
        Row("PER", .text, "PER(\"3.6万元\", 72户)", "#VALUE!"),
        Row("PER", .text, "A2 = \"72\"; PER(36000元, A2)", "500 元"),
        Row("PER", .error, "PER(3.6万元, NA())", "#N/A"),
        Row("PER", .unit, "PER(3.6万元, 72户)", "500 元/户"),
        Row("PER", .unit, "A2 = 9.95万元; A3 = 55人次; PER(A2, A3)", "1809.09090909091 元/人次"),

        // YOY
        Row("YOY", .blank, "YOY(A5, 100)", "-1"),
        Row("YOY", .blank, "YOY(120, A5)", "#DIV/0!"),
        Row("YOY", .text, "YOY(\"120\", \"100\")", "0.2"),
        Row("YOY", .text, "YOY(\"x\", 100)", "#VALUE!"),
        Row("YOY", .error, "A2 = #N/A; YOY(120, A2)", "#N/A"),
        Row("YOY", .unit, "YOY(12万元, 100000元)", "0.2"),
        Row("YOY", .unit, "YOY(3户, 1万元)", "#UNIT!"),

        // SHARE
        Row("SHARE", .blank, "SHARE(A5, 100)", "0"),
        Row("SHARE", .blank, "SHARE(5, A5)", "#DIV/0!"),
        Row("SHARE", .text, "A2 = \"25\"; SHARE(A2, 100)", "0.25"),
        Row("SHARE", .text, "SHARE(25, \"x\")", "#VALUE!"),
        Row("SHARE", .error, "SHARE(1/0, 100)", "#DIV/0!"),
        Row("SHARE", .unit, "SHARE(2500元, 1万元)", "0.25"),
        Row("SHARE", .unit, "A2 = 18户; A3 = 72户; SHARE(A2, A3)", "0.25"),

        // PPDIFF
        Row("PPDIFF", .blank, "PPDIFF(A5, 50%)", "-50 个百分点"),
        Row("PPDIFF", .text, "PPDIFF(\"75%\", \"50%\")", "25 个百分点"),
        Row("PPDIFF", .text, "PPDIFF(\"x\", 50%)", "#VALUE!"),
        Row("PPDIFF", .error, "PPDIFF(75%, NA())", "#N/A"),
        Row("PPDIFF", .unit, "PPDIFF(75%, 73.47%)", "1.53 个百分点"),
        Row("PPDIFF", .unit, "PPDIFF(1万元, 5000元)", "#UNIT!"),

        // CONVERT: an unknown unit is #N/A, as in Excel's CONVERT; a plain number has no dimension.
        Row("CONVERT", .blank, "CONVERT(A5, \"万元\")", "#UNIT!"),
        Row("CONVERT", .blank, "CONVERT(1万元, A5)", "#N/A"),
        Row("CONVERT", .text, "CONVERT(36000元, \" 万元 \")", "3.6 万元"),
        Row("CONVERT", .text, "CONVERT(1万元, \"x\")", "#N/A"),
        Row("CONVERT", .error, "CONVERT(NA(), \"万元\")", "#N/A"),
        Row("CONVERT", .error, "CONVERT(1万元, 1/0)", "#DIV/0!"),
        Row("CONVERT", .unit, "CONVERT(63人 * 1000元 / 1人, \"万元\")", "6.3 万元"),
        Row("CONVERT", .unit, "CONVERT(3户, \"万元\")", "#UNIT!"),

        // PROGRESS: a quarter is a number, a date or date text goes by months or days.
        Row("PROGRESS", .blank, "PROGRESS(A5)", "#NUM!"),
        Row("PROGRESS", .text, "PROGRESS(\"3\")", "0.75"),
        Row("PROGRESS", .text, "PROGRESS(\"2022-09-30\")", "0.75"),
        Row("PROGRESS", .text, "PROGRESS(DATE(2022, 9, 30), \"x\")", "#VALUE!"),
        Row("PROGRESS", .error, "PROGRESS(NA())", "#N/A"),
        Row("PROGRESS", .unit, "PROGRESS(DATE(2022, 6, 30) + 92天)", "0.75"),
        Row("PROGRESS", .unit, "A2 = 3户; PROGRESS(DATE(2022, 9, 30) + A2)", "#UNIT!"),

        // SCORE: actual and target in one dimension; the weight keeps its own unit.
        Row("SCORE", .blank, "SCORE(A5, \">=\", 100, 10)", "0"),
        Row("SCORE", .blank, "SCORE(90, A5, 100, 10)", "#VALUE!"),
        Row("SCORE", .text, "SCORE(\"95\", \">=\", \"100\", \"10\")", "9.5"),
        Row("SCORE", .text, "SCORE(95, \"x\", 100, 10)", "#VALUE!"),
        Row("SCORE", .error, "SCORE(95, \">=\", 1/0, 10)", "#DIV/0!"),
        Row("SCORE", .unit, "SCORE(9万元, \">=\", 100000元, 10)", "9"),
        Row("SCORE", .unit, "SCORE(12万元, \"<=\", 100000元, 10)", "8.33333333333333"),
        Row("SCORE", .unit, "SCORE(3户, \">=\", 1万元, 10)", "#UNIT!"),

        // GRADE: a total is a plain count of points, so a unit is dropped (`Arguments.exact`).
        Row("GRADE", .blank, "GRADE(A5)", "差"),
        Row("GRADE", .text, "GRADE(\"95\")", "优"),
        Row("GRADE", .text, "GRADE(\"x\")", "#VALUE!"),
        Row("GRADE", .error, "GRADE(NA())", "#N/A"),
        Row("GRADE", .unit, "GRADE(85个)", "良"),
    ]
}
