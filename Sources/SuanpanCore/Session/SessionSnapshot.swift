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

extension SessionSnapshot {
    /// Releases `sheet`'s column `index` in this snapshot (`Sheet.Contents.releaseColumn`).
    mutating func releaseColumn(of sheet: Sheet, _ index: Int, restoring cells: [(row: Int, value: Value)],
                                midStatement: Bool) {
        for position in contents.indices {
            contents[position].1.releaseColumn(of: sheet, index, restoring: cells, midStatement: midStatement)
        }
    }
}

extension Session {
    /// Lets the statement now running write `value` into one cell of `sheet` in place.
    ///
    /// Undo keeps the workbook as it was before each step by sharing its arrays, so writing
    /// one cell of a million-row column would copy the column (tens of milliseconds, and
    /// as much memory again). When the write changes only that cell — no formula lives in the
    /// column, the column's storage does not change kind, the sheet does not grow — the
    /// snapshots that share the column's cells let go of them and note the cell instead.
    func prepareInPlaceEdit(of sheet: Sheet, at address: CellAddress, writing value: Value) {
        guard editsInPlace, sheet.derivation == nil, address.row >= 1, address.column < sheet.columns.count else { return }
        let column = sheet.columns[address.column]
        let row = address.row - 1
        guard row < column.count, sheet.columnFormulas[column.name] == nil, column.keepsStorage(writing: value),
              !sheet.cellFormulas.keys.contains(where: { $0.column == address.column }) else { return }
        let cells = [(row: row, value: column[row])]
        for index in pendingSnapshots.indices {
            pendingSnapshots[index].releaseColumn(of: sheet, address.column, restoring: cells, midStatement: true)
        }
        for index in undoSteps.indices {
            undoSteps[index].releaseColumn(of: sheet, address.column, restoring: [], midStatement: false)
        }
    }

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
