import Foundation
import Testing
@testable import SuanpanCore

/// `explain` on formulas too deep to print whole; `format` and `check add` as workbook state.
@Suite struct ExplainAndFormatTests {
    @Test func aDeepFormulaIsCutShortNotPrintedWhole() {
        let formula = Array(repeating: "1", count: 900).joined(separator: "+")
        let lines = run("explain \(formula)").output
        #expect(lines.first == String(repeating: "1+", count: 29) + "1…  →  900")
        #expect(lines.count == 50)
        #expect(lines[25] == String(repeating: "│  ", count: 24) + "└─ … (deeper parts not shown)")
        #expect(lines.last == "└─ 1")
        #expect(lines.allSatisfy { $0.count < 150 })
    }

    @Test func aWideFormulaStopsAtThePartLimit() {
        let formula = "SUM(" + (1...300).map(String.init).joined(separator: ",") + ")"
        let lines = run("explain \(formula)").output
        #expect(lines.count == 201)
        #expect(lines.last == "└─ … (more parts not shown)")
    }

    @Test func formatsAreKeptOnTheSheetAndUndone() {
        let session = Session(today: testToday)
        run("A1 = \"率\"; A2 = 0.5; format 率 \"0.0%\"", in: session)
        #expect(session.currentSheet.formats == ["率": "0.0%"])
        #expect(evaluate("A2", in: session) == "0.5")
        run("undo", in: session)
        #expect(session.currentSheet.formats == [:])
    }

    @Test func keptChecksAreSavedWithTheWorkbook() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suanpan-checks-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = Session(today: testToday)
        run("sheet add 表; A1 = \"v\"; A2 = -1; check add 表.v >= 0 \"负数\"; save to \(folder)", in: session)
        #expect(session.current.checks == [WorkbookCheck(source: "表.v >= 0", message: "负数")])
        let reopened = Session(today: testToday)
        #expect(run("open \(folder); check", in: reopened).notes == [
            "check failed: 表 row 2: 负数 — v is -1", "1 check kept with the workbook: 1 failed",
        ])
    }
}
