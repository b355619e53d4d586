import Foundation
import Testing
@testable import SuanpanCore

/// `param` with values from --set, and what the command line reads after a run:
/// `failedChecks`, `unusedOverrides`, and the statement failing under strict.
@Suite struct ParamAndCheckTests {
    @Test(arguments: [
        FormulaCase("3", "3"), FormulaCase("3.6万元", "3.6 万元"), FormulaCase("\"财政局 一科\"", "财政局 一科"),
        FormulaCase("财政局", "财政局"), FormulaCase("DATE(2022,9,30)", "2022-09-30"), FormulaCase("50%", "0.5"),
    ])
    func anOverrideIsReadAsAFormulaOrAsOneWordOfText(_ case_: FormulaCase) {
        let session = Session(today: testToday)
        session.parameterOverrides = ["x": case_.source]
        #expect(run("param x = 4; x", in: session).output == [case_.expected])
    }

    @Test func anOverrideThatDoesNotReadIsAnErrorAtTheName() {
        let session = Session(today: testToday)
        session.parameterOverrides = ["quarter": "3 +", "部门": "SUMM(1)"]
        let bad = run("param quarter = 4", in: session).errors.first
        #expect(bad?.message == "--set quarter=3 + is not a value: expected an expression after '+'")
        #expect(bad?.span.start == 6)
        let unknown = run("param 部门 = 1", in: session).errors.first
        #expect(unknown?.message == "--set 部门=SUMM(1): unknown function 'SUMM'")
        #expect(unknown?.span.start == 6)
    }

    @Test func unusedOverridesAreThoseNoParamTook() {
        let session = Session(today: testToday)
        session.parameterOverrides = ["quarter": "3", "quartr": "2", "年度": "2022"]
        run("param quarter = 4", in: session)
        #expect(session.unusedOverrides == ["quartr", "年度"])
    }

    @Test func declaredParametersAreFoundBeforeTheScriptRuns() {
        let source = "# a script\nparam quarter = 4\nA1 = 1; param 部门=\"x\"\nparams = 2\n"
        #expect(Session.declaredParameters(in: source) == ["quarter", "部门"])
    }

    @Test func failedChecksAreCountedOncePerCheck() {
        let session = Session(today: testToday)
        let transcript = run("A1 = \"n\"; A2 = 1; A3 = 2; A4 = 3; check n > 1 \"small\"; check n < 3; check 1 = 1", in: session)
        #expect(transcript.notes == ["check failed: Sheet1 row 2: small — n is 1",
                                     "check failed: Sheet1 row 4: n < 3 — n is 3"])
        #expect(session.failedChecks == 2)
        #expect(transcript.errors.isEmpty)
    }

    @Test func underStrictAFailingCheckFailsTheStatementAndTheScript() {
        let session = Session(today: testToday)
        session.isStrict = true
        var events: [SessionEvent] = []
        let succeeded = session.execute("check 1 > 2 \"wrong\"\n\"after\"", origin: .script("s.sp")) { events.append($0) }
        #expect(!succeeded)
        #expect(session.failedChecks == 1)
        guard events.count == 2, case .note(let note) = events[0], case .error(let error) = events[1] else {
            Issue.record("expected a note and an error, got \(events)")
            return
        }
        #expect(note == "check failed: wrong — the condition is FALSE")
        #expect(error.rendered.hasPrefix("s.sp:1:7: error: strict: the check failed: wrong"))
    }

    @Test func manyFailingRowsAreCountedAfterTheFirstTen() {
        let session = Session(today: testToday)
        let rows = (2...31).map { "A\($0) = \($0)" }.joined(separator: "; ")
        let notes = run("A1 = \"v\"; \(rows); check v < 0 \"negative\"", in: session).notes
        #expect(notes.count == 11)
        #expect(notes.first == "check failed: Sheet1 row 2: negative — v is 2")
        #expect(notes.last == "check failed: Sheet1: 20 more rows fail (30 in all): negative")
    }

    @Test func aQuotedWordEndingTheConditionIsPartOfIt() {
        let session = Session(today: testToday)
        let transcript = run("A1 = \"名称\"; A2 = \"珠晖区\"; check 名称 = \"珠晖区\"; check 名称 = \"x\" \"不是x\"", in: session)
        #expect(transcript.notes == ["check failed: Sheet1 row 2 (珠晖区): 不是x — 名称 is 珠晖区"])
    }
}
