/// The open workbooks' contents at one moment: a step of `undo`, and what a failed or
/// interrupted statement is put back to.
///
/// Which workbooks are open is not part of it: undoing a change never closes a workbook
/// opened since.
struct SessionSnapshot {
    /// The statement that came after the snapshot, for "undid: …".
    var statement: String
    fileprivate var contents: [(Workbook, Workbook.Contents)]

    init(of session: Session, before statement: String) {
        self.statement = statement
        self.contents = session.aliases.compactMap { session.workbooks[$0] }.map { ($0, $0.contents) }
    }
}

extension Session {
    /// Puts every workbook of the snapshot back, and keeps the current sheet one that exists.
    func restore(_ snapshot: SessionSnapshot) {
        for (workbook, contents) in snapshot.contents { workbook.restore(contents) }
        if !current.sheets.contains(where: { $0 === currentSheet }) {
            currentSheet = current.sheets.first ?? Sheet(name: "Sheet1")
        }
    }

    /// The steps `undo` and `redo` walk, at most this many kept.
    static let undoLimit = 100

    /// Records a change made after `snapshot`: a new step to undo, and nothing left to redo.
    func recordUndoStep(_ snapshot: SessionSnapshot) {
        undoSteps.append(snapshot)
        if undoSteps.count > Self.undoLimit { undoSteps.removeFirst() }
        redoSteps.removeAll()
    }

    /// Steps back over the last change; returns the statement undone, or nil when there is none.
    func undo() -> String? {
        guard let step = undoSteps.popLast() else { return nil }
        redoSteps.append(SessionSnapshot(of: self, before: step.statement))
        restore(step)
        return step.statement
    }

    /// Makes the last undone change again; returns its statement, or nil when there is none.
    func redo() -> String? {
        guard let step = redoSteps.popLast() else { return nil }
        undoSteps.append(SessionSnapshot(of: self, before: step.statement))
        restore(step)
        return step.statement
    }
}
