import Testing
@testable import SuanpanCore

/// SUM, AVERAGE, MIN, MAX, the counts and SUMPRODUCT, typed and through references.
@Suite struct AggregateTests {
    typealias Case = FormulaCase

    /// A sheet with every kind of cell, rows 2 and below: A mixes kinds (A5 is blank), B holds
    /// money in two units and text, C a count unit and errors, D a number column with a blank.
    static let sheet = """
        A2 = 5; A3 = "x"; A4 = TRUE; A6 = "3"; A7 = 2.5; \
        B2 = 1万元; B3 = 5000元; B5 = "n"; C2 = 3户; C3 = 1/0; C4 = #N/A; \
        D2 = 1; D3 = 2; D5 = 4; E2 = "";
        """

    @Test(arguments: [
        Case("SUM(1, 2, 3)", "6"),
        Case("SUM(0.1, 0.2, -0.3)", "0"),
        Case("SUM(TRUE, \"3\", 1)", "5"),
        Case("SUM(\"a\", 1)", "#VALUE!"),
        Case("SUM(1, )", "1"),
        Case("SUM({1, \"a\", TRUE, 3})", "4"),
        Case("SUM(1万元, 5000元)", "1.5 万元"),
        Case("SUM(5000元, 1万元)", "15000 元"),
        Case("SUM(3, 72户)", "75 户"),
        Case("SUM(1万元, 3户)", "#UNIT!"),
        Case("SUM(1, 1/0, #N/A)", "#DIV/0!"),
        Case("\(sheet) SUM(A2:A7)", "7.5"),
        Case("\(sheet) SUM(A3)", "0"),
        Case("\(sheet) SUM(B2:B5)", "1.5 万元"),
        Case("\(sheet) SUM(B2:C2)", "#UNIT!"),
        Case("\(sheet) SUM(C2:C4)", "#DIV/0!"),
        Case("\(sheet) SUM(D2:D5, 10)", "17"),
    ])
    func sum(_ c: Case) {
        #expect(evaluate(c.source) == c.expected)
    }

    @Test(arguments: [
        Case("AVERAGE(1, 2, 3, 4)", "2.5"),
        Case("AVERAGE(10, 20, 25)", "18.3333333333333"),
        Case("AVERAGE(2, 3, TRUE)", "2"),
        Case("AVERAGE(\"4\", 2)", "3"),
        Case("AVERAGE(1, )", "0.5"),
        Case("AVERAGE({\"a\", \"b\"})", "#DIV/0!"),
        Case("AVERAGE(1万元, 2万元)", "1.5 万元"),
        Case("AVERAGE(1万元, 2户)", "#UNIT!"),
        Case("\(sheet) AVERAGE(A2:A7)", "3.75"),
        Case("\(sheet) AVERAGE(B2:B5)", "0.75 万元"),
        Case("\(sheet) AVERAGE(A3:A5)", "#DIV/0!"),
        Case("\(sheet) AVERAGE(C2:C4)", "#DIV/0!"),
        Case("\(sheet) AVERAGE(A2, C4)", "#N/A"),
        Case("\(sheet) AVERAGE(D2:D5)", "2.33333333333333"),
    ])
    func average(_ c: Case) {
        #expect(evaluate(c.source) == c.expected)
    }

    @Test(arguments: [
        Case("MIN(3, 1, 2)", "1"),
        Case("MAX(3, 1, 2)", "3"),
        Case("MIN({\"a\"})", "0"),
        Case("MAX({\"a\", \"b\"})", "0"),
        Case("MIN(\"5\", 7)", "5"),
        Case("MAX(TRUE, 0)", "1"),
        Case("MIN(5, )", "0"),
        Case("MAX(1, 1/0)", "#DIV/0!"),
        Case("MAX(2万元, 15000元)", "2 万元"),
        Case("MIN(2万元, 15000元)", "1.5 万元"),
        Case("MAX(10, 5元, 3万元)", "30000 元"),
        Case("MAX(10, 5元, 2户)", "#UNIT!"),
        Case("\(sheet) MIN(A2:A7)", "2.5"),
        Case("\(sheet) MAX(A3:A6)", "0"),
        Case("\(sheet) MIN(B2:B5)", "0.5 万元"),
        Case("\(sheet) MAX(C2:C4)", "#DIV/0!"),
        Case("\(sheet) MAX(D2:D5)", "4"),
        Case("\(sheet) MIN(D2:D5)", "1"),
    ])
    func minAndMax(_ c: Case) {
        #expect(evaluate(c.source) == c.expected)
    }

    @Test(arguments: [
        Case("COUNT(1, 2, \"a\", TRUE)", "3"),
        Case("COUNT(\"1\", 1/0)", "1"),
        Case("COUNT({1, 2, \"a\", TRUE})", "2"),
        Case("COUNT(1, )", "2"),
        Case("COUNT(3户, 1万元)", "2"),
        Case("COUNTA(1, \"a\", \"\", TRUE)", "4"),
        Case("COUNTA(1/0, 1)", "2"),
        Case("COUNTBLANK({1, \"\"})", "1"),
        Case("\(sheet) COUNT(A2:A7)", "2"),
        Case("\(sheet) COUNT(C2:C4)", "1"),
        Case("\(sheet) COUNT(D2:D5)", "3"),
        Case("\(sheet) COUNTA(A2:A7)", "5"),
        Case("\(sheet) COUNTA(C2:C4, A5)", "3"),
        Case("\(sheet) COUNTA(E2)", "1"),
        Case("\(sheet) COUNTBLANK(A2:A7)", "1"),
        Case("\(sheet) COUNTBLANK(E2:E3)", "2"),
        Case("\(sheet) COUNTBLANK(D2:D5)", "1"),
        Case("\(sheet) COUNTBLANK(C2:C4)", "0"),
    ])
    func counts(_ c: Case) {
        #expect(evaluate(c.source) == c.expected)
    }

    @Test(arguments: [
        Case("SUMPRODUCT({1, 2, 3}, {4, 5, 6})", "32"),
        Case("SUMPRODUCT({1, 2, 3})", "6"),
        Case("SUMPRODUCT({1, 2}, {1, 2, 3})", "#VALUE!"),
        Case("SUMPRODUCT({1, \"a\", 3}, {1, 1, 1})", "4"),
        Case("SUMPRODUCT({TRUE, FALSE, TRUE}, {1, 2, 3})", "0"),
        Case("SUMPRODUCT({1, 2}, {1, #N/A})", "#N/A"),
        Case("SUMPRODUCT(2, 3)", "6"),
        Case("SUMPRODUCT({500, 600}, {2, 3})", "2800"),
        Case("\(sheet) SUMPRODUCT(B2:B3, D2:D3)", "2 万元"),
        Case("\(sheet) SUMPRODUCT(C2, B2)", "30000 元*户"),
        Case("\(sheet) SUMPRODUCT(A2:A5, D2:D5)", "5"),
        Case("\(sheet) SUMPRODUCT(D2:D5, D2:D5)", "21"),
        Case("\(sheet) SUMPRODUCT(C2:C3, D2:D3)", "#DIV/0!"),
        Case("\(sheet) SUMPRODUCT(B2:B3, C2:C3)", "#DIV/0!"),
    ])
    func sumProduct(_ c: Case) {
        #expect(evaluate(c.source) == c.expected)
    }

    /// Number-column storage takes the fast paths: they must agree with the general ones,
    /// blanks and units included.
    @Test func numberColumnsAreReadFromTheirStorage() {
        let amounts = Column(name: "决算数", unit: unit("万元"),
                             values: ["15万元", "blank", "-2万元", "7万元"].map { value($0) })
        let grid = ColumnGrid(column: amounts)
        #expect(grid.numberColumn != nil)
        let cases: [(String, [Argument], String)] = [
            ("SUM", [.grid(grid), .value(value("5000元"))], "20.5 万元"),
            ("AVERAGE", [.grid(grid)], "6.66666666666667 万元"),
            ("MIN", [.grid(grid)], "-2 万元"),
            ("MAX", [.grid(grid)], "15 万元"),
            ("COUNT", [.grid(grid)], "3"),
            ("COUNTA", [.grid(grid)], "3"),
            ("COUNTBLANK", [.grid(grid)], "1"),
            ("SUMPRODUCT", [.grid(grid), .grid(grid)], "27800000000 元^2"),
        ]
        for (name, arguments, expected) in cases {
            #expect(callFunction(name, arguments).generalDescription == expected, "\(name)")
        }
    }
}
