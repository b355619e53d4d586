import Testing
@testable import SuanpanCore

/// ROUND and its kin, INT, TRUNC, MOD, ABS, POWER and SQRT.
@Suite struct MathTests {
    typealias Case = FormulaCase

    /// Rows 2–9: A2 a number, A3 numeric text, A4 TRUE, A5 blank, A6 text, A7 money, A8 an
    /// error, A9 a count.
    static let sheet = """
        A2 = 2.5; A3 = "2.5"; A4 = TRUE; A6 = "x"; A7 = 3.14159万元; A8 = #N/A; A9 = -7户;
        """

    @Test(arguments: [
        Case("ROUND(2.5, 0)", "3"),
        Case("ROUND(-2.5, 0)", "-3"),
        Case("ROUND(0.285, 2)", "0.29"),
        Case("ROUND(1234.567, -2)", "1200"),
        Case("ROUND(2.5, 0.9)", "3"),
        Case("ROUND(1, 1e300)", "1"),
        Case("ROUND(1234, -1e300)", "0"),
        Case("ROUND(\"2.5\", 0)", "3"),
        Case("ROUND(\"x\", 0)", "#VALUE!"),
        Case("ROUND(2.5)", "error: ROUND takes 2 arguments, not 1: ROUND(number, num_digits)"),
        Case("ROUNDUP(3.2, 0)", "4"),
        Case("ROUNDUP(-0.001, 2)", "-0.01"),
        Case("ROUNDDOWN(-3.9, 0)", "-3"),
        Case("ROUNDDOWN(31415.92654, -2)", "31400"),
        Case("\(sheet) ROUND(A2, 0)", "3"),
        Case("\(sheet) ROUND(A3, 0)", "3"),
        Case("\(sheet) ROUND(A4, 0)", "1"),
        Case("\(sheet) ROUND(A5, 0)", "0"),
        Case("\(sheet) ROUND(A6, 0)", "#VALUE!"),
        Case("\(sheet) ROUND(A7, 2)", "3.14 万元"),
        Case("\(sheet) ROUND(A8, 0)", "#N/A"),
        Case("\(sheet) ROUND(A2, A5)", "3"),
        Case("\(sheet) ROUND(A2, A6)", "#VALUE!"),
        Case("\(sheet) ROUNDUP(A7, 1)", "3.2 万元"),
        Case("\(sheet) ROUNDDOWN(A7, 3)", "3.141 万元"),
        Case("\(sheet) ROUNDDOWN(A9, -1)", "0 户"),
    ])
    func rounding(_ c: Case) {
        #expect(evaluate(c.source) == c.expected)
    }

    @Test(arguments: [
        Case("INT(-2.5)", "-3"),
        Case("INT(\"7.9\")", "7"),
        Case("TRUNC(-2.5)", "-2"),
        Case("TRUNC(2.789, 2)", "2.78"),
        Case("TRUNC(1234, -2)", "1200"),
        Case("ABS(-3)", "3"),
        Case("ABS(\"-4\")", "4"),
        Case("ABS(-1/0)", "#DIV/0!"),
        Case("\(sheet) INT(A9 / 2)", "-4 户"),
        Case("\(sheet) INT(A7)", "3 万元"),
        Case("\(sheet) INT(A6)", "#VALUE!"),
        Case("\(sheet) INT(A5)", "0"),
        Case("\(sheet) TRUNC(A7)", "3 万元"),
        Case("\(sheet) TRUNC(A7, 3)", "3.141 万元"),
        Case("\(sheet) TRUNC(A8)", "#N/A"),
        Case("\(sheet) ABS(A9)", "7 户"),
        Case("\(sheet) ABS(A4)", "1"),
        Case("\(sheet) ABS(A5)", "0"),
        Case("\(sheet) ABS(A6)", "#VALUE!"),
    ])
    func integerPartsAndMagnitude(_ c: Case) {
        #expect(evaluate(c.source) == c.expected)
    }

    @Test(arguments: [
        Case("MOD(10, 3)", "1"),
        Case("MOD(-3, 2)", "1"),
        Case("MOD(10, -3)", "-2"),
        Case("MOD(-10, -3)", "-1"),
        Case("MOD(5.5, 2)", "1.5"),
        Case("MOD(1.1, 1)", "0.1"),
        Case("MOD(0.3, 0.1)", "0"),
        Case("MOD(10, 0)", "#DIV/0!"),
        Case("MOD(12345678901234567890, 7)", "1"),
        Case("MOD(1e-20, 3)", "1E-20"),
        Case("MOD(\"7\", 4)", "3"),
        Case("\(sheet) MOD(A9, 4)", "1 户"),
        Case("\(sheet) MOD(A9, -4户)", "-3 户"),
        Case("\(sheet) MOD(A7, 1)", "0.14159 万元"),
        Case("\(sheet) MOD(A7, 10000元)", "0.14159 万元"),
        Case("\(sheet) MOD(10, 3户)", "1 户"),
        Case("\(sheet) MOD(A7, 1户)", "#UNIT!"),
        Case("\(sheet) MOD(A5, 3)", "0"),
        Case("\(sheet) MOD(3, A5)", "#DIV/0!"),
        Case("\(sheet) MOD(A8, 3)", "#N/A"),
        Case("\(sheet) MOD(A6, 3)", "#VALUE!"),
        Case("\(sheet) MOD(A3, A4)", "0.5"),
    ])
    func modulo(_ c: Case) {
        #expect(evaluate(c.source) == c.expected)
    }

    @Test(arguments: [
        Case("POWER(2, 3)", "8"),
        Case("POWER(4, 0.5)", "2"),
        Case("POWER(2, 0.5)", "1.4142135623731"),
        Case("POWER(1.1, 2)", "1.21"),
        Case("POWER(0, 0)", "#NUM!"),
        Case("POWER(0, -1)", "#DIV/0!"),
        Case("POWER(-8, 1/3)", "#NUM!"),
        Case("POWER(2, 1户)", "#UNIT!"),
        Case("SQRT(16)", "4"),
        Case("SQRT(2)", "1.4142135623731"),
        Case("SQRT(-1)", "#NUM!"),
        Case("SQRT(\"9\")", "3"),
        Case("SQRT(4户)", "#UNIT!"),
        Case("\(sheet) POWER(A9, 2)", "49 户^2"),
        Case("\(sheet) POWER(A9, -1)", "-0.142857142857143 1/户"),
        Case("\(sheet) POWER(A7, 0.5)", "#UNIT!"),
        Case("\(sheet) POWER(A2, A4)", "2.5"),
        Case("\(sheet) POWER(A5, A5)", "#NUM!"),
        Case("\(sheet) POWER(A6, 2)", "#VALUE!"),
        Case("\(sheet) POWER(A8, 2)", "#N/A"),
        Case("\(sheet) SQRT(A2)", "1.58113883008419"),
        Case("\(sheet) SQRT(A3)", "1.58113883008419"),
        Case("\(sheet) SQRT(A4)", "1"),
        Case("\(sheet) SQRT(A5)", "0"),
        Case("\(sheet) SQRT(A6)", "#VALUE!"),
        Case("\(sheet) SQRT(A7)", "#UNIT!"),
        Case("\(sheet) SQRT(A8)", "#N/A"),
    ])
    func powersAndRoots(_ c: Case) {
        #expect(evaluate(c.source) == c.expected)
    }
}
