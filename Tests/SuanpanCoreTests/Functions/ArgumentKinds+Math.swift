@testable import SuanpanCore

extension ArgumentKindsTests {
    /// ROUND, ROUNDUP, ROUNDDOWN, INT, TRUNC, MOD, ABS, POWER and SQRT.
    ///
    /// Scalar parameters coerce what they are given, referenced or typed (blank is 0, `"2.5"`
    /// is 2.5, other text `#VALUE!`). The number keeps its unit through rounding, MOD needs one
    /// dimension, POWER multiplies the unit's exponents and SQRT takes plain numbers only; a
    /// count of digits is a plain count (`Arguments.exact` drops a unit there).
    static let mathRows: [Row] = [
        // ROUND
        Row("ROUND", .blank, "ROUND(A5, 0)", "0"),
        Row("ROUND", .blank, "ROUND(2.567, A5)", "3"),
        Row("ROUND", .blank, "ROUND(2.5, )", "3"),
        Row("ROUND", .text, "ROUND(\"2.567\", 2)", "2.57"),
        Row("ROUND", .text, "A2 = \"2.567\"; ROUND(A2, \"1\")", "2.6"),
        Row("ROUND", .text, "ROUND(\"x\", 1)", "#VALUE!"),
        Row("ROUND", .error, "ROUND(1/0, 2)", "#DIV/0!"),
        Row("ROUND", .error, "A2 = #N/A; ROUND(1.5, A2)", "#N/A"),
        Row("ROUND", .unit, "ROUND(3.14159万元, 2)", "3.14 万元"),
        Row("ROUND", .unit, "A2 = 2.345元; ROUND(A2, 2)", "2.35 元"),

        // ROUNDUP
        Row("ROUNDUP", .blank, "ROUNDUP(A5, 0)", "0"),
        Row("ROUNDUP", .blank, "ROUNDUP(1.21, A5)", "2"),
        Row("ROUNDUP", .text, "ROUNDUP(\"1.21\", 1)", "1.3"),
        Row("ROUNDUP", .text, "ROUNDUP(\"x\", 0)", "#VALUE!"),
        Row("ROUNDUP", .error, "ROUNDUP(NA(), 0)", "#N/A"),
        Row("ROUNDUP", .unit, "ROUNDUP(1.21万元, 1)", "1.3 万元"),

        // ROUNDDOWN
        Row("ROUNDDOWN", .blank, "ROUNDDOWN(A5, 1)", "0"),
        Row("ROUNDDOWN", .blank, "ROUNDDOWN(1.29, A5)", "1"),
        Row("ROUNDDOWN", .text, "A2 = \"1.29\"; ROUNDDOWN(A2, 1)", "1.2"),
        Row("ROUNDDOWN", .text, "ROUNDDOWN(1.29, \"x\")", "#VALUE!"),
        Row("ROUNDDOWN", .error, "A2 = 1/0; ROUNDDOWN(A2, 1)", "#DIV/0!"),
        Row("ROUNDDOWN", .unit, "ROUNDDOWN(-1.29万元, 1)", "-1.2 万元"),

        // INT
        Row("INT", .blank, "INT(A5)", "0"),
        Row("INT", .text, "INT(\"-2.5\")", "-3"),
        Row("INT", .text, "INT(\"x\")", "#VALUE!"),
        Row("INT", .error, "INT(#N/A)", "#N/A"),
        Row("INT", .unit, "INT(3.7户)", "3 户"),
        Row("INT", .unit, "A2 = -2.5万元; INT(A2)", "-3 万元"),

        // TRUNC
        Row("TRUNC", .blank, "TRUNC(A5)", "0"),
        Row("TRUNC", .blank, "TRUNC(2.567, A5)", "2"),
        Row("TRUNC", .blank, "TRUNC(2.567, )", "2"),
        Row("TRUNC", .text, "TRUNC(\"2.567\", \"1\")", "2.5"),
        Row("TRUNC", .text, "TRUNC(\"x\")", "#VALUE!"),
        Row("TRUNC", .error, "TRUNC(2.5, 1/0)", "#DIV/0!"),
        Row("TRUNC", .unit, "TRUNC(-2.5万元)", "-2 万元"),

        // MOD: the remainder in the dividend's unit; a plain operand is read in the other's unit.
        Row("MOD", .blank, "MOD(A5, 3)", "0"),
        Row("MOD", .blank, "MOD(5, A5)", "#DIV/0!"),
        Row("MOD", .text, "MOD(\"7\", 3)", "1"),
        Row("MOD", .text, "A2 = \"7\"; MOD(A2, \"-2\")", "-1"),
        Row("MOD", .text, "MOD(\"x\", 2)", "#VALUE!"),
        Row("MOD", .error, "MOD(1/0, 2)", "#DIV/0!"),
        Row("MOD", .error, "MOD(5, NA())", "#N/A"),
        Row("MOD", .unit, "MOD(10万元, 3万元)", "1 万元"),
        Row("MOD", .unit, "MOD(25000元, 1万元)", "5000 元"),
        Row("MOD", .unit, "MOD(7户, 2)", "1 户"),
        Row("MOD", .unit, "MOD(1万元, 3户)", "#UNIT!"),

        // ABS
        Row("ABS", .blank, "ABS(A5)", "0"),
        Row("ABS", .text, "ABS(\"-3\")", "3"),
        Row("ABS", .text, "A2 = \"x\"; ABS(A2)", "#VALUE!"),
        Row("ABS", .error, "ABS(NA())", "#N/A"),
        Row("ABS", .unit, "ABS(-3.6万元)", "3.6 万元"),

        // POWER: Excel's 0^0 is #NUM!, and a blank is 0.
        Row("POWER", .blank, "POWER(A5, 2)", "0"),
        Row("POWER", .blank, "POWER(2, A5)", "1"),
        Row("POWER", .blank, "POWER(A5, A5)", "#NUM!"),
        Row("POWER", .text, "POWER(\"2\", \"3\")", "8"),
        Row("POWER", .text, "POWER(2, \"x\")", "#VALUE!"),
        Row("POWER", .error, "POWER(1/0, 2)", "#DIV/0!"),
        Row("POWER", .unit, "POWER(3户, 2)", "9 户^2"),
        Row("POWER", .unit, "POWER(2, 3户)", "#UNIT!"),
        Row("POWER", .unit, "POWER(4户, 0.5)", "#UNIT!"),

        // SQRT
        Row("SQRT", .blank, "SQRT(A5)", "0"),
        Row("SQRT", .text, "SQRT(\"16\")", "4"),
        Row("SQRT", .text, "SQRT(\"x\")", "#VALUE!"),
        Row("SQRT", .error, "SQRT(NA())", "#N/A"),
        Row("SQRT", .error, "SQRT(-1)", "#NUM!"),
        Row("SQRT", .unit, "SQRT(4户)", "#UNIT!"),
        Row("SQRT", .unit, "SQRT(4万元 / 1万元)", "2"),
    ]
}
