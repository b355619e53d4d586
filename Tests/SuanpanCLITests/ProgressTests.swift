import Foundation
import Testing

/// The progress line of a long load (SPEC §6): shown on a terminal once a step has run for a
/// second, erased before the results, and never in redirected output.
@Suite(.serialized) final class ProgressTests {
    /// A ledger large enough that a debug build reads it for well over a second: 1.5 million
    /// rows whose 决算数 sum to 1,500,000 × 1.25. Made for each test, removed after it.
    let ledger = NSTemporaryDirectory() + "suanpan-progress-\(UUID().uuidString).csv"

    init() throws {
        let block = Data(String(repeating: "部门甲,1,1.25\n", count: 10_000).utf8)
        FileManager.default.createFile(atPath: ledger, contents: Data("部门,季度,决算数\n".utf8))
        let file = try #require(FileHandle(forWritingAtPath: ledger))
        defer { try? file.close() }
        try file.seekToEnd()
        for _ in 0..<150 { try file.write(contentsOf: block) }
    }

    deinit { try? FileManager.default.removeItem(atPath: ledger) }

    var statements: String { "open '\(ledger)'; SUM(决算数)" }

    @Test func aTerminalSeesTheRowsReadThenTheResult() throws {
        let folder = try temporaryDirectory()
        let terminal = try PseudoTerminal(["-c", statements], historyFile: folder + "/history")
        terminal.expect("reading suanpan-progress-")
        terminal.expect("1875000")
        #expect(terminal.waitForExit() == 0)
        // The line was erased (carriage return, erase to the end) before the first thing
        // printed after it, the note on the file read; nothing redraws it after the result.
        let raw = terminal.rawOutput
        let note = try #require(raw.range(of: "note: "))
        #expect(raw[..<note.lowerBound].hasSuffix("\r\u{1B}[K"))
        #expect(!raw[note.lowerBound...].contains("reading"))
    }

    @Test func redirectedOutputNeverHoldsProgress() throws {
        let result = try runSuanpan(["-c", statements])
        #expect(result.status == 0)
        #expect(result.standardOutput == "1875000\n")
        #expect(!result.standardError.contains("reading"))
        #expect(!result.standardError.contains("\r"))
    }
}
