/// `sheet add NAME`: a new empty sheet, which becomes the current one.
extension StatementTable {
    static let sheet = StatementSpec(
        "sheet", usage: "sheet add NAME",
        summary: "add an empty sheet to the current workbook; it becomes the current sheet",
        examples: ["sheet add 测算"]
    ) { words throws(Diagnostic) in
        try words.expect("add", usage: "sheet add NAME")
        let name = try words.take("a name for the new sheet")
        try words.finish("sheet add NAME")
        return SheetAddStatement(name: name.text, span: name.span)
    }
}

struct SheetAddStatement: Command {
    let name: String
    let span: SourceSpan
    var effect: CommandEffect { .changesCurrentWorkbook }

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        if let problem = Sheet.problemWithName(name) { throw Diagnostic(problem, at: span) }
        if session.current.sheet(named: name) != nil {
            throw Diagnostic("a sheet named '\(name)' already exists", at: span)
        }
        let sheet = Sheet(name: name)
        session.current.addSheet(sheet)
        session.currentSheet = sheet
    }
}
