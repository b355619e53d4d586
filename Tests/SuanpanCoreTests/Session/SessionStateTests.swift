import Foundation
import Testing
@testable import SuanpanCore

/// Unsaved changes, undo steps and interrupted statements.
@Suite struct SessionStateTests {
    @Test func readingLeavesNoUnsavedChangesAndWritingDoes() throws {
        let session = Session(today: testToday)
        run("1 + 2; sheets; help", in: session)
        #expect(!session.hasUnsavedChanges)
        run("A1 = 1", in: session)
        #expect(session.unsavedWorkbookAliases == ["untitled"])
    }

    @Test func savingClearsUnsavedChangesAndUndoingPastTheSaveSetsThemAgain() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suanpan-state-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = Session(today: testToday)
        let transcript = run("A1 = \"户数\"; A2 = 72; save to \(folder)", in: session)
        #expect(transcript.errors.isEmpty)
        #expect(!session.hasUnsavedChanges)
        run("undo", in: session)
        #expect(session.hasUnsavedChanges)
        run("redo", in: session)
        #expect(!session.hasUnsavedChanges)
    }

    @Test func anInterruptedStatementLeavesTheWorkbookAsItWas() throws {
        let session = Session(today: testToday)
        run("A1 = 1; A2 = 2", in: session)
        session.interruption.request()
        let transcript = run("B1 = A1 * 10", in: session)
        #expect(transcript.errors.map(\.message) == ["interrupted; the workbook is as it was before this statement"])
        session.interruption.reset()
        #expect(evaluate("B1", in: session) == "")
        // The interrupted statement is no step of its own: undo takes back A2 = 2.
        #expect(run("undo", in: session).notes == ["undid: A2 = 2"])
    }

    @Test func aStatementThatFailsChangesNothing() throws {
        let session = Session(today: testToday)
        run("A1 = 1", in: session)
        let transcript = run("B1 = SUMM(A1)", in: session)
        #expect(transcript.errors.map(\.message) == ["unknown function 'SUMM'"])
        #expect(run("undo", in: session).notes == ["undid: A1 = 1"])
    }
}
