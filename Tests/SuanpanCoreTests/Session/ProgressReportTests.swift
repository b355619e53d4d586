import Foundation
import Synchronization
import Testing
@testable import SuanpanCore

/// `ProgressReport`: what the status line says, and when the ticker is told all is done.
@Suite struct ProgressReportTests {
    @Test func aTaskShowsItsRowsAndTheStepsTime() {
        let report = ProgressReport()
        let start = ContinuousClock.now
        #expect(report.status(at: start) == nil)
        report.beginStep("open 台账.csv", at: start)
        #expect(report.status(at: start + .milliseconds(1250))?.line == "open 台账.csv … 1.2 s")
        report.beginTask("reading 台账.csv", at: start + .milliseconds(100))
        #expect(report.status(at: start + .seconds(2))?.line == "reading 台账.csv … 2.0 s")
        report.addRows(1_234_000)
        report.addRows(567)
        let status = report.status(at: start + .milliseconds(2345))
        #expect(status?.line == "reading 台账.csv … 1,234,567 rows, 2.3 s")
        #expect(status?.elapsed == .milliseconds(2345))
        report.endTask()
        report.endStep()
        #expect(report.status() == nil)
    }

    @Test func theInnermostStepIsShownAndTheIdleHookRunsWhenAllHaveEnded() {
        let idle = Atomic<Int>(0)
        let report = ProgressReport { idle.add(1, ordering: .relaxed) }
        let start = ContinuousClock.now
        report.beginStep("run q.sp", at: start)
        report.beginStep("summarize 台账 by 部门, 季度 into 部门季度 with 预算 = SUM(预算数)\n", at: start + .seconds(1))
        // Cut to 40 columns, so that the line fits a terminal.
        #expect(report.status(at: start + .seconds(3))?.line == "summarize 台账 by 部门, 季度 into 部门… … 3.0 s")
        report.endStep()
        #expect(idle.load(ordering: .relaxed) == 0)
        report.endStep()
        #expect(idle.load(ordering: .relaxed) == 1)
    }

    @Test func theCSVReaderCountsTheRowsOfEveryPart() throws {
        let report = ProgressReport()
        let start = ContinuousClock.now
        report.beginTask("reading x.csv", at: start)
        let bytes = Array(("部门,决算数\n" + String(repeating: "办公室,1.5\n", count: 2500)).utf8)
        let result = try CSVReader.read(bytes: bytes, path: "x.csv", sheetName: nil, units: .standard, declaredUnits: [:],
                                        parts: 4, progress: report)
        #expect(result.sheet.rowCount == 2500)
        #expect(report.status(at: start + .seconds(1))?.line == "reading x.csv … 2,500 rows, 1.0 s")
    }

    @Test func aStatementIsAStepWhileItRuns() {
        let report = ProgressReport()
        let session = Session(today: testToday)
        session.progress = report
        var during: String?
        session.execute("1 + 1") { _ in during = report.status()?.line }
        #expect(during?.hasPrefix("1 + 1 … 0.") == true)
        #expect(report.status() == nil)
    }
}
