/// `undo`, `redo`: step through changes to the workbooks; `quit`: leave.
extension StatementTable {
    static let undo = StatementSpec(
        "undo", usage: "undo",
        summary: "take back the last change to a workbook",
        details: """
            Every statement that changed a workbook is one step — an assignment, `sheet add`, \
            `format`, a whole `run`. Opening and saving are not steps.
            """
    ) { words throws(Diagnostic) in
        try words.finish("undo")
        return UndoStatement(redo: false)
    }

    static let redo = StatementSpec(
        "redo", usage: "redo", summary: "make the last undone change again"
    ) { words throws(Diagnostic) in
        try words.finish("redo")
        return UndoStatement(redo: true)
    }

    static let quit = StatementSpec(
        "quit", usage: "quit",
        summary: "leave (at the prompt, asks first when there are unsaved changes)",
        details: "In a script, the statements after it are not run."
    ) { words throws(Diagnostic) in
        try words.finish("quit")
        return QuitStatement()
    }
}

struct UndoStatement: Command {
    let redo: Bool

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        let verb = redo ? "redo" : "undo"
        guard let statement = redo ? session.redo() : session.undo() else {
            throw Diagnostic("nothing to \(verb)", at: SourceSpan(0, verb.count))
        }
        emit(.note("\(redo ? "redid" : "undid"): \(statement)"))
    }
}

struct QuitStatement: Command {
    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        session.quitRequested = true
    }
}
