import Foundation
import Testing

/// Statements on standard input when it is not a terminal: no banner, no prompt; an error is
/// reported with its `<stdin>` line and the rest runs (SPEC §1).
struct PipedInputTests {
    @Test func runsEachStatementWithNoBannerOrPrompt() throws {
        let result = try runSuanpan([], input: "1+1\nA1 = 3.6万元; A2 = 72户\nA1 / A2\n")
        #expect(result.standardOutput == "2\n500 元/户\n")
        #expect(result.standardError == "")
        #expect(result.status == 0)
    }

    @Test func reportsAnErrorAtItsLineAndGoesOnThenExitsOne() throws {
        let result = try runSuanpan([], input: "1+1\nSUM(1,\n2)\n1/\n5*5\n")
        #expect(result.standardOutput == "2\n3\n25\n")
        #expect(result.standardError == """
            <stdin>:4:3: error: expected an expression after '/'
                4 | 1/
                  |   ^
            
            """)
        #expect(result.status == 1)
    }

    @Test func anErrorInAContinuedStatementNamesItsOwnLine() throws {
        let result = try runSuanpan([], input: "A1 = 1\nSUM(1,\n2,\n没有)\nA1\n")
        #expect(result.standardOutput == "1\n")
        #expect(result.standardError.hasPrefix("<stdin>:4:1: error: unknown name '没有'\n"))
        #expect(result.status == 1)
    }

    @Test func anUnfinishedStatementAtTheEndIsReported() throws {
        let result = try runSuanpan([], input: "2*3\n\"珠晖区\n")
        #expect(result.standardOutput == "6\n")
        #expect(result.standardError.hasPrefix("<stdin>:2:1: error: unterminated string\n"))
        #expect(result.status == 1)
    }

    @Test func opensTheWorkbookNamedOnTheCommandLine() throws {
        let folder = try temporaryDirectory()
        try "项目,决算数\n基本支出,64.63\n项目支出,12.19\n".write(toFile: folder + "/ledger.csv", atomically: true, encoding: .utf8)
        let result = try runSuanpan([folder + "/ledger.csv"], input: "SUM(决算数)\n")
        #expect(result.standardOutput == "76.82\n")
        #expect(result.status == 0)
    }

    /// A program feeding suanpan may wait for each answer before writing the next line.
    @Test func answersEachStatementBeforeTheInputEnds() throws {
        let process = Process()
        process.executableURL = suanpanExecutable
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        defer { process.terminate() }
        input.fileHandleForWriting.write(Data("6*7\n".utf8))
        // Blocks until the answer comes; it would never come if all input were read first.
        let answer = output.fileHandleForReading.availableData
        #expect(String(decoding: answer, as: UTF8.self) == "42\n")
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
