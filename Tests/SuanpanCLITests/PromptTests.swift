import Foundation
import Testing

/// The prompt in a real pseudo-terminal (SPEC §7): completion, continuation lines, history
/// across sessions, Ctrl-C, Ctrl-D and the question about unsaved changes.
@Suite(.serialized) struct PromptTests {
    static let prompt = "算盘> "
    static let continuation = " ...> "

    /// A folder with a small ledger, `ledger.csv`, and a history file beside it.
    struct Folder {
        let path: String
        var ledger: String { path + "/ledger.csv" }
        var history: String { path + "/history" }

        init() throws {
            path = try temporaryDirectory()
            try "项目,预算数,决算数\n基本支出,64.63,64.63\n项目支出,14,12.19\n"
                .write(toFile: ledger, atomically: true, encoding: .utf8)
        }
    }

    @Test func tabCompletesAChineseColumn() throws {
        let folder = try Folder()
        let terminal = try PseudoTerminal([folder.ledger], historyFile: folder.history)
        terminal.expect(Self.prompt)
        terminal.type("SUM(决\t")
        terminal.expect("SUM(决算数")
        terminal.type(")\r")
        terminal.expect(")\n76.82\n" + Self.prompt)
    }

    @Test func tabListsAndCompletesASheetsColumnsAfterItsName() throws {
        let folder = try Folder()
        let terminal = try PseudoTerminal([folder.ledger], historyFile: folder.history)
        terminal.expect(Self.prompt)
        // The sheet of a .csv is named after the file.
        terminal.type("ledger.预\t\r")
        terminal.expect("ledger.预算数\n64.63\n14\n" + Self.prompt)
    }

    @Test func tabCompletesAFilePathAfterOpen() throws {
        let folder = try Folder()
        let terminal = try PseudoTerminal([], historyFile: folder.history)
        terminal.expect(Self.prompt)
        terminal.type("open \(folder.path)/led\t")
        terminal.expect("/ledger.csv ")
        terminal.type("\r")
        terminal.type("SUM(决算数)\r")
        terminal.expect("SUM(决算数)\n76.82\n" + Self.prompt)
    }

    @Test func aStatementContinuesWhileABracketIsOpen() throws {
        let folder = try Folder()
        let terminal = try PseudoTerminal([], historyFile: folder.history)
        terminal.expect(Self.prompt)
        terminal.type("SUM(1,\r")
        terminal.expect(Self.continuation)
        terminal.type("2)\r")
        terminal.expect("2)\n3\n" + Self.prompt)
    }

    @Test func errorsNameThePromptAndTheLineOfTheStatement() throws {
        let folder = try Folder()
        let terminal = try PseudoTerminal([], historyFile: folder.history)
        terminal.expect(Self.prompt)
        terminal.type("SUM(1,\r2, 没有)\r")
        terminal.expect("<prompt>:2:4: error: unknown name '没有'\n    2 | 2, 没有)\n      |    ^~~~\n" + Self.prompt)
    }

    @Test func historyComesBackInTheNextSessionAsOneEntry() throws {
        let folder = try Folder()
        let first = try PseudoTerminal([], historyFile: folder.history)
        first.expect(Self.prompt)
        first.type("SUM(40,\r2)\r")
        first.expect("42\n" + Self.prompt)
        first.type("\u{4}")
        #expect(first.waitForExit() == 0)

        let second = try PseudoTerminal([], historyFile: folder.history)
        second.expect(Self.prompt)
        second.type("\u{1B}[A")
        second.expect("2)")
        second.type("\r")
        second.expect("42\n" + Self.prompt)
        second.type("\u{4}")
        #expect(second.waitForExit() == 0)
    }

    @Test func aResizeRedrawsTheLineBeingTypedAtOnce() throws {
        let folder = try Folder()
        let terminal = try PseudoTerminal([], historyFile: folder.history)
        terminal.expect(Self.prompt)
        terminal.type("SUM(1, 2, 3) + 1")
        terminal.expect("SUM(1, 2, 3) + 1")
        // No key after the resize: the prompt and the line come back from the resize alone.
        terminal.resize(columns: 60)
        terminal.expect(Self.prompt + "SUM(1, 2, 3) + 1")
        terminal.type("\r")
        terminal.expect("7\n" + Self.prompt)
    }

    @Test func ctrlCAbandonsAHalfTypedLine() throws {
        let folder = try Folder()
        let terminal = try PseudoTerminal([], historyFile: folder.history)
        terminal.expect(Self.prompt)
        terminal.type("1+")
        terminal.expect("1+")
        terminal.type("\u{3}")
        terminal.expect("^C\n" + Self.prompt)
        terminal.type("2*3\r")
        // 6, not 1+2*3.
        terminal.expect("2*3\n6\n" + Self.prompt)
    }

    @Test func ctrlCAbandonsAContinuedStatement() throws {
        let folder = try Folder()
        let terminal = try PseudoTerminal([], historyFile: folder.history)
        terminal.expect(Self.prompt)
        terminal.type("SUM(1,\r")
        terminal.expect(Self.continuation)
        terminal.type("\u{3}")
        terminal.expect("^C\n" + Self.prompt)
        terminal.type("5\r")
        terminal.expect("5\n5\n" + Self.prompt)
    }

    @Test func ctrlDAsksBeforeLosingChangesAndNoStays() throws {
        let folder = try Folder()
        let terminal = try PseudoTerminal([], historyFile: folder.history)
        terminal.expect(Self.prompt)
        terminal.type("A1 = 1\r")
        terminal.expect(Self.prompt)
        terminal.type("\u{4}")
        terminal.expect("unsaved changes in untitled. Leave without saving? [y/N] ")
        terminal.type("n\r")
        terminal.expect(Self.prompt)
        terminal.type("A1 + 1\r")
        terminal.expect("A1 + 1\n2\n" + Self.prompt)
        terminal.type("\u{4}")
        terminal.expect("Leave without saving? [y/N] ")
        terminal.type("y\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func ctrlDAtTheQuestionLeaves() throws {
        let folder = try Folder()
        let terminal = try PseudoTerminal([], historyFile: folder.history)
        terminal.expect(Self.prompt)
        terminal.type("A1 = 1\r")
        terminal.expect(Self.prompt)
        terminal.type("\u{4}")
        terminal.expect("Leave without saving? [y/N] ")
        terminal.type("\u{4}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test
    func quitAsksBeforeLosingChanges() throws {
        let folder = try Folder()
        let terminal = try PseudoTerminal([], historyFile: folder.history)
        terminal.expect(Self.prompt)
        terminal.type("A1 = 1\r")
        terminal.expect(Self.prompt)
        terminal.type("quit\r")
        terminal.expect("unsaved changes in untitled. Leave without saving? [y/N] ")
        terminal.type("n\r")
        terminal.expect(Self.prompt)
        // The statements after a withdrawn quit run.
        terminal.type("A1 + 1\r")
        terminal.expect("A1 + 1\n2\n" + Self.prompt)
        terminal.type("quit\r")
        terminal.expect("Leave without saving? [y/N] ")
        terminal.type("y\r")
        #expect(terminal.waitForExit() == 0)
    }

    /// A column formula that reads the whole column for every row: 20,000 rows take minutes
    /// in a debug build, unless Ctrl-C stops it.
    @Test
    func ctrlCStopsALongComputationAndKeepsTheWorkbook() throws {
        let folder = try Folder()
        var rows = "项目,预算数,决算数\n"
        for row in 0..<20_000 { rows += "p\(row),\(row % 1000 + 1).25,\(row % 777).5\n" }
        let ledger = folder.path + "/big.csv"
        try rows.write(toFile: ledger, atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal([ledger], historyFile: folder.history)
        terminal.expect(Self.prompt)
        terminal.type("累计 = SUMIF(项目, \"<>\" & 项目, 决算数)\r")
        terminal.expect("决算数)\n")
        Thread.sleep(forTimeInterval: 1)
        terminal.type("\u{3}")
        terminal.expect("error: interrupted; the workbook is as it was before this statement\n")
        terminal.expect(Self.prompt)
        // The column was not added: the workbook is as it was.
        terminal.type("COUNT(累计)\r")
        terminal.expect("unknown name '累计'")
        terminal.type("SUM(决算数)\r")
        terminal.expect("7711925\n" + Self.prompt)
    }

    /// Issue 4's round at the prompt, on a copy of the sample ledger: explore, a computed
    /// column, a summary by department, a check, a mistake undone, an export, a save.
    @Test func theAnalystsRoundAtThePrompt() throws {
        let folder = try Folder()
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let ledger = folder.path + "/ledger-sample"
        try FileManager.default.copyItem(atPath: repository + "/workbooks/ledger-sample", toPath: ledger)
        let terminal = try PseudoTerminal([ledger], historyFile: folder.history)
        terminal.expect(Self.prompt)
        terminal.type("show 台账 where 决算数 > 50 order by 决算数 desc limit 2\r")
        terminal.expect("(2 of 9 rows)\n" + Self.prompt)
        terminal.type("台账.结余 = 预算数 - 决算数\r")
        terminal.expect(Self.prompt)
        terminal.type("summarize 台账 where 年度 = 2022 by 部门 into 部门汇总 with 预算 = SUM(预算数),\r")
        terminal.expect(Self.continuation)
        terminal.type("决算 = SUM(决算数), 执行率 = RATE(决算, 预算)\r")
        terminal.expect(Self.prompt)
        terminal.type("SUM(部门汇总.决算)\r")
        terminal.expect("3333.74 万元\n" + Self.prompt)
        terminal.type("check SUM(部门汇总.决算) = SUMIFS(台账.决算数, 台账.年度, 2022) \"合计不符\"\r")
        terminal.expect(Self.prompt)
        terminal.type("台账!H542 = 0\r")
        terminal.type("SUM(部门汇总.决算)\r")
        terminal.expect("3278.16 万元\n" + Self.prompt)
        terminal.type("undo\r")
        terminal.expect("undid: 台账!H542 = 0\n" + Self.prompt)
        terminal.type("SUM(部门汇总.决算)\r")
        terminal.expect("3333.74 万元\n" + Self.prompt)
        terminal.type("export 部门汇总 to \(folder.path)/部门汇总.csv bom\r")
        terminal.expect(Self.prompt)
        terminal.type("save\r")
        terminal.expect(Self.prompt)
        terminal.type("quit\r")
        #expect(terminal.waitForExit() == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/部门汇总.csv"))
        let saved = try String(contentsOfFile: ledger + "/workbook.toml", encoding: .utf8)
        #expect(saved.contains("summarize 台账 where 年度=2022 by 部门 into 部门汇总"))
    }
}
