import Foundation

/// `open PATH [as ALIAS]`, `use ALIAS`, `save [to DIR]`: which workbooks are open, and
/// writing them.
extension StatementTable {
    static let open = StatementSpec(
        "open", usage: "open PATH [as ALIAS]",
        summary: "open a workbook folder, .csv or .xlsx file; it becomes current",
        details: """
            A workbook folder holds workbook.toml and its sheets as CSV files. A .csv file opens \
            as a workbook of one sheet, an .xlsx file with all its sheets. The alias (by default \
            the file's name) lets formulas reach it: y2021.支出.决算数.
            """,
        examples: ["open workbooks/zhuhui-2022", "open 2021.csv as y2021"],
        completes: [.file]
    ) { words throws(Diagnostic) in
        let path = try words.take("a workbook folder, .csv or .xlsx file")
        var alias: CommandWords.Word?
        if words.takeIf("as") { alias = try words.take("an alias after 'as'") }
        try words.finish("open PATH [as ALIAS]")
        return OpenStatement(path: path.text, span: path.span, alias: alias?.text)
    }

    static let use = StatementSpec(
        "use", usage: "use ALIAS", summary: "make an open workbook current",
        examples: ["use y2021"], completes: [.workbookAlias]
    ) { words throws(Diagnostic) in
        let alias = try words.take("the alias of an open workbook")
        try words.finish("use ALIAS")
        return UseStatement(alias: alias.text, span: alias.span)
    }

    static let save = StatementSpec(
        "save", usage: "save [to DIR]",
        summary: "write the current workbook as a workbook folder",
        details: """
            Without a folder, writes where the workbook was opened from. Saving is crash-safe: \
            the old workbook stays whole until the new one is complete.
            """,
        examples: ["save", "save to out/zhuhui-2022"], completes: [.file]
    ) { words throws(Diagnostic) in
        var directory: CommandWords.Word?
        if words.takeIf("to") { directory = try words.take("a folder after 'to'") }
        try words.finish("save [to DIR]")
        return SaveStatement(directory: directory?.text, span: directory?.span ?? words.keyword.span)
    }
}

struct OpenStatement: Command {
    let path: String
    let span: SourceSpan
    let alias: String?

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        let path = try session.substitute(path, at: span)
        let resolved = try session.authorize(path, for: .read, at: span)
        // Notes and errors name the file as typed, not as made absolute against the
        // working directory.
        let asTyped = { (text: String) in text.replacing(resolved, with: path) }
        do {
            for note in try session.open(resolved, alias: alias ?? Session.defaultAlias(for: path)) { emit(.note(asTyped(note))) }
        } catch {
            throw Diagnostic(asTyped(error.description), at: span)
        }
    }
}

struct UseStatement: Command {
    let alias: String
    let span: SourceSpan

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        guard let workbook = session.workbooks[alias] else {
            throw Diagnostic("no workbook is open as '\(alias)'", at: span,
                             hint: Suggestion.hint(for: alias, among: session.aliases))
        }
        session.add(workbook, alias: alias)
    }
}

struct SaveStatement: Command {
    let directory: String?
    let span: SourceSpan

    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic) {
        let workbook = session.current
        // Only a folder typed in the statement holds `{name}`s; the workbook's own is a real path.
        var typed: String?
        if let directory { typed = try session.substitute(directory, at: span) }
        guard let target = typed ?? workbook.directory else {
            throw Diagnostic("this workbook has no folder yet: save it with 'save to FOLDER'", at: span)
        }
        let resolved = try session.authorize(target, for: .write, at: span)
        do {
            try WorkbookStore.save(workbook, to: resolved)
        } catch {
            var diagnostic = Diagnostic(error.description, at: span)
            // `save` throws only before its switch: say so, as the analyst's next worry is
            // whether the workbook on disk survived.
            diagnostic.notes = [Diagnostic("nothing was saved: the workbook in \(target) is as it was", at: span, severity: .note)]
            throw diagnostic
        }
        if directory == nil || workbook.directory == nil { workbook.directory = resolved }
        workbook.markSaved()
    }
}
