/// A problem found in source text — a formula, a statement, a script line — with the place
/// it points at. `DiagnosticRenderer` prints it as `FILE:LINE:COLUMN: error: MESSAGE`.
///
/// Diagnostics are about what was typed; errors inside cells are `CellError` values instead.
/// Each emitter declares its messages beside itself as static factory functions
/// (`Diagnostic.unexpectedToken(_:)`), so wording is kept in one place per component.
public struct Diagnostic: Error, Sendable, Equatable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable {
        /// The input cannot be used: the statement is not run.
        case error
        /// The input was used, but is likely a mistake.
        case warning
        /// More about a diagnostic printed before it.
        case note
    }

    /// How serious it is; printed after the location.
    public var severity: Severity
    /// One plain English sentence without a final period: "unexpected ')'".
    public var message: String
    /// The characters the diagnostic is about; empty at the end of the input.
    public var span: SourceSpan
    /// A short suggestion printed after the caret: "did you mean 'SUM'?".
    public var hint: String?
    /// True when the input simply ended too early (an open bracket or quote, a trailing
    /// operator or comma): the REPL reads another line instead of reporting.
    public var isIncomplete: Bool
    /// Further places the diagnostic refers to, each rendered after it with its own caret:
    /// "note: '(' opened here". Their spans count in the same source.
    public var notes: [Diagnostic] = []

    /// Creates a diagnostic.
    public init(
        _ message: String, at span: SourceSpan, severity: Severity = .error,
        hint: String? = nil, isIncomplete: Bool = false
    ) {
        self.severity = severity
        self.message = message
        self.span = span
        self.hint = hint
        self.isIncomplete = isIncomplete
    }

    /// The same diagnostic with its span moved `offset` characters on, for a source that was
    /// cut out of a larger text starting at that offset.
    public func shifted(by offset: Int) -> Diagnostic {
        var copy = self
        copy.span = SourceSpan(span.start + offset, span.end + offset)
        copy.notes = notes.map { $0.shifted(by: offset) }
        return copy
    }
}
