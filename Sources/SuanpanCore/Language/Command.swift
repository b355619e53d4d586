/// A parsed statement, ready to run against a session. Every statement is one: the keyword
/// statements of `StatementTable`, the three assignments and a bare expression.
protocol Command {
    /// What running it may do to the workbooks.
    var effect: CommandEffect { get }

    /// Runs the statement. What it prints goes through `emit`; a diagnostic's span counts
    /// from the start of the statement's text.
    func run(in session: Session, emit: (SessionEvent) -> Void) throws(Diagnostic)
}

/// What a statement may do to the workbooks. For all but `.none` the session keeps the state
/// before it, for `undo` and for putting the workbooks back when the statement fails or is
/// interrupted.
enum CommandEffect {
    /// Reads only: `show`, `sheets`, a bare expression.
    case none
    /// Changes the current workbook: an assignment, `sheet add`, `format`.
    case changesCurrentWorkbook
    /// Runs other statements, which record their own changes: `run`.
    case runsStatements
}

extension Command {
    var effect: CommandEffect { .none }
}

extension BindingIssue {
    /// The issue as a diagnostic, at `fallback` when it has no place of its own.
    func diagnostic(at fallback: SourceSpan) -> Diagnostic {
        Diagnostic(message, at: span ?? fallback, hint: hint)
    }
}
