import Foundation
import Testing

/// Tables at a real terminal (SPEC §6): they fit the window's width, follow a resize, and
/// take colour only when allowed; redirected output gets every column and no escape codes.
@Suite(.serialized) struct TerminalDisplayTests {
    static let prompt = "算盘> "

    /// A wide sheet: six columns, 66 terminal columns with the headings.
    static func ledger() throws -> (folder: String, csv: String) {
        let folder = try temporaryDirectory()
        let csv = folder + "/台账.csv"
        try "部门,季度,类别,户数(户),预算数(万元),决算数(万元)\n宣传部,2,项目支出,25,45.00,47.25\n计生服务中心,1,项目支出,72,3.60,-3.6\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        return (folder, csv)
    }

    @Test func aTableFitsTheWindowAndFollowsAResize() throws {
        let (folder, csv) = try Self.ledger()
        let terminal = try PseudoTerminal([csv], historyFile: folder + "/history", columns: 50)
        terminal.expect(Self.prompt)
        terminal.type("show\r")
        terminal.expect("部门          季度  …  预算数(万元)  决算数(万元)\n")
        terminal.expect("(hidden to fit 50 columns: 类别, 户数; set width none shows all)\n")
        terminal.expect(Self.prompt)
        terminal.resize(columns: 100)
        terminal.type("show\r")
        terminal.expect("部门          季度  类别      户数(户)  预算数(万元)  决算数(万元)\n")
        terminal.expect("(2 rows)\n" + Self.prompt)
        terminal.type("quit\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func headingsAreBoldAndNegativeFiguresRedWithoutNoColor() throws {
        let (folder, csv) = try Self.ledger()
        let terminal = try PseudoTerminal([csv, "-c", "show"], historyFile: folder + "/history", allowsColor: true)
        // Without its escape codes the table lines up as it does without colour.
        terminal.expect("计生服务中心     1  项目支出        72           3.6          -3.6\n(2 rows)")
        #expect(terminal.waitForExit() == 0)
        #expect(terminal.rawOutput.contains("\u{1B}[1m部门\u{1B}[0m"))
        #expect(terminal.rawOutput.contains("\u{1B}[31m-3.6\u{1B}[0m"))
    }

    @Test func noColorKeepsEscapeCodesOut() throws {
        let (folder, csv) = try Self.ledger()
        let terminal = try PseudoTerminal([csv, "-c", "show"], historyFile: folder + "/history")
        terminal.expect("(2 rows)")
        #expect(terminal.waitForExit() == 0)
        #expect(!terminal.rawOutput.contains("\u{1B}["))
    }

    @Test func redirectedOutputGetsEveryColumnAndNoColour() throws {
        let (_, csv) = try Self.ledger()
        let result = try runSuanpan([csv, "-c", "show"], environment: ["COLUMNS": "30"])
        #expect(result.standardOutput.hasPrefix("部门          季度  类别      户数(户)  预算数(万元)  决算数(万元)\n"))
        #expect(!result.standardOutput.contains("\u{1B}"))
    }
}
