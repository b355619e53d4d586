import Foundation
import Testing

/// `suanpan -c` end to end: what is printed, on which stream, and the exit status.
@Suite struct CommandLineTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let statements: String
        let output: String
        var testDescription: String { statements }
    }

    /// The figures of the numeric core's acceptance list (issue 2) and SPEC §3.
    @Test(arguments: [
        Case(statements: "0.1+0.2=0.3", output: "TRUE"),
        Case(statements: "64.63+14", output: "78.63"),
        Case(statements: "132.01/72.19", output: "1.82864662695664"),
        Case(statements: "3.6万元/72户", output: "500 元/户"),
        Case(statements: "9.95万元 / 55人次", output: "1809.09090909091 元/人次"),
        Case(statements: "1万元 + 5000元", output: "1.5 万元"),
        Case(statements: "1万元+3户", output: "#UNIT!"),
        Case(statements: "3.6万", output: "36000"),
        Case(statements: "182.86%", output: "1.8286"),
        Case(statements: "100000000.01-100000000", output: "0.01"),
        Case(statements: "A1 = B1+1\nB1 = A1+1\nA1", output: "#CIRC!"),
        Case(statements: "A1 = 72.19; A2 = 132.01; A2/A1", output: "1.82864662695664"),
        Case(statements: "\"珠晖区\" & \"计生协\"", output: "珠晖区计生协"),
        Case(statements: "1/0", output: "#DIV/0!"),
    ])
    func printsTheValue(_ example: Case) throws {
        let result = try runSuanpan(["-c", example.statements])
        #expect(result.standardOutput == example.output + "\n")
        #expect(result.standardError == "")
        #expect(result.status == 0)
    }

    @Test func assignmentsPrintNothing() throws {
        let result = try runSuanpan(["-c", "A2 = 5; 序时进度 = 75%; A3 = A2 * 2"])
        #expect(result.standardOutput == "")
        #expect(result.status == 0)
    }

    @Test func aFailingStatementStopsTheRunWithStatusOne() throws {
        let result = try runSuanpan(["-c", "1+1; 2*(3; 4+4"])
        #expect(result.standardOutput == "2\n")
        #expect(result.standardError == """
            <command>:1:10: error: expected ')' to close '('
                1 | 1+1; 2*(3; 4+4
                  |          ^
            <command>:1:8: note: '(' opened here
                1 | 1+1; 2*(3; 4+4
                  |        ^
            
            """)
        #expect(result.status == 1)
    }

    @Test func errorsPointAtTheLineAndColumnWithACaretUnderChineseText() throws {
        let result = try runSuanpan(["-c", "A2 = 1\n合计 = 决算数 + 1"])
        #expect(result.standardError == """
            <command>:2:6: error: unknown name '决算数'
                2 | 合计 = 决算数 + 1
                  |        ^~~~~~
            
            """)
        #expect(result.status == 1)
    }

    @Test func aFormulaTenThousandParenthesesDeepIsAnError() throws {
        let deep = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        let result = try runSuanpan(["-c", deep])
        #expect(result.standardError.contains("error: formula is nested too deeply (more than 1000 levels)"))
        #expect(result.status == 1)
    }

    @Test func fiveThousandNestedCallsAreAnError() throws {
        let deep = String(repeating: "ABS(", count: 5_000) + "1" + String(repeating: ")", count: 5_000)
        let result = try runSuanpan(["-c", deep])
        #expect(result.standardError.contains("error: formula is nested too deeply (more than 1000 levels)"))
        #expect(result.status == 1)
    }

    /// Just inside the limit, formulas evaluate in any build: calls, a column formula, signs.
    @Test(arguments: [
        String(repeating: "ABS(", count: 998) + "-1" + String(repeating: ")", count: 998),
        "A1 = \"A\"; A2 = -1; y = " + String(repeating: "ABS(", count: 998) + "A" + String(repeating: ")", count: 998) + "; y",
        " " + String(repeating: "-", count: 998) + "1",
        String(repeating: "1+", count: 998) + "1",
    ])
    func formulasNineHundredNinetyEightDeepEvaluate(_ statements: String) throws {
        let result = try runSuanpan(["-c", statements])
        #expect(result.status == 0)
        #expect(result.standardError == "")
        #expect(["1", "999"].contains(result.standardOutput.trimmingCharacters(in: .newlines)))
    }

    @Test func statementsMayStartWithAMinusSign() throws {
        let result = try runSuanpan(["-c", "-5+3"])
        #expect(result.standardOutput == "-2\n")
    }

    @Test func badUsageExitsWithStatusTwo() throws {
        let result = try runSuanpan(["--no-such-flag"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--no-such-flag"))
    }

    @Test func versionAndHelp() throws {
        #expect(try runSuanpan(["--version"]).standardOutput == "0.1.0\n")
        let help = try runSuanpan(["--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("-c <STATEMENTS>"))
    }
}
