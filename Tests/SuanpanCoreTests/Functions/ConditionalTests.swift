import Testing
@testable import SuanpanCore

/// SUMIF, COUNTIF, AVERAGEIF, their *IFS forms, MAXIFS and MINIFS.
@Suite struct ConditionalTests {
    typealias Case = FormulaCase

    /// Rows 2–6: A a district (A5 blank), B an amount in 万元 and 元 (B6 text), C households
    /// (C3 an error), D a plain number column (D5 blank).
    static let sheet = """
        A2 = "珠晖区"; A3 = "雁峰区"; A4 = "珠晖区"; A6 = "石鼓区"; \
        B2 = 10万元; B3 = 5万元; B4 = 20000元; B5 = 3万元; B6 = "n/a"; \
        C2 = 3户; C3 = #N/A; C4 = 2户; C5 = 1户; C6 = 4户; \
        D2 = 1; D3 = 2; D4 = 3; D6 = 5;
        """

    @Test(arguments: [
        Case("SUMIF({1, 2, 3, 4}, \">2\")", "7"),
        Case("SUMIF({\"a\", \"b\", \"a\"}, \"a\", {1, 2, 3})", "4"),
        Case("SUMIF({\"1\", 1, \"x\"}, 1, {1, 2, 4})", "3"),
        Case("SUMIF({1, 2}, \">0\", {1万元, 2户})", "#UNIT!"),
        Case("\(sheet) SUMIF(A2:A6, \"珠晖区\", B2:B6)", "12 万元"),
        Case("\(sheet) SUMIF(A2:A6, \"<>珠晖区\", B2:B6)", "8 万元"),
        Case("\(sheet) SUMIF(A2:A6, \"雁*\", C2:C6)", "#N/A"),
        Case("\(sheet) SUMIF(A2:A6, \"珠晖区\", C2:C6)", "5 户"),
        Case("\(sheet) SUMIF(D2:D6, \">1\")", "10"),
        Case("\(sheet) SUMIF(D2:D6, \">=2\", B2:B6)", "7 万元"),
        Case("\(sheet) SUMIF(B2:B6, \">=3万元\")", "18 万元"),
        Case("\(sheet) SUMIF(B2:B6, \">4\")", "17 万元"),
        Case("\(sheet) SUMIF(A2:A6, \"\", B2:B6)", "3 万元"),
        Case("\(sheet) SUMIF(A2:A6, \"=\", D2:D6)", "0"),
        Case("\(sheet) SUMIF(A2:A6, A2, B2:B6)", "12 万元"),
        Case("\(sheet) SUMIF(A2:A6, A2:A3, B2:B6)", "#VALUE!"),
        Case("\(sheet) SUMIF(A2:A6, \"珠晖区\", B2:C6)", "12 万元"),
        Case("\(sheet) SUMIFS(B2:B6, A2:A6, \"珠晖区\", D2:D6, \">1\")", "20000 元"),
        Case("\(sheet) SUMIFS(B2:B6, A2:A6, \"珠晖区\", D2:D5, \">1\")", "#VALUE!"),
        Case("\(sheet) SUMIFS(C2:C6, D2:D6, \"<>2\")", "10 户"),
        Case("\(sheet) SUMIFS(C2:C6, D2:D6, 2)", "#N/A"),
    ])
    func sums(_ c: Case) {
        #expect(evaluate(c.source) == c.expected)
    }

    @Test(arguments: [
        Case("COUNTIF({1, 2, 2, 3}, 2)", "2"),
        Case("COUNTIF({\"apple\", \"Banana\", \"berry\"}, \"b*\")", "2"),
        Case("COUNTIF({TRUE, FALSE, 1}, \"TRUE\")", "1"),
        Case("COUNTIFS({1, 2, 3}, \">1\", {\"a\", \"b\", \"b\"}, \"b\")", "2"),
        Case("\(sheet) COUNTIF(A2:A6, \"珠晖区\")", "2"),
        Case("\(sheet) COUNTIF(A2:A6, \"*区\")", "4"),
        Case("\(sheet) COUNTIF(A2:A6, \"\")", "1"),
        Case("\(sheet) COUNTIF(A2:A6, \"<>\")", "4"),
        Case("\(sheet) COUNTIF(C2:C6, \"#N/A\")", "1"),
        Case("\(sheet) COUNTIF(C2:C6, \">1\")", "3"),
        Case("\(sheet) COUNTIF(D2:D6, \"<>3\")", "4"),
        Case("\(sheet) COUNTIF(B2:B6, 5万元)", "1"),
        Case("\(sheet) COUNTIFS(A2:A6, \"珠晖区\", D2:D6, \">1\")", "1"),
        Case("\(sheet) COUNTIFS(A2:A6, \"珠晖区\", D2:D6)", "#VALUE!"),
        Case("\(sheet) COUNTIFS(A2:A6, \"珠晖区\", D2:D4, \">1\")", "#VALUE!"),
    ])
    func counts(_ c: Case) {
        #expect(evaluate(c.source) == c.expected)
    }

    @Test(arguments: [
        Case("AVERAGEIF({1, 2}, \">5\")", "#DIV/0!"),
        Case("AVERAGEIFS({10, 20, 30}, {1, 2, 3}, \">1\")", "25"),
        Case("\(sheet) AVERAGEIF(A2:A6, \"珠晖区\", B2:B6)", "6 万元"),
        Case("\(sheet) AVERAGEIF(A2:A6, \"xx\", B2:B6)", "#DIV/0!"),
        Case("\(sheet) AVERAGEIF(D2:D6, \">1\")", "3.33333333333333"),
        Case("\(sheet) AVERAGEIF(A2:A6, \"石鼓区\", B2:B6)", "#DIV/0!"),
        Case("\(sheet) AVERAGEIF(A2:A6, \"雁峰区\", C2:C6)", "#N/A"),
        Case("\(sheet) AVERAGEIFS(C2:C6, A2:A6, \"珠晖区\")", "2.5 户"),
        Case("\(sheet) AVERAGEIFS(B2:B6, D2:D6, \">=1\", A2:A6, \"<>雁峰区\")", "6 万元"),
    ])
    func averages(_ c: Case) {
        #expect(evaluate(c.source) == c.expected)
    }

    @Test(arguments: [
        Case("MAXIFS({10, 20}, {1, 2}, \">5\")", "0"),
        Case("MINIFS({10, 20, 30}, {\"a\", \"b\", \"a\"}, \"a\")", "10"),
        Case("\(sheet) MAXIFS(B2:B6, A2:A6, \"珠晖区\")", "10 万元"),
        Case("\(sheet) MINIFS(B2:B6, A2:A6, \"珠晖区\")", "2 万元"),
        Case("\(sheet) MAXIFS(B2:B6, A2:A6, \"无\")", "0"),
        Case("\(sheet) MINIFS(C2:C6, D2:D6, \">=1\")", "#N/A"),
        Case("\(sheet) MINIFS(C2:C6, D2:D6, \">=3\")", "2 户"),
        Case("\(sheet) MAXIFS(D2:D6, A2:A6, \"<>珠晖区\")", "5"),
        Case("\(sheet) MAXIFS(C2:C6, B2:B6, \">4万元\")", "#N/A"),
        Case("\(sheet) MAXIFS(C2:C6, B2:B6, \"n/a\")", "4 户"),
    ])
    func extremes(_ c: Case) {
        #expect(evaluate(c.source) == c.expected)
    }

    /// Number criteria against number-column storage take the fast path; it must agree with
    /// cell-by-cell matching, blanks, units and operands with more decimals included.
    @Test func numberColumnsAreMatchedFromTheirStorage() {
        let amounts = Column(name: "决算数", unit: unit("万元"),
                             values: ["15万元", "blank", "-2万元", "7万元"].map { value($0) })
        let column = Argument.grid(ColumnGrid(column: amounts))
        let cases: [(String, [Argument], String)] = [
            ("SUMIF", [column, .value(.text(">0"))], "22 万元"),
            ("SUMIF", [column, .value(.text("<>7"))], "13 万元"),
            ("SUMIF", [column, .value(.text(">7.5"))], "15 万元"),
            ("COUNTIF", [column, .value(.text("<>7"))], "3"),
            ("COUNTIF", [column, .value(value("150000元"))], "1"),
            ("COUNTIF", [column, .value(.text(">=1户"))], "0"),
            ("COUNTIF", [column, .value(.text("<>1户"))], "4"),
            ("COUNTIF", [column, .value(.text("="))], "1"),
            ("AVERAGEIF", [column, .value(.text(">=-2"))], "6.66666666666667 万元"),
            ("MAXIFS", [column, column, .value(.text("<10"))], "7 万元"),
            ("MINIFS", [column, column, .value(.text("<>-2"))], "7 万元"),
        ]
        for (name, arguments, expected) in cases {
            #expect(callFunction(name, arguments).generalDescription == expected, "\(name)")
        }
    }
}
